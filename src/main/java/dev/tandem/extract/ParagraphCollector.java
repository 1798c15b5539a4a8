package dev.tandem.extract;

import dev.tandem.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the blocks of text of the article container in reading order: paragraphs and list items
 * as body, {@code h1}-{@code h6} as headings, block quotes as quotes, and image captions as
 * captions, in the place where the image stands.
 *
 * <p>Captions are recognised by {@code <figcaption>}, by a class such as {@code caption},
 * {@code image_desc} or {@code photo-caption}, and by the image tables of Vietnamese CMSs
 * ({@code <table class="image">} with the caption in a cell of class {@code image_desc},
 * {@code desc} or {@code caption}). Text outside any paragraph tag (a div of text with
 * {@code <br>} breaks, a table cell) is read too, one block per run between breaks.
 */
final class ParagraphCollector {
    private static final ClassIdPattern CAPTION_CLASS = ClassIdPattern.containing(
            "caption", "image_desc", "image-desc", "desc-image", "img-desc", "photo-desc", "legend",
            "bildunterschrift");
    /**
     * How many levels above the article container a caption may sit and still belong to the
     * article: the lead image is usually a near sibling of the text, in the same article element
     * (Fundus pages: 1 to 3 levels up for most lead images outside the text container).
     */
    private static final int NEAR_LEVELS = 3;
    /** How far above a caption outside a figure its image may sit (Fundus pages: 1 or 2). */
    private static final int IMAGE_BOX_LEVELS = 3;
    /** Text an image box may hold besides its caption (a credit, "Bild vergrößern"). */
    private static final int MAX_IMAGE_BOX_EXTRA_CHARS = 40;
    /** Shorter caption-classed texts beside an image are labels ("Redakteur" beside an avatar). */
    private static final int MIN_BOXED_CAPTION_WORDS = 3;
    private static final ClassIdPattern IMAGE_TABLE_CELL = ClassIdPattern.ofWords("desc", "caption", "image-desc");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> WHOLE_TEXT_TAGS = Set.of("p", "li", "dd", "dt", "pre");
    /** Longer "captions" are containers that happen to carry the class, read as ordinary text. */
    private static final int MAX_CAPTION_LENGTH = 600;

    /**
     * The blocks of the container in reading order, unfiltered (blocks may be empty or repeated),
     * preceded by the captions that stand before the container within the article (the lead
     * image above the text, outside the text's own element).
     */
    List<TextBlock> collect(Element container) {
        List<TextBlock> blocks = new ArrayList<>();
        walkNear(articleAround(container), container, blocks);
        return blocks;
    }

    /** The container's ancestor up to {@link #NEAR_LEVELS} levels up, short of the page body. */
    private static Element articleAround(Element container) {
        Element around = container;
        for (int level = 0; level < NEAR_LEVELS; level++) {
            Element parent = around.parent();
            if (parent == null || parent.nameIs("body") || parent.nameIs("html")) {
                break;
            }
            around = parent;
        }
        return around;
    }

    /**
     * Walks the first caption of each figure before the container, then the container; what
     * follows it (teasers, galleries of other stories) is left out. Only figures count outside
     * the container: a loose caption-classed text there is as often a teaser's as the article's.
     * Returns whether the container has been walked.
     */
    private boolean walkNear(Element element, Element container, List<TextBlock> out) {
        if (element == container) {
            walk(container, ParagraphKind.BODY, out);
            return true;
        }
        if (element.nameIs("figure")) {
            for (Element caption : element.getAllElements()) {
                if (isCaption(caption)) {
                    if (!isTeaserCaption(caption)) {
                        out.add(block(ParagraphKind.CAPTION, caption));
                    }
                    break;
                }
            }
            return false;
        }
        if (isCaption(element) && !element.getAllElements().contains(container) && standsWithItsImage(element)) {
            out.add(block(ParagraphKind.CAPTION, element));
            return false;
        }
        for (Element child : element.children()) {
            if (walkNear(child, container, out)) {
                return true;
            }
        }
        return false;
    }

    private void walk(Element element, ParagraphKind bodyKind, List<TextBlock> out) {
        String tag = element.normalName();
        if (isCaption(element)) {
            if (!isTeaserCaption(element)) {
                out.add(block(ParagraphKind.CAPTION, element));
            }
        } else if (HEADING_TAGS.contains(tag)) {
            out.add(block(ParagraphKind.HEADING, element));
        } else if (tag.equals("blockquote")) {
            walkMixed(element, ParagraphKind.QUOTE, out);
        } else if (WHOLE_TEXT_TAGS.contains(tag) && !hasCaptionOrBlockInside(element)) {
            out.add(block(bodyKind, element));
        } else {
            walkMixed(element, bodyKind, out);
        }
    }

