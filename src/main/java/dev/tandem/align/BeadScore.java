package dev.tandem.align;

import java.util.List;

/**
 * The score of a bead: the probability that it is right, from a logistic model of its evidence
 * fitted on the development cases ({@code eval-alignment --calibrate}, NTREX-128, four language
 * pairs) and checked on FLORES-200, which the fit never saw. A 1-1 bead, a merge or a split is
 * judged on its shape, how far its lengths are from the expected ratio, the facts its sides share
 * and those on one side only, and the share of its words the other side translates (word tables);
 * an omission or addition on its length; every bead also on how many
 * of its neighbours are not 1-1, since errors come in pairs. Merges and splits share the 1-1
 * model: alone, the few 1-1 beads that are wrong are too few to fit five weights.
 */
public final class BeadScore {
    /** Kinds of bead, each with its own weights: 1-1, 2-1, 1-2 and 2-2 together; 1-0 and 0-1. */
    static final int PAIRED = 0;
    static final int UNPAIRED = 1;
    private static final int MOST_FACTS = 4;

    /** Weights per kind, in the order of {@link #features}; written by {@code eval-alignment --calibrate}. */
    private static final double[][] WEIGHTS = {
        {9.270, -7.256, 0.118, 0.000, -0.639, -4.535, 5.782},
        {-0.803, 1.018, -2.147},
    };

    /**
     * The sign each weight must have, per kind (0 for either): a fact both sides share and a word the
     * other side translates never count against a bead, a number on one side only never for it.
     * Unconstrained, the fit with the word tables gave shared facts -0.085: names and numbers
     * written alike also count as translated words, so the two features share their evidence.
     */
    static final int[][] SIGNS = {
        {0, 0, 0, 1, -1, 0, 1},
        {0, 0, 0},
    };

    private BeadScore() {
    }

    /** The probability, 0..1, that a bead with this evidence and these neighbours is right. */
    public static double of(SentenceAligner.Evidence evidence, int changedNeighbours) {
        return of(WEIGHTS[kind(evidence)], features(evidence, changedNeighbours));
    }

    /** The logistic function of the weighted features. */
    public static double of(double[] weights, double[] features) {
        double z = 0;
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The sign each weight of {@code kind} must have: 1, -1, or 0 for either; see {@link #SIGNS}. */
    public static int[] signs(int kind) {
        return SIGNS[kind].clone();
    }

    /** {@link #UNPAIRED} for 1-0 and 0-1, {@link #PAIRED} for the others. */
    public static int kind(SentenceAligner.Evidence evidence) {
        return evidence.source().isEmpty() || evidence.target().isEmpty() ? UNPAIRED : PAIRED;
    }

    /** How many of the beads next to {@code path[k]} are not 1-1: 0, 1 or 2. */
    public static int changedNeighbours(List<SentenceAligner.Evidence> path, int k) {
        return (k > 0 && !path.get(k - 1).isOneToOne() ? 1 : 0)
                + (k + 1 < path.size() && !path.get(k + 1).isOneToOne() ? 1 : 0);
    }

    /**
     * The word tables' coverage of a paired bead, centred on the aligner's neutral value; 0 when the
     * tables could judge none of its words, so that such a bead is scored on its other evidence.
     */
    private static double lexical(SentenceAligner.Evidence evidence) {
        return evidence.hasLexicalCoverage() ? evidence.lexicalCoverage() - BeadCosts.LEXICAL_NEUTRAL : 0;
    }

    /** The model's inputs, a constant first. */
    public static double[] features(SentenceAligner.Evidence evidence, int changedNeighbours) {
        if (kind(evidence) == UNPAIRED) {
            return new double[] {1, Math.log1p(evidence.unpairedCharacters()), changedNeighbours};
        }
        return new double[] {1, evidence.isOneToOne() ? 0 : 1, Math.abs(evidence.lengthDeviation()),
            Math.min(MOST_FACTS, evidence.sharedFacts()), Math.min(MOST_FACTS, evidence.unmatchedFacts()),
            changedNeighbours, lexical(evidence)};
    }
}
