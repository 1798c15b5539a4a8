package dev.tandem.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The facts a page states in its markup, read in one pass over its elements: meta tags, canonical
 * and hreflang links, {@code <time>} elements, {@code <h1>} headlines and the {@code rel=author}
 * link; and the elements later steps need. One pass instead of a whole-document {@code select} per
 * fact keeps reading metadata cheap next to parsing the page.
 *
 * @param metas meta content by {@code property}, {@code name} and {@code itemprop}, keys lower case;
 *     the first non-empty one in the page wins, as a reader would see it
 * @param contentLanguage the {@code http-equiv="content-language"} meta, or null
 * @param canonical the canonical link as an absolute URL when resolvable, or null
 * @param alternates hreflang tag (lower case) to URL, first one wins
 * @param h1s the texts of the first non-empty {@code <h1>}s, in document order
 * @param relAuthor the text of the first non-empty {@code rel=author} link, or null
 * @param declaredPublishedTime {@code datetime} of a {@code <time itemprop=datePublished>} or {@code <time pubdate>}
 * @param declaredModifiedTime {@code datetime} of a {@code <time itemprop=dateModified>}
 * @param articleTime {@code datetime} of the first {@code <time>} inside an {@code <article>}
 * @param anyTime {@code datetime} of the first {@code <time>}
 * @param jsonLd the JSON-LD scripts, in document order
 * @param nonContent the elements readers never see as text (scripts, styles, frames...), for
 *     {@link BoilerplateRemover#removeNonContent(List)}
 * @param scan the body's elements as they will be once the non-content is removed
 */
record PageMarkup(
        Map<String, String> metas,
        String contentLanguage,
        String canonical,
        Map<String, String> alternates,
        List<String> h1s,
        String relAuthor,
        String declaredPublishedTime,
        String declaredModifiedTime,
        String articleTime,
        String anyTime,
        List<Element> jsonLd,
        List<Element> nonContent,
        ElementScan scan) {
    /** Past a few h1s they are teasers, not the article's headline. */
    private static final int MAX_H1S = 5;
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop");

    /** Reads the markup facts of a page in one pass. */
    static PageMarkup read(Document doc) {
        Reading reading = new Reading();
        ElementScan.Builder scan = new ElementScan.Builder();
        Element body = doc.body();
        boolean inBody = false;
        // The outermost non-content element being walked: nothing inside it is scanned.
        Element hidden = null;
        for (Element element : DocumentOrder.elements(doc)) {
            if (hidden != null && !isInside(element, hidden)) {
                hidden = null;
            }
            inBody = inBody || element == body;
            if (BoilerplateRemover.isNonContent(element)) {
                reading.nonContent.add(element);
                if (JsonLdReader.isJsonLd(element)) {
                    reading.jsonLd.add(element);
                }
                if (hidden == null) {
                    hidden = element;
                }
                continue;
            }
            if (inBody && hidden == null) {
                scan.add(element);
            }
            switch (element.normalName()) {
                case "meta" -> reading.meta(element);
                case "link" -> reading.link(element);
                case "time" -> reading.time(element);
                case "h1" -> reading.h1(element);
                case "a" -> reading.anchor(element);
                default -> {
                }
            }
        }
        return new PageMarkup(reading.metas, reading.contentLanguage, reading.canonical, reading.alternates,
                List.copyOf(reading.h1s), reading.relAuthor, reading.declaredPublishedTime,
                reading.declaredModifiedTime, reading.articleTime, reading.anyTime, List.copyOf(reading.jsonLd),
                List.copyOf(reading.nonContent), scan.build());
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The facts gathered so far during the pass. */
    private static final class Reading {
        final Map<String, String> metas = new HashMap<>();
        final Map<String, String> alternates = new LinkedHashMap<>();
        final List<String> h1s = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<Element> nonContent = new ArrayList<>();
        String contentLanguage;
        String canonical;
        String relAuthor;
        String declaredPublishedTime;
        String declaredModifiedTime;
        String articleTime;
        String anyTime;

        void meta(Element meta) {
            String content = WhitespaceCollapser.collapse(meta.attr("content"));
            if (content.isEmpty()) {
                return;
            }
            for (String attribute : META_KEYS) {
                String key = meta.attr(attribute);
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
            if (contentLanguage == null && "content-language".equalsIgnoreCase(meta.attr("http-equiv"))) {
                contentLanguage = content;
            }
        }

        void link(Element link) {
            String rels = link.attr("rel").toLowerCase(Locale.ROOT);
            if (!rels.contains("canonical") && !rels.contains("alternate")) {
                return;
            }
            String lang = link.attr("hreflang").trim().toLowerCase(Locale.ROOT);
            for (String rel : rels.split("\\s+")) {
                // Resolving the address is the costly part: only for links that are kept.
                if (rel.equals("canonical") && canonical == null) {
                    canonical = href(link);
                } else if (rel.equals("alternate") && !lang.isEmpty() && !alternates.containsKey(lang)) {
                    String href = href(link);
                    if (href != null) {
                        alternates.put(lang, href);
                    }
                }
            }
        }

        /** The link's absolute address, or as written when it cannot be resolved; null when blank. */
        private static String href(Element link) {
            String written = link.attr("href").trim();
            if (written.startsWith("https://") || written.startsWith("http://")) {
                // Already absolute: resolving it against the page would only parse it again.
                return written;
            }
            String absolute = link.absUrl("href");
            String href = absolute.isEmpty() ? link.attr("href") : absolute;
            return href.isBlank() ? null : href;
        }

        void time(Element time) {
            String datetime = WhitespaceCollapser.collapse(time.attr("datetime"));
            if (datetime.isEmpty()) {
                return;
            }
            String itemprop = time.attr("itemprop");
            if (declaredPublishedTime == null && (itemprop.equals("datePublished") || time.hasAttr("pubdate"))) {
                declaredPublishedTime = datetime;
            }
            if (declaredModifiedTime == null && itemprop.equals("dateModified")) {
                declaredModifiedTime = datetime;
            }
            if (articleTime == null && time.closest("article") != null) {
                articleTime = datetime;
            }
            if (anyTime == null) {
                anyTime = datetime;
            }
        }

        void h1(Element h1) {
            if (h1s.size() < MAX_H1S) {
                String text = WhitespaceCollapser.collapse(h1.text());
                if (!text.isEmpty()) {
                    h1s.add(text);
                }
            }
        }

        void anchor(Element anchor) {
            if (relAuthor != null || !anchor.hasAttr("rel")) {
                return;
            }
            for (String rel : anchor.attr("rel").split("\\s+")) {
                if (rel.equalsIgnoreCase("author")) {
                    String text = WhitespaceCollapser.collapse(anchor.text());
                    relAuthor = text.isEmpty() ? null : text;
                    return;
                }
            }
        }
    }
}
