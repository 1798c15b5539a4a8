package dev.tandem.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text figures of every element of a tree, gathered in one pass: how long its text is (with
 * whitespace runs counted as one space), how much of it sits in links, how many commas and full
 * stops it has, and whether a block element sits below it. Scoring reads these instead of asking
 * each element for its text, which made extraction several times slower than parsing.
 */
final class TextStats {
    /** The figures of one element. */
    static final class Figures {
        int length;
        int linkLength;
        int punctuation;
        boolean blockInside;
        /** Length and punctuation of the text nodes directly within the element. */
        int ownLength;
        int ownPunctuation;
    }

    private static final Figures EMPTY = new Figures();

    /** Sized for a large news page, so that filling it does not rehash over and over. */
    private final Map<Element, Figures> figures = new IdentityHashMap<>(4096);
    /** Parents of elements {@link #remove removed} since the last {@link #settle}. */
    private final Set<Element> emptied = Collections.newSetFromMap(new IdentityHashMap<>());

    private TextStats() {
    }

    /** Gathers the figures of {@code root} and every element below it. */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        // A walk over child nodes with explicit stacks: the open elements, their figures, the next
        // child of each, and whether each sits in a link.
        Element[] elements = new Element[64];
        Figures[] open = new Figures[64];
        int[] nextChild = new int[64];
        boolean[] inLink = new boolean[64];
        int depth = 0;
        elements[0] = root;
        open[0] = stats.start(root);
        inLink[0] = root.nameIs("a");
        while (depth >= 0) {
            Element element = elements[depth];
            int index = nextChild[depth];
            if (index >= element.childNodeSize()) {
                if (depth > 0) {
                    Figures done = open[depth];
                    Figures parent = open[depth - 1];
                    parent.length += done.length;
                    parent.linkLength += done.linkLength;
                    parent.punctuation += done.punctuation;
                    parent.blockInside |= done.blockInside || ContentScorer.BLOCK_TAGS.contains(element.normalName());
                }
                depth--;
                continue;
            }
            nextChild[depth] = index + 1;
            Node child = element.childNode(index);
            if (child instanceof TextNode text) {
                Figures f = open[depth];
                long measured = measure(text.getWholeText());
                int length = (int) (measured >>> 32);
                int punctuation = (int) measured;
                f.length += length;
                f.punctuation += punctuation;
                f.ownLength += length;
                f.ownPunctuation += punctuation;
                if (inLink[depth]) {
                    f.linkLength += length;
                }
            } else if (child instanceof Element childElement) {
                depth++;
                if (depth == elements.length) {
                    elements = Arrays.copyOf(elements, depth * 2);
                    open = Arrays.copyOf(open, depth * 2);
                    nextChild = Arrays.copyOf(nextChild, depth * 2);
                    inLink = Arrays.copyOf(inLink, depth * 2);
                }
                elements[depth] = childElement;
                open[depth] = stats.start(childElement);
                nextChild[depth] = 0;
                inLink[depth] = inLink[depth - 1] || childElement.nameIs("a");
            }
        }
        return stats;
    }

    private Figures start(Element element) {
        Figures f = new Figures();
        figures.put(element, f);
        return f;
    }

    /**
     * Detaches {@code element} from its tree and takes its figures off its ancestors', so that the
     * figures of what remains stay exact without a new pass. Call {@link #settle} after a series of
     * removals.
     */
    void remove(Element element) {
        Figures gone = get(element);
        Element parent = element.parent();
        element.remove();
        for (Element ancestor = parent; ancestor != null; ancestor = ancestor.parent()) {
            Figures f = figures.get(ancestor);
            if (f == null) {
                break;
            }
            f.length -= gone.length;
            f.linkLength -= gone.linkLength;
            f.punctuation -= gone.punctuation;
        }
        if (parent != null) {
            emptied.add(parent);
        }
    }

    /**
     * Works out again, after {@link #remove}, which elements still hold a block element: a removal
     * can leave a wrapper with only inline text, which scoring then reads as one paragraph.
     */
    void settle() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Element parent : emptied) {
                for (Element current = parent; current != null; current = current.parent()) {
                    Figures f = figures.get(current);
                    if (f == null || !f.blockInside) {
                        break;
                    }
                    boolean blockInside = false;
                    for (Element child = current.firstElementChild(); child != null && !blockInside;
                            child = child.nextElementSibling()) {
                        blockInside = get(child).blockInside || ContentScorer.BLOCK_TAGS.contains(child.normalName());
                    }
                    if (blockInside) {
                        break;
                    }
                    f.blockInside = false;
                    changed = true;
                }
            }
        }
        emptied.clear();
    }

    /** The figures of {@code element}; all zero for an element outside the tree. */
    Figures get(Element element) {
        return figures.getOrDefault(element, EMPTY);
    }

    /**
     * Length (each run of whitespace counted as one character) in the high 32 bits and punctuation
     * count in the low 32 bits, in one pass over the characters.
     */
    static long measure(String text) {
        int length = 0;
        int punctuation = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f'
                    || c > 0x2000 && Character.isWhitespace(c)) {
                if (!space) {
                    length++;
                    space = true;
                }
                continue;
            }
            if (c == '\u200b' || c == '\ufeff') {
                continue;
            }
            length++;
            space = false;
            if (c == ',' || c == '.' || c == ';' || c == '，' || c == '。') {
                punctuation++;
            }
        }
        return ((long) length << 32) | punctuation;
    }
}
