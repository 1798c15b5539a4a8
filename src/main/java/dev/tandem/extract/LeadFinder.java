package dev.tandem.extract;

import dev.tandem.model.ParagraphKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the lead (sapo, chapeau, standfirst) of an article.
 *
 * <p>First, on the page as fetched, it notes the elements whose class or id names them as a lead
 * ({@code sapo}, {@code lead}, {@code chapeau}, {@code summary}, {@code description}...) and that
 * are not inside boilerplate. This must happen before boilerplate removal, because many sites put
 * the lead in the article's {@code <header>}. Once the article container is known, the noted
 * element nearest to it wins. Without one, the page's meta description is taken, unless it is
 * merely the first paragraph of the body, as many CMSs fill it, or readers never see it: it must be
 * printed on the page, whole, or at least its start when no body paragraph starts the same way (a
 * description only for search engines and link previews is not part of the article; leaving
 * them out raised aeb precision from 0.942 to 0.951).
 */
final class LeadFinder {
    private static final ClassIdPattern LEAD_HINT = ClassIdPattern.ofWords(
            "sapo", "lead", "summary", "standfirst", "description", "chapeau", "chapo", "excerpt",
            "dek", "deck", "intro", "tom-tat", "article-sapo", "vorspann", "abstract", "perex", "leader");
    /**
     * A teaser: on many (German) sites the article's own lead ({@code article-teaser},
     * {@code teaser-text}), elsewhere a card for another story. Taken only near the article.
     */
    private static final ClassIdPattern TEASER = ClassIdPattern.ofWords("teaser");
    private static final int MIN_LEAD_LENGTH = 20;
    private static final int MAX_LEAD_LENGTH = 1500;
    /** A lead is one block; an element with more paragraphs is a container named "summary-...". */
    private static final int MAX_LEAD_PARAGRAPHS = 2;
    /**
     * Letters and digits of a description that must appear on the page for it to count as shown:
     * its start, since many are cut short or reworded towards the end.
     */
    private static final int SHOWN_PREFIX = 40;
    /** How many levels above the container a lead may sit and still be "near" the article. */
    private static final int NEAR_LEVELS = 3;

    /** An element that looks like a lead, with its ancestors as they were before cleaning. */
    record Candidate(String text, List<Element> ancestors, boolean teaser) {
    }

    /**
     * The lead candidates of a page, and whether its text as fetched shows the description, to
     * tell a description that readers see from one declared only for search engines.
     */
    static final class PageLeads extends AbstractList<Candidate> {
        private final List<Candidate> candidates;
        private final Shown shown;

        PageLeads(List<Candidate> candidates, Shown shown) {
            this.candidates = List.copyOf(candidates);
            this.shown = shown;
        }

        @Override
        public Candidate get(int index) {
            return candidates.get(index);
        }

        @Override
        public int size() {
            return candidates.size();
        }
    }

    /**
     * The lead-like elements of the page, in document order, with the page's visible text when
     * {@link #choose} may need it (no candidate, a description); call before removing boilerplate.
     */
    List<Candidate> candidates(Document doc, String description) {
        return candidates(doc, ElementScan.of(doc.body()).leadHinted(), description);
    }

    /** Whether class and id hints name a lead ({@code sapo}, {@code standfirst}...) or a teaser. */
    static boolean isHinted(long hints) {
        return LEAD_HINT.in(hints) || TEASER.in(hints);
    }

    /**
     * {@link #candidates(Document, String)} from the body's elements that {@link #isHinted} names,
     * in document order.
     */
    List<Candidate> candidates(Document doc, List<Element> hinted, String description) {
        List<Candidate> candidates = new ArrayList<>();
        for (Element element : hinted) {
            // "teaser" is a boilerplate word: an own teaser is judged by its ancestors alone.
            boolean teaser = !LEAD_HINT.matches(element);
            if (teaser && !isOwnTeaser(element) || element == doc.body()
                    || insideBoilerplate(teaser ? element.parent() : element)
                    || ParagraphCollector.isCaption(element) || element.closest("figure") != null) {
                continue;
            }
            String text = WhitespaceCollapser.collapse(element.text());
            if (text.length() >= MIN_LEAD_LENGTH && text.length() <= MAX_LEAD_LENGTH
                    && element.select("p").size() <= MAX_LEAD_PARAGRAPHS) {
                List<Element> ancestors = new ArrayList<>(element.parents());
                ancestors.add(0, element);
                candidates.add(new Candidate(text, ancestors, teaser));
            }
        }
        boolean mayFallBack = candidates.stream().allMatch(Candidate::teaser) && description != null
                && !description.isBlank();
        Shown shown = mayFallBack ? Shown.on(doc.body(), descriptionKey(description)) : Shown.NOT;
        return new PageLeads(candidates, shown);
    }

    /**
     * The description's {@link WhitespaceCollapser#comparisonKey key}. Some pages escape it twice
     * ("CD&amp;amp;V"): it is read as the page shows it.
     */
    private static String descriptionKey(String description) {
        String shown = Parser.unescapeEntities(WhitespaceCollapser.collapse(description), false);
        return WhitespaceCollapser.comparisonKey(shown);
    }

    /**
     * Whether the page's text, as letters and digits, holds a description's whole key or its first
     * {@link #SHOWN_PREFIX} letters and digits.
     */
    record Shown(boolean whole, boolean start) {
        static final Shown NOT = new Shown(false, false);

