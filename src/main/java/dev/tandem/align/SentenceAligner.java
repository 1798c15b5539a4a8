package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import dev.tandem.lexicon.Lexicon;
import dev.tandem.lexicon.WordTables;

/**
 * Aligns the sentences of an original and its translation by dynamic programming over beads of
 * 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 sentences. A bead's cost is its shape's prior, how far its
 * lengths are from those the language pair's {@link LengthModel} expects, and how well the numbers,
 * dates, names, addresses, quotations and questions of its two sides agree ({@link NumbersAndDates},
 * {@link NameKeys}, {@link TextMarks}): a source sentence whose facts appear nowhere in the target
 * is better left alone, as an omission, than merged into a neighbour's bead.
 *
 * <p>Each bead's score is the probability that it is right ({@link BeadScore}), calibrated on
 * the development cases of {@code eval-alignment}.
 */
public final class SentenceAligner {
    /**
     * Cost of each number or date present on one side of a bead only, and gain of each fact both
     * sides share. Set with eval-alignment on the development cases (vi→fr, zh→fr): 1.2 / 0.8 gave
     * NTREX bead F1 0.885 and FLORES 0.411; 2.5 / 2.0 gave 0.904 and 0.471 (every kind of change
     * in every document).
     */
    private static final double UNMATCHED_FACT = 2.5;
    /**
     * The most that facts on one side only can cost a bead. Translations convert units (1,000
     * pounds, 450 kg) and shorten lists (802.11a, b and g): uncapped, such a sentence pair costs
     * more than an omission and an addition. A cap of 4 or 5 lifted FLORES vi→fr bead F1 from
     * 0.917 to 0.92, and the precision of omissions from 0.70 to 0.74.
     */
    private static final double MOST_UNMATCHED = 4;
    private static final double MATCHED_FACT = 2.0;

    /**
     * Bead shapes and their priors. Omissions and additions are likelier in news translation than
     * in Gale and Church's parliamentary text (0.0099). With the learned length model, 0.03 and
     * 0.015 gave the same bead F1 on NTREX vi→fr (0.963) and FLORES vi→fr (0.92, 0.924), but
     * 0.015 found omissions with precision 0.81 rather than 0.67 at recall 0.84 against 0.88.
     * A 2-2 bead is what lengths alone reach for when two sentences happen to fit better summed:
     * at Gale and Church's 0.01, half the NTREX vi→fr cases the aligner got wrong held a 2-2
     * bead where two 1-1 were right; 0.001 lifted bead F1 from 0.964 to 0.978 (FLORES 0.929 to
     * 0.935). The cases have no true 2-2 bead, so a lower prior would score better still, but
     * translators do move a sentence boundary now and then.
     */
    private enum Shape {
        ONE_ONE(1, 1, 0.86), ONE_ZERO(1, 0, 0.015), ZERO_ONE(0, 1, 0.015), TWO_ONE(2, 1, 0.035),
        ONE_TWO(1, 2, 0.035), TWO_TWO(2, 2, 0.001);

        final int s;
        final int t;
        final double cost;

        Shape(int s, int t, double prior) {
            this.s = s;
            this.t = t;
            this.cost = -Math.log(prior);
        }
    }

    /**
     * Weight of the word tables' evidence in a paired bead's cost, {@code WEIGHT * (NEUTRAL - coverage)}.
     * Fitted on NTREX vi→fr and zh→fr (bead F1; README lists every value tried): weight 0 gave 0.978
     * and 0.954; with neutral 0.5, weight 3 gave 0.984 and 0.964, 6 gave 0.982 and 0.968, 10 gave
     * 0.979 and 0.958; with neutral 0.4, weight 6 gave 0.986 and 0.970, 8 gave 0.988 and 0.977,
     * 10 gave 0.988 and 0.979 (and FLORES vi→fr 0.991 against 0.986).
     * Charging each unrendered word and crediting each rendered one instead (a log-likelihood
     * ratio per word) favoured merged beads, which hold more words: NTREX vi→fr fell to 0.40-0.66.
     */
    static final double LEXICAL_WEIGHT = 10;
    /** The coverage at which the word tables neither favour nor oppose a bead; see {@link #LEXICAL_WEIGHT}. */
    static final double LEXICAL_NEUTRAL = 0.4;

