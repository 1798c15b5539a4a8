package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.RecordSchema;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import dev.tandem.track.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch over many inputs on several threads: each input once, results in the inputs' order. */
class BatchProcessorTest {
    @TempDir
    Path dir;

    private LocalHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = SourcePages.serveAll(new LocalHttpServer());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void threadsShareTheWorkAndKeepTheInputsOrder() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = String.format("%02d-%s.txt", i, i % 4 == 3 ? "bad" : "seed");
            Files.writeString(inputs.resolve(name), i % 4 == 3 ? "Texte sans source.\n"
                    : Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));
            names.add(name);
        }
        try (Pipeline pipeline = Pipeline.create(TestSetup.config(dir, Map.of()), TestSetup.languages(),
                Clock.systemUTC())) {
            BatchSummary summary = new BatchProcessor(pipeline, Clock.systemUTC(), 3).process(List.of(inputs));

            assertThat(summary.results()).extracting(BatchSummary.Result::file).containsExactlyElementsOf(names);
            assertThat(summary.records()).isEqualTo(6);
            assertThat(summary.failed()).isEqualTo(2);
            assertThat(summary.failuresByStage()).containsEntry("ingest", 2);
            assertThat(summary.results()).allSatisfy(r -> assertThat(r.ms()).isNotNegative());
            for (BatchSummary.Result r : summary.results()) {
                if (r.outcome().equals("record")) {
                    assertThat(RecordSchema.errors(Path.of(r.output()))).isEmpty();
                }
            }
            try (Ledger ledger = Ledger.open(dir.resolve("out/ledger.sqlite"))) {
                assertThat(ledger.pairs()).hasSize(6);
                assertThat(ledger.status(10).failedInputs()).isEqualTo(2);
            }
        }
    }

    @Test
    void aBatchNeedsAtLeastOneThread() {
        assertThatThrownBy(() -> new BatchProcessor(null, Clock.systemUTC(), 0)).hasMessageContaining("at least 1");
    }
}
