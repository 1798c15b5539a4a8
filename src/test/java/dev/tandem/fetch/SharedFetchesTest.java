package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedFetchesTest {
    private static FetchedPage page(String url, int bytes) {
        return new FetchedPage(new byte[bytes], new Provenance(url, url, 200, "2024-07-19T03:00:00Z", "text/html",
                null, "0", bytes, false, "network", null, null, null, null));
    }

    @Test
    void keepsNoMoreThanItsBoundOfTenMebibytePages() {
        SharedFetches shared = new SharedFetches(Duration.ofMinutes(5));
        AtomicInteger fetches = new AtomicInteger();
        for (int i = 0; i < 6; i++) {
            String url = "http://example.org/" + i;
            shared.get(url, () -> {
                fetches.incrementAndGet();
                return page(url, 10 << 20);
            });
        }

        assertThat(shared.keptBytes()).isLessThanOrEqualTo(SharedFetches.MAX_KEPT_BYTES);
        assertThat(shared.keptPages()).isEqualTo(3);
        shared.get("http://example.org/5", () -> {
            fetches.incrementAndGet();
            return page("http://example.org/5", 1);
        });
        shared.get("http://example.org/0", () -> {
            fetches.incrementAndGet();
            return page("http://example.org/0", 1);
        });
        assertThat(fetches.get()).as("the newest is still kept, the oldest was let go").isEqualTo(7);
    }

    @Test
    void aFailureIsSharedWithThoseWaitingButNotKept() throws Exception {
        SharedFetches shared = new SharedFetches(Duration.ofMinutes(5));
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<FetchedPage> first = threads.submit(() -> shared.get("u", () -> {
                fetches.incrementAndGet();
                try {
                    waiting.await(5, TimeUnit.SECONDS);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new StageException(Stage.FETCH, "HTTP 503 from u");
            }));
            Future<FetchedPage> second = threads.submit(() -> {
                waiting.countDown();
                return shared.get("u", () -> {
                    fetches.incrementAndGet();
                    return page("u", 1);
                });
            });
            assertThatThrownBy(first::get).hasRootCauseMessage("HTTP 503 from u");
            assertThatThrownBy(second::get).hasRootCauseMessage("HTTP 503 from u");
        } finally {
            threads.shutdownNow();
        }
        assertThat(fetches.get()).isEqualTo(1);
        assertThat(shared.get("u", () -> page("u", 1)).body()).hasSize(1);
        assertThat(shared.keptPages()).isEqualTo(1);
    }
}
