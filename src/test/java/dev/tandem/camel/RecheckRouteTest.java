package dev.tandem.camel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.config.TandemConfig;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import dev.tandem.track.Ledger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled re-check as the service runs it, with the real routes: a source page served on
 * 127.0.0.1 changes after its translation was paired, and the re-check route marks the pair stale
 * with the paragraph that changed; a change outside the article marks nothing.
 */
class RecheckRouteTest {
    @TempDir
    Path dir;

    private LocalHttpServer server;
    private Pipeline pipeline;
    private TandemService service;

    @BeforeEach
    void start() throws Exception {
        server = SourcePages.serveAll(new LocalHttpServer());
        TandemConfig config = TestSetup.config(dir, Map.of("tandem.recheck.enabled", "true",
                "tandem.recheck.cron", "* * * * * ?"));
        Clock clock = Clock.systemUTC();
        pipeline = Pipeline.create(config, TestSetup.languages(), clock);
        service = new TandemService(config, pipeline, Path.of("routes"), clock);
        service.start();
    }

    @AfterEach
    void stop() throws Exception {
        service.stop();
        pipeline.close();
        server.close();
    }

    private void serve(String page) {
        server.page(SourcePages.SEED_PATH, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitRechecks(int runs) {
        NotifyBuilder done = new NotifyBuilder(service.camelContext()).fromRoute("recheck").whenDone(runs).create();
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("recheck route ran").isTrue();
    }

    @Test
    void aChangedParagraphMakesThePairStaleAndAChangeAroundTheArticleDoesNot() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));
        String id = pipeline.process(seed).id();
        String page = new String(Samples.seedSourcePage(), StandardCharsets.UTF_8);

        serve(page.replace("</body>", "<div class=\"ads\">Quảng cáo mới</div></body>"));
        awaitRechecks(2);
        assertThat(pipeline.ledger().pairs()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("ok"));

        serve(page.replace("Ngày 18/7, Chủ tịch Triều Tiên", "Sáng 18/7, Chủ tịch Triều Tiên"));
        awaitRechecks(2);

        Ledger.Pair pair = pipeline.ledger().pairs().get(0);
        assertThat(pair.recordId()).isEqualTo(id);
        assertThat(pair.state()).isEqualTo("stale");
        assertThat(pair.staleParagraphs()).isEqualTo("[\"s1\"] +1 new");
        assertThat(pipeline.ledger().status(10).stale()).extracting(Ledger.Pair::recordId).containsExactly(id);
    }
}
