package dev.tandem.align.evaluation;

import dev.tandem.lexicon.LexicalMatch;
import dev.tandem.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well a {@link Lexicon} tells a sentence's true translation from the translations of its
 * neighbours: each source sentence of each document is scored against its own target sentence and
 * against the one before and the one after, and the AUC is the chance that a true pair scores
 * above a neighbour pair (ties count half). The score of a pair is the mean of its two sides'
 * coverage ({@link LexicalMatch#sourceCoverage}, {@link LexicalMatch#targetCoverage}).
 */
public final class LexiconEvaluation {
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private LexiconEvaluation() {
    }

    /** The AUC over the documents, and the time each pair took to score. */
    public record Result(int truePairs, int neighbourPairs, double auc, double microsPerMatch) {
    }

    /** Scores every true and neighbouring pair of the documents. */
    public static Result run(Lexicon lexicon, List<ParallelDocument> documents) {
        // Untimed passes warm the JIT up, as AlignmentEvaluation's do; the time is of the last pass.
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        do {
            score(lexicon, documents, new ArrayList<>(), new ArrayList<>());
        } while (System.nanoTime() < warmUpEnd);
        List<Double> positives = new ArrayList<>();
        List<Double> negatives = new ArrayList<>();
        long start = System.nanoTime();
        int matches = score(lexicon, documents, positives, negatives);
        double micros = (System.nanoTime() - start) / 1e3 / Math.max(1, matches);
        return new Result(positives.size(), negatives.size(), auc(positives, negatives), micros);
    }

    /** Scores each pair into {@code positives} or {@code negatives}; returns how many pairs were scored. */
    private static int score(Lexicon lexicon, List<ParallelDocument> documents, List<Double> positives,
            List<Double> negatives) {
        int matches = 0;
        for (ParallelDocument d : documents) {
            for (int i = 0; i < d.source().size(); i++) {
                for (int j = i - 1; j <= i + 1; j++) {
                    if (j < 0 || j >= d.target().size()) {
                        continue;
                    }
                    double score = score(lexicon.match(d.source().get(i), d.target().get(j)));
                    matches++;
                    (i == j ? positives : negatives).add(score);
                }
            }
        }
        return matches;
    }

    /** The mean of both sides' coverage. */
    public static double score(LexicalMatch match) {
        return (match.sourceCoverage() + match.targetCoverage()) / 2;
    }

    /** The Mann-Whitney AUC: the chance a positive scores above a negative, ties half. */
    static double auc(List<Double> positives, List<Double> negatives) {
        double[] neg = negatives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double wins = 0;
        for (double p : positives) {
            int below = lowerBound(neg, p);
            int notAbove = upperBound(neg, p);
            wins += below + (notAbove - below) / 2.0;
        }
        return positives.isEmpty() || neg.length == 0 ? 0 : wins / ((double) positives.size() * neg.length);
    }

    private static int lowerBound(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && a[i - 1] == v) {
            i--;
        }
        return i;
    }

    private static int upperBound(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i < a.length && a[i] == v) {
            i++;
        }
        return i;
    }
}
