package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.SiteProfiles;
import dev.tandem.ingest.TextTranslationParser;
import dev.tandem.model.Article;
import dev.tandem.record.RecordAssembler;
import dev.tandem.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The seed translation against its Vietnamese original, both from samples/, as the pipeline reads them. */
class DocumentAlignerTest {
    private final DocumentAligner aligner = new DocumentAligner("vi", "fr");

    private static List<String> units(Article article) {
        return RecordAssembler.unitsOf(article).textStrings();
    }

    private static List<String> original() {
        ArticleExtractor extractor = new ArticleExtractor(SiteProfiles.shipped());
        return units(extractor.extract(Jsoup.parse(new String(Samples.seedSourcePage(), StandardCharsets.UTF_8),
                Samples.SEED_SOURCE_URL)));
    }

    private static List<String> seed() {
        return units(new TextTranslationParser().parse(Samples.seedText()).article());
    }

    @Test
    void seedRendersItsOriginalParagraphForParagraphAndSentenceForSentence() {
        List<String> original = original();
        List<String> seed = seed();

        DocumentAligner.Alignment alignment = aligner.align(original, seed);

        assertThat(original).hasSize(7);
        assertThat(alignment.paragraphs()).hasSize(7).allSatisfy(bead -> {
            assertThat(bead.type()).isEqualTo("1-1");
            assertThat(bead.source()).isEqualTo(bead.target());
        });
        assertThat(alignment.sourceSentences().get(4)).hasSize(2);
        assertThat(alignment.targetSentences().get(4)).hasSize(2);
        assertThat(alignment.sentences()).hasSize(8).allSatisfy(bead -> {
            assertThat(bead.type()).isEqualTo("1-1");
            assertThat(bead.score()).isGreaterThanOrEqualTo(0.9);
        });
    }

    @Test
    void aDeletedParagraphIsAnOmissionOfItsParagraphAndItsSentence() {
        List<String> seed = new ArrayList<>(seed());
        String deleted = seed.remove(3);

        DocumentAligner.Alignment alignment = aligner.align(original(), seed);

        assertThat(deleted).startsWith("Plus tôt, le 8 juillet");
        assertThat(alignment.paragraphs()).extracting(Bead::type)
                .containsExactly("1-1", "1-1", "1-1", "1-0", "1-1", "1-1", "1-1");
        assertThat(alignment.paragraphs().get(3).source()).containsExactly(3);
        assertThat(alignment.sentences()).filteredOn(bead -> bead.target().isEmpty())
                .singleElement().satisfies(bead -> assertThat(bead.source()).containsExactly(3));
    }

    @Test
    void paragraphsJoinedByTheTranslatorMakeOneParagraphBead() {
        List<String> seed = new ArrayList<>(seed());
        seed.set(5, seed.get(5) + " " + seed.remove(6));

        DocumentAligner.Alignment alignment = aligner.align(original(), seed);

        assertThat(alignment.paragraphs()).extracting(Bead::type)
                .containsExactly("1-1", "1-1", "1-1", "1-1", "1-1", "2-1");
        assertThat(alignment.sentences()).extracting(Bead::type).containsOnly("1-1").hasSize(8);
    }

    @Test
    void anAddedParagraphIsAnAddition() {
        List<String> seed = new ArrayList<>(seed());
        seed.add(2, "Pour rappel, la Russie et la Corée du Nord ont établi leurs relations diplomatiques le "
                + "12 octobre 1948, il y a plus de 75 ans.");

        DocumentAligner.Alignment alignment = aligner.align(original(), seed);

        assertThat(alignment.paragraphs()).extracting(Bead::type)
                .containsExactly("1-1", "1-1", "0-1", "1-1", "1-1", "1-1", "1-1", "1-1");
        assertThat(alignment.paragraphs().get(2).target()).containsExactly(2);
    }

    @Test
    void aTextWithNothingOnOneSideIsAllOmission() {
        DocumentAligner.Alignment alignment = aligner.align(original(), List.of());

        assertThat(alignment.paragraphs()).hasSize(7).extracting(Bead::type).containsOnly("1-0");
    }
}
