package dev.tandem.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a page what is not the article: scripts and styles; navigation, headers, footers,
 * asides and forms; and blocks whose class or id names them as menus, breadcrumbs, related news
 * ({@code tin-lien-quan}), share bars, comments ({@code binh-luan}), tags, sidebars, ads,
 * newsletters, "most read" or "latest" lists.
 *
 * <p>Some sites wrap the whole page in such an element (ASP.NET pages in one {@code <form>}, a
 * {@code <body class="has-sidebar">}). So an element is kept when it contains the block that most
 * looks like the article body, found before removing anything.
 */
final class BoilerplateRemover {
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "iframe", "template",
            "svg", "object", "embed");
    private static final Set<String> STRUCTURAL_TAGS = Set.of("nav", "header", "footer", "aside", "form", "dialog");
    private static final ClassIdPattern NOISE = ClassIdPattern.ofWords(
            "menu", "nav", "navbar", "navigation", "breadcrumb", "related", "relate", "tin-lien-quan",
            "tinlienquan", "lien-quan", "share", "sharing", "social", "comment", "binh-luan", "binhluan",
            "tags", "tag-list", "footer", "sidebar", "banner", "ads", "advert", "advertisement",
            "adsbygoogle", "quang-cao", "cookie", "newsletter", "popup", "modal", "widget", "most-read",
            "mostread", "doc-nhieu", "latest", "tin-moi", "tinmoi", "subscribe",
            // Recirculation and promotion of other articles, and page chrome around the story.
            "nocontent", "recirculation", "taboola", "outbrain", "teaser", "recommend", "recommended",
            "recommendation", "trending", "popular", "more-stories", "read-more", "readmore", "also-read",
            "see-also", "related-posts", "related-articles", "signup", "sign-up", "paywall", "subscription",
            "toolbar", "pagination", "pager", "masthead", "topbar", "right-rail",
            "author-bio", "byline", "article-meta", "post-meta", "entry-meta", "meta-info", "copyright",
            "disclaimer", "print-only", "skip-link", "sr-only", "visually-hidden", "screen-reader-text",
            // Photo credits, consent and notification bars, reading-time and filing lines.
            "credit", "credits", "consent", "gdpr", "dsgvo", "onetrust", "cookiebot", "didomi",
            "usercentrics", "borlabs", "klaro", "notification-bar", "read-time", "reading-time", "postinfo",
            // Boxes about the author, ratings, donation and subscription calls, affiliate notices.
            "author-box", "author-card", "author-info", "about-author", "author-description", "relatedposts",
            "post-ratings", "donation", "donate", "cta", "affiliate", "disclosure", "print-button", "linkbox",
            "license", "kommentar", "kommentare", "comentarios", "commentaires", "respond");
    /**
     * How much of the strict core's score a core found through wrappers must beat to be preferred:
     * a stray paragraph outside an ASP.NET form must not outweigh the article inside it.
     */
    private static final double WRAPPED_CORE_ADVANTAGE = 2.0;
    /**
     * Share of the page's prose above which a block named like boilerplate is taken for a wrapper.
     * Measured with eval-extraction: 0.25 / 0.4 / 0.55 gave aeb F1 0.938 / 0.940 / 0.942 and
     * snippet F1 0.893 / 0.897 / 0.891.
     */
    private static final double WRAPPER_SHARE = 0.4;
    private static final ClassIdPattern COMMENTS = ClassIdPattern.ofWords("comment", "binh-luan", "binhluan",
            "disqus", "reply", "replies", "kommentar", "kommentare", "comentarios", "commentaires", "respond");

    /**
     * Overlays that sit beside the page, never around it: a cookie or consent dialog can hold more
     * prose than a short article, and is still not the article.
     */
    private static final ClassIdPattern OVERLAYS = ClassIdPattern.ofWords("cookie", "consent", "gdpr", "dsgvo",
            "onetrust", "cookiebot", "didomi", "usercentrics", "borlabs", "klaro", "modal", "popup",
            "notification-bar");

    private final ContentScorer scorer;

    BoilerplateRemover(ContentScorer scorer) {
        this.scorer = scorer;
    }

    /** Whether the element's tag, class or id says it is not article text. */
    static boolean isBoilerplate(Element element) {
        return isBoilerplate(element, ClassIdPattern.hintsOf(element));
    }

    /** {@link #isBoilerplate(Element)} for an element whose class and id hints are known. */
    static boolean isBoilerplate(Element element, long hints) {
        return STRUCTURAL_TAGS.contains(element.normalName()) || NOISE.in(hints);
    }

    /**
     * Removes what is never text a reader sees: scripts, styles, embedded frames and objects,
     * templates, and {@code noscript} copies. Call after reading the metadata (JSON-LD lives in
     * scripts).
     */
    static void removeNonContent(Document doc) {
        List<Element> nonContent = new ArrayList<>();
        for (Element element : DocumentOrder.elements(doc)) {
            if (isNonContent(element)) {
                nonContent.add(element);
            }
        }
        removeNonContent(nonContent);
    }

    /** Removes the elements {@link #isNonContent} named, found by an earlier pass. */
    static void removeNonContent(List<Element> nonContent) {
        nonContent.forEach(Element::remove);
    }

    /**
     * Whether the element is a script, a style, an embedded frame or object, a template, or a
     * noscript copy of something scripts show (an image, a "please enable JavaScript" line). A
     * noscript holding paragraphs of prose is the page's text for readers without scripts
     * (Blogger serves its posts so): that one is content.
     */
    static boolean isNonContent(Element element) {
        if (!ALWAYS_REMOVED.contains(element.normalName())) {
            return false;
        }
        return !element.nameIs("noscript") || !holdsProse(element);
    }

    private static boolean holdsProse(Element noscript) {
        Element paragraph = noscript.selectFirst("p");
        return paragraph != null && noscript.text().length() >= MIN_NOSCRIPT_PROSE;
    }

    /** Text a noscript must hold to be read as the article's; notices are a line or two. */
    private static final int MIN_NOSCRIPT_PROSE = 500;

    /** Removes the boilerplate from the document, in place. */
    void remove(Document doc) {
        removeNonContent(doc);
        remove(doc, ElementScan.of(doc.body()).boilerplate());
    }

    /**
     * Removes the boilerplate from a document already without {@link #removeNonContent non-content}.
     *
     * @param noisy the body's elements that {@link #isBoilerplate} names, in document order
     * @return the figures of the body as cleaned
     */
    TextStats remove(Document doc, List<Element> noisy) {
        Element body = doc.body();
        TextStats stats = TextStats.of(body);
        Set<Element> kept = ancestorsOf(likelyCore(body, noisy, stats));
        kept.add(body);
        TextStats.Figures page = stats.get(body);
        double pageProse = Math.max(1, page.length - page.linkLength);
        for (Element element : noisy) {
            if (!kept.contains(element) && !holdsMostOfThePage(element, stats, pageProse)) {
                stats.remove(element);
            }
        }
        stats.settle();
        return stats;
    }

    /**
     * A block named like boilerplate that holds a large share of the page's prose (text outside
     * links) is a wrapper of the article ({@code grid--with-right-rail}, {@code advertisement-pusher}),
     * not a box beside it. Comment threads and overlays are the exception: they can outgrow the
     * article.
     */
    private static boolean holdsMostOfThePage(Element element, TextStats stats, double pageProse) {
        if (COMMENTS.matches(element) || OVERLAYS.matches(element) || element.nameIs("footer")
                || element.nameIs("nav")) {
            return false;
        }
        TextStats.Figures f = stats.get(element);
        return (f.length - f.linkLength) / pageProse >= WRAPPER_SHARE;
    }

    /**
     * The best-scoring element outside all boilerplate; or, when the text lives inside wrappers
     * that hold other boilerplate, the best element whose nearest boilerplate ancestor is such a
     * wrapper. Text in a boilerplate block with no boilerplate inside (a footer) never counts.
     */
    private Element likelyCore(Element body, List<Element> noisy, TextStats stats) {
        Set<Element> noisySet = identitySet();
        noisySet.addAll(noisy);
        // Boilerplate blocks holding other boilerplate blocks: the candidate wrappers. An overlay (a
        // consent dialog) never wraps the article; a body classed like one ("modal-open") is the page.
        Set<Element> wrappers = identitySet();
        for (Element element : noisy) {
            for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                if (noisySet.contains(ancestor) && !isOverlay(ancestor) && !wrappers.add(ancestor)) {
                    break;
                }
            }
        }
        Element strictBest = null;
        double strictScore = 0;
        Element wrappedBest = null;
        double wrappedScore = 0;
        for (Element element : DocumentOrder.elements(body)) {
            double score = scorer.score(element, stats);
            if (score <= 0 || score <= strictScore && score <= wrappedScore) {
                continue;
            }
            Element nearestNoisy = nearestNoisy(element, noisySet);
            if (nearestNoisy == null && score > strictScore) {
                strictBest = element;
                strictScore = score;
            }
            boolean reachable = nearestNoisy == null || wrappers.contains(nearestNoisy);
            if (reachable && score > wrappedScore) {
                wrappedBest = element;
                wrappedScore = score;
            }
        }
        if (strictBest != null && strictScore * WRAPPED_CORE_ADVANTAGE >= wrappedScore) {
            return strictBest;
        }
        return wrappedBest;
    }

    private static boolean isOverlay(Element element) {
        return OVERLAYS.matches(element) && !element.nameIs("body");
    }

    private static Element nearestNoisy(Element element, Set<Element> noisy) {
        for (Element current = element; current != null; current = current.parent()) {
            if (noisy.contains(current)) {
                return current;
            }
        }
        return null;
    }

    private static Set<Element> ancestorsOf(Element element) {
        Set<Element> ancestors = identitySet();
        for (Element current = element; current != null; current = current.parent()) {
            ancestors.add(current);
        }
        return ancestors;
    }

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
