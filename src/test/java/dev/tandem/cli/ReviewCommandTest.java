package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.testing.RecordSchema;
import dev.tandem.testing.Samples;
import dev.tandem.track.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's decision and notes, recorded on a record the pipeline wrote from the seed. */
class ReviewCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Console console = new Console();
    private String id;
    private Path record;

    @BeforeEach
    void processTheSeed() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.SEED, inputs.resolve("seed.txt"));
        assertThat(console.run("process", "-Dtandem.fetch.policy=offline", "-Dtandem.snapshot.dir=" + dir.resolve("snapshots"),
                inputs.toString(), "--out", dir.resolve("out").toString())).as(console.err()).isZero();
        try (Ledger ledger = Ledger.open(dir.resolve("out/ledger.sqlite"))) {
            Ledger.Pair pair = ledger.pairs().get(0);
            id = pair.recordId();
            record = Path.of(pair.recordPath());
        }
    }

    private String[] review(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "review";
        all[1] = "-Dtandem.out.dir=" + dir.resolve("out");
        all[2] = id;
        System.arraycopy(args, 0, all, 3, args.length);
        return all;
    }

    @Test
    void recordsTheStateReviewerAndNotesInTheRecordAndTheLedger() throws IOException {
        int status = console.run(review("--state", "approved", "--reviewer", "Lan", "--note", "s1.1=Date vérifiée : 18/7.",
                "--note", "Relu en entier."));

        assertThat(status).as(console.err()).isZero();
        JsonNode review = JSON.readTree(record.toFile()).path("review");
        assertThat(review.path("state").asText()).isEqualTo("approved");
        assertThat(review.path("reviewer").asText()).isEqualTo("Lan");
        assertThat(review.path("updatedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(review.path("notes")).hasSize(2);
        assertThat(review.path("notes").get(0).path("segment").asText()).isEqualTo("s1.1");
        assertThat(review.path("notes").get(0).path("text").asText()).isEqualTo("Date vérifiée : 18/7.");
        assertThat(review.path("notes").get(1).path("segment").isNull()).isTrue();
        assertThat(RecordSchema.errors(record)).isEmpty();
        try (Ledger ledger = Ledger.open(dir.resolve("out/ledger.sqlite"))) {
            assertThat(ledger.pairs().get(0).reviewState()).isEqualTo("approved");
        }
    }

    @Test
    void laterNotesAreAddedNotReplaced() throws IOException {
        console.run(review("--state", "in_review", "--reviewer", "Lan", "--note", "t2.1=Nom à vérifier."));
        console.run(review("--state", "rejected", "--reviewer", "Minh", "--note", "t2.1=Le nom manque."));

        JsonNode review = JSON.readTree(record.toFile()).path("review");
        assertThat(review.path("state").asText()).isEqualTo("rejected");
        assertThat(review.path("notes")).hasSize(2);
        assertThat(review.path("notes").get(0).path("reviewer").asText()).isEqualTo("Lan");
        assertThat(review.path("notes").get(1).path("reviewer").asText()).isEqualTo("Minh");
    }

    @Test
    void aNoteOnAnUnknownSegmentChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(record);

        int status = console.run(review("--state", "approved", "--reviewer", "Lan", "--note", "s99.1=?"));

        assertThat(status).isEqualTo(1);
        assertThat(console.err()).contains("the record has no segment s99.1; nothing changed");
        assertThat(Files.readAllBytes(record)).isEqualTo(before);
        try (Ledger ledger = Ledger.open(dir.resolve("out/ledger.sqlite"))) {
            assertThat(ledger.pairs().get(0).reviewState()).isEqualTo("pending");
        }
    }

    @Test
    void anUnknownStateOrPairIsRefused() {
        assertThat(console.run(review("--state", "done", "--reviewer", "Lan"))).isEqualTo(1);
        assertThat(console.err()).contains("unknown review state 'done'");

        assertThat(console.run("review", "-Dtandem.out.dir=" + dir.resolve("out"), "0000000000000000", "--state", "approved",
                "--reviewer", "Lan")).isEqualTo(1);
        assertThat(console.err()).contains("the ledger has no pair with id 0000000000000000");
    }
}
