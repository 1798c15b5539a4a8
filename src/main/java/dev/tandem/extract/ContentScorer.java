package dev.tandem.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Scores how much an element looks like the holder of an article's running text, from the
 * paragraphs directly within it: their length, their punctuation (prose has commas and full stops,
 * menus do not) and their number, discounted by the share of text that sits inside links. A
 * class or id such as {@code article-content} or {@code fck_detail} adds a bonus.
 *
 * <p>Only direct paragraphs count, so a page wrapper does not outscore the block that actually
 * holds the text; {@link MainContentFinder} widens the choice when neighbours score well too.
 */
final class ContentScorer {
    /** Block tags: used to tell paragraphs and text runs from structure. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote");
    private static final Set<String> LEAF_CONTAINER_TAGS = Set.of("div", "section", "td");
    private static final ClassIdPattern CONTENT_HINT = ClassIdPattern.ofWords(
            "article", "content", "detail", "body", "entry", "post", "story", "main", "fck-detail",
            "singular-content", "article--body", "noidung", "chitiet");
    /** Shorter blocks are labels, dates or buttons rather than prose. */
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    private static final double CHARACTERS_PER_POINT = 50.0;
    private static final double POINTS_PER_PARAGRAPH = 2.0;
    private static final double HINT_BONUS = 15.0;

    /**
     * The element's score: its prose score plus a bonus for a class or id that names article
     * content; zero when no paragraph of prose sits directly within it.
     */
    double score(Element element, TextStats stats) {
        return withHint(element, proseScore(element, stats));
    }

    /** The score of an element whose {@link #proseScore} is already known. */
    double withHint(Element element, double prose) {
        if (prose <= 0) {
            return 0;
        }
        boolean named = CONTENT_HINT.matches(element) || element.nameIs("article");
        return prose + (named ? HINT_BONUS : 0);
    }

    /** The score of the prose directly within the element alone, whatever its class says. */
    double proseScore(Element element, TextStats stats) {
        TextStats.Figures own = stats.get(element);
        if (own.length < MIN_PARAGRAPH_LENGTH) {
            // Too little text for even one paragraph: most elements of a page.
            return 0;
        }
        Tally tally = new Tally();
        int looseLength = own.ownLength;
        int looseLinks = 0;
        int loosePunctuation = own.ownPunctuation;
        for (Element childElement = element.firstElementChild(); childElement != null;
                childElement = childElement.nextElementSibling()) {
            TextStats.Figures f = stats.get(childElement);
            if (isParagraph(childElement, f)) {
                tally.add(f.length, f.linkLength, f.punctuation, childElement.nameIs("p"));
            } else if (!BLOCK_TAGS.contains(childElement.normalName())) {
                looseLength += f.length + 1;
                looseLinks += f.linkLength;
                loosePunctuation += f.punctuation;
            }
        }
        tally.add(looseLength, looseLinks, loosePunctuation, false);
        if (tally.textLength == 0) {
            return 0;
        }
        double linkDensity = Math.min(1.0, (double) tally.linkLength / tally.textLength);
        double prose = tally.textLength / CHARACTERS_PER_POINT + tally.punctuation
                + POINTS_PER_PARAGRAPH * tally.paragraphs;
        return prose * (1 - linkDensity);
    }

    private static boolean isParagraph(Element child, TextStats.Figures figures) {
        String tag = child.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        // A div or table cell with no block inside is a paragraph written with other markup.
        return LEAF_CONTAINER_TAGS.contains(tag) && !figures.blockInside;
    }

    /** Characters of text inside links within the element, the element itself included. */
    static int linkTextLength(Element element) {
        if (element.nameIs("a")) {
            return element.text().length();
        }
        int length = 0;
        for (Element descendant : DocumentOrder.elements(element)) {
            if (descendant.nameIs("a")) {
                length += descendant.text().length();
            }
        }
        return length;
    }

    /** Whether a block element sits anywhere below the element (the element itself excluded). */
    static boolean hasBlockInside(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName()) || hasBlockInside(child)) {
                return true;
            }
        }
        return false;
    }

    /** Running totals over the paragraphs directly within one element. */
    private static final class Tally {
        int textLength;
        int linkLength;
        int punctuation;
        int paragraphs;

        void add(int length, int linkChars, int punctuationMarks, boolean isParagraphTag) {
            if (length < MIN_PARAGRAPH_LENGTH) {
                return;
            }
            textLength += length;
            linkLength += linkChars;
            punctuation += punctuationMarks;
            if (isParagraphTag) {
                paragraphs++;
            }
        }
    }
}
