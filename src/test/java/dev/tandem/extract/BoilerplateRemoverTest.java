package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
    private static final String ARTICLE = """
            <div class="detail"><p>Sáng 19/7, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt, nhân dịp kết thúc nhiệm kỳ.</p>
            <p>Thủ tướng đánh giá cao những đóng góp của Đại sứ, góp phần đưa quan hệ hai nước phát triển mạnh mẽ.</p></div>""";

    private final BoilerplateRemover remover = new BoilerplateRemover(new ContentScorer());

    @Test
    void dropsRelatedNewsBox() {
        Document doc = clean(ARTICLE + "<div class='box-related'><p>Nhật Bản hỗ trợ Việt Nam phát triển hạ tầng, nâng cao năng lực.</p></div>");

        assertThat(doc.select(".box-related")).isEmpty();
        assertThat(doc.select(".detail p")).hasSize(2);
    }

    @Test
    void dropsScriptsMenusAndSidebars() {
        Document doc = clean("<script>var a = 1;</script><ul class='main-menu'><li>Thời sự</li></ul>"
                + "<div class='col-sidebar'><p>Đọc nhiều</p></div>" + ARTICLE);

        assertThat(doc.select("script, .main-menu, .col-sidebar")).isEmpty();
    }

    @Test
    void keepsPageWideFormHoldingArticle() {
        Document doc = clean("<form id='aspnetForm'>" + ARTICLE + "<div id='footer'><p>Bản quyền thuộc về Báo, cấm sao chép dưới mọi hình thức.</p></div></form>");

        assertThat(doc.select("form .detail p")).hasSize(2);
        assertThat(doc.select("#footer")).isEmpty();
    }

    @Test
    void keepsArticleInBodyNamedForItsSidebar() {
        Document doc = Jsoup.parse("<body class='has-sidebar'>" + ARTICLE + "<footer><p>Liên hệ quảng cáo: 024 3826 8888.</p></footer></body>");

        remover.remove(doc);

        assertThat(doc.select(".detail p")).hasSize(2);
        assertThat(doc.select("footer")).isEmpty();
    }

    @Test
    void keepsArticleSplitOverTheContentElementsOfASidebarGrid() {
        // BEM names: the grid with a sidebar is a layout; its content elements hold the article,
        // cut into several parts by ad slots.
        String part = "<div class='sidebar-grid__container'><div class='sidebar-grid__content article__content'>%s</div></div>";
        Document doc = clean("<div class='sidebar-grid sidebar-grid--is-narrow'>"
                + part.formatted("<p>DUBLIN — She has slammed NATO and voted against EU treaties, and now she is on track to win.</p>")
                + "<div class='ad-slot'><span>Advertisement</span></div>"
                + part.formatted("<p>A Connolly victory should not be a surprise, given how the presidency has evolved.</p>")
                + part.formatted("<p>Should she win, Connolly will succeed another Galway socialist, Michael D. Higgins.</p>")
                + "<aside class='sidebar-grid__sidebar'><p>Most read: a story about something else entirely here.</p></aside>"
                + "</div>");

        assertThat(doc.select(".article__content p")).hasSize(3);
        assertThat(doc.select(".sidebar-grid__sidebar")).isEmpty();
    }

    @Test
    void dropsFooterEvenWhenItHoldsTheOnlyText() {
        Document doc = clean("<footer><p>Giấy phép số 173/GP-BTTTT, do Bộ Thông tin và Truyền thông cấp.</p></footer>");

        assertThat(doc.body().text()).isEmpty();
    }

    @Test
    void dropsCookieDialogLongerThanTheArticle() {
        String policy = "<p>This website uses cookies to improve your experience while you navigate through the website. "
                + "Necessary cookies are absolutely essential for the website to function properly, and other cookies "
                + "that may not be particularly necessary are used to collect personal data via analytics and ads.</p>";
        Document doc = clean(ARTICLE + "<div class='cli-modal' id='cookie-settings'>" + policy + policy + "</div>");

        assertThat(doc.select("#cookie-settings")).isEmpty();
        assertThat(doc.select(".detail p")).hasSize(2);
    }

    @Test
    void consentLayerHoldingOtherBoxesIsNotTakenForTheArticlesWrapper() {
        String purpose = "<p>Zweck: Wiedergabe von Videos. Verarbeitungsvorgänge: Erhebung von Verbindungsdaten, "
                + "von Daten Ihres Browsers und Ihres Geräts, Speicherung von Cookies, Weitergabe an den Anbieter.</p>";
        Document doc = clean(ARTICLE + "<div class='dsgvo-layer'><div class='consent-category'><h4>Statistik</h4></div>"
                + "<div class='layer-text'>" + purpose.repeat(8) + "</div></div>");

        assertThat(doc.select(".dsgvo-layer")).isEmpty();
        assertThat(doc.select(".detail p")).hasSize(2);
    }

    @Test
    void dropsAuthorBoxAndPhotoCredit() {
        Document doc = clean("<figure><img src='a.jpg'><span class='image-credit'>Ảnh: TTXVN</span></figure>" + ARTICLE
                + "<div class='author-box'><p>Ngọc Anh là phóng viên mảng đối ngoại, viết về ngoại giao từ năm 2010.</p></div>");

        assertThat(doc.select(".image-credit, .author-box")).isEmpty();
        assertThat(doc.select(".detail p")).hasSize(2);
    }

    private Document clean(String bodyHtml) {
        Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>");
        remover.remove(doc);
        return doc;
    }
}
