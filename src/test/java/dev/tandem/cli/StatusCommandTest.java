package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.track.Ledger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status command over a real ledger file: the text an operator reads and the JSON a script reads. */
class StatusCommandTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    private void fillLedger() {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.sqlite"))) {
            for (int i = 1; i <= 3; i++) {
                ledger.add(new Ledger.Revision("id" + i, 1, "https://example.vn/a" + i + ".html", "t" + i + ".txt",
                        "tsha" + i, "ssha" + i, "out/records/id" + i + ".json", null, "2026-11-28T10:00:0" + i + "Z"),
                        new Ledger.PairFacts("key" + i, "fr", i == 3 ? "failed" : "needs_review"), null, "t" + i + ".txt");
            }
            ledger.markStale("id2", "[\"s3\"]", "2026-11-28T11:00:00Z");
            ledger.failed(new Ledger.Failure("bad.txt", "fetch", "HTTP 404 Not Found", "out/.error/bad.txt",
                    "2026-11-28T10:30:00Z"));
        }
    }

    @Test
    void printsCountsAndTheListsAnOperatorActsOn() {
        fillLedger();

        int status = console.run("status", "-Dtandem.out.dir=" + dir);

        assertThat(status).isZero();
        assertThat(console.out())
                .contains("pairs: 3 {ok=2, stale=1}")
                .contains("checks: {failed=1, needs_review=2}")
                .contains("failed inputs: 1")
                .contains("id2 r1 https://example.vn/a2.html <- t2.txt: changed [\"s3\"]")
                .contains("bad.txt at fetch: HTTP 404 Not Found")
                .contains("id1 r1 fr needs_review https://example.vn/a1.html <- t1.txt (out/records/id1.json)");
    }

    @Test
    void stateListsThePairsWhoseChecksSayIt() throws Exception {
        fillLedger();

        int status = console.run("status", "--state", "failed", "-Dtandem.out.dir=" + dir);

        assertThat(status).isZero();
        assertThat(console.out()).contains("id3 r1 fr failed").doesNotContain("id1").doesNotContain("id2");
        console.run("status", "--state", "needs_review", "--json", "-Dtandem.out.dir=" + dir);
        assertThat(new ObjectMapper().readTree(console.out().substring(console.out().indexOf('{'))).path("pairs"))
                .extracting(p -> p.path("recordId").asText()).containsExactlyInAnyOrder("id1", "id2");
    }

    @Test
    void anUnknownStateIsAUsageError() throws Exception {
        fillLedger();

        assertThat(console.run("status", "--state", "fine", "-Dtandem.out.dir=" + dir)).isEqualTo(2);
        assertThat(console.err()).contains("unknown --state 'fine'");
    }

    @Test
    void jsonSaysTheSameAsOneObject() throws Exception {
        fillLedger();

        int status = console.run("status", "--json", "-Dtandem.out.dir=" + dir);

        assertThat(status).isZero();
        JsonNode json = new ObjectMapper().readTree(console.out());
        assertThat(json.path("pairsByState").path("ok").asInt()).isEqualTo(2);
        assertThat(json.path("pairsByState").path("stale").asInt()).isEqualTo(1);
        assertThat(json.path("pairsByCheck").path("needs_review").asInt()).isEqualTo(2);
        assertThat(json.path("pendingReview").get(0).path("checkState").asText()).isNotEmpty();
        assertThat(json.path("pairsByReview").path("pending").asInt()).isEqualTo(3);
        assertThat(json.path("failedInputs").asInt()).isEqualTo(1);
        assertThat(json.path("stale").get(0).path("recordId").asText()).isEqualTo("id2");
        assertThat(json.path("stale").get(0).path("staleParagraphs").asText()).isEqualTo("[\"s3\"]");
        assertThat(json.path("failed").get(0).path("errorPath").asText()).isEqualTo("out/.error/bad.txt");
        assertThat(json.path("pendingReview")).hasSize(3);
        assertThat(json.path("pendingReview").get(0).path("revision").asInt()).isEqualTo(1);
    }

    @Test
    void limitCapsEachList() throws Exception {
        fillLedger();

        console.run("status", "--json", "--limit", "1", "-Dtandem.out.dir=" + dir);

        JsonNode json = new ObjectMapper().readTree(console.out());
        assertThat(json.path("pendingReview")).hasSize(1);
        assertThat(json.path("failedInputs").asInt()).isEqualTo(1);
    }

    @Test
    void withoutALedgerSaysSoAndExitsTwo() {
        int status = console.run("status", "-Dtandem.out.dir=" + dir.resolve("nothing-here"));

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).contains("no ledger at");
    }

    @Test
    void refusesLimitZero() {
        fillLedger();

        int status = console.run("status", "--limit", "0", "-Dtandem.out.dir=" + dir);

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).startsWith("--limit must be at least 1, got 0");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void refusesNegativeLimit() {
        fillLedger();

        int status = console.run("status", "--limit", "-1", "-Dtandem.out.dir=" + dir);

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).startsWith("--limit must be at least 1, got -1");
        assertThat(console.out()).isEmpty();
    }
}
