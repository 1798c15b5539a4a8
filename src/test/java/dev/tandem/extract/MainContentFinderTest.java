package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentFinderTest {
    private static final String P = "<p>Les deux pays ont convenu de renforcer leur coopération dans l'éducation, la santé et l'énergie.</p>";

    private final MainContentFinder finder = new MainContentFinder(new ContentScorer());

    @Test
    void picksBlockWithMostProse() {
        Element found = find("<div id='teaser'>" + P + "</div><div id='story'>" + P + P + P + "</div>");

        assertThat(found.id()).isEqualTo("story");
    }

    @Test
    void staysOnBestBlockWhenNeighboursAreThin() {
        Element found = find("<div id='page'><span>19/07/2024 08:15</span><div id='story'>" + P + P + P + "</div></div>");

        assertThat(found.id()).isEqualTo("story");
    }

    @Test
    void widensToParentWhenSiblingsHoldText() {
        Element found = find("<div id='article'><div>" + P + P + "</div><div>" + P + "</div><div>" + P + "</div></div>");

        assertThat(found.id()).isEqualTo("article");
    }

    @Test
    void widensToTwinHoldingTheRestOfTheArticle() {
        Element found = find("<div id='article'><div class='content'>" + P + P + P + P + P + "</div>"
                + "<div class='content'>" + P + "</div></div>");

        assertThat(found.id()).isEqualTo("article");
    }

    @Test
    void widensPastASubHeadingToSectionsOfTheSameClass() {
        // Each section adds only its heading to its text block; the sections together are the story.
        String section = "<section class='report__section'><h2>%s</h2><div class='text'>%s</div></section>";
        Element found = find("<article id='report'>" + section.formatted("Le contexte", P + P + P + P + P + P)
                + section.formatted("La visite", P + P) + section.formatted("Les accords", P + P) + "</article>");

        assertThat(found.id()).isEqualTo("report");
    }

    @Test
    void doesNotWidenPastLayoutRowsOfTheSameClass() {
        // Grid rows share a class without being sections of one story.
        Element found = find("<div id='page'><div class='row'><div id='text'>" + P + P + P + P + P + P
                + "</div><p>Lire aussi : le Vietnam et la France signent un accord sur l'énergie, une première.</p></div>"
                + "<div class='row'><p>Suivez-nous sur les réseaux sociaux et abonnez-vous à notre lettre, chaque matin.</p></div></div>");

        assertThat(found.id()).isEqualTo("text");
    }

    @Test
    void widensTableCellToItsTable() {
        Element found = find("<table id='layout'><tr><td>Ngày 18/7, Chủ tịch nước đã tiếp Đại sứ, hai bên trao đổi về hợp tác.</td></tr>"
                + "<tr><td>Đại sứ cảm ơn sự hỗ trợ của Việt Nam, khẳng định sẽ tiếp tục đóng góp cho quan hệ hai nước.</td></tr></table>");

        assertThat(found.id()).isEqualTo("layout");
    }

    @Test
    void looksPastABylineToTheParagraphsBesideIt() {
        Element found = find("<div id='story'><div id='intro'>" + P + P + P + "</div>"
                + "<div id='wrap'><p>Par Jeanne Martin le 18 juillet</p><div id='text'>" + P + P + P + P + P + "</div></div></div>");

        assertThat(found.id()).isEqualTo("story");
    }

    @Test
    void stopsAtTheArticleAfterLookingPastAByline() {
        Element found = find("<div id='page'><article id='story'><div id='wrap'><p>Par Jeanne Martin le 18 juillet</p>"
                + "<div id='text'>" + P + P + P + P + P + P + "</div></div></article>"
                + "<div id='other'>" + P + P + P + "</div></div>");

        assertThat(found.id()).isEqualTo("text");
    }

    @Test
    void findsNothingOnPageWithoutProse() {
        Document doc = Jsoup.parse("<body><h1>Thế giới</h1><ul><li><a href='/a'>Tin mới</a></li></ul></body>");

        assertThat(finder.find(doc)).isEmpty();
    }

    private Element find(String bodyHtml) {
        return finder.find(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>")).orElseThrow();
    }
}
