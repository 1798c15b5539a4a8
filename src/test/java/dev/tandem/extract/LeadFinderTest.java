package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.model.ParagraphKind;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeadFinderTest {
    private static final String FIRST = "Ngày 18/7, Chủ tịch nước đã tiếp Đại sứ Pháp tại Phủ Chủ tịch.";

    private final LeadFinder finder = new LeadFinder();

    @Test
    void readsLeadFromSapoNearArticle() {
        Document doc = Jsoup.parse("""
                <div class="sidebar-list"><p class="summary">Tóm tắt một bài khác trong danh sách bên cạnh.</p></div>
                <div class="detail"><header><h1>Tiêu đề</h1><p class="sapo">Đại sứ Pháp chào từ biệt Chủ tịch nước.</p></header>
                <div id="body"><p>%s</p></div></div>""".formatted(FIRST));

        String lead = choose(doc, null);

        assertThat(lead).isEqualTo("Đại sứ Pháp chào từ biệt Chủ tịch nước.");
    }

    @Test
    void readsChapeauOfFrenchArticle() {
        Document doc = Jsoup.parse("<article><p class='article__chapeau'>Le président vietnamien entame une visite d'État en France.</p>"
                + "<div id='body'><p>Le président est arrivé lundi soir à Paris.</p></div></article>");

        assertThat(choose(doc, null)).isEqualTo("Le président vietnamien entame une visite d'État en France.");
    }

    @Test
    void readsGermanVorspann() {
        Document doc = Jsoup.parse("<article><p class='article-vorspann'>Die Regierung plant neue Regeln für Mieten.</p>"
                + "<div id='body'><p>Die Regierung hat am Montag einen Entwurf vorgelegt.</p></div></article>");

        assertThat(choose(doc, null)).isEqualTo("Die Regierung plant neue Regeln für Mieten.");
    }

    @Test
    void readsPlainTeaserAsTheArticlesLead() {
        Document doc = Jsoup.parse("<article><p class='article-teaser'>Die Regierung plant neue Regeln für Mieten.</p>"
                + "<div id='body'><p>Die Regierung hat am Montag einen Entwurf vorgelegt.</p></div></article>");

        assertThat(choose(doc, null)).isEqualTo("Die Regierung plant neue Regeln für Mieten.");
    }

    @Test
    void ignoresTeaserCardOfAnotherStory() {
        Document doc = Jsoup.parse("<article><div id='body'><p>Die Regierung hat am Montag einen Entwurf vorgelegt.</p></div>"
                + "<div class='teaser'><h3>Mehr zum Thema</h3><a href='/x'>Was die Mietpreisbremse bringt, im Überblick</a></div>"
                + "</article>");

        assertThat(choose(doc, null)).isNull();
    }

    @Test
    void usesDescriptionWhenItIsNotTheFirstParagraph() {
        Document doc = Jsoup.parse("<header><p>Chủ tịch nước tiếp Đại sứ Pháp chào từ biệt.</p></header>"
                + "<div id='body'><p>" + FIRST + "</p></div>");

        assertThat(choose(doc, "Chủ tịch nước tiếp Đại sứ Pháp chào từ biệt.")).isEqualTo("Chủ tịch nước tiếp Đại sứ Pháp chào từ biệt.");
    }

    @Test
    void ignoresDescriptionCopiedFromFirstParagraph() {
        Document doc = Jsoup.parse("<div id='body'><p>" + FIRST + "</p></div>");

        assertThat(choose(doc, "Ngày 18/7, Chủ tịch nước đã tiếp Đại sứ Pháp...")).isNull();
    }

    @Test
    void ignoresSummaryInsideRelatedBox() {
        Document doc = Jsoup.parse("<div class='box-related'><p class='sapo'>Sapo của một tin liên quan khác.</p></div>"
                + "<div id='body'><p>" + FIRST + "</p></div>");

        assertThat(choose(doc, null)).isNull();
    }

    @Test
    void ignoresDescriptionNotShownOnPage() {
        Document doc = Jsoup.parse("<div id='body'><p>" + FIRST + "</p></div>");

        assertThat(choose(doc, "Đọc tin mới nhất về chính trị, kinh tế và xã hội trên báo của chúng tôi.")).isNull();
    }

    @Test
    void ignoresDescriptionRewordedFromLaterParagraph() {
        String later = "Hai bên nhất trí tiếp tục thúc đẩy hợp tác kinh tế, thương mại và đầu tư trong nhiều năm tới.";
        Document doc = Jsoup.parse("<div id='body'><p>" + FIRST + "</p><p>" + later + "</p></div>");

        assertThat(choose(doc, "Hai bên nhất trí tiếp tục thúc đẩy hợp tác kinh tế, thương mại, theo Bộ Ngoại giao.")).isNull();
    }

    @Test
    void findsDescriptionKeyAcrossTextNodesAfterAFalseStart() {
        Element body = Jsoup.parse("<p>Tin: a-a</p><p>A, B! và hơn thế</p>").body();

        assertThat(LeadFinder.Shown.on(body, "aab")).isEqualTo(new LeadFinder.Shown(true, true));
        assertThat(LeadFinder.Shown.on(body, "aabx")).isEqualTo(new LeadFinder.Shown(false, false));
    }

    @Test
    void findsOnlyTheStartOfALongDescription() {
        String withoutDiacritics = "chutichnuoctiepdaisuphapchaotubietnhanhoantatnhiemky";
        Element body = Jsoup.parse("<p>Chủ tịch nước tiếp Đại sứ Pháp chào từ biệt nhân hoàn tất nhiệm kỳ</p>").body();
        String shownKey = "chủtịchnướctiếpđạisứphápchàotừbiệtnhânhoàntấtnhiệmkỳ";

        assertThat(LeadFinder.Shown.on(body, shownKey)).isEqualTo(new LeadFinder.Shown(true, true));
        assertThat(LeadFinder.Shown.on(body, shownKey + "tạiphủchủtịch"))
                .isEqualTo(new LeadFinder.Shown(false, true));
        assertThat(LeadFinder.Shown.on(body, withoutDiacritics)).isEqualTo(new LeadFinder.Shown(false, false));
    }

    private String choose(Document doc, String description) {
        List<LeadFinder.Candidate> candidates = finder.candidates(doc, description);
        Element container = doc.getElementById("body");
        List<TextBlock> blocks = container.select("p").stream()
                .map(p -> new TextBlock(ParagraphKind.BODY, p.text(), 0)).toList();
        return finder.choose(candidates, container, description, blocks);
    }
}
