package dev.tandem.extract;

import dev.tandem.model.ParagraphKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Saves the captions of the article's own images that boilerplate removal deletes: the lead image
 * in the article's {@code <header>}, or an image wrapped in a block named {@code widget} or
 * {@code teaser-image}.
 *
 * <p>Like {@link LeadFinder}, it notes the captions (as {@link ParagraphCollector#isCaption}
 * recognises them, credit included) on the page as fetched, before cleaning. Once the container is
 * known, a noted caption that cleaning removed comes back when it stood inside the container, or
 * before it within {@link #NEAR_LEVELS} levels above it, and when every boilerplate block around
 * it was the article's header or a box holding nothing but that image and its caption. Captions of
 * sidebars, menus and teasers of other stories stay out: their boxes hold headlines and links too,
 * and a teaser card's headline caption is never noted.
 * A saved caption goes where it stood: before the first block that followed it on the page.
 */
final class CaptionFinder {
    /**
     * How many levels above the container a caption may sit and still belong to the article, as in
     * {@link ParagraphCollector} (Fundus pages: lead images in the article header 1 to 2 levels up).
     */
    private static final int NEAR_LEVELS = 3;
    /** Markup cleaning discards whole, whose captions are copies of the visible ones. */
    private static final String DISCARDED = "template, noscript";
    /** Following text nodes tried to place a caption before giving up. */
    private static final int MAX_ANCHOR_TRIES = 50;

    /** A caption on the page before cleaning, with its ancestors and place as they were then. */
    record Candidate(TextBlock block, Element element, List<Element> ancestors, int order, int end) {
    }

    /** The captions of a page as fetched, and the document order needed to place them later. */
    static final class PageCaptions {
        private final List<Candidate> candidates;
        private final Map<Element, Integer> order;
        private final List<TextNode> texts;
        private final List<Integer> textOrder;

        private PageCaptions(List<Candidate> candidates, Map<Element, Integer> order, List<TextNode> texts,
                List<Integer> textOrder) {
            this.candidates = candidates;
            this.order = order;
            this.texts = texts;
            this.textOrder = textOrder;
        }

        List<Candidate> candidates() {
            return candidates;
        }
    }

    /** Notes the captions of the page, in document order; call before removing boilerplate. */
    PageCaptions candidates(Document page) {
        return candidates(page, true);
    }

    /**
     * {@link #candidates(Document)}, skipped when an earlier scan found no element that
     * {@link ParagraphCollector#mayBeCaption may be a caption}: half the pages of the benchmarks.
     */
    PageCaptions candidates(Document page, boolean captionLike) {
        if (!captionLike) {
            return new PageCaptions(List.of(), Map.of(), List.of(), List.of());
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        List<TextNode> texts = new ArrayList<>();
        List<Integer> textOrder = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<Element, Integer> openCaptions = new IdentityHashMap<>();
        page.body().traverse(new NodeVisitor() {
            private int counter;

            @Override
            public void head(Node node, int depth) {
                counter++;
                if (node instanceof Element element) {
                    order.put(element, counter);
                    if (openCaptions.isEmpty() && ParagraphCollector.isCaption(element)
                            && !ParagraphCollector.isTeaserCaption(element) && element.closest(DISCARDED) == null) {
                        openCaptions.put(element, counter);
                    }
                } else if (node instanceof TextNode text && !text.isBlank()) {
                    texts.add(text);
                    textOrder.add(counter);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && openCaptions.containsKey(element)) {
                    int start = openCaptions.remove(element);
                    String text = WhitespaceCollapser.collapse(element.text());
                    if (!text.isEmpty()) {
                        TextBlock block = new TextBlock(ParagraphKind.CAPTION, text,
                                ContentScorer.linkTextLength(element));
                        candidates.add(new Candidate(block, element, List.copyOf(element.parents()), start, counter));
                    }
                }
            }
        });
        return new PageCaptions(candidates, order, texts, textOrder);
    }

    /**
     * The collected blocks with the article's captions that cleaning removed put back in reading
     * order; captions already among the blocks are not repeated.
     *
     * @param captions from {@link #candidates(Document)} on the same page
     * @param page the cleaned page
     * @param container the article container
     * @param blocks the container's blocks, in reading order
     */
    List<TextBlock> merge(PageCaptions captions, Document page, Element container, List<TextBlock> blocks) {
        Set<String> known = new HashSet<>();
        for (TextBlock block : blocks) {
            if (block.kind() == ParagraphKind.CAPTION) {
                known.add(WhitespaceCollapser.comparisonKey(block.text()));
            }
        }
        Integer containerOrder = captions.order.get(container);
        List<TextBlock> merged = new ArrayList<>(blocks);
        int cursor = 0;
        for (Candidate candidate : captions.candidates) {
            String key = WhitespaceCollapser.comparisonKey(candidate.block().text());
            if (containerOrder == null || known.contains(key) || !removed(candidate, page)
                    || !belongsToArticle(candidate, container, containerOrder)) {
                continue;
            }
            known.add(key);
            int at = anchorIndex(captions, candidate, page, merged, cursor);
            if (at < 0) {
                at = candidate.ancestors().contains(container) ? merged.size() : cursor;
            }
            merged.add(at, candidate.block());
            cursor = at + 1;
        }
        return merged;
    }

    private static boolean removed(Candidate candidate, Document page) {
        return candidate.element().root() != page;
    }

    /**
     * Inside the container, or before it under a near ancestor; and removed as boilerplate that was
     * only the article's header or the image's own box (what the pruner dropped stays dropped).
     */
    private static boolean belongsToArticle(Candidate candidate, Element container, int containerOrder) {
        Element shared = sharedAncestor(candidate, container);
        if (shared == null) {
            return false;
        }
        if (shared != container && candidate.order() > containerOrder) {
            return false;
        }
        List<Element> path = new ArrayList<>();
        path.add(candidate.element());
        path.addAll(candidate.ancestors().subList(0, candidate.ancestors().indexOf(shared)));
        boolean cleanedAway = false;
        for (Element element : path) {
            if (BoilerplateRemover.isBoilerplate(element)) {
                if (!isArticleHeader(element, candidate) && !ParagraphCollector.holdsOnlyImageAndCaption(element, candidate.block().text())) {
                    return false;
                }
                cleanedAway = true;
            }
        }
        return cleanedAway;
    }

    /** The container or its nearest ancestor, up to {@link #NEAR_LEVELS}, that held the caption. */
    private static Element sharedAncestor(Candidate candidate, Element container) {
        Element ancestor = container;
        for (int level = 0; level <= NEAR_LEVELS && ancestor != null; level++) {
            if (ancestor.nameIs("body") || ancestor.nameIs("html")) {
                return null;
            }
            if (candidate.ancestors().contains(ancestor)) {
                return ancestor;
            }
            ancestor = ancestor.parent();
        }
        return null;
    }

    private static boolean isArticleHeader(Element element, Candidate candidate) {
        if (!element.nameIs("header")) {
            return false;
        }
        return element.selectFirst("h1") != null
                || candidate.ancestors().stream().anyMatch(ancestor -> ancestor.nameIs("article"));
    }

    /**
     * The index of the first block, from {@code cursor} on, holding text that followed the caption
     * on the page and survived cleaning; -1 when none is found.
     */
    private static int anchorIndex(PageCaptions captions, Candidate candidate, Document page,
            List<TextBlock> blocks, int cursor) {
        int tries = 0;
        for (int i = firstTextAfter(captions, candidate.end()); i < captions.texts.size(); i++) {
            TextNode text = captions.texts.get(i);
            if (text.root() != page) {
                continue;
            }
            String wanted = WhitespaceCollapser.collapse(text.getWholeText());
            for (int b = cursor; b < blocks.size(); b++) {
                if (blocks.get(b).text().contains(wanted)) {
                    return b;
                }
            }
            if (++tries >= MAX_ANCHOR_TRIES) {
                break;
            }
        }
        return -1;
    }

    private static int firstTextAfter(PageCaptions captions, int order) {
        int low = 0;
        int high = captions.textOrder.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (captions.textOrder.get(mid) <= order) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
