package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProfilesTest {
    @TempDir
    Path dir;

    /** Body text in a block whose class the generic rules read as boilerplate ("sidebar"). */
    private static final String PAGE = """
            <html><head><title>Trang</title></head><body>
            <div class="top-sidebar-x"><h2 class="tieu-de">Hà Nội mở tuyến metro mới</h2>
            <div class="tom-tat">Tuyến metro Nhổn - ga Hà Nội chính thức vận hành đoạn trên cao từ sáng nay.</div>
            <div class="noi-dung"><p>Đoạn trên cao dài 8,5 km với 8 nhà ga, phục vụ hàng chục nghìn lượt khách mỗi ngày.</p>
            <p>Trong 15 ngày đầu, hành khách được miễn phí vé, theo thông báo của thành phố.</p>
            <span class="chu-thich">Hành khách trên tàu sáng 8/8. Ảnh: TTXVN</span><p class="quang-cao-x">Mua ngay!</p></div>
            </div><div class="content"><p>Một bài khác, dài hơn, về chuyện hoàn toàn khác, với nhiều câu, nhiều dấu phẩy, nhiều chữ.</p>
            <p>Thêm một đoạn nữa của bài khác để trang này có một khối văn bản cạnh tranh.</p></div></body></html>
            """;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("profiles.json"), json);
    }

    @Test
    void shippedProfilesLoadAndMatchSubdomains() {
        SiteProfiles shipped = SiteProfiles.shipped();
        assertThat(shipped.forUrl("https://vnexpress.net/a-1.html")).isPresent();
        assertThat(shipped.forUrl("https://e.vnexpress.net/news/a-1.html")).isPresent();
        assertThat(shipped.forUrl("https://notvnexpress.net/a.html")).isEmpty();
        assertThat(shipped.forUrl("not a url")).isEmpty();
    }

    @Test
    void operatorProfileSteersExtraction() throws IOException {
        Path file = write("""
                {"profiles": [{"name": "Báo mẫu", "hosts": ["baomau.vn"], "title": "h2.tieu-de",
                  "lead": "div.tom-tat", "body": "div.noi-dung", "captions": "span.chu-thich",
                  "drop": ["p.quang-cao-x"]}]}
                """);
        ArticleExtractor extractor = new ArticleExtractor(SiteProfiles.load(file));

        Article article = extractor.extract(Jsoup.parse(PAGE, "https://www.baomau.vn/metro-1.html"));

        assertThat(article.title()).isEqualTo("Hà Nội mở tuyến metro mới");
        assertThat(article.lead()).startsWith("Tuyến metro Nhổn");
        assertThat(article.textParagraphs()).extracting(Paragraph::text)
                .containsExactly("Đoạn trên cao dài 8,5 km với 8 nhà ga, phục vụ hàng chục nghìn lượt khách mỗi ngày.",
                        "Trong 15 ngày đầu, hành khách được miễn phí vé, theo thông báo của thành phố.");
        assertThat(article.captions()).extracting(Paragraph::text)
                .containsExactly("Hành khách trên tàu sáng 8/8. Ảnh: TTXVN");
        assertThat(article.paragraphs()).noneMatch(p -> p.text().contains("Mua ngay"));
    }

    @Test
    void staleProfileFallsBackToGenericRules() throws IOException {
        Path file = write("""
                {"profiles": [{"name": "Cũ", "hosts": ["baomau.vn"], "body": "div.khong-con", "title": "h1.khong-con"}]}
                """);
        Article article = new ArticleExtractor(SiteProfiles.load(file))
                .extract(Jsoup.parse(PAGE, "https://baomau.vn/metro-1.html"));
        assertThat(article.paragraphs()).extracting(Paragraph::kind).contains(ParagraphKind.BODY);
        assertThat(article.title()).isEqualTo("Trang");
    }

    @Test
    void operatorProfileReplacesShippedOneForTheSameHost() throws IOException {
        Path file = write("""
                {"profiles": [{"name": "Mine", "hosts": ["vnexpress.net"], "body": "div.x"}]}
                """);
        assertThat(SiteProfiles.load(file).forUrl("https://vnexpress.net/a.html"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Mine"));
    }

    @Test
    void invalidSelectorIsReportedAtLoad() throws IOException {
        Path file = write("""
                {"profiles": [{"name": "Hỏng", "hosts": ["a.vn"], "body": "div[[["}]}
                """);
        assertThatThrownBy(() -> SiteProfiles.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hỏng").hasMessageContaining("body");
    }

    @Test
    void unknownFieldIsReportedAtLoad() throws IOException {
        Path file = write("""
                {"profiles": [{"name": "Typo", "hosts": ["a.vn"], "bodyy": "div"}]}
                """);
        assertThatThrownBy(() -> SiteProfiles.load(file)).hasMessageContaining("not valid");
    }
}
