package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.pipeline.BatchProcessor;
import dev.tandem.pipeline.BatchSummary;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.RawHttpServer;
import dev.tandem.testing.Samples;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many inputs naming one original, through the real pipeline, against a real server on 127.0.0.1
 * whose own log counts what reached it: a host that does not answer costs one attempt until it is
 * tried again, a live page is fetched once for all the inputs that name it, and a robots.txt that
 * cannot be read is reported against the source the input names.
 */
class FetchUnderFaultsTest {
    private static final int INPUTS = 24;
    /** Far below the per-host interval of one second that each input used to wait. */
    private static final Duration ALL_INPUTS_WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private RawHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A host that takes the connection and breaks it off at once: it never answers. */
    private void breakEveryConnection(String path) {
        server.on(path, (socket, out) -> {
            socket.setSoLinger(true, 0);
            socket.close();
        });
    }

    /** {@code count} distinct translations, each naming {@code url} as its original. */
    private List<Path> translationsOf(String url, int count) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = Samples.seedPointingAt(url).replaceFirst("Le 18 juillet,", "Le 18 juillet (dépêche " + i + "),");
            files.add(Files.writeString(inputs.resolve("t" + i + ".txt"), text));
        }
        return files;
    }

    private Pipeline pipeline(Map<String, String> settings) {
        return Pipeline.create(TestSetup.config(dir, settings), TestSetup.languages(), Clock.systemUTC());
    }

    /** Runs every input on four threads, as a batch does, and returns their outcomes in order. */
    private static List<Pipeline.Result> processAll(Pipeline pipeline, List<Path> inputs) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Pipeline.Result>> futures = new ArrayList<>();
            for (Path input : inputs) {
                futures.add(threads.submit(() -> pipeline.process(input)));
            }
            List<Pipeline.Result> outcomes = new ArrayList<>();
            for (Future<Pipeline.Result> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void storeSnapshot(Path snapshots, String url) {
        byte[] page = Samples.seedSourcePage();
        new SnapshotStore(snapshots, List.of()).save(new FetchedPage(page, new Provenance(url, url, 200,
                "2024-07-19T03:00:00Z", "text/html; charset=utf-8", null, Digests.sha256(page), page.length, false,
                "network", null, null, null, null)));
    }

    @Test
    void manyInputsForADeadHostCostOneAttemptUntilItIsTriedAgain() throws Exception {
        breakEveryConnection("/robots.txt");
        String url = server.url("/article.html");
        storeSnapshot(dir.resolve("snapshots"), url);
        // The default politeness: each input used to wait this interval to ask robots.txt again.
        try (Pipeline pipeline = pipeline(Map.of("tandem.fetch.host-interval-ms", "1000",
                "tandem.fetch.host-concurrency", "1", "tandem.fetch.host-retry-ms", "3000"))) {
            long start = System.nanoTime();
            List<Pipeline.Result> outcomes = processAll(pipeline, translationsOf(url, INPUTS));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(outcomes).hasSize(INPUTS).allSatisfy(o -> {
                assertThat(o.fetchOrigin()).isEqualTo("snapshot");
                assertThat(o.record()).exists();
            });
            assertThat(outcomes).extracting(Pipeline.Result::id).doesNotHaveDuplicates();
            assertThat(server.paths()).as("requests that reached the dead host").containsExactly("/robots.txt");
            assertThat(took).isLessThan(ALL_INPUTS_WITHIN);

            Thread.sleep(3100);
            Path late = Files.writeString(dir.resolve("late.txt"),
                    Samples.seedPointingAt(url).replaceFirst("Le 18 juillet,", "Le 18 juillet (tard),"));
            assertThat(pipeline.process(late).fetchOrigin()).isEqualTo("snapshot");
            assertThat(server.paths()).as("once the retry delay is over, the host is asked again, once")
                    .containsExactly("/robots.txt", "/robots.txt");
        }
    }

    @Test
    void concurrentInputsForOneLivePageMakeOneRequest() throws Exception {
        byte[] page = Samples.seedSourcePage();
        server.on("/article.html", (socket, out) -> {
            // Slow enough that the inputs on the other threads ask while this fetch is in flight.
            Thread.sleep(400);
            RawHttpServer.respond(out, 200, Map.of("Content-Type", "text/html; charset=utf-8"), page);
        });
        String url = server.url("/article.html");
        try (Pipeline pipeline = pipeline(Map.of())) {
            List<Pipeline.Result> outcomes = processAll(pipeline, translationsOf(url, INPUTS));
            Path later = Files.writeString(dir.resolve("later.txt"),
                    Samples.seedPointingAt(url).replaceFirst("Le 18 juillet,", "Le 18 juillet (plus tard),"));
            Pipeline.Result reused = pipeline.process(later);

            assertThat(outcomes).allSatisfy(o -> assertThat(o.fetchOrigin()).isEqualTo("network"));
            assertThat(reused.fetchOrigin()).isEqualTo("network");
            assertThat(server.paths()).containsExactly("/robots.txt", "/article.html");
            JsonNode first = new ObjectMapper().readTree(outcomes.get(0).record().toFile());
            JsonNode last = new ObjectMapper().readTree(reused.record().toFile());
            assertThat(last.at("/source/fetch/fetchedAt").asText()).as("the shared fetch's time")
                    .isNotEmpty().isEqualTo(first.at("/source/fetch/fetchedAt").asText());
        }
    }

    @Test
    void aPageIsFetchedAgainOnceTheReuseWindowIsOver() throws Exception {
        byte[] page = Samples.seedSourcePage();
        server.on("/article.html", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html; charset=utf-8"), page));
        String url = server.url("/article.html");
        try (Pipeline pipeline = pipeline(Map.of("tandem.fetch.reuse-ms", "300"))) {
            List<Path> inputs = translationsOf(url, 2);
            pipeline.process(inputs.get(0));
            Thread.sleep(400);
            pipeline.process(inputs.get(1));
        }
        assertThat(server.paths()).containsExactly("/robots.txt", "/article.html", "/article.html");
    }

    @Test
    void anUnreadableRobotsTxtIsReportedAgainstTheSourceUrl() throws Exception {
        breakEveryConnection("/robots.txt");
        String url = server.url("/article.html");
        List<Path> inputs = translationsOf(url, 1);
        try (Pipeline pipeline = pipeline(Map.of())) {
            BatchProcessor batch = new BatchProcessor(pipeline, Clock.systemUTC(), 1);
            BatchSummary summary = batch.process(inputs);

            assertThat(summary.failed()).isEqualTo(1);
            JsonNode sidecar = new ObjectMapper().readTree(Path.of(summary.results().get(0).output()).toFile());
            assertThat(sidecar.get("stage").asText()).isEqualTo("fetch");
            assertThat(sidecar.at("/details/url").asText()).isEqualTo(url);
            assertThat(sidecar.at("/details/robotsTxt").asText()).isEqualTo(server.url("/robots.txt"));
            assertThat(sidecar.get("error").asText()).startsWith("cannot fetch " + url + ": ").contains("robots.txt");
        }
    }

    @Test
    void withoutASnapshotADeadHostFailsFastNamingTheSourceAndTheRetryTime() {
        breakEveryConnection("/robots.txt");
        Clock clock = Clock.fixed(Instant.parse("2024-07-19T03:00:00Z"), java.time.ZoneOffset.UTC);
        HttpPageFetcher http = new HttpPageFetcher(TestSetup.localFetch().withPoliteness(Duration.ofSeconds(1), 1)
                .withCircuit(Duration.ofSeconds(90), Duration.ZERO), clock);
        SourceFetcher fetcher = new SourceFetcher(http, new SnapshotStore(dir, List.of()), FetchPolicy.CACHE_FIRST);
        URI first = URI.create(server.url("/a.html"));
        URI second = URI.create(server.url("/b.html"));

        assertThatThrownBy(() -> fetcher.fetch(first)).isInstanceOf(SourceUnreachableException.class);
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(second)).isInstanceOf(SourceUnreachableException.class)
                .hasMessageStartingWith("not fetching " + second + ": ")
                .hasMessageContaining("tried again from 2024-07-19T03:01:30Z")
                .satisfies(e -> assertThat(((SourceUnreachableException) e).details())
                        .containsEntry("url", second.toString()).containsEntry("retryAt", "2024-07-19T03:01:30Z"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait on the host interval")
                .isLessThan(Duration.ofMillis(500));
        assertThat(server.paths()).containsExactly("/robots.txt");
        http.close();
    }

    @Test
    void aLivePortIsNotHeldAgainstADeadOneOnTheSameHost() throws Exception {
        breakEveryConnection("/robots.txt");
        try (RawHttpServer live = new RawHttpServer()) {
            live.on("/a.html", (socket, out) -> RawHttpServer.html(out, "<html><body><p>Xin chào</p></body></html>"));
            HttpPageFetcher http = new HttpPageFetcher(TestSetup.localFetch(), Clock.systemUTC());

            assertThatThrownBy(() -> http.fetch(URI.create(server.url("/a.html"))))
                    .isInstanceOf(SourceUnreachableException.class);
            assertThat(http.fetch(URI.create(live.url("/a.html"))).provenance().status()).isEqualTo(200);
            http.close();
        }
    }
}