        /**
         * Looks for the key in the text under {@code root} with a Knuth-Morris-Pratt matcher fed
         * the text's letters and digits as they come: no copy of the page's text is built.
         */
        static Shown on(Element root, String key) {
            int[] pattern = key.codePoints().toArray();
            if (pattern.length == 0) {
                return new Shown(true, true);
            }
            int[] fallback = fallbacks(pattern);
            int prefix = Math.min(pattern.length, SHOWN_PREFIX);
            int[] matched = {0};
            boolean[] found = {false, false};
            NodeTraversor.traverse((node, depth) -> {
                if (found[0] || !(node instanceof TextNode text)) {
                    return;
                }
                String chars = text.getWholeText();
                for (int i = 0; i < chars.length() && !found[0]; ) {
                    int codePoint = chars.codePointAt(i);
                    i += Character.charCount(codePoint);
                    int c = WhitespaceCollapser.keyOf(codePoint);
                    if (c < 0) {
                        continue;
                    }
                    int q = matched[0];
                    while (q > 0 && pattern[q] != c) {
                        q = fallback[q - 1];
                    }
                    if (pattern[q] == c) {
                        q++;
                    }
                    found[1] |= q >= prefix;
                    if (q == pattern.length) {
                        found[0] = true;
                    }
                    matched[0] = q;
                }
            }, root);
            return new Shown(found[0], found[0] || found[1]);
        }

        /** For each prefix of the pattern, the length of its longest proper border. */
        private static int[] fallbacks(int[] pattern) {
            int[] fallback = new int[pattern.length];
            for (int i = 1, k = 0; i < pattern.length; i++) {
                while (k > 0 && pattern[i] != pattern[k]) {
                    k = fallback[k - 1];
                }
                if (pattern[i] == pattern[k]) {
                    k++;
                }
                fallback[i] = k;
            }
            return fallback;
        }
    }

    /**
     * The lead: the candidate nearest the container, else the first candidate, else the
     * description when the page shows it and it does not just repeat the body. Null when there is
     * none.
     *
     * @param candidates from {@link #candidates(Document, String)}, with the same description
     * @param container the article container
     * @param description the page's meta description, or null
     * @param blocks the container's blocks, to recognise a description copied from the body
     */
    String choose(List<Candidate> candidates, Element container, String description, List<TextBlock> blocks) {
        for (Candidate candidate : candidates) {
            if (!candidate.teaser() && isNear(candidate, container)) {
                return candidate.text();
            }
        }
        for (Candidate candidate : candidates) {
            if (!candidate.teaser()) {
                return candidate.text();
            }
        }
        String shown = shownDescription(candidates, description, blocks);
        if (shown != null) {
            return shown;
        }
        // A teaser only last: the description, where the page shows it, is the surer lead.
        for (Candidate candidate : candidates) {
            if (isNear(candidate, container)) {
                return candidate.text();
            }
        }
        return null;
    }

    /** The description when the page shows it and it does not just repeat the body, else null. */
    private static String shownDescription(List<Candidate> candidates, String description, List<TextBlock> blocks) {
        String collapsed = WhitespaceCollapser.collapse(description);
        if (collapsed.isEmpty() || repeatsFirstParagraph(collapsed, blocks)) {
            return null;
        }
        if (!(candidates instanceof PageLeads leads)) {
            return collapsed;
        }
        if (leads.shown.whole()) {
            return collapsed;
        }
        String key = descriptionKey(description);
        String start = key.substring(0, Math.min(key.length(), SHOWN_PREFIX));
        return leads.shown.start() && !startsParagraph(start, blocks) ? collapsed : null;
    }

    /**
     * Whether a body paragraph starts as the description does. A description that is not printed
     * whole, only its start, is then that paragraph cut short for search engines, not a lead.
     */
    private static boolean startsParagraph(String start, List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            if (block.kind() == ParagraphKind.BODY
                    && WhitespaceCollapser.comparisonKey(block.text()).startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNear(Candidate candidate, Element container) {
        Element ancestor = container;
        for (int level = 0; level <= NEAR_LEVELS && ancestor != null && !ancestor.nameIs("body"); level++) {
            for (Element candidateAncestor : candidate.ancestors()) {
                if (candidateAncestor == ancestor) {
                    return true;
                }
            }
            ancestor = ancestor.parent();
        }
        return false;
    }

    private static boolean repeatsFirstParagraph(String description, List<TextBlock> blocks) {
        String key = WhitespaceCollapser.comparisonKey(description.replaceAll("(\\.\\.\\.|…)$", ""));
        for (TextBlock block : blocks) {
            if (block.kind() == ParagraphKind.BODY && !block.text().isEmpty()) {
                String first = WhitespaceCollapser.comparisonKey(block.text());
                return !key.isEmpty() && first.startsWith(key);
            }
        }
        return false;
    }

    /**
     * Whether a teaser-named element reads as the article's own lead: plain text, with no link
     * and no headline, unlike the card of another story.
     */
    private static boolean isOwnTeaser(Element element) {
        return TEASER.matches(element) && element.closest("a") == null
                && element.selectFirst("a, h1, h2, h3, h4, h5, h6") == null;
    }

    private static boolean insideBoilerplate(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (!isArticleHeader(current) && BoilerplateRemover.isBoilerplate(current)) {
                return true;
            }
        }
        return false;
    }

    /** The article's own header, where leads live, unlike the site's header with its tagline. */
    private static boolean isArticleHeader(Element element) {
        return element.nameIs("header")
                && (element.closest("article") != null || element.selectFirst("h1") != null);
    }
}
