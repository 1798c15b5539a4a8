package dev.tandem.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article objects ({@code NewsArticle}, {@code Article}, {@code BlogPosting}...) in a
 * page's {@code application/ld+json} scripts, whether a script holds one object, an array or a
 * {@code @graph}.
 *
 * <p>News sites often write JSON-LD by hand: raw line breaks inside strings, trailing commas,
 * comments. The parser accepts those; a script that still cannot be read is skipped, never fatal,
 * because the same facts are usually also in the meta tags.
 */
public final class JsonLdReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** The article objects of the page, in document order; empty when there are none. */
    public List<JsonNode> articles(Document doc) {
        List<Element> scripts = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (isJsonLd(script)) {
                scripts.add(script);
            }
        }
        return articles(scripts);
    }

    /** Whether the element is a JSON-LD script. */
    static boolean isJsonLd(Element element) {
        return element.nameIs("script")
                && element.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json");
    }

    /** The article objects of the given JSON-LD scripts, in their order. */
    List<JsonNode> articles(List<Element> scripts) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : scripts) {
            JsonNode root = parse(script.data());
            if (root != null) {
                collectArticles(root, articles);
            }
        }
        return articles;
    }

    private static JsonNode parse(String json) {
        String trimmed = json.strip();
        if (trimmed.startsWith("<![CDATA[") && trimmed.endsWith("]]>")) {
            trimmed = trimmed.substring(9, trimmed.length() - 3);
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.readTree(trimmed);
        } catch (JsonProcessingException malformed) {
            return null;
        }
    }

    private static void collectArticles(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(item -> collectArticles(item, into));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            into.add(node);
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
            collectArticles(graph, into);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText().toLowerCase(Locale.ROOT);
        return name.endsWith("article") || name.equals("blogposting") || name.equals("report");
    }
}