    private final String sourceLanguage;
    private final String targetLanguage;
    private final Supplier<Optional<Lexicon>> lexicon;

    /**
     * An aligner for a language pair, given as ISO 639 codes, with the word tables shipped with
     * tandem when they hold the pair. The tables are read on the first alignment, not here.
     */
    public SentenceAligner(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, () -> Lexicon.forPair(sourceLanguage, targetLanguage));
    }

    /** An aligner that weighs beads with the pair's lexicon from {@code tables}, read on the first alignment. */
    public SentenceAligner(String sourceLanguage, String targetLanguage, WordTables tables) {
        this(sourceLanguage, targetLanguage, () -> tables.forPair(sourceLanguage, targetLanguage));
    }

    /** An aligner that weighs beads with {@code lexicon}, or without word tables when it is null. */
    public SentenceAligner(String sourceLanguage, String targetLanguage, Lexicon lexicon) {
        this(sourceLanguage, targetLanguage, () -> Optional.ofNullable(lexicon));
    }

    private SentenceAligner(String sourceLanguage, String targetLanguage, Supplier<Optional<Lexicon>> lexicon) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.lexicon = lexicon;
    }

    /** The beads {@link #align} chooses, in order, each with its evidence instead of a score. */
    public List<Evidence> evidence(List<String> source, List<String> target) {
        int n = source.size();
        int m = target.size();
        Facts facts = new Facts();
        SideFacts sourceFacts = new SideFacts(source, sourceLanguage, facts);
        SideFacts targetFacts = new SideFacts(target, targetLanguage, facts);
        LengthModel lengths = LengthModel.of(sourceLanguage, targetLanguage, source, target);
        Band band = new Band(n, m);
        LexicalCoverage lexical = lexicon.get().map(l -> band.coverage(l, source, target)).orElse(null);
        for (int i = 0; i <= n; i++) {
            for (int j = band.from(i); j <= band.to(i); j++) {
                if (i == 0 && j == 0) {
                    band.set(0, 0, 0, null);
                    continue;
                }
                for (Shape shape : SHAPES) {
                    int pi = i - shape.s;
                    int pj = j - shape.t;
                    double before = pi < 0 || pj < 0 ? Double.POSITIVE_INFINITY : band.cost(pi, pj);
                    if (Double.isInfinite(before)) {
                        continue;
                    }
                    double c = before + shape.cost
                            + beadCost(source, target, sourceFacts, targetFacts, pi, i, pj, j, lengths, lexical);
                    if (c < band.cost(i, j)) {
                        band.set(i, j, c, shape);
                    }
                }
            }
        }
        List<Evidence> path = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            Shape shape = band.shape(i, j);
            int pi = i - shape.s;
            int pj = j - shape.t;
            path.add(evidence(source, target, sourceFacts, targetFacts, pi, i, pj, j, lengths, lexical));
            i = pi;
            j = pj;
        }
        Collections.reverse(path);
        return path;
    }

    /** Aligns {@code source} with {@code target}; every sentence ends in exactly one bead, in order. */
    public List<Bead> align(List<String> source, List<String> target) {
        List<Evidence> path = evidence(source, target);
        List<Bead> beads = new ArrayList<>(path.size());
        for (int k = 0; k < path.size(); k++) {
            Evidence e = path.get(k);
            beads.add(new Bead(e.source(), e.target(),
                    Math.round(BeadScore.of(e, BeadScore.changedNeighbours(path, k)) * 100) / 100.0));
        }
        return beads;
    }

    /**
     * What the aligner knew of one bead it chose: its two sides, how far their lengths are from
     * the expected ratio (in standard deviations, 0 for an omission or addition), the facts both
     * sides share and those on one side only, and the characters of an unpaired side.
     */
    public record Evidence(List<Integer> source, List<Integer> target, double lengthDeviation, int sharedFacts,
            int unmatchedFacts, int unpairedCharacters, double lexicalCoverage) {
        /** Evidence without word tables: {@link #lexicalCoverage} unknown. */
        public Evidence(List<Integer> source, List<Integer> target, double lengthDeviation, int sharedFacts,
                int unmatchedFacts, int unpairedCharacters) {
            this(source, target, lengthDeviation, sharedFacts, unmatchedFacts, unpairedCharacters, LexicalCoverage.NONE);
        }

        /** Whether the word tables could judge some word of the bead. */
        public boolean hasLexicalCoverage() {
            return lexicalCoverage != LexicalCoverage.NONE;
        }

        public boolean isOneToOne() {
            return source.size() == 1 && target.size() == 1;
        }
    }

    private static Evidence evidence(List<String> source, List<String> target, SideFacts sourceFacts,
            SideFacts targetFacts, int si, int se, int ti, int te, LengthModel lengths, LexicalCoverage lexical) {
        List<Integer> sourceSide = Bead.indexes(si, se);
        List<Integer> targetSide = Bead.indexes(ti, te);
        int sourceLength = LengthModel.length(source, si, se);
        int targetLength = LengthModel.length(target, ti, te);
        if (si == se || ti == te) {
            return new Evidence(sourceSide, targetSide, 0, 0, 0, sourceLength + targetLength);
        }
        int agreement = agreement(sourceFacts, targetFacts, si, se, ti, te);
        return new Evidence(sourceSide, targetSide, lengths.deviation(sourceLength, targetLength), shared(agreement),
                alone(agreement), 0, lexical == null ? LexicalCoverage.NONE : lexical.of(si, se, ti, te));
    }

    private static final Shape[] SHAPES = Shape.values();

    /**
     * The dynamic-programming table, kept to a band around the diagonal from (0, 0) to (n, m):
     * memory grows with the text's length, not its square (a 5,000-sentence pair needs about
     * 9 MB). The band is wide enough for the lengths' difference plus {@link #MARGIN} sentences
     * of local omissions and additions.
     */
    private static final class Band {
        private static final int MARGIN = 100;
        private final int n;
        private final int m;
        private final int width;
        private final double[] costs;
        private final byte[] shapes;

        Band(int n, int m) {
            this.n = n;
            this.m = m;
            this.width = Math.abs(n - m) + MARGIN;
            int row = 2 * width + 1;
            costs = new double[(n + 1) * row];
            shapes = new byte[(n + 1) * row];
            Arrays.fill(costs, Double.POSITIVE_INFINITY);
        }

        private int centre(int i) {
            return n == 0 ? 0 : (int) Math.round((double) i * m / n);
        }

        int from(int i) {
            return Math.max(0, centre(i) - width);
        }

        int to(int i) {
            return Math.min(m, centre(i) + width);
        }

        private int slot(int i, int j) {
            return i * (2 * width + 1) + (j - centre(i) + width);
        }

        double cost(int i, int j) {
            return j < from(i) || j > to(i) ? Double.POSITIVE_INFINITY : costs[slot(i, j)];
        }

        Shape shape(int i, int j) {
            return SHAPES[shapes[slot(i, j)]];
        }

        /** The word tables' coverage of the sentence pairs this band can put in one bead. */
        LexicalCoverage coverage(Lexicon lexicon, List<String> source, List<String> target) {
            int[] from = new int[n + 1];
            int[] to = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                from[i] = from(i);
                to[i] = to(i);
            }
            return LexicalCoverage.of(lexicon, source, target, from, to);
        }

        void set(int i, int j, double cost, Shape shape) {
            costs[slot(i, j)] = cost;
            shapes[slot(i, j)] = (byte) (shape == null ? 0 : shape.ordinal());
        }
    }

    private static double beadCost(List<String> source, List<String> target, SideFacts sourceFacts,
            SideFacts targetFacts, int si, int se, int ti, int te, LengthModel lengths, LexicalCoverage lexical) {
        if (si == se || ti == te) {
            return 0;
        }
        double fit = lengths.fit(LengthModel.length(source, si, se), LengthModel.length(target, ti, te));
        double length = -Math.log(Math.max(fit, 1e-300));
        int agreement = agreement(sourceFacts, targetFacts, si, se, ti, te);
        return length + Math.min(MOST_UNMATCHED, UNMATCHED_FACT * alone(agreement))
                - MATCHED_FACT * shared(agreement) + lexicalCost(lexical, si, se, ti, te);
    }

    /**
     * The word tables' say on a paired bead: a cost that grows as the share of its words the other
     * side translates falls below {@link #LEXICAL_NEUTRAL}, and a gain above it.
     */
    private static double lexicalCost(LexicalCoverage lexical, int si, int se, int ti, int te) {
        if (lexical == null) {
            return 0;
        }
        double coverage = lexical.of(si, se, ti, te);
        return coverage == LexicalCoverage.NONE ? 0 : LEXICAL_WEIGHT * (LEXICAL_NEUTRAL - coverage);
    }

    /**
     * The facts both sides share, and the numbers and dates on one side only. A name or a mark on
     * one side only is no evidence against a pair: capitalisation, common nouns, other scripts and
     * punctuation differ between languages (counting marks on one side only against a bead
     * lowered NTREX vi-fr bead F1 from 0.964 to 0.959). A number on one side only is. Both counts in one int, read with
     * {@link #shared} and {@link #alone}: the search asks this for every cell and shape.
     */
    private static int agreement(SideFacts sourceFacts, SideFacts targetFacts, int si, int se, int ti, int te) {
        int[] a = sourceFacts.of(si, se);
        int[] b = targetFacts.of(ti, te);
        int shared = 0;
        int alone = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                alone += Facts.isNumber(a[i++]) ? 1 : 0;
            } else if (i == a.length || b[j] < a[i]) {
                alone += Facts.isNumber(b[j++]) ? 1 : 0;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared << 16 | alone;
    }

    private static int shared(int agreement) {
        return agreement >>> 16;
    }

    private static int alone(int agreement) {
        return agreement & 0xffff;
    }

    /**
     * Facts as numbers, so that comparing two sentences' facts is a merge of sorted arrays: each
     * distinct number, date or name key gets an id, doubled, plus one for numbers and dates.
     */
    private static final class Facts {
        private final Map<String, Integer> ids = new HashMap<>();

        static boolean isNumber(int fact) {
            return (fact & 1) == 1;
        }

        private int id(String key, boolean number) {
            return 2 * ids.computeIfAbsent(key, k -> ids.size()) + (number ? 1 : 0);
        }

        /** The sorted facts of one sentence, a fact as often as it occurs. */
        int[] of(String sentence, String language) {
            List<String> numbers = NumbersAndDates.read(sentence, language);
            Set<String> names = NameKeys.of(sentence);
            List<String> marks = TextMarks.of(sentence);
            int[] facts = new int[numbers.size() + names.size() + marks.size()];
            int k = 0;
            for (String number : numbers) {
                facts[k++] = id("#" + number, true);
            }
            for (String name : names) {
                facts[k++] = id("@" + name, false);
            }
            for (String mark : marks) {
                facts[k++] = id("~" + mark, false);
            }
            Arrays.sort(facts);
            return facts;
        }
    }

    /**
     * The facts of each sentence of one side, and of each two neighbours together, read once per
     * alignment: a bead holds one or two sentences a side, and the search asks about each many times.
     */
    private static final class SideFacts {
        private final int[][] single;
        private final int[][] pairs;

        SideFacts(List<String> sentences, String language, Facts facts) {
            single = new int[sentences.size()][];
            for (int i = 0; i < single.length; i++) {
                single[i] = facts.of(sentences.get(i), language);
            }
            pairs = new int[Math.max(0, single.length - 1)][];
            for (int i = 0; i < pairs.length; i++) {
                int[] pair = Arrays.copyOf(single[i], single[i].length + single[i + 1].length);
                System.arraycopy(single[i + 1], 0, pair, single[i].length, single[i + 1].length);
                Arrays.sort(pair);
                pairs[i] = pair;
            }
        }

        /** The facts of sentences {@code [from, to)}, one or two of them. */
        int[] of(int from, int to) {
            return to - from == 1 ? single[from] : pairs[from];
        }
    }
}
