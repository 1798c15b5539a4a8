package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.config.ConfigurationException;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.RecordSchema;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
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

    private Pipeline pipeline(Map<String, String> extra) {
        return Pipeline.create(TestSetup.config(dir, extra), TestSetup.languages(), Clock.systemUTC());
    }

    private Path translation(String name, String sourcePath) throws IOException {
        return Files.writeString(dir.resolve(name), Samples.seedPointingAt(server.url(sourcePath)));
    }

    @Test
    void writesLinkedRecordForSeed() throws IOException {
        Pipeline.Result outcome = pipeline(Map.of()).process(translation("seed.txt", SourcePages.SEED_PATH));

        JsonNode record = new ObjectMapper().readTree(outcome.record().toFile());
        assertThat(RecordSchema.errors(record)).isEmpty();
        assertThat(record.at("/source/url").asText()).isEqualTo(server.url(SourcePages.SEED_PATH));
        assertThat(record.at("/source/language/code").asText()).isEqualTo("vi");
        assertThat(record.at("/translation/language/code").asText()).isEqualTo("fr");
        assertThat(record.at("/translation/file").asText()).isEqualTo("seed.txt");
        assertThat(record.at("/source/fetch/origin").asText()).isEqualTo("network");
        assertThat(Path.of(record.at("/source/fetch/snapshot").asText())).exists();
        assertThat(record.at("/review/state").asText()).isEqualTo("pending");
        assertThat(outcome.id()).isEqualTo(record.at("/id").asText());
    }

    @Test
    void sameInputGivesSameRecordId() throws IOException {
        Path seed = translation("seed.txt", SourcePages.SEED_PATH);
        Pipeline pipeline = pipeline(Map.of());
        assertThat(pipeline.process(seed).id()).isEqualTo(pipeline.process(seed).id());
    }

    @Test
    void rejectsSourceInTheTranslationsLanguage() throws IOException {
        Path input = translation("fr-from-fr.txt", SourcePages.FRENCH_PAGE_PATH);
        assertStageError(() -> pipeline(Map.of()).process(input), Stage.LANGUAGE, "same language");
    }

    @Test
    void rejectsSourceOutsideConfiguredSourceLanguages() throws IOException {
        Path input = Files.writeString(dir.resolve("en.txt"), """
                The North Korean leader received a Russian military delegation on 18 July in Pyongyang.
                Both sides stressed the need for closer military cooperation between the two countries.
                Source: %s
                """.formatted(server.url(SourcePages.FRENCH_PAGE_PATH)));
        assertStageError(() -> pipeline(Map.of("tandem.source.languages", "vi")).process(input), Stage.LANGUAGE,
                "not in an expected source language");
    }

    @Test
    void aTranslationInAnotherLanguageThanOrderedFailsWithWrongLanguage() throws IOException {
        Path ordered = translation("seed.txt", SourcePages.SEED_PATH);
        Path job = Files.writeString(dir.resolve("job.json"), new ObjectMapper().writeValueAsString(Map.of(
                "id", "job-1", "translationLanguage", "en", "sourceUrl", server.url(SourcePages.SEED_PATH),
                "translationText", Files.readString(ordered))));

        JsonNode byJob = new ObjectMapper().readTree(pipeline(Map.of()).process(job).record().toFile());
        JsonNode byConfig = new ObjectMapper().readTree(
                pipeline(Map.of("tandem.translation.languages", "en,es")).process(ordered).record().toFile());
        Path another = translation("seed-2.txt", SourcePages.SEED_PATH);
        JsonNode asOrdered = new ObjectMapper().readTree(
                pipeline(Map.of("tandem.translation.languages", "fr,en")).process(another).record().toFile());

        assertThat(byJob.at("/checks/state").asText()).isEqualTo("failed");
        assertThat(byJob.at("/checks/findings").findValuesAsText("code")).contains("WRONG_LANGUAGE");
        assertThat(byJob.at("/checks/findings").findValuesAsText("message"))
                .contains("The translation reads as fr, but the job's translationLanguage says en.");
        assertThat(byConfig.at("/checks/findings").findValuesAsText("code")).contains("WRONG_LANGUAGE");
        assertThat(asOrdered.at("/checks/findings").findValuesAsText("code")).doesNotContain("WRONG_LANGUAGE");
        assertThat(RecordSchema.errors(byJob)).isEmpty();
    }

    @Test
    void aTranslationNamingAnotherArticleAsItsOriginalFailsWithWrongOriginal() throws IOException {
        String metroPath = "/doan-tren-cao-tuyen-metro-nhon-ga-ha-noi.html";
        server.page(metroPath, "text/html; charset=utf-8", Samples.metroSourcePage());
        Path misnamed = translation("seed-misnamed.txt", metroPath);
        Path faithful = translation("seed.txt", SourcePages.SEED_PATH);

        JsonNode wrong = new ObjectMapper().readTree(pipeline(Map.of()).process(misnamed).record().toFile());
        JsonNode right = new ObjectMapper().readTree(pipeline(Map.of()).process(faithful).record().toFile());

        assertThat(wrong.at("/checks/state").asText()).isEqualTo("failed");
        assertThat(wrong.at("/checks/findings").findValuesAsText("code")).contains("WRONG_ORIGINAL");
        assertThat(RecordSchema.errors(wrong)).isEmpty();
        assertThat(right.at("/checks/state").asText()).isNotEqualTo("failed");
        assertThat(right.at("/checks/findings").findValuesAsText("code")).doesNotContain("WRONG_ORIGINAL");
    }

    @Test
    void aNewsroomGlossaryReachesTheNameCheck() throws IOException {
        Path river = Files.writeString(dir.resolve("seed-tumen.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH))
                .replace("la rivière Tumannaya", "le fleuve frontalier"));
        Path glossary = Files.writeString(dir.resolve("glossary.tsv"), "vi\tfr\n# the desk names this river by what it is\nTumannaya\tfleuve frontalier\n");

        JsonNode without = new ObjectMapper().readTree(pipeline(Map.of()).process(river).record().toFile());
        Path again = Files.copy(river, dir.resolve("seed-river-again.txt")); // its own pair, not a duplicate
        JsonNode with = new ObjectMapper().readTree(
                pipeline(Map.of("tandem.lexicon.glossary", glossary.toString())).process(again).record().toFile());

        assertThat(without.at("/checks/findings").findValuesAsText("message")).anyMatch(m -> m.contains("\"Tumannaya\""));
        assertThat(with.at("/checks/findings").findValuesAsText("message")).noneMatch(m -> m.contains("Tumannaya"));
    }

    @Test
    void anUnreadableGlossaryIsAConfigurationError() {
        Path missing = dir.resolve("no-such-glossary.tsv");
        assertThatThrownBy(() -> pipeline(Map.of("tandem.lexicon.glossary", missing.toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tandem.lexicon.glossary").hasMessageContaining(missing.toString());
    }

    @Test
    void reportsHttpErrorsAtFetchStage() throws IOException {
        Path missing = translation("a.txt", SourcePages.MISSING_PATH);
        Path broken = translation("b.txt", SourcePages.SERVER_ERROR_PATH);
        Path pdf = translation("c.txt", SourcePages.PDF_PATH);
        assertStageError(() -> pipeline(Map.of()).process(missing), Stage.FETCH, "HTTP 404");
        assertStageError(() -> pipeline(Map.of()).process(broken), Stage.FETCH, "HTTP 500");
        assertStageError(() -> pipeline(Map.of()).process(pdf), Stage.FETCH, "not an HTML page");
        assertThat(dir.resolve("out/records")).doesNotExist();
    }

    private static void assertStageError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Stage stage,
            String message) {
        assertThatThrownBy(call).isInstanceOf(StageException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((StageException) e).stage()).isEqualTo(stage));
    }
}
