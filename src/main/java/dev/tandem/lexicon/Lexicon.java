package dev.tandem.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which words of a text in one language translate which words of a text in another, from the word
 * tables ({@link WordTables}) and a newsroom's {@link Glossary}. Immutable and thread-safe; get one
 * per language pair and keep it:
 * <pre>
 * Lexicon lexicon = Lexicon.forPair("vi", "fr").orElseThrow();
 * lexicon.match("Nước Đức thắng.", "L'Allemagne gagne.").sourceCoverage();   // 1.0
 * lexicon.renders("Scotland", "Il vit en Écosse.");                          // true
 * </pre>
 * Words written alike on both sides (names, acronyms) count as rendered when they are four
 * letters or longer, or capitalised on both sides. Numbers are not words here: they have their
 * own evidence.
 */
public final class Lexicon {
    /**
     * A link needs {@code p(t|s)} or {@code p(s|t)} of at least this. The measurement on
     * NTREX and FLORES vi-fr (AUC 0.91 / 0.96 against neighbours) used 0.02.
     */
    public static final double THRESHOLD = 0.02;
    /** Shortest form two words written alike need to count as each other's translation unless both are capitalised. */
    private static final int SHORTEST_SHARED_FORM = 4;

    private final String sourceLanguage;
    private final String targetLanguage;
    private final WordTokenizer sourceTokenizer;
    private final WordTokenizer targetTokenizer;
    private final WordTokenizer english = WordTokenizer.of("en");
    private final PairLinks links;
    private final List<String[][]> glossary;

