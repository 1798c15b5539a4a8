package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphFilterTest {
    private static final String BODY = "Hai bên nhất trí tiếp tục thúc đẩy hợp tác kinh tế, thương mại và đầu tư.";

    private final ParagraphFilter filter = new ParagraphFilter();

    @Test
    void dropsTitleLeadAndBylineRepeated() {
        List<Paragraph> kept = filter.filter(List.of(
                body("Tiếp Đại sứ Pháp"), body("Đại sứ Pháp chào từ biệt."), body(BODY), body("Ngọc Anh")),
                "Tiếp Đại sứ Pháp", "Đại sứ Pháp chào từ biệt", "Ngọc Anh");

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void dropsBodyRepeatingCaption() {
        List<Paragraph> kept = filter.filter(List.of(
                new TextBlock(ParagraphKind.CAPTION, "Quang cảnh hội nghị.", 0), body("Quang cảnh hội nghị"), body(BODY)),
                null, null, null);

        assertThat(kept).containsExactly(Paragraph.caption("Quang cảnh hội nghị."), Paragraph.body(BODY));
    }

    @Test
    void dropsShortLinkOnlyLine() {
        List<Paragraph> kept = filter.filter(List.of(
                new TextBlock(ParagraphKind.BODY, "Việt Nam và Pháp nâng cấp quan hệ", 33), body(BODY)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void keepsLongSentenceThatIsLinked() {
        String sentence = "Theo Bộ Ngoại giao, hai nước sẽ tổ chức nhiều hoạt động kỷ niệm trong năm nay tại Hà Nội, Paris và nhiều địa phương khác.";
        List<Paragraph> kept = filter.filter(List.of(new TextBlock(ParagraphKind.BODY, sentence, sentence.length())),
                null, null, null);

        assertThat(kept).hasSize(1);
    }

    @Test
    void dropsLinesWithoutLetters() {
        List<Paragraph> kept = filter.filter(List.of(body("19/07/2024 08:15"), body(""), body(BODY)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void dropsSeeAlsoPointer() {
        List<Paragraph> kept = filter.filter(List.of(body(BODY), body("Read more: Looted colonial art returns home"),
                body("Lea también: Impiden ingreso a reportero")), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void keepsSentenceStartingWithAlso() {
        String sentence = "Also on Tuesday, the ministry said trade talks would resume in Hanoi next month.";
        List<Paragraph> kept = filter.filter(List.of(body(sentence)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(sentence));
    }

    @Test
    void dropsFollowAndNewsletterPrompts() {
        List<Paragraph> kept = filter.filter(List.of(body(BODY),
                body("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."),
                body("Get the latest updates right in your inbox. Subscribe to our newsletters.")), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void dropsUpdatedAndReadingTimeLines() {
        List<Paragraph> kept = filter.filter(List.of(body("Updated at 1:23 p.m."), body("Tempo de leitura: 2 minutos"),
                body("Posted: Fri 6:45 PM, Feb 16, 2018 |"), body(BODY)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void keepsLongSentenceStartingWithPublished() {
        String sentence = "Published in 2019, the report found that air quality in the capital had worsened for three years running.";
        List<Paragraph> kept = filter.filter(List.of(body(sentence)), null, null, null);

        assertThat(kept).hasSize(1);
    }

    @Test
    void dropsStandalonePhotoCredit() {
        List<Paragraph> kept = filter.filter(List.of(body(BODY), body("Photograph by Ed Marshall"),
                body("(Credit: Clayton Aldern / Grist)"), body("Crédits photos : Bestimage")), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void dropsSharePromptButKeepsShareHeading() {
        List<Paragraph> kept = filter.filter(List.of(body("Like this story? Share it with a friend!"),
                body("Share buybacks lift the index"), body(BODY)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body("Share buybacks lift the index"), Paragraph.body(BODY));
    }

    @Test
    void dropsRelatedAndCommentLabels() {
        List<Paragraph> kept = filter.filter(List.of(body(BODY), body("You may also like..."), body("Comments"),
                body("Advert")), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void dropsHeadingsAfterLastParagraph() {
        List<Paragraph> kept = filter.filter(List.of(heading("Die Lage am Morgen"), body(BODY),
                heading("Weitere Beiträge aus der Kolumne:"), new TextBlock(ParagraphKind.CAPTION, "Ein Bild vom Hafen.", 0)),
                null, null, null);

        assertThat(kept).containsExactly(new Paragraph(ParagraphKind.HEADING, "Die Lage am Morgen"), Paragraph.body(BODY),
                Paragraph.caption("Ein Bild vom Hafen."));
    }

    @Test
    void dropsGalleryChrome() {
        List<Paragraph> kept = filter.filter(List.of(body("Caption Close"), body("Back to Gallery"), body("1 of 12"),
                body("Image 3 of 20"), body(BODY)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void dropsPromotionOfSiteAppAndChannels() {
        List<Paragraph> kept = filter.filter(List.of(body(BODY),
                body("For the latest stories download the Daily News apps for iOS and Android."),
                body("¡Mira lo que tiene nuestro canal de YouTube!"),
                body("Subscribe now to our e-edition for the full story.")), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(BODY));
    }

    @Test
    void keepsSentenceAboutApps() {
        String sentence = "Eight out of ten companies are writing custom iOS apps, the chief executive said.";
        List<Paragraph> kept = filter.filter(List.of(body(sentence)), null, null, null);

        assertThat(kept).containsExactly(Paragraph.body(sentence));
    }

    private static TextBlock heading(String text) {
        return new TextBlock(ParagraphKind.HEADING, text, 0);
    }

    private static TextBlock body(String text) {
        return new TextBlock(ParagraphKind.BODY, text, 0);
    }
}
