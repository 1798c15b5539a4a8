package dev.tandem.align;

import java.util.List;

/**
 * The score of a bead: the probability that it is right, from a logistic model of its evidence
 * fitted on the development cases ({@code eval-alignment --calibrate}, NTREX-128, four language
 * pairs) and checked on FLORES-200, which the fit never saw. A 1-1 bead and a merge or split are
 * judged on how far their lengths are from the expected ratio, the facts their sides share and
 * those on one side only; an omission or addition on its length; every bead also on how many of
 * its neighbours are not 1-1, since errors come in pairs.
 */
public final class BeadScore {
    /** Kinds of bead, each with its own weights. */
    static final int PAIRED = 0;
    static final int MERGED = 1;
    static final int UNPAIRED = 2;
    private static final int MOST_FACTS = 4;

    /** Weights per kind, in the order of {@link #features}; written by {@code eval-alignment --calibrate}. */
    private static final double[][] WEIGHTS = {
        {5.305, 0.299, 1.009, -0.537, -3.012},
        {1.583, 0.603, -0.220, -0.878, -4.238},
        {-3.672, 1.080, -1.023},
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

    /** {@link #PAIRED} for 1-1, {@link #MERGED} for 2-1, 1-2 and 2-2, {@link #UNPAIRED} for 1-0 and 0-1. */
    public static int kind(SentenceAligner.Evidence evidence) {
        if (evidence.source().isEmpty() || evidence.target().isEmpty()) {
            return UNPAIRED;
        }
        return evidence.source().size() == 1 && evidence.target().size() == 1 ? PAIRED : MERGED;
    }

    /** How many of the beads next to {@code path[k]} are not 1-1: 0, 1 or 2. */
    public static int changedNeighbours(List<SentenceAligner.Evidence> path, int k) {
        return (k > 0 && !path.get(k - 1).isOneToOne() ? 1 : 0)
                + (k + 1 < path.size() && !path.get(k + 1).isOneToOne() ? 1 : 0);
    }

    /** The model's inputs, a constant first. */
    public static double[] features(SentenceAligner.Evidence evidence, int changedNeighbours) {
        if (kind(evidence) == UNPAIRED) {
            return new double[] {1, Math.log1p(evidence.unpairedCharacters()), changedNeighbours};
        }
        return new double[] {1, Math.abs(evidence.lengthDeviation()), Math.min(MOST_FACTS, evidence.sharedFacts()),
            Math.min(MOST_FACTS, evidence.unmatchedFacts()), changedNeighbours};
    }
}
