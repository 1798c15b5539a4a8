package dev.tandem.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.JsonLdReader;
import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a translation saved as an HTML page: the article through the same extractor as originals,
 * and the link to the original from, in order of trust, JSON-LD ({@code translationOfWork},
 * {@code isBasedOn}), a labelled line in the text ({@code Fuente: <a href=...>}), or a
 * {@code <link rel="alternate" hreflang>} in another language than the page's own.
 */
public final class HtmlTranslationParser {
    private final ArticleExtractor extractor;
    private final List<String> preferredSourceLanguages;
    private final SourceUrlFinder finder = new SourceUrlFinder();
    private final JsonLdReader jsonLd = new JsonLdReader();

    /**
     * @param extractor the article extractor
     * @param preferredSourceLanguages languages originals are expected in, used to choose among
     *     several alternates; may be empty
     */
    public HtmlTranslationParser(ArticleExtractor extractor, List<String> preferredSourceLanguages) {
        this.extractor = extractor;
        this.preferredSourceLanguages = List.copyOf(preferredSourceLanguages);
    }

    /** The translation's article, without the source line, and its source link if one was found. */
    public TextTranslationParser.Parsed parse(Document doc) {
        Optional<URI> source = fromJsonLd(doc).or(() -> fromLabelledLine(doc)).or(() -> fromAlternates(doc));
        Article article = extractor.extract(doc);
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (!finder.isSourceLine(p.text())) {
                kept.add(p);
            }
        }
        return new TextTranslationParser.Parsed(article.withParagraphs(kept), source.map(u -> new SourceUrlFinder.Found(u, -1)));
    }

    /** {@code translationOfWork} or {@code isBasedOn} of the page's article object, as a URL or an object with one. */
    private Optional<URI> fromJsonLd(Document doc) {
        for (JsonNode article : jsonLd.articles(doc)) {
            for (String key : List.of("translationOfWork", "isBasedOn")) {
                JsonNode value = article.get(key);
                if (value == null) {
                    continue;
                }
                String url = value.isTextual() ? value.asText() : value.path("url").asText(value.path("@id").asText(""));
                Optional<URI> parsed = SourceUrlFinder.parse(url);
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<URI> fromLabelledLine(Document doc) {
        List<Element> blocks = doc.select("p, li, td, cite, footer, div:not(:has(p, div, li, td))");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            String text = blocks.get(i).text();
            if (text.length() > 500 || !finder.startsWithLabel(text)) {
                continue;
            }
            Element link = blocks.get(i).selectFirst("a[href]");
            Optional<URI> url = link == null ? Optional.empty() : SourceUrlFinder.parse(link.absUrl("href"));
            if (url.isEmpty()) {
                // no usable link: the text decides, and a broken URL in the last labelled line is reported
                url = finder.find(List.of(text)).map(SourceUrlFinder.Found::url);
            }
            if (url.isPresent()) {
                return url;
            }
        }
        return Optional.empty();
    }

    private Optional<URI> fromAlternates(Document doc) {
        String ownLanguage = primary(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"));
        Map<String, URI> byLanguage = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][hreflang][href]")) {
            String lang = primary(link.attr("hreflang"));
            if (lang.isEmpty() || lang.equals("x-default") || lang.equals(ownLanguage)) {
                continue;
            }
            SourceUrlFinder.parse(link.absUrl("href")).ifPresent(u -> byLanguage.putIfAbsent(lang, u));
        }
        if (byLanguage.size() == 1) {
            return Optional.of(byLanguage.values().iterator().next());
        }
        for (String preferred : preferredSourceLanguages) {
            if (byLanguage.containsKey(preferred)) {
                return Optional.of(byLanguage.get(preferred));
            }
        }
        if (byLanguage.size() > 1) {
            throw new StageException(Stage.INGEST, "the page links to versions in " + byLanguage.keySet()
                    + " and none is marked as the original: add a 'Source: URL' line or set tandem.source.languages",
                    Map.of(), null);
        }
        return Optional.empty();
    }

    private static String primary(String tag) {
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("x-default")) {
            return t;
        }
        int dash = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return dash > 0 ? t.substring(0, dash) : t;
    }
}
