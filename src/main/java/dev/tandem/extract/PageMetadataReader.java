package dev.tandem.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the metadata a page declares about its article: JSON-LD first (the most deliberate
 * statement), then Open Graph and other meta tags, then visible markup. Nothing is guessed from
 * the body text; a field the page does not declare stays null.
 */
final class PageMetadataReader {
    private static final ClassIdPattern BYLINE = ClassIdPattern.ofWords(
            "author", "author-name", "byline", "tac-gia", "tacgia");
    private static final int MAX_BYLINE_LENGTH = 100;

    private final JsonLdReader jsonLd = new JsonLdReader();

    /** Reads the metadata of a page; never throws on missing or malformed metadata. */
    PageMetadata read(Document doc) {
        return read(doc, PageMarkup.read(doc));
    }

    /** {@link #read(Document)} with the page's markup already read. */
    PageMetadata read(Document doc, PageMarkup markup) {
        List<JsonNode> articles = jsonLd.articles(markup.jsonLd());
        Map<String, String> metas = markup.metas();
        String siteName = firstPresent(meta(metas, "og:site_name"), fromJsonLd(articles, "publisher", "name"));
        String title = HeadlineChooser.choose(
                Arrays.asList(fromJsonLd(articles, "headline"), meta(metas, "og:title"), meta(metas, "DC.title")),
                Arrays.asList(markup.h1s().isEmpty() ? null : markup.h1s().get(0),
                        titleWithoutSiteName(doc.title(), siteName)),
                markup.h1s(), siteName);
        String description = firstPresent(meta(metas, "og:description"), meta(metas, "description"));
        String author = firstPresent(
                authorFromJsonLd(articles),
                meta(metas, "author"),
                meta(metas, "DC.creator"),
                meta(metas, "dcterms.creator"),
                notAnAddress(meta(metas, "article:author")),
                markup.relAuthor());
        if (author == null) {
            author = bylineText(markup.scan().bylineHinted());
        }
        String publishedAt = firstPresent(
                fromJsonLd(articles, "datePublished"),
                meta(metas, "article:published_time"),
                meta(metas, "datePublished"),
                meta(metas, "DC.date.issued"),
                meta(metas, "dcterms.created"),
                meta(metas, "DC.date"),
                markup.declaredPublishedTime(),
                markup.articleTime(),
                markup.anyTime());
        String language = firstPresent(
                languageTag(attribute(doc.selectFirst("html"), "lang")),
                languageTag(meta(metas, "og:locale")),
                languageTag(markup.contentLanguage()),
                languageTag(fromJsonLd(articles, "inLanguage")));
        String modifiedAt = firstPresent(
                fromJsonLd(articles, "dateModified"),
                meta(metas, "article:modified_time"),
                meta(metas, "og:updated_time"),
                meta(metas, "dateModified"),
                meta(metas, "DC.date.modified"),
                meta(metas, "dcterms.modified"),
                markup.declaredModifiedTime());
        String section = firstPresent(
                fromJsonLd(articles, "articleSection"),
                meta(metas, "article:section"),
                meta(metas, "DC.subject"),
                meta(metas, "section"));
        String canonicalUrl = firstPresent(markup.canonical(), meta(metas, "og:url"), meta(metas, "DC.identifier"));
        return new PageMetadata(title, description, author, publishedAt, modifiedAt, section, language, canonicalUrl,
                siteName, markup.alternates(), articleBody(articles));
    }

    /** The first non-blank JSON-LD {@code articleBody}, as written; null when no article declares one. */
    private static String articleBody(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            JsonNode body = first(article).get("articleBody");
            if (body != null && body.isTextual() && !body.asText().isBlank()) {
                return body.asText();
            }
        }
        return null;
    }

    /**
     * A JSON-LD {@code articleBody} as paragraphs: split at line breaks, or read from its
     * {@code <p>} elements when it is HTML.
     */
    static List<String> bodyParagraphs(String articleBody) {
        List<String> paragraphs = new ArrayList<>();
        if (articleBody.contains("<p")) {
            for (Element p : Jsoup.parseBodyFragment(articleBody).select("p")) {
                paragraphs.add(WhitespaceCollapser.collapse(p.text()));
            }
        } else {
            for (String line : articleBody.split("\\R+")) {
                paragraphs.add(WhitespaceCollapser.collapse(Parser.unescapeEntities(line, false)));
            }
        }
        paragraphs.removeIf(String::isEmpty);
        return List.copyOf(paragraphs);
    }

    /**
     * A declared language as a BCP-47 tag: {@code vi_VN}, {@code vi-vn} and {@code vi-VN} all give
     * {@code vi-VN}; of a list ({@code "vi, en"}) the first is taken. Null when not a language.
     */
    static String languageTag(String declared) {
        String value = WhitespaceCollapser.collapse(declared);
        if (value.isEmpty()) {
            return null;
        }
        String first = value.split("[,;\\s]")[0].replace('_', '-');
        String tag = Locale.forLanguageTag(first).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private static String fromJsonLd(List<JsonNode> articles, String... path) {
        for (JsonNode article : articles) {
            JsonNode node = article;
            for (String step : path) {
                node = node == null ? null : first(node).get(step);
            }
            if (node != null && node.isValueNode()) {
                String text = WhitespaceCollapser.collapse(Parser.unescapeEntities(node.asText(), false));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String authorFromJsonLd(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            JsonNode author = article.get("author");
            if (author == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode each : author.isArray() ? author : List.of(author)) {
                JsonNode name = each.isObject() ? each.get("name") : each;
                String text = name == null ? "" : WhitespaceCollapser.collapse(name.asText());
                if (!text.isEmpty()) {
                    names.add(text);
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    /** Whether the class or id hints name a byline. */
    static boolean isBylineHinted(long hints) {
        return BYLINE.in(hints);
    }

    private static String bylineText(List<Element> bylineHinted) {
        for (Element candidate : bylineHinted) {
            String text = WhitespaceCollapser.collapse(candidate.text());
            if (!text.isEmpty() && text.length() <= MAX_BYLINE_LENGTH) {
                return text;
            }
        }
        return null;
    }

    private static String titleWithoutSiteName(String title, String siteName) {
        String collapsed = WhitespaceCollapser.collapse(title);
        if (siteName != null) {
            for (String separator : List.of(" | ", " - ", " – ", " — ")) {
                if (collapsed.endsWith(separator + siteName)) {
                    return collapsed.substring(0, collapsed.length() - separator.length() - siteName.length());
                }
            }
        }
        return collapsed;
    }

    private static String notAnAddress(String value) {
        return value != null && value.matches("(?i)https?://.*") ? null : value;
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            String collapsed = WhitespaceCollapser.collapse(value);
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return null;
    }
}
