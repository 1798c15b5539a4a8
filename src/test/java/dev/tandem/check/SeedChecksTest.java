package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.DocumentAligner;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.SiteProfiles;
import dev.tandem.ingest.TextTranslationParser;
import dev.tandem.model.Article;
import dev.tandem.record.RecordAssembler;
import dev.tandem.testing.Samples;
import dev.tandem.testing.TestSetup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The seed against its Vietnamese original in samples/: no finding on the translation as
 * published, and exactly the expected finding for each alteration the issue names.
 */
class SeedChecksTest {
    private static List<String> units(Article article) {
        return RecordAssembler.unitsOf(article).textStrings();
    }

    private static List<String> original() {
        return units(new ArticleExtractor(SiteProfiles.shipped()).extract(Jsoup.parse(
                new String(Samples.seedSourcePage(), StandardCharsets.UTF_8), Samples.SEED_SOURCE_URL)));
    }

    private static List<String> seed() {
        return units(new TextTranslationParser().parse(Samples.seedText()).article());
    }

    private static Checker.Report check(List<String> translation) {
        DocumentAligner.Alignment alignment = new DocumentAligner("vi", "fr").align(original(), translation);
        return Checker.check(CheckInput.of(alignment, "vi", "fr", text -> TestSetup.languages().detect(text).code()));
    }

    @Test
    void theSeedAsPublishedHasNoFinding() {
        Checker.Report report = check(seed());

        assertThat(report.findings()).isEmpty();
        assertThat(report.state()).isEqualTo("ok");
        assertThat(report.coverage().sourceCharacters()).isEqualTo(1.0);
        assertThat(report.coverage().beads()).containsExactly(java.util.Map.entry("1-1", 8));
    }

    @Test
    void aDeletedParagraphIsOneOmission() {
        List<String> altered = new ArrayList<>(seed());
        altered.remove(3);

        assertThat(check(altered).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("OMITTED_PARAGRAPH");
            assertThat(f.source()).containsExactly("s4");
        });
    }

    @Test
    void theSeventeenthOfJulyForTheEighteenthIsOneDateMismatch() {
        List<String> altered = new ArrayList<>(seed());
        altered.set(0, altered.get(0).replace("Le 18 juillet", "Le 17 juillet"));

        Checker.Report report = check(altered);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DATE_MISMATCH");
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.source()).containsExactly("s1.1");
            assertThat(f.message()).contains("18/7").contains("17/7");
        });
        assertThat(report.state()).isEqualTo("needs_review");
    }

    @Test
    void krivoruchkoRemovedIsAMissingNameWhereHeWas() {
        List<String> altered = seed().stream().map(p -> p.replace(" Krivoruchko", "")).toList();

        assertThat(check(altered).findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.code()).isEqualTo("NAME_MISSING");
            assertThat(f.message()).contains("\"Krivoruchko\"");
        }).extracting(Finding::source).containsExactly(List.of("s1.1"), List.of("s2.1"));
    }
}
