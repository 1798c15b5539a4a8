package dev.tandem.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article text on a page already cleaned of boilerplate.
 *
 * <p>The best-scoring element (see {@link ContentScorer}) is the start. When the text around it,
 * under its parent, scores at least 40% of what is already chosen, or a sibling of the same tag
 * and class holds prose (an article split into several blocks, or laid out in table rows), the
 * choice widens to the parent, a few levels at most, so no part is lost. The thresholds were set
 * on the unit-test pages only; they await the evaluation on {@code ../shared/data}.
 */
final class MainContentFinder {
    /** Neighbours must together score this share of the text gathered so far to be included. */
    private static final double NEIGHBOUR_SHARE = 0.4;
    private static final double MIN_NEIGHBOUR_SCORE = 5.0;
    private static final int MAX_WIDENING = 3;
    /** Levels looked at in all, wrappers that add no prose included. */
    private static final int MAX_STEPS = 8;
    private static final Set<String> TABLE_PARTS = Set.of("td", "th", "tr", "tbody", "thead", "tfoot");

    private static final ClassIdPattern ARTICLE = ClassIdPattern.ofWords("article", "post", "hentry", "story");

    private final ContentScorer scorer;

    MainContentFinder(ContentScorer scorer) {
        this.scorer = scorer;
    }

    /** The element holding the article text, or empty when no element holds any prose. */
    Optional<Element> find(Document doc) {
        return find(doc, TextStats.of(doc.body()));
    }

    /** {@link #find(Document)} with the figures of the body as it is now. */
    Optional<Element> find(Document doc, TextStats stats) {
        Map<Element, Double> subtreeScores = new IdentityHashMap<>(4096);
        Element best = null;
        double bestScore = 0;
        for (Element element : DocumentOrder.elements(doc.body())) {
            // Neighbours are weighed by their prose alone: a wrapper named "article-detail" around
            // a date line must not pull the choice up to itself.
            double prose = scorer.proseScore(element, stats);
            double score = scorer.withHint(element, prose);
            if (score <= 0) {
                continue;
            }
            for (Element current = element; current != null; current = current.parent()) {
                subtreeScores.merge(current, prose, Double::sum);
            }
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(widen(best, subtreeScores));
    }

    private static Element widen(Element best, Map<Element, Double> subtreeScores) {
        Element container = best;
        Element probe = best;
        int widenings = 0;
        boolean lookedPastText = false;
        for (int step = 0; step < MAX_STEPS && widenings < MAX_WIDENING; step++) {
            Element parent = enclosing(probe);
            if (parent == null) {
                break;
            }
            double gathered = subtreeScores.getOrDefault(probe, 0.0);
            double neighbours = subtreeScores.getOrDefault(parent, 0.0) - gathered;
            boolean twin = hasTwinWithText(probe, subtreeScores);
            if (neighbours < MIN_NEIGHBOUR_SCORE && !twin) {
                lookedPastText |= neighbours > 0;
                if (lookedPastText && isArticle(parent)) {
                    // Past a byline or a date beside the text, the article element is the
                    // boundary: what lies beside it is other stories.
                    break;
                }
                // A wrapper that adds no prose or only a line of it (one column of an article laid
                // out in several, a byline beside the text): look through it, but take it only if
                // a level above joins more text.
                probe = parent;
                continue;
            }
            boolean neighboursScoreWell = neighbours >= Math.max(MIN_NEIGHBOUR_SCORE, NEIGHBOUR_SHARE * gathered);
            if (!neighboursScoreWell && !twin) {
                if (isSection(parent) && hasTwinWithText(parent, subtreeScores)) {
                    // The level adds a sub-heading to the text, and is one of several sections of
                    // the same class that hold text: look through it to the sections' parent.
                    probe = parent;
                    continue;
                }
                break;
            }
            container = parent;
            probe = parent;
            widenings++;
        }
        return container;
    }

    /** A {@code <section>}, or a block that opens with a sub-heading. */
    private static boolean isSection(Element element) {
        Element first = element.firstElementChild();
        return element.nameIs("section")
                || first != null && (first.nameIs("h2") || first.nameIs("h3") || first.nameIs("h4"));
    }

    /** Whether the element is an article: {@code <article>}, or a class or id naming an article or post. */
    private static boolean isArticle(Element element) {
        return element.nameIs("article") || ARTICLE.matches(element);
    }

    /**
     * Whether a sibling with the same tag and class also holds prose: the continuation of the
     * article after an ad slot ({@code <div class="content">} twice), however short.
     */
    private static boolean hasTwinWithText(Element element, Map<Element, Double> subtreeScores) {
        if (element.className().isEmpty()) {
            return false;
        }
        for (Element sibling : element.siblingElements()) {
            if (sibling.normalName().equals(element.normalName())
                    && sibling.className().equals(element.className())
                    && subtreeScores.getOrDefault(sibling, 0.0) >= MIN_NEIGHBOUR_SCORE) {
                return true;
            }
        }
        return false;
    }

    /** The parent, except that a table cell or row is compared with the rest of its table. */
    private static Element enclosing(Element element) {
        if (TABLE_PARTS.contains(element.normalName())) {
            Element table = element.closest("table");
            if (table != null) {
                return table;
            }
        }
        return element.parent();
    }
}
