package dev.tandem.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    @TempDir
    static Path tables;

    @BeforeAll
    static void buildFixtureTables() throws Exception {
        LexiconBuilder builder = new LexiconBuilder(new LexiconSources(LexiconBuilderTest.FIXTURE));
        builder.build("vi", tables);
        builder.build("fr", tables);
    }

    @Test
    void pivotsThroughEnglishWhenNoDirectTableExists() {
        Lexicon viFr = WordTables.in(tables).forPair("vi", "fr").orElseThrow();

        assertThat(viFr.renders("chó", "Le chien mange.")).isTrue();
        assertThat(viFr.renders("chó", "Allemagne")).isFalse();
        assertThat(viFr.renders("Đức", "J'aime l'Allemagne.")).isTrue();
    }

    @Test
    void theReversePairJudgesAsThePairDoesTheOtherWayRound() {
        WordTables in = WordTables.in(tables);
        Lexicon viFr = in.forPair("vi", "fr").orElseThrow();
        Lexicon frVi = in.forPair("fr", "vi").orElseThrow();

        LexicalMatch forward = viFr.match("Con mèo ăn cá ở Đức.", "Le chat mange du poisson en Allemagne.");
        LexicalMatch backward = frVi.match("Le chat mange du poisson en Allemagne.", "Con mèo ăn cá ở Đức.");

        assertThat(backward.sourceCoverage()).isEqualTo(forward.targetCoverage());
        assertThat(backward.targetCoverage()).isEqualTo(forward.sourceCoverage());
        assertThat(forward.sourceCoverage()).isGreaterThan(0.5);
        assertThat(frVi.renders("Allemagne", "ở Đức")).isTrue();
        assertThat(frVi.renders("chien", "Đức")).isFalse();
    }

    @Test
    void aTextReadAgainOnTheSameThreadIsNotReadAnew() {
        Lexicon viFr = WordTables.in(tables).forPair("vi", "fr").orElseThrow();
        String text = "Con mèo ăn cá.";

        assertThat(viFr.source(new String(text))).isSameAs(viFr.source(new String(text)));
        assertThat(viFr.target(text)).isNotSameAs(viFr.source(text));
    }

    @Test
    void aDocumentsGridIsTheSameWhateverDocumentCameBefore() {
        Lexicon viFr = WordTables.in(tables).forPair("vi", "fr").orElseThrow();
        List<Lexicon.Sentence> sources = List.of(viFr.source("Con mèo ăn cá."), viFr.source("Con chó ở Đức."));
        List<Lexicon.Sentence> targets = List.of(viFr.target("Le chat mange du poisson."),
                viFr.target("Le chien est en Allemagne."));
        List<Lexicon.Sentence> otherTargets = List.of(viFr.target("Le chien mange."));
        int[] from = {0, 0};
        int[] to = {1, 1};

        CoverageGrid alone = viFr.grid(sources, targets, from, to);
        viFr.grid(sources.subList(1, 2), otherTargets, new int[] {0}, new int[] {0});
        CoverageGrid after = viFr.grid(sources, targets, from, to);

        assertThat(alone.sourceCovered(0, 0)).isNotZero();
        assertThat(alone.sourceCovered(1, 1)).isNotZero();
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                assertThat(after.sourceCovered(a, b)).isEqualTo(alone.sourceCovered(a, b));
                assertThat(after.targetCovered(a, b)).isEqualTo(alone.targetCovered(a, b));
            }
        }
    }

    @Test
    void measuresHowMuchOfEachSideTheOtherRenders() {
        Lexicon viFr = WordTables.in(tables).forPair("vi", "fr").orElseThrow();

        LexicalMatch right = viFr.match("Con mèo ăn cá.", "Le chat mange du poisson.");
        LexicalMatch wrong = viFr.match("Con mèo ăn cá.", "chien");

        assertThat(right.sourceCoverage()).isGreaterThan(wrong.sourceCoverage());
        assertThat(right.untranslated()).isEmpty();
        assertThat(wrong.untranslated()).contains("mèo");
    }

    @Test
    void countsNamesWrittenAlikeAsRendered() {
        Lexicon viFr = WordTables.in(tables).forPair("vi", "fr").orElseThrow();

        assertThat(viFr.renders("Reuters", "selon Reuters")).isTrue();
        assertThat(viFr.renders("Reuters", "selon l'AFP")).isFalse();
    }

    @Test
    void glossaryRendersTermsTheTablesLack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("glossary.tsv");
        Files.writeString(file, "# newsroom terms\nen\tvi\tfr\nWhite House\tNhà Trắng\tMaison-Blanche\n",
                StandardCharsets.UTF_8);
        WordTables withGlossary = WordTables.in(tables).withGlossary(Glossary.read(file));

        Lexicon viFr = withGlossary.forPair("vi", "fr").orElseThrow();
        assertThat(viFr.renders("Nhà Trắng", "à la Maison-Blanche")).isTrue();
        assertThat(WordTables.in(tables).forPair("vi", "fr").orElseThrow().renders("Nhà Trắng", "à la Maison-Blanche"))
                .isFalse();
        LexicalMatch match = viFr.match("Nhà Trắng", "La Maison-Blanche");
        assertThat(match.sourceRendered()).isEqualTo(2);
        assertThat(match.targetRendered()).isEqualTo(2);
    }

    @Test
    void refusesAGlossaryWithoutLanguageHeader(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("glossary.tsv");
        Files.writeString(file, "White House\tNhà Trắng\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Glossary.read(file)).hasMessageContaining("line 1")
                .hasMessageContaining("name a language per column");
    }

    @Test
    void hasNoLexiconForALanguageWithoutTable() {
        assertThat(WordTables.in(tables).forPair("vi", "de")).isEmpty();
        assertThat(WordTables.in(tables).forPair("vi", "vi")).isEmpty();
    }

    @Test
    void reportsACorruptTableWithItsLine(@TempDir Path folder) throws Exception {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(folder.resolve("vi-en.tsv.gz")))) {
            out.write("chó\tdog\t0.9\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> WordTables.in(folder).forPair("vi", "en")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("line 1").hasMessageContaining("expected 4");
    }

    @Test
    void shippedTablesRenderExonymsThroughEnglish() {
        assertThat(Lexicon.forPair("en", "fr").orElseThrow().renders("Scotland", "Il vit en Écosse.")).isTrue();
        assertThat(Lexicon.forPair("vi", "fr").orElseThrow().renders("Đức", "l'Allemagne")).isTrue();
        assertThat(Lexicon.forPair("vi", "fr").orElseThrow().renders("Đức", "l'Espagne")).isFalse();
        assertThat(Lexicon.forPair("zh", "fr")).isPresent();
    }
}
