package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.testing.Samples;
import org.junit.jupiter.api.Test;

class TextTranslationParserTest {
    private final TextTranslationParser parser = new TextTranslationParser();

    @Test
    void readsSeedWithCaptionApartAndBoilerplateDropped() {
        TextTranslationParser.Parsed parsed = parser.parse(Samples.seedText());

        assertThat(parsed.source()).hasValueSatisfying(f -> assertThat(f.url()).hasToString(Samples.SEED_SOURCE_URL));
        assertThat(parsed.article().title()).isNull();
        assertThat(parsed.article().captions()).extracting(Paragraph::text).containsExactly(
                "Le président nord-coréen Kim Jong-un (à droite) reçoit le vice-ministre de la Défense Alexeï "
                        + "Krivoruchko le 18 juillet. (Source : KCNA)");
        assertThat(parsed.article().textParagraphs()).hasSize(7);
        assertThat(parsed.article().textParagraphs().get(0).text()).startsWith("Le 18 juillet, le président");
        assertThat(parsed.article().paragraphs()).extracting(Paragraph::text)
                .noneMatch(t -> t.startsWith("Source") || t.startsWith("Comment"));
    }

    @Test
    void captionKeepsItsPlaceInReadingOrder() {
        TextTranslationParser.Parsed parsed = parser.parse("Premier paragraphe du texte.\n"
                + "Une photo du sommet. (Photo : AFP)\nDeuxième paragraphe.\nSource: https://example.org/a");
        assertThat(parsed.article().paragraphs()).extracting(Paragraph::kind).containsExactly(ParagraphKind.BODY, ParagraphKind.CAPTION, ParagraphKind.BODY);
    }

    @Test
    void bodyParagraphEndingInAttributionIsNotACaptionWhenLong() {
        String longLine = "Le ministre a déclaré que la coopération entre les deux pays se poursuivra. ".repeat(8)
                + "(Source : Reuters)";
        assertThat(TextTranslationParser.isCaption(longLine)).isFalse();
    }

    @Test
    void shortFirstLineWithoutFullStopIsTheTitle() {
        TextTranslationParser.Parsed parsed = parser.parse(
                "Hanoi opens its metro line\nThe first paragraph.\nThe second paragraph.\nSource: https://example.org/a");
        assertThat(parsed.article().title()).isEqualTo("Hanoi opens its metro line");
        assertThat(parsed.article().paragraphs()).hasSize(2);
    }

    @Test
    void aHeadlineSetApartMayAskAQuestion() {
        TextTranslationParser.Parsed parsed = parser.parse("The High Breed : qu’est-ce que le hip hop politique ?\n\n"
                + "Un trio hip hop veut défier la vision négative du genre en imprégnant sa musique de messages positifs.\n"
                + "The High Breed, de Bristol, prétend que le hip hop s’est éloigné de ses origines, politiques et sociales.\n"
                + "Source : https://example.org/a");
        assertThat(parsed.article().title()).isEqualTo("The High Breed : qu’est-ce que le hip hop politique ?");
        assertThat(parsed.article().paragraphs()).hasSize(2);
    }

    @Test
    void aHeadlineSetApartMayKeepItsFullStopButAParagraphSetApartIsNoHeadline() {
        String body = "Un trio hip hop veut défier la vision négative du genre en imprégnant sa musique de messages positifs.\n"
                + "The High Breed, de Bristol, prétend que le hip hop s’est éloigné de ses origines, politiques et sociales.\n";
        assertThat(parser.parse("Indonésie\u00A0: le bilan du tsunami s’alourdit.\n\n" + body + "\nSource : https://example.org/a")
                .article().title()).isEqualTo("Indonésie : le bilan du tsunami s’alourdit.");
        assertThat(parser.parse("Le bilan du tsunami s’alourdit.\n\n" + body.replace("\n", "\n\n") + "Source : https://example.org/a")
                .article().title()).isNull();
    }

    @Test
    void aQuestionOpeningTheBodyIsNotAHeadline() {
        TextTranslationParser.Parsed parsed = parser.parse("Qui paiera la facture ?\n"
                + "Le gouvernement n’a pas répondu.\nLes syndicats attendent.\nSource : https://example.org/a");
        assertThat(parsed.article().title()).isNull();
        assertThat(parsed.article().paragraphs()).hasSize(3);
    }

    @Test
    void dropsTrailingBoilerplateInSeveralLanguages() {
        TextTranslationParser.Parsed parsed = parser.parse(
                "Premier paragraphe.\nDeuxième paragraphe.\nSource: https://example.org/a\nBình luận (3)\nPartager\nComment (0)");
        assertThat(parsed.article().paragraphs()).extracting(Paragraph::text)
                .containsExactly("Premier paragraphe.", "Deuxième paragraphe.");
    }

    @Test
    void joinsHardWrappedParagraphs() {
        String text = "The first paragraph is wrapped\nat a short width by the editor.\n\n"
                + "The second one is wrapped\nthe same way.\n\nSource: https://example.org/a\n";
        assertThat(parser.parse(text).article().paragraphs()).extracting(Paragraph::text).containsExactly(
                "The first paragraph is wrapped at a short width by the editor.", "The second one is wrapped the same way.");
    }

    @Test
    void collapsesNonBreakingAndRepeatedSpaces() {
        assertThat(parser.parse("Un\u00A0 texte   espacé.\nSource: https://example.org/a").article().paragraphs())
                .extracting(Paragraph::text).containsExactly("Un texte espacé.");
    }
}
