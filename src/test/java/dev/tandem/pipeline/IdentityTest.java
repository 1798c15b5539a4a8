package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.config.TandemConfig;
import dev.tandem.model.Outcome;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import dev.tandem.track.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which inputs are one translation: two files of one name, two languages, two jobs that claim one
 * id. Real files, a real ledger, sources from a real server on 127.0.0.1.
 */
class IdentityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An English rendering of the seed's first paragraphs, written for this test. */
    private static final String ENGLISH = """
            On July 18, North Korean leader Kim Jong Un received a Russian military delegation led by Deputy \
            Defense Minister Alexei Krivoruchko, who was visiting Pyongyang.
            According to the Korean Central News Agency (KCNA), Kim Jong Un and Deputy Minister Alexei \
            Krivoruchko stressed at the meeting the importance and necessity of military cooperation between \
            Moscow and Pyongyang to ensure their common security.
            Kim Jong Un once again stressed the importance of the North Korea-Russia summit held in Pyongyang \
            last June, and said the armies of the two countries must unite more closely.
            """;

    @TempDir
    Path dir;

    private LocalHttpServer server;
    private Pipeline pipeline;

    @BeforeEach
    void start() throws IOException {
        server = SourcePages.serveAll(new LocalHttpServer());
        TandemConfig config = TestSetup.config(dir, Map.of());
        pipeline = Pipeline.create(config, TestSetup.languages(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private String source() {
        return "Source : " + server.url(SourcePages.SEED_PATH) + "\n";
    }

    private BatchSummary process(Path... paths) {
        return new BatchProcessor(pipeline, Clock.systemUTC()).process(List.of(paths));
    }

    @Test
    void twoTranslationsOfOneFileNameInTwoFoldersAreTwoRecords() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("A"));
        Files.createDirectories(in.resolve("B"));
        Files.writeString(in.resolve("A/article.txt"), ENGLISH + source());
        Files.writeString(in.resolve("B/article.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));

        BatchSummary summary = process(in);

        assertThat(summary.records()).isEqualTo(2);
        assertThat(records()).hasSize(2);
        List<String> manifestIds = Files.readAllLines(dir.resolve("out/manifest.jsonl")).stream()
                .map(line -> read(line).path("id").asText()).toList();
        assertThat(manifestIds).doesNotHaveDuplicates().hasSize(2);
        for (String id : manifestIds) {
            assertThat(pipeline.ledger().revisions(id)).hasSize(1);
        }
    }

    @Test
    void oneFileNameGivenTwiceInTwoLanguagesIsTwoPairsNeverARevision() throws IOException {
        Path english = Files.writeString(Files.createDirectories(dir.resolve("A")).resolve("article.txt"),
                ENGLISH + source());
        Path french = Files.writeString(Files.createDirectories(dir.resolve("B")).resolve("article.txt"),
                Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));

        Pipeline.Result first = pipeline.process(english);
        Pipeline.Result second = pipeline.process(french);

        assertThat(first.paired().translationLanguage()).isEqualTo("en");
        assertThat(second.paired().translationLanguage()).isEqualTo("fr");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.revision()).isEqualTo(1);
        assertThat(second.note()).contains("paired before in en");
        assertThat(records()).hasSize(2);
    }

    @Test
    void twoJobsOfOneRunThatClaimOneIdentityKeepTheFirstAndFailTheSecondClearly() throws IOException {
        Path in = Files.createDirectories(dir.resolve("jobs"));
        String seed = Samples.seedText();
        for (String name : List.of("a.json", "b.json")) {
            Files.writeString(in.resolve(name), JSON.writeValueAsString(Map.of("id", "desk-42",
                    "sourceUrl", server.url(SourcePages.SEED_PATH),
                    "translationText", name.equals("a.json") ? seed : seed.replace("18 juillet", "17 juillet"))));
        }

        BatchSummary summary = process(in);

        assertThat(summary.records()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        BatchSummary.Result failed = summary.results().get(1);
        assertThat(failed.outcome()).isEqualTo(Outcome.ERROR.label());
        assertThat(failed.stage()).isEqualTo("track");
        assertThat(failed.message()).contains("a.json").contains("same translation");
        assertThat(dir.resolve("out/errors/b.json.error.json")).exists();
        assertThat(records()).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("out/manifest.jsonl"))).hasSize(1);
    }

    @Test
    void theSameInputAgainIsADuplicateAndNotCountedAsARecord() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("seed.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));

        BatchSummary first = process(in);
        BatchSummary again = process(in);

        assertThat(first.records()).isEqualTo(1);
        assertThat(again.records()).isZero();
        assertThat(again.count(Outcome.DUPLICATE)).isEqualTo(1);
        assertThat(again.line()).contains("0 records written").contains("1 duplicate");
        Ledger.Pair pair = pipeline.ledger().pairs().get(0);
        assertThat(pair.checkState()).isEqualTo(read(Files.readString(Path.of(pair.recordPath())))
                .at("/checks/state").asText());
    }

    private List<Path> records() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out/records"))) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
