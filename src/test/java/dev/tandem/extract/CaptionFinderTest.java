package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.model.ParagraphKind;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CaptionFinderTest {
    private final CaptionFinder finder = new CaptionFinder();

    @Test
    void restoresLeadImageCaptionFromArticleHeaderBeforeTheText() {
        List<TextBlock> blocks = extract("""
                <article><header><h1>Titel</h1><figure><img src="a.jpg">
                <figcaption>Die Halle am Montag. Foto: dpa</figcaption></figure></header>
                <div id="text"><p>Erster Absatz des Artikels.</p><p>Zweiter Absatz.</p></div></article>""");

        assertThat(blocks).extracting(TextBlock::text).containsExactly(
                "Die Halle am Montag. Foto: dpa", "Erster Absatz des Artikels.", "Zweiter Absatz.");
        assertThat(blocks.get(0).kind()).isEqualTo(ParagraphKind.CAPTION);
    }

    @Test
    void restoresCaptionOfImageWidgetInPlace() {
        List<TextBlock> blocks = extract("""
                <article><div id="text"><p>Vorher im Text.</p>
                <div class="widget"><figure><img src="a.jpg"><figcaption>Der Sicherheitsrat tagt.</figcaption></figure></div>
                <p>Nachher im Text.</p></div></article>""");

        assertThat(blocks).extracting(TextBlock::text)
                .containsExactly("Vorher im Text.", "Der Sicherheitsrat tagt.", "Nachher im Text.");
    }

    @Test
    void restoresCaptionWithItsCreditWhenCleaningTookTheCreditFirst() {
        Document page = Jsoup.parse("""
                <article><div id="text"><p>Vorher im Text.</p>
                <div class="widget"><div class="widget__wrapper"><div class="widget__contents"><figure><img src="a.jpg">
                <figcaption><span>Der Sicherheitsrat tagt am Montag, 5. Januar 2026, im UN-Hauptquartier.</span> <span class="credit">Frank Franklin II/AP</span>
                </figcaption></figure></div></div></div>
                <p>Nachher im Text.</p></div></article>""");
        CaptionFinder.PageCaptions captions = finder.candidates(page);
        page.select(".credit").remove();
        page.select(".widget").remove();
        Element container = page.getElementById("text");

        List<TextBlock> blocks = finder.merge(captions, page, container, new ParagraphCollector().collect(container));

        assertThat(blocks).extracting(TextBlock::text).containsExactly(
                "Vorher im Text.", "Der Sicherheitsrat tagt am Montag, 5. Januar 2026, im UN-Hauptquartier. Frank Franklin II/AP",
                "Nachher im Text.");
    }

    @Test
    void leavesOutCaptionsOfTeaserBoxes() {
        List<TextBlock> blocks = extract("""
                <article><div id="text"><p>Ein Absatz.</p>
                <div class="related"><figure><img src="b.jpg"><figcaption>Bild eines anderen Artikels</figcaption></figure>
                <a href="/x">Eine andere Geschichte mit langer Überschrift hier</a></div></div></article>""");

        assertThat(blocks).extracting(TextBlock::text).containsExactly("Ein Absatz.");
    }

    @Test
    void doesNotRepeatCaptionAlreadyCollected() {
        List<TextBlock> blocks = extract("""
                <article><div id="text"><figure><img src="a.jpg"><figcaption>Ein Bild.</figcaption></figure>
                <header><figure><img src="a.jpg"><figcaption>Ein  Bild.</figcaption></figure></header>
                <p>Ein Absatz.</p></div></article>""");

        assertThat(blocks).extracting(TextBlock::text).containsExactly("Ein Bild.", "Ein Absatz.");
    }

    /** Notes captions, removes boilerplate (here: what the test names), collects and merges. */
    private List<TextBlock> extract(String html) {
        Document page = Jsoup.parse(html);
        CaptionFinder.PageCaptions captions = finder.candidates(page);
        page.select("header, .widget, .related").remove();
        Element container = page.getElementById("text");
        return finder.merge(captions, page, container, new ParagraphCollector().collect(container));
    }
}
