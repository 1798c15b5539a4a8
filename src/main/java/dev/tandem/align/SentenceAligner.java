package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.tandem.lexicon.Lexicon;
import dev.tandem.lexicon.WordTables;

/**
 * Aligns the sentences of an original and its translation by dynamic programming over beads of
 * 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 sentences. A bead's cost is its shape's prior and what
 * {@link BeadCosts} charges for it: how far its lengths are from those the language pair's
 * {@link LengthModel} expects, how well the numbers, dates, names, addresses, quotations and
 * questions of its two sides agree, and how much of its words the other side translates (word
 * tables): a source sentence whose facts and words appear nowhere in the target is better left
 * alone, as an omission, than merged into a neighbour's bead.
 *
 * <p>Each bead's score is the probability that it is right ({@link BeadScore}), calibrated on
 * the development cases of {@code eval-alignment}.
 */
public final class SentenceAligner {
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
        Band band = new Band(n, m);
        BeadCosts costs = costs(source, target, band);
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
                    // A bead that cannot beat the cell's best even at its lowest possible cost is not priced.
                    if (Double.isInfinite(before)
                            || before + shape.cost + costs.floor(pi, i, pj, j) >= band.cost(i, j)) {
                        continue;
                    }
                    double c = before + shape.cost + costs.of(pi, i, pj, j);
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
            path.add(costs.evidence(pi, i, pj, j));
            i = pi;
            j = pj;
        }
        Collections.reverse(path);
        return path;
    }

    private BeadCosts costs(List<String> source, List<String> target, Band band) {
        LexicalCoverage lexical = lexicon.get().map(l -> band.coverage(l, source, target)).orElse(null);
        return new BeadCosts(source, target, sourceLanguage, targetLanguage, lexical);
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
        private final int[] centres;

        Band(int n, int m) {
            this.n = n;
            this.m = m;
            this.width = Math.abs(n - m) + MARGIN;
            int row = 2 * width + 1;
            costs = new double[(n + 1) * row];
            shapes = new byte[(n + 1) * row];
            Arrays.fill(costs, Double.POSITIVE_INFINITY);
            centres = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                centres[i] = n == 0 ? 0 : (int) Math.round((double) i * m / n);
            }
        }

        /** The diagonal's target position at source position {@code i}: read for every cell and shape, so computed once. */
        private int centre(int i) {
            return centres[i];
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
}
