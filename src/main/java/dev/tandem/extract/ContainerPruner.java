package dev.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes from the chosen article container the blocks that are not its text although no class
 * name gave them away: lists of links (menus, tag clouds, "more on this") and lists of teasers of
 * other articles (linked headlines over one-line summaries), told apart by the share of their text
 * that sits in links. A block holding a large share of the container's prose is never removed.
 */
final class ContainerPruner {
    private static final Set<String> PRUNABLE = Set.of("div", "section", "ul", "ol", "aside", "table", "article",
            "dl", "nav", "header", "footer", "figure");
    /** Above this share of link text a block is a list of links. */
    private static final double LINK_LIST_DENSITY = 0.5;
    /** A block with this much link text and two linked headlines is a list of teasers. */
    private static final double TEASER_DENSITY = 0.2;
    /** Blocks holding this share of the container's prose are article, whatever their links. */
    private static final double PROTECTED_SHARE = 0.3;

    /**
     * Prunes {@code container} in place.
     *
     * @param stats figures that cover the container as it is now
     */
    void prune(Element container, TextStats stats) {
        TextStats.Figures all = stats.get(container);
        double prose = Math.max(1, all.length - all.linkLength);
        List<Element> doomed = new ArrayList<>();
        collect(container, container, stats, prose, doomed);
        doomed.forEach(Element::remove);
    }

    private void collect(Element element, Element container, TextStats stats, double prose, List<Element> doomed) {
        for (Element child : element.children()) {
            if (PRUNABLE.contains(child.normalName()) && isLinkBlock(child, stats, prose)) {
                doomed.add(child);
            } else {
                collect(child, container, stats, prose, doomed);
            }
        }
    }

    private static boolean isLinkBlock(Element element, TextStats stats, double prose) {
        TextStats.Figures f = stats.get(element);
        if (f.length == 0 || (f.length - f.linkLength) / prose >= PROTECTED_SHARE) {
            return false;
        }
        double density = (double) f.linkLength / f.length;
        if (density > LINK_LIST_DENSITY) {
            return true;
        }
        return density > TEASER_DENSITY && linkedHeadlines(element) >= 2;
    }

    private static int linkedHeadlines(Element element) {
        int count = 0;
        for (Element heading : element.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.selectFirst("a") != null || heading.parent() != null && heading.parent().nameIs("a")) {
                count++;
            }
        }
        return count;
    }
}
