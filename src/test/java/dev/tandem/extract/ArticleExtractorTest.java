package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import dev.tandem.testing.Samples;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final String P1 = "Chiều 18/7, tại Hà Nội, Bộ trưởng Ngoại giao đã tiếp Đại sứ Pháp nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.";
    private static final String P2 = "Hai bên nhất trí tiếp tục thúc đẩy hợp tác trong các lĩnh vực kinh tế, thương mại, giáo dục và văn hóa, đồng thời tăng cường trao đổi đoàn các cấp.";
    private static final String P3 = "Đại sứ bày tỏ cảm ơn sự hỗ trợ của các bộ, ngành Việt Nam, khẳng định sẽ tiếp tục đóng góp cho quan hệ hai nước trên cương vị mới.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void keepsParagraphOrder() {
        Article article = extract("<article class='detail'><h1>Tiếp Đại sứ Pháp</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></article>");

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3);
        assertThat(article.title()).isEqualTo("Tiếp Đại sứ Pháp");
    }

    @Test
    void keepsSubHeadingsAsHeading() {
        Article article = extract("""
                <div class="article-content">
                  <p>%s</p>
                  <h2>Thúc đẩy hợp tác giáo dục</h2>
                  <p>%s</p>
                  <blockquote><p>« Nous voulons aller plus loin ensemble », a déclaré l'ambassadeur.</p></blockquote>
                </div>""".formatted(P1, P2));

        assertThat(article.paragraphs()).extracting(Paragraph::kind).containsExactly(
                ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.QUOTE);
        assertThat(article.paragraphs().get(1).text()).isEqualTo("Thúc đẩy hợp tác giáo dục");
    }

    @Test
    void readsLeadFromSapoAndKeepsItOutOfBody() {
        Article article = extract("""
                <div class="detail">
                  <h1>Tiếp Đại sứ Pháp</h1>
                  <h2 class="sapo">(Baoquocte) - Đại sứ Pháp chào từ biệt trước khi kết thúc nhiệm kỳ.</h2>
                  <div class="detail-content"><p>%s</p><p>%s</p></div>
                </div>""".formatted(P1, P2));

        assertThat(article.lead()).isEqualTo("(Baoquocte) - Đại sứ Pháp chào từ biệt trước khi kết thúc nhiệm kỳ.");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
    }

    @Test
    void separatesFigcaptionFromBody() {
        Article article = extract("""
                <div class="entry-content">
                  <p>%s</p>
                  <figure><img src="a.jpg"><figcaption>Le ministre et l'ambassadeur à Hanoï, le 18 juillet.</figcaption></figure>
                  <p>%s</p>
                </div>""".formatted(P1, P2));

        assertThat(article.paragraphs()).containsExactly(
                Paragraph.body(P1),
                Paragraph.caption("Le ministre et l'ambassadeur à Hanoï, le 18 juillet."),
                Paragraph.body(P2));
    }

    @Test
    void separatesVietnameseImageTableCaptionFromBody() {
        Article article = extract("""
                <div class="fck_detail">
                  <table class="image center"><tbody>
                    <tr><td><img src="anh.jpg"></td></tr>
                    <tr><td class="image_desc">Bộ trưởng tiếp Đại sứ Pháp. (Ảnh: Tuấn Anh)</td></tr>
                  </tbody></table>
                  <p>%s</p><p>%s</p>
                  <p class="Image">Bộ trưởng tiếp Đại sứ Pháp. (Ảnh: Tuấn Anh)</p>
                </div>""".formatted(P1, P2));

        assertThat(article.captions()).extracting(Paragraph::text)
                .containsExactly("Bộ trưởng tiếp Đại sứ Pháp. (Ảnh: Tuấn Anh)");
        assertThat(article.textParagraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
        assertThat(article.paragraphs().get(0).kind()).isEqualTo(ParagraphKind.CAPTION);
    }

    @Test
    void dropsRelatedNewsBox() {
        Article article = extract("""
                <div class="article-body"><p>%s</p><p>%s</p><p>%s</p>
                  <div class="box-tin-lien-quan"><h3>Tin liên quan</h3>
                    <ul><li><a href="/a">Việt Nam và Pháp nâng cấp quan hệ</a></li></ul>
                    <p>Hai nước đã thiết lập quan hệ Đối tác chiến lược toàn diện trong năm nay, mở ra nhiều triển vọng.</p>
                  </div>
                </div>""".formatted(P1, P2, P3));

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsCommentsAndShareBar() {
        Article article = extract("""
                <div class="content"><div class="share-bar"><a href="#">Facebook</a> <a href="#">Zalo</a></div>
                  <p>%s</p><p>%s</p>
                  <div id="binh-luan"><h3>Bình luận (2)</h3><p>Bài viết rất hay, cảm ơn tòa soạn đã đưa tin kịp thời, chính xác.</p></div>
                </div>""".formatted(P1, P2));

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
    }

    @Test
    void dropsNavigationAndFooter() {
        Article article = extract("""
                <nav><ul><li><a href="/">Thời sự</a></li><li><a href="/tg">Thế giới</a></li></ul></nav>
                <div class="breadcrumb"><a href="/tg">Thế giới</a> › <a href="/a">Châu Âu</a></div>
                <div class="post"><p>%s</p><p>%s</p></div>
                <footer><p>Giấy phép số 173/GP-BTTTT. Địa chỉ: Số 2 Lê Quang Đạo, Hà Nội, Việt Nam.</p></footer>
                """.formatted(P1, P2));

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
    }

    @Test
    void collectsTextSplitAcrossSiblingContainers() {
        Article article = extract("""
                <div class="story">
                  <div class="part"><p>%s</p></div>
                  <div class="part"><p>%s</p></div>
                  <div class="part"><p>%s</p></div>
                </div>""".formatted(P1, P2, P3));

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3);
    }

    @Test
    void collectsTextLaidOutInTableRows() {
        Article article = extract("""
                <table><tr><td>%s</td></tr><tr><td>%s<br>%s</td></tr></table>""".formatted(P1, P2, P3));

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsArticleInsidePageWideForm() {
        Article article = extract("""
                <form id="form1" action="default.aspx"><div class="main-content"><p>%s</p><p>%s</p></div>
                <div class="footer"><p>Bản quyền thuộc về Báo Thế giới và Việt Nam, cấm sao chép dưới mọi hình thức.</p></div></form>
                """.formatted(P1, P2));

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
    }

    @Test
    void throwsOnPageWithoutBodyText() {
        Document doc = Jsoup.parse("""
                <html><head><title>Trang chủ</title></head><body>
                <nav><a href="/">Thời sự</a><a href="/tg">Thế giới</a></nav>
                <h1>Tiếp Đại sứ Pháp</h1>
                <footer><p>Giấy phép số 173/GP-BTTTT. Địa chỉ: Số 2 Lê Quang Đạo, Hà Nội.</p></footer>
                </body></html>""");

        assertThatThrownBy(() -> extractor.extract(doc))
                .isInstanceOf(StageException.class)
                .hasMessage("no article text found on the page")
                .satisfies(e -> assertThat(((StageException) e).stage()).isEqualTo(Stage.EXTRACT));
    }

    @Test
    void toleratesMalformedJsonLd() {
        Document doc = Jsoup.parse("""
                <html lang="fr"><head>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Coupé en</script>
                <meta property="og:title" content="L'ambassadeur de France fait ses adieux">
                </head><body><div class="article"><p>%s</p></div></body></html>"""
                .formatted("L'ambassadeur a été reçu mercredi à Hanoï, où il a salué la qualité des relations entre les deux pays."));

        Article article = extractor.extract(doc);

        assertThat(article.title()).isEqualTo("L'ambassadeur de France fait ses adieux");
        assertThat(article.declaredLanguage()).isEqualTo("fr");
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void cleansGivenDocumentInPlaceAndLeavesACopiedOriginalAlone() {
        Document doc = Jsoup.parse("<nav>Menu</nav><div class='content'><p>" + P1 + "</p></div>");
        String before = doc.outerHtml();

        Article fromCopy = extractor.extract(doc.clone());
        assertThat(doc.outerHtml()).isEqualTo(before);

        Article inPlace = extractor.extract(doc);
        assertThat(inPlace.paragraphs()).isEqualTo(fromCopy.paragraphs());
        assertThat(doc.selectFirst("nav")).isNull();
    }

    @Test
    void extractsSavedBaoquoctePage() {
        Document doc = Jsoup.parse(new String(Samples.seedSourcePage(), StandardCharsets.UTF_8),
                "https://baoquocte.vn/");

        Article article = extractor.extract(doc);

        assertThat(article.title()).isEqualTo("Phái đoàn quân sự Nga thăm Triều Tiên");
        assertThat(article.lead()).startsWith("Ngày 18/7, Chủ tịch Triều Tiên Kim Jong Un");
        assertThat(article.captions()).isNotEmpty();
        assertThat(article.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.BODY).hasSize(6);
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .noneMatch(text -> text.contains("Tin liên quan") || text.contains("Bình luận"));
        assertThat(article.author()).isEqualTo("Ngọc Anh");
        assertThat(article.declaredLanguage()).isEqualTo("vi");
        assertThat(article.siteName()).isEqualTo("Báo Quốc tế");
        assertThat(article.publishedAt()).isEqualTo("2024-07-19T08:15:00+07:00");
        assertThat(article.canonicalUrl()).isEqualTo("https://baoquocte.vn/phai-doan-quan-su-nga-tham-trieu-tien-279309.html");
    }

    @Test
    void readsArticleServedInsideNoscript() {
        // Blogger: scripts render the post from a template; the text for readers without scripts is
        // in a noscript, the only copy on the page.
        Article article = extract("<div class='post-body'><script>render(post)</script><noscript><div class='post-content'>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p></div></noscript></div>"
                + "<noscript><p>Bật JavaScript để xem đầy đủ nội dung trang này.</p></noscript>"
                + "<noscript><img src='pixel.gif'></noscript>");

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3, P1);
    }

    @Test
    void takesTheJsonLdBodyWhenThePageShowsOnlyATeaser() {
        String body = (P1 + "\n\n" + P2 + "\n" + P3 + "\n" + P1 + "\n" + P2).replace("\"", "\\\"");
        Document page = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Tiếp Đại sứ Pháp\", \"articleBody\": \"" + body + "\"}</script></head>"
                + "<body><article><h1>Tiếp Đại sứ Pháp</h1><p>" + P1 + "</p><a href='/subscribe'>Đọc tiếp</a></article></body></html>");

        Article article = extractor.extract(page);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3, P1, P2);
    }

    @Test
    void keepsTheShownTextWhenItHoldsTheJsonLdBody() {
        Document page = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"articleBody\": \"<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p>\"}</script></head>"
                + "<body><article><h2>Quan hệ hai nước</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1
                + "</p></article></body></html>");

        Article article = extractor.extract(page);

        assertThat(article.paragraphs()).extracting(Paragraph::kind).contains(ParagraphKind.HEADING);
    }

    @Test
    void keepsTheShownTextWhenTheJsonLdBodyIsOnlyASummary() {
        // 120 characters shown, 480 declared: under a third, but the declared body is too short to
        // be the article.
        String summary = (P1 + " " + P2 + " " + P3 + " " + P1).substring(0, 480);
        Document page = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"articleBody\": \"" + summary + "\"}</script></head>"
                + "<body><article><p>" + P1 + "</p></article></body></html>");

        Article article = extractor.extract(page);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1);
    }

    @Test
    void readsAnHtmlJsonLdBodyOfAPageWithNoTextShown() {
        Document page = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"articleBody\": \"<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p>\"}</script></head>"
                + "<body><div id='app'></div></body></html>");

        Article article = extractor.extract(page);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2, P3, P1);
    }

    private Article extract(String bodyHtml) {
        return extractor.extract(Jsoup.parse("<html><head></head><body>" + bodyHtml + "</body></html>"));
    }
}
