package dev.tandem.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.config.TandemConfig;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.Await;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled batch route, started by its real cron trigger (set to every second here). */
class BatchRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void cronRunProcessesFolderLeavesInputsAndWritesSummary() throws Exception {
        try (LocalHttpServer server = SourcePages.serveAll(new LocalHttpServer())) {
            TandemConfig config = TestSetup.config(dir,
                    Map.of("tandem.batch.enabled", "true", "tandem.batch.cron", "0/1 * * * * ?"));
            Path batch = Files.createDirectories(config.batchDir().resolve("july"));
            Path good = Files.writeString(batch.resolve("seed.txt"),
                    Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));
            Path bad = Files.writeString(batch.resolve("no-source.txt"), "Un paragraphe sans lien.\n");
            Files.writeString(Files.createDirectories(config.batchDir().resolve(".hidden")).resolve("x.txt"), "x");

            Clock clock = Clock.systemUTC();
            TandemService service = new TandemService(config,
                    Pipeline.create(config, TestSetup.languages(), clock), Path.of("routes"), clock);
            service.start();
            try {
                Path batches = config.outDir().resolve("batches");
                Await.until("two batch summaries", Duration.ofSeconds(30), () -> count(batches) > 1);
            } finally {
                service.stop();
            }

            JsonNode summary = JSON.readTree(firstSummary(config.outDir().resolve("batches")).toFile());
            assertThat(summary.at("/inputs").asInt()).isEqualTo(2);
            assertThat(summary.at("/records").asInt()).isEqualTo(1);
            assertThat(summary.at("/failed").asInt()).isEqualTo(1);
            assertThat(summary.at("/failuresByStage/ingest").asInt()).isEqualTo(1);
            assertThat(summary.at("/outcomes/error").asInt()).isEqualTo(1);
            assertThat(summary.at("/outcomes/duplicate").asInt()).isZero();
            assertThat(summary.at("/results/0/file").asText()).isEqualTo("july/no-source.txt");
            assertThat(summary.at("/durationMs").asLong()).isGreaterThanOrEqualTo(0);
            assertRunsDidNotOverlap(config.outDir().resolve("batches"));
            assertThat(good).exists();
            assertThat(bad).exists();
            assertThat(config.outDir().resolve("errors/july/no-source.txt.error.json")).exists();
            assertThat(count(config.outDir().resolve("records"))).isEqualTo(1);
        }
    }

    private static void assertRunsDidNotOverlap(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<JsonNode> runs = files.sorted().map(f -> {
                try {
                    return JSON.readTree(f.toFile());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i).at("/startedAt").asText())
                        .isGreaterThanOrEqualTo(runs.get(i - 1).at("/finishedAt").asText());
            }
        }
    }

    private static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path firstSummary(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.sorted().toList();
            return sorted.get(0);
        }
    }
}