    Lexicon(String sourceLanguage, String targetLanguage, PairLinks links, Glossary glossary) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.sourceTokenizer = WordTokenizer.of(sourceLanguage);
        this.targetTokenizer = WordTokenizer.of(targetLanguage);
        this.links = links;
        List<String[][]> terms = new ArrayList<>();
        for (String[] pair : glossary.pairs(sourceLanguage, targetLanguage)) {
            String[] s = sourceTokenizer.terms(pair[0]).toArray(String[]::new);
            String[] t = targetTokenizer.terms(pair[1]).toArray(String[]::new);
            if (s.length > 0 && t.length > 0) {
                terms.add(new String[][] {s, t});
            }
        }
        this.glossary = List.copyOf(terms);
    }

    /**
     * Which words of each source sentence each target sentence renders, and the reverse, for the
     * sentence pairs an aligner will consider: source sentence {@code a} against targets
     * {@code from[a]..to[a]}. Words are looked up once per document, not once per pair.
     */
    public CoverageGrid grid(List<Sentence> sources, List<Sentence> targets, int[] from, int[] to) {
        return new CoverageGrid(sources, targets, from, to, links.sourceVocabulary.size(),
                links.targetVocabulary.size());
    }

    /** The lexicon of a pair from the tables shipped with tandem, without a glossary; see {@link WordTables#forPair}. */
    public static Optional<Lexicon> forPair(String sourceLanguage, String targetLanguage) {
        return WordTables.shipped().forPair(sourceLanguage, targetLanguage);
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    public String targetLanguage() {
        return targetLanguage;
    }

    /**
     * A source-language text read once, for {@link #covered} against many targets. A text this
     * thread read lately is not read again ({@link RecentSentences}).
     */
    public Sentence source(String text) {
        return RecentSentences.get(this, true, text, () -> new Sentence(true, sourceTokenizer.tokens(text),
                links.sourceVocabulary, links.sourceLinks, links.sourceBorrowed));
    }

    /**
     * Forgets the sentences this thread read lately ({@link RecentSentences}), so that a
     * measurement that aligns the same documents again times reading them.
     */
    public static void forgetRecentSentences() {
        RecentSentences.forget();
    }

    /** A target-language text read once, for {@link #covered} against many sources; see {@link #source}. */
    public Sentence target(String text) {
        return RecentSentences.get(this, false, text, () -> new Sentence(false, targetTokenizer.tokens(text),
                links.targetVocabulary, links.targetLinks, links.targetBorrowed));
    }

    /** How much of each text the other renders, with the source words left untranslated. */
    public LexicalMatch match(String sourceText, String targetText) {
        Sentence source = source(sourceText);
        Sentence target = target(targetText);
        boolean[] sourceRendered = covered(source, target);
        boolean[] targetRendered = covered(target, source);
        if (!glossary.isEmpty()) {
            applyGlossary(source, target, sourceRendered, targetRendered);
        }
        List<String> untranslated = new ArrayList<>();
        int sourceWords = 0;
        int rendered = 0;
        for (int k = 0; k < source.size(); k++) {
            if (sourceRendered[k] || source.known(k)) {
                sourceWords++;
                if (sourceRendered[k]) {
                    rendered++;
                } else {
                    untranslated.add(source.tokens.get(k).surface());
                }
            }
        }
        int targetWords = 0;
        int targetRenderedCount = 0;
        for (int k = 0; k < target.size(); k++) {
            if (targetRendered[k] || target.known(k)) {
                targetWords++;
                targetRenderedCount += targetRendered[k] ? 1 : 0;
            }
        }
        return new LexicalMatch(sourceWords, rendered, targetWords, targetRenderedCount, untranslated);
    }

    /**
     * Whether {@code targetText} holds a translation of {@code sourceTerm} (a name, a place, a
     * title): a glossary rendering of it, or a translation of each of its words the tables know,
     * at least one of them known. {@code renders("Đức", "l'Allemagne")} is true in vi-fr.
     */
    public boolean renders(String sourceTerm, String targetText) {
        Sentence term = source(sourceTerm);
        if (term.size() == 0) {
            return false;
        }
        Sentence target = target(targetText);
        if (glossaryRenders(term, target)) {
            return true;
        }
        boolean[] rendered = covered(term, target);
        boolean anyJudged = false;
        for (int k = 0; k < term.size(); k++) {
            if (rendered[k]) {
                anyJudged = true;
            } else if (term.known(k)) {
                return false;
            }
        }
        return anyJudged;
    }

    /**
     * Whether the newsroom's glossary gives {@code sourceTerm} a rendering that {@code targetText}
     * holds: a name, a place or a title the desk translates its own way ("Nhà Trắng" as "Maison-Blanche").
     */
    public boolean glossaryRenders(String sourceTerm, String targetText) {
        return !glossary.isEmpty() && glossaryRenders(source(sourceTerm), target(targetText));
    }

    private boolean glossaryRenders(Sentence term, Sentence target) {
        String[] termTerms = term.terms();
        String[] targetTerms = target.terms();
        for (String[][] entry : glossary) {
            if (Arrays.equals(entry[0], termTerms) && indexOf(targetTerms, entry[1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code k} of a source sentence and word {@code j} of a target sentence translate
     * each other: the tables link them in either direction, or they are written alike as
     * {@link #covered} reads words written alike. {@link #covered} asks whether some word of the
     * other side renders a word; this asks it of one pair of words, for a reader that needs to
     * know where in the other sentence a word is rendered (the checks cut a translation sentence
     * between two source sentences joined in one bead).
     */
    public boolean linked(Sentence source, int k, Sentence target, int j) {
        if (!source.source || target.source) {
            throw new IllegalArgumentException("linked needs a source and a target sentence, in that order");
        }
        int targetId = target.id(j);
        int sourceId = source.id(k);
        if (targetId >= 0 && Arrays.binarySearch(source.links(k), targetId) >= 0
                || sourceId >= 0 && Arrays.binarySearch(target.links(j), sourceId) >= 0) {
            return true;
        }
        String form = source.form(k);
        return form.equals(target.form(j))
                && (form.length() >= SHORTEST_SHARED_FORM || source.capitalised(k) && target.capitalised(j));
    }

    /** For each word of {@code side}, whether some word of {@code other} (on the other side of the pair) renders it. */
    public boolean[] covered(Sentence side, Sentence other) {
        if (side.source == other.source) {
            throw new IllegalArgumentException("covered needs a source and a target sentence, not two of one side");
        }
        boolean[] covered = new boolean[side.size()];
        Forms forms = other.forms();
        for (int k = 0; k < side.size(); k++) {
            covered[k] = renders(side, k, other, forms);
        }
        return covered;
    }

    /**
     * The words among the first 64 of {@code side} that some word of {@code other} renders, as bits:
     * the aligner's form of {@link #covered}, which allocates nothing.
     */
    public long coveredMask(Sentence side, Sentence other) {
        long mask = 0;
        int n = Math.min(64, side.size());
        Forms forms = other.forms();
        for (int k = 0; k < n; k++) {
            if (renders(side, k, other, forms)) {
                mask |= 1L << k;
            }
        }
        return mask;
    }

    /** The sorted forms of a sentence's words, all and capitalised, for words written alike. */
    private static final class Forms {
        final String[] all;
        final String[] capitalised;

        Forms(Sentence sentence) {
            all = sentence.forms.clone();
            Arrays.sort(all);
            capitalised = sentence.capitalisedForms.toArray(new String[0]);
            Arrays.sort(capitalised);
        }
    }

    private static boolean renders(Sentence side, int k, Sentence other, Forms forms) {
        if (intersects(side.links[k], other.ids)) {
            return true;
        }
        String form = side.forms[k];
        return form.length() >= SHORTEST_SHARED_FORM && Arrays.binarySearch(forms.all, form) >= 0
                || side.capitalised(k) && Arrays.binarySearch(forms.capitalised, form) >= 0;
    }

    /**
     * Whether two sorted arrays share a value: each value of the shorter looked up in the longer.
     * A common word has up to {@link PairLinks#MOST_LINKS} links and a sentence some thirty terms,
     * so looking each link up in the sentence, as before, did eight times the work.
     */
    private static boolean intersects(int[] a, int[] b) {
        int[] shorter = a.length <= b.length ? a : b;
        int[] longer = shorter == a ? b : a;
        for (int value : shorter) {
            if (Arrays.binarySearch(longer, value) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void applyGlossary(Sentence source, Sentence target, boolean[] sourceRendered, boolean[] targetRendered) {
        String[] s = source.terms();
        String[] t = target.terms();
        for (String[][] entry : glossary) {
            int i = indexOf(s, entry[0]);
            int j = indexOf(t, entry[1]);
            if (i >= 0 && j >= 0) {
                Arrays.fill(sourceRendered, i, i + entry[0].length, true);
                Arrays.fill(targetRendered, j, j + entry[1].length, true);
            }
        }
    }

    /** Whether a word the tables lack may be an English one: three or more plain ASCII letters. */
    private static boolean looksEnglish(String form) {
        if (form.length() < 3) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] text, String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= text.length; i++) {
            for (int k = 0; k < phrase.length; k++) {
                if (!text[i + k].equals(phrase[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * A text of one side, read once: its tokens, each with the ids of the other side's terms it is
     * linked to, and the sorted ids and forms of its own words for the other side to look up.
     */
    public final class Sentence {
        private static final int[] NONE = new int[0];
        private final boolean source;
        private final List<Token> tokens;
        private final int[][] links;
        private final String[] forms;
        private final long capitalised;
        private final int[] ids;
        private final int[] positionIds;
        private final List<String> capitalisedForms;
        private final long known;
        /** The sorted forms, made when another sentence first asks for them. */
        private volatile Forms sortedForms;

        private Sentence(boolean source, List<Token> tokens, Vocabulary vocabulary, int[][] table,
                PairLinks.Borrowed borrowed) {
            this.source = source;
            this.tokens = java.util.Collections.unmodifiableList(tokens);
            int n = tokens.size();
            links = new int[n][];
            forms = new String[n];
            int[] own = new int[n];
            positionIds = new int[n];
            int owned = 0;
            long caps = 0;
            long knownBits = 0;
            List<String> capitalForms = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Token token = tokens.get(k);
                forms[k] = token.form();
                boolean capital = Character.isUpperCase(token.surface().codePointAt(0));
                if (capital) {
                    capitalForms.add(forms[k]);
                    caps |= k < 64 ? 1L << k : 0;
                }
                int id = token.idIn(vocabulary);
                positionIds[k] = id;
                if (id >= 0) {
                    own[owned++] = id;
                    links[k] = table[id];
                } else if (borrowed.any() && looksEnglish(forms[k])) {
                    List<String> asEnglish = english.terms(token.surface());
                    int[] linked = asEnglish.size() == 1 ? borrowed.links(asEnglish.get(0)) : null;
                    links[k] = linked == null ? NONE : linked;
                } else {
                    links[k] = NONE;
                }
                knownBits |= links[k].length > 0 && k < 64 ? 1L << k : 0;
            }
            capitalised = caps;
            known = knownBits;
            ids = Arrays.copyOf(own, owned);
            Arrays.sort(ids);
            capitalisedForms = capitalForms;
        }

        private Forms forms() {
            Forms f = sortedForms;
            if (f == null) {
                f = new Forms(this);
                sortedForms = f;
            }
            return f;
        }

        /** How many words the text has. */
        public int size() {
            return tokens.size();
        }

        /** The text's words, in order. */
        public List<Token> tokens() {
            return tokens;
        }

        /**
         * Whether the tables hold word {@code k}: it has some translation, so whether the other
         * side renders it can be judged. Words past the 64th count as known when they have links.
         */
        public boolean known(int k) {
            return k < 64 ? (known >>> k & 1) == 1 : links[k].length > 0;
        }

        /** The known words among the first 64, as bits. */
        public long knownMask() {
            return known;
        }

        /** The id of word {@code k} in its side's vocabulary, -1 when the tables lack it. */
        int id(int k) {
            return positionIds[k];
        }

        /** The ids of the other side's terms word {@code k} is linked to, sorted. */
        int[] links(int k) {
            return links[k];
        }

        /** Word {@code k} lower-cased, for words written alike on both sides. */
        String form(int k) {
            return forms[k];
        }

        /** Whether word {@code k} may match a word written alike on the other side when that one is {@code capital}. */
        boolean sharesForm(int k, boolean otherCapital) {
            return forms[k].length() >= SHORTEST_SHARED_FORM || otherCapital && capitalised(k);
        }

        boolean capitalised(int k) {
            return k < 64 ? (capitalised >>> k & 1) == 1 : Character.isUpperCase(tokens.get(k).surface().codePointAt(0));
        }

        private String[] terms() {
            String[] terms = new String[tokens.size()];
            for (int k = 0; k < terms.length; k++) {
                terms[k] = tokens.get(k).term();
            }
            return terms;
        }
    }
}
