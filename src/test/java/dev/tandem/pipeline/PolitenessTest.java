package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.HttpPageFetcher;
import dev.tandem.model.StageException;
import dev.tandem.testing.RawHttpServer;
import dev.tandem.testing.Samples;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bursts of inputs against one host, judged from that host's own request log. */
class PolitenessTest {
    private static final int INPUTS = 200;
    /**
     * Longer than the pipeline needs per input on eight threads here (unthrottled, the server saw
     * up to 28 requests in one second), so that the throttle, not the work, sets the pace.
     */
    private static final Duration INTERVAL = Duration.ofMillis(60);
    /**
     * The server notes a request when it accepts the connection; on this 2-core machine under load
     * that lagged the client's start by up to ~35 ms, so two arrivals can be closer than two starts
     * were. Unthrottled, the same burst reached 28 requests a second and ten in 296 ms, far outside
     * what this slack allows (18 and 490 ms).
     */
    private static final Duration SLACK = Duration.ofMillis(50);

    @TempDir
    Path dir;

    private RawHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer();
        byte[] page = Samples.seedSourcePage();
        for (int i = 0; i < INPUTS; i++) {
            server.on("/p" + i + ".html", (socket, out) -> RawHttpServer.respond(out, 200,
                    Map.of("Content-Type", "text/html; charset=utf-8"), page));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * No second of the server's log holds more requests than the rate allows, and no ten requests
     * in a row came faster than nine intervals.
     */
    private void assertKeptToTheRate() {
        // Starts at most every interval: 17 in a second at 60 ms. An arrival that lags its start by
        // up to the slack can bring one more into the same second of the server's log.
        assertThat(busiestSecond()).as("requests in the busiest second")
                .isLessThanOrEqualTo((int) ((1000 + SLACK.toMillis()) / INTERVAL.toMillis()) + 1);
        assertThat(shortestSpan(10)).as("time of the ten quickest requests in a row")
                .isGreaterThanOrEqualTo(INTERVAL.multipliedBy(9).minus(SLACK));
    }

    /** The shortest time the server took to receive {@code n} requests in a row, first to last. */
    private Duration shortestSpan(int n) {
        List<RawHttpServer.Request> requests = server.requests();
        long shortest = Long.MAX_VALUE;
        for (int i = n - 1; i < requests.size(); i++) {
            shortest = Math.min(shortest, requests.get(i).nanos() - requests.get(i - n + 1).nanos());
        }
        return Duration.ofNanos(shortest);
    }

    /** The most requests the server received within any one second. */
    private int busiestSecond() {
        List<RawHttpServer.Request> requests = server.requests();
        int most = 0;
        int from = 0;
        for (int to = 0; to < requests.size(); to++) {
            while (requests.get(to).nanos() - requests.get(from).nanos() >= 1_000_000_000L) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    @Test
    void aBurstOfInputsThroughThePipelineKeepsToTheRate() throws Exception {
        Pipeline pipeline = Pipeline.create(TestSetup.config(dir, Map.of(
                "tandem.fetch.host-interval-ms", String.valueOf(INTERVAL.toMillis()),
                "tandem.fetch.host-concurrency", "1")), TestSetup.languages(), Clock.systemUTC());
        // Eight threads at once: without the throttle they would ask faster than the rate allows.
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Pipeline.Result>> outcomes = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            Path input = Files.writeString(dir.resolve("t" + i + ".txt"),
                    Samples.seedPointingAt(server.url("/p" + i + ".html")));
            outcomes.add(threads.submit(() -> pipeline.process(input)));
        }
        int records = 0;
        for (Future<Pipeline.Result> outcome : outcomes) {
            records += Files.exists(outcome.get(120, TimeUnit.SECONDS).record()) ? 1 : 0;
        }
        threads.shutdown();

        assertThat(records).isEqualTo(INPUTS);
        assertThat(server.paths()).hasSize(INPUTS + 1).startsWith("/robots.txt");
        assertKeptToTheRate();
    }

    @Test
    void concurrentFetchesToOneHostAreSpacedAndCapped() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        for (int i = 0; i < 40; i++) {
            server.on("/slow" + i + ".html", (socket, out) -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread.sleep(50);
                inFlight.decrementAndGet();
                RawHttpServer.html(out, "<html><body><p>Xin chào</p></body></html>");
            });
        }
        HttpPageFetcher fetcher = new HttpPageFetcher(TestSetup.localFetch().withPoliteness(INTERVAL, 2),
                Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<FetchedPage>> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            URI url = URI.create(server.url("/slow" + i + ".html"));
            pages.add(threads.submit(() -> fetcher.fetch(url)));
        }
        for (Future<FetchedPage> page : pages) {
            assertThat(page.get(30, TimeUnit.SECONDS).provenance().status()).isEqualTo(200);
        }
        threads.shutdown();
        fetcher.close();

        assertThat(mostInFlight.get()).isBetween(1, 2);
        assertKeptToTheRate();
    }

    @Test
    void aFailedFetchNamesTheUrlAndStatus() {
        HttpPageFetcher fetcher = new HttpPageFetcher(TestSetup.localFetch(), Clock.systemUTC());
        server.on("/gone.html", (socket, out) -> RawHttpServer.respond(out, 410, Map.of(), new byte[0]));

        try {
            fetcher.fetch(URI.create(server.url("/gone.html")));
        } catch (StageException e) {
            assertThat(e.details()).containsEntry("url", server.url("/gone.html")).containsEntry("status", 410);
            assertThat(e.getMessage()).contains("HTTP 410");
            return;
        } finally {
            fetcher.close();
        }
        throw new AssertionError("a 410 must fail the fetch");
    }
}
