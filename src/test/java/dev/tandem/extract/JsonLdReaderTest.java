package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {
    private final JsonLdReader reader = new JsonLdReader();

    @Test
    void findsArticleInTopLevelArray() {
        List<JsonNode> articles = articles("""
                [{"@type": "BreadcrumbList"}, {"@type": "NewsArticle", "headline": "Tin thế giới"}]""");

        assertThat(articles).extracting(a -> a.get("headline").asText()).containsExactly("Tin thế giới");
    }

    @Test
    void findsArticleInGraph() {
        List<JsonNode> articles = articles("""
                {"@graph": [{"@type": "WebPage"}, {"@type": "Article", "headline": "À la une"}]}""");

        assertThat(articles).extracting(a -> a.get("headline").asText()).containsExactly("À la une");
    }

    @Test
    void acceptsRawLineBreaksAndTrailingCommas() {
        List<JsonNode> articles = articles("{\"@type\": \"NewsArticle\", \"headline\": \"Dòng một\nDòng hai\",}");

        assertThat(articles).hasSize(1);
    }

    @Test
    void skipsMalformedScript() {
        List<JsonNode> articles = articles("{\"@type\": \"NewsArticle\", \"headline\": ");

        assertThat(articles).isEmpty();
    }

    @Test
    void ignoresOtherTypes() {
        assertThat(articles("{\"@type\": \"Organization\", \"name\": \"Báo Quốc tế\"}")).isEmpty();
    }

    private List<JsonNode> articles(String json) {
        return reader.articles(Jsoup.parse("<script type='application/ld+json'>" + json + "</script>"));
    }
}
