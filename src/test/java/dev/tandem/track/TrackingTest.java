package dev.tandem.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.RecordSchema;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger as the pipeline keeps it: duplicates, revisions of a translation or a source, failures. */
class TrackingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LocalHttpServer server;
    private Pipeline pipeline;

    @BeforeEach
    void start() throws IOException {
        server = SourcePages.serveAll(new LocalHttpServer());
        // The source changes between two runs here, seconds apart rather than hours: each run fetches anew.
        pipeline = Pipeline.create(TestSetup.config(dir, Map.of("tandem.fetch.reuse-ms", "0")), TestSetup.languages(),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private Path seed() throws IOException {
        return Files.writeString(dir.resolve("seed.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));
    }

    private Path records() {
        return dir.resolve("out/records");
    }

    @Test
    void theSameTranslationDroppedAgainMakesNoNewRecord() throws IOException {
        Pipeline.Result first = pipeline.process(seed());
        Pipeline.Result again = pipeline.process(seed());

        assertThat(first.outcome()).isNotEqualTo(dev.tandem.model.Outcome.DUPLICATE);
        assertThat(again.outcome()).isEqualTo(dev.tandem.model.Outcome.DUPLICATE);
        assertThat(again.record()).isEqualTo(first.record());
        assertThat(pipeline.ledger().revisions(first.id())).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("out/manifest.jsonl"))).hasSize(1);
        try (var files = Files.list(records())) {
            assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).hasSize(1);
        }
    }

    @Test
    void aChangedTranslationIsANewRevisionThatKeepsTheReviewedOne() throws IOException {
        Pipeline.Result first = pipeline.process(seed());
        ObjectNode reviewed = (ObjectNode) JSON.readTree(first.record().toFile());
        ((ObjectNode) reviewed.get("review")).put("state", "approved").put("reviewer", "Lan");
        Files.write(first.record(), JSON.writeValueAsBytes(reviewed));

        Files.writeString(dir.resolve("seed.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH))
                .replace("Le 18 juillet", "Le 17 juillet"));
        Pipeline.Result second = pipeline.process(dir.resolve("seed.txt"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(RecordSchema.errors(second.record())).isEmpty();
        assertThat(RecordSchema.errors(records().resolve(first.id() + ".r1.json"))).isEmpty();
        JsonNode latest = JSON.readTree(second.record().toFile());
        JsonNode kept = JSON.readTree(records().resolve(first.id() + ".r1.json").toFile());
        assertThat(latest.at("/revision").asInt()).isEqualTo(2);
        assertThat(latest.at("/review/state").asText()).isEqualTo("pending");
        assertThat(kept.at("/revision").asInt()).isEqualTo(1);
        assertThat(kept.at("/review/state").asText()).isEqualTo("approved");
        assertThat(kept.at("/review/reviewer").asText()).isEqualTo("Lan");
        assertThat(pipeline.ledger().revisions(first.id())).extracting(Ledger.Revision::recordPath)
                .containsExactly(records().resolve(first.id() + ".r1.json").toString(), second.record().toString());
    }

    @Test
    void aChangedSourceIsANewRevision() throws IOException {
        Pipeline.Result first = pipeline.process(seed());
        String page = new String(Samples.seedSourcePage(), StandardCharsets.UTF_8)
                .replace("Ngày 18/7, Chủ tịch Triều Tiên", "Sáng 18/7, Chủ tịch Triều Tiên");
        server.page(SourcePages.SEED_PATH, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));

        Pipeline.Result second = pipeline.process(seed());

        assertThat(second.outcome()).isNotEqualTo(dev.tandem.model.Outcome.DUPLICATE);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(pipeline.ledger().revisions(first.id())).extracting(Ledger.Revision::sourceSha256).doesNotHaveDuplicates();
        JsonNode record = JSON.readTree(second.record().toFile());
        assertThat(record.at("/source/paragraphs/0/text").asText()).startsWith("Sáng 18/7");
        assertThat(record.at("/checks/findings")).singleElement().satisfies(f -> {
            assertThat(f.at("/code").asText()).isEqualTo("SOURCE_CHANGED");
            assertThat(f.at("/message").asText()).contains("revision 1").contains("s1");
        });
        assertThat(record.at("/checks/state").asText()).isEqualTo("needs_review");
    }

    @Test
    void aFailedInputIsInTheLedgerUntilItSucceeds() throws IOException {
        Path input = Files.writeString(dir.resolve("later.txt"), Samples.seedPointingAt(server.url("/soon.html")));
        assertThatThrownBy(() -> pipeline.process(input)).hasMessageContaining("HTTP 404");
        pipeline.noteFailure(input, new IllegalStateException("HTTP 404 Not Found"), null);
        assertThat(pipeline.ledger().status(10).failedInputs()).isEqualTo(1);

        server.page("/soon.html", "text/html; charset=utf-8", Samples.seedSourcePage());
        pipeline.process(input);

        Ledger.Status status = pipeline.ledger().status(10);
        assertThat(status.failedInputs()).isZero();
        assertThat(status.pairsByState()).containsEntry("ok", 1);
        assertThat(status.pendingReview()).hasSize(1);
    }
}