    /** Walks an element holding both blocks and loose text; each run of loose text is a block. */
    private void walkMixed(Element element, ParagraphKind bodyKind, List<TextBlock> out) {
        Run run = new Run(bodyKind);
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText(), 0);
            } else if (child instanceof Element childElement) {
                if (childElement.nameIs("br")) {
                    run.flushInto(out);
                } else if (isBlockLike(childElement)) {
                    run.flushInto(out);
                    walk(childElement, bodyKind, out);
                } else {
                    run.append(childElement.wholeText(), ContentScorer.linkTextLength(childElement));
                }
            }
        }
        run.flushInto(out);
    }

    /**
     * Whether the element may be a caption at all, by tag and class and id hints alone: the cheap
     * first test of {@link #isCaption}, false for every element of a page without captions.
     */
    static boolean mayBeCaption(Element element, long hints) {
        return element.nameIs("figcaption") || CAPTION_CLASS.in(hints)
                || element.nameIs("td") && IMAGE_TABLE_CELL.in(hints);
    }

    /** Whether the element is an image caption, by tag, class or place in an image table. */
    static boolean isCaption(Element element) {
        if (element.nameIs("figcaption")) {
            return true;
        }
        boolean marked = CAPTION_CLASS.matches(element) || isImageTableCaptionCell(element);
        return marked && element.text().length() <= MAX_CAPTION_LENGTH;
    }

    /**
     * Whether a "caption" is the text of a teaser card for another story: a figure whose image is
     * a link, captioned with a headline ({@code <figure><a href=...><img></a><figcaption><h3>Other
     * story</h3><p>Summary</p>}). An image's caption describes the picture, without a heading.
     */
    static boolean isTeaserCaption(Element caption) {
        Element figure = caption.closest("figure");
        return figure != null && figure.selectFirst("a[href] img") != null
                && caption.selectFirst("h1, h2, h3, h4, h5, h6") != null;
    }

    /**
     * Whether a caption of a few words outside a figure stands with its image: right after it (a
     * figcaption without its figure, after a {@code <picture>}), or in a box, the nearest ancestor
     * within {@link #IMAGE_BOX_LEVELS} holding an image, with little else. A teaser card with a
     * caption-classed label also holds its headline; a one-word label is an author's role.
     */
    private static boolean standsWithItsImage(Element caption) {
        String text = WhitespaceCollapser.collapse(caption.text());
        if (text.split(" ").length < MIN_BOXED_CAPTION_WORDS) {
            return false;
        }
        Element before = caption.previousElementSibling();
        if (before != null && before.text().isBlank()
                && before.selectFirst("img, picture") != null) {
            return true;
        }
        Element box = caption.parent();
        for (int level = 0; level < IMAGE_BOX_LEVELS && box != null; level++, box = box.parent()) {
            if (box.selectFirst("img, picture") != null) {
                return holdsOnlyImageAndCaption(box, text);
            }
        }
        return false;
    }

    /**
     * Whether the box holds at most one image and, besides the caption, at most a credit: text no
     * longer than {@link #MAX_IMAGE_BOX_EXTRA_CHARS} nor than the caption itself.
     */
    static boolean holdsOnlyImageAndCaption(Element box, String captionText) {
        if (box.select("img").size() > 1) {
            return false;
        }
        String boxText = WhitespaceCollapser.collapse(box.text());
        if (captionText.contains(boxText)) {
            // Cleaning may already have taken the credit out of the box, not out of the caption.
            return true;
        }
        String rest = boxText.replace(captionText, "").strip();
        return rest.length() <= Math.min(MAX_IMAGE_BOX_EXTRA_CHARS, captionText.length());
    }

    private static boolean isImageTableCaptionCell(Element element) {
        if (!element.nameIs("td") || !IMAGE_TABLE_CELL.matches(element)) {
            return false;
        }
        Element table = element.closest("table");
        return table != null && table.selectFirst("img") != null;
    }

    private static boolean isBlockLike(Element element) {
        return ContentScorer.BLOCK_TAGS.contains(element.normalName())
                || isCaption(element)
                || ContentScorer.hasBlockInside(element)
                || hasCaptionInside(element);
    }

    private static boolean hasCaptionOrBlockInside(Element element) {
        return ContentScorer.hasBlockInside(element) || hasCaptionInside(element);
    }

    private static boolean hasCaptionInside(Element element) {
        for (Element descendant : element.getAllElements()) {
            if (descendant != element && isCaption(descendant)) {
                return true;
            }
        }
        return false;
    }

    private static TextBlock block(ParagraphKind kind, Element element) {
        return new TextBlock(kind, WhitespaceCollapser.collapse(element.text()),
                ContentScorer.linkTextLength(element));
    }

    /** Loose text accumulated between two blocks or line breaks. */
    private static final class Run {
        private final ParagraphKind kind;
        private final StringBuilder text = new StringBuilder();
        private int linkLength;

        Run(ParagraphKind kind) {
            this.kind = kind;
        }

        void append(String fragment, int fragmentLinkLength) {
            text.append(fragment);
            linkLength += fragmentLinkLength;
        }

        void flushInto(List<TextBlock> out) {
            String collapsed = WhitespaceCollapser.collapse(text.toString());
            if (!collapsed.isEmpty()) {
                out.add(new TextBlock(kind, collapsed, linkLength));
            }
            text.setLength(0);
            linkLength = 0;
        }
    }
}
