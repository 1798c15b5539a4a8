package dev.tandem.extract;

import static dev.tandem.model.ParagraphKind.BODY;
import static dev.tandem.model.ParagraphKind.CAPTION;
import static dev.tandem.model.ParagraphKind.HEADING;
import static dev.tandem.model.ParagraphKind.QUOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ParagraphCollectorTest {
    private final ParagraphCollector collector = new ParagraphCollector();

    @Test
    void readsBlocksInReadingOrderWithTheirKinds() {
        List<TextBlock> blocks = collect("""
                <p>Le sommet s'est ouvert lundi.</p>
                <h3>Un accord attendu</h3>
                <ul><li>Énergie</li><li>Santé</li></ul>
                <blockquote><p>« C'est une étape historique. »</p></blockquote>""");

        assertThat(blocks).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                tuple(BODY, "Le sommet s'est ouvert lundi."),
                tuple(HEADING, "Un accord attendu"),
                tuple(BODY, "Énergie"),
                tuple(BODY, "Santé"),
                tuple(QUOTE, "« C'est une étape historique. »"));
    }

    @Test
    void readsLooseTextBetweenBreaksAsSeparateBlocks() {
        List<TextBlock> blocks = collect("Đoạn thứ nhất của <b>bài viết</b>.<br><br>Đoạn thứ hai.<div>Đoạn thứ ba.</div>");

        assertThat(blocks).extracting(TextBlock::text)
                .containsExactly("Đoạn thứ nhất của bài viết.", "Đoạn thứ hai.", "Đoạn thứ ba.");
    }

    @Test
    void marksVietnameseImageTableCaptionInPlace() {
        List<TextBlock> blocks = collect("""
                <p>Trước.</p>
                <table class="image"><tr><td><img src="a.jpg"></td></tr><tr><td class="desc">Quang cảnh hội nghị. (Ảnh: TTXVN)</td></tr></table>
                <p>Sau.</p>""");

        assertThat(blocks).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                tuple(BODY, "Trước."), tuple(CAPTION, "Quang cảnh hội nghị. (Ảnh: TTXVN)"), tuple(BODY, "Sau."));
    }

    @Test
    void marksCaptionClassInsideParagraph() {
        List<TextBlock> blocks = collect("<p><img src='a.jpg'><em class='photo-caption'>Photo : AFP</em></p><p class='PhotoCMS_Caption'>Hội nghị</p>");

        assertThat(blocks).extracting(TextBlock::kind).containsExactly(CAPTION, CAPTION);
    }


    @Test
    void takesCaptionBesideLeadImageOutsideFigure() {
        List<TextBlock> blocks = new ParagraphCollector().collect(Jsoup.parse("""
                <div><div class="image"><img src="a.jpg"><span class="caption">Eingefrorenes Sperma in einer Klinik.</span></div>
                <div id="text"><p>Der Absatz.</p></div></div>""").getElementById("text"));

        assertThat(blocks).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                tuple(CAPTION, "Eingefrorenes Sperma in einer Klinik."), tuple(BODY, "Der Absatz."));
    }

    @Test
    void leavesOutCaptionClassedLabelOfAuthorBox() {
        List<TextBlock> blocks = new ParagraphCollector().collect(Jsoup.parse("""
                <div><div class="authors"><img src="me.png"><span class="caption">Redakteur</span></div>
                <div class="card"><div><img src="b.jpg"></div><a href="/y">Eine ganz andere Geschichte</a><span class="caption">Rubrik Politik heute</span></div>
                <div id="text"><p>Der Absatz.</p></div></div>""").getElementById("text"));

        assertThat(blocks).extracting(TextBlock::text).containsExactly("Der Absatz.");
    }
    @Test
    void measuresLinkText() {
        List<TextBlock> blocks = collect("<p><a href='/x'>Xem thêm</a></p>");

        assertThat(blocks.get(0).linkLength()).isEqualTo("Xem thêm".length());
    }

    @Test
    void readsLeadImageCaptionStandingBeforeTheTextContainer() {
        org.jsoup.nodes.Document doc = Jsoup.parse("""
                <article><figure><img src="a.jpg"><figcaption>Firefighters at the scene. Photo: AP</figcaption></figure>
                <div id="text"><p>The fire broke out on Monday.</p></div>
                <figure><img src="b.jpg"><figcaption>Another story's picture</figcaption></figure></article>""");

        List<TextBlock> blocks = collector.collect(doc.getElementById("text"));

        assertThat(blocks).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                tuple(CAPTION, "Firefighters at the scene. Photo: AP"),
                tuple(BODY, "The fire broke out on Monday."));
    }

    @Test
    void marksLegendClassAsCaption() {
        assertThat(ParagraphCollector.isCaption(Jsoup.parse("<span class='fig-media__legend'>Kyiv, mardi.</span>")
                .selectFirst("span"))).isTrue();
    }

    @Test
    void skipsTeaserCardCaptionOfAnotherStory() {
        List<TextBlock> blocks = collect("""
                <p>Die Bahn stellt ihren neuen Fahrplan vor.</p>
                <figure><a href="/andere-geschichte"><img src="t.jpg"></a>
                <figcaption><h3>ICE im Halbstundentakt</h3><p>Die Bahn plant schnellere Verbindungen.</p></figcaption></figure>
                <figure><img src="a.jpg"><figcaption>Ein Zug im Hauptbahnhof.</figcaption></figure>""");

        assertThat(blocks).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                tuple(BODY, "Die Bahn stellt ihren neuen Fahrplan vor."),
                tuple(CAPTION, "Ein Zug im Hauptbahnhof."));
    }

    private List<TextBlock> collect(String containerHtml) {
        return collector.collect(Jsoup.parseBodyFragment("<div id='c'>" + containerHtml + "</div>").getElementById("c"));
    }
}
