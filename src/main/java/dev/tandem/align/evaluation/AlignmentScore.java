package dev.tandem.align.evaluation;

import dev.tandem.align.Bead;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts of how predicted beads match the true ones, summed over cases: beads (a bead counts only
 * when identical to a true one), omitted source sentences (those a predicted 1-0 bead holds) and
 * added target sentences (those a predicted 0-1 bead holds); and the beads scored at least
 * {@link #CONFIDENT}, with how many of them are right, which checks the score's calibration.
 */
public record AlignmentScore(Counts beads, Counts omissions, Counts insertions, Counts confident) {
    /** The score from which a bead should be right at least 95% of the time. */
    public static final double CONFIDENT = 0.9;

    /** How many were predicted, how many are true, and how many of the predicted are true. */
    public record Counts(int predicted, int truth, int correct) {
        Counts plus(Counts other) {
            return new Counts(predicted + other.predicted, truth + other.truth, correct + other.correct);
        }

        /** Share of predictions that are right; 1 when nothing was predicted. */
        public double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        /** Share of the truth that was predicted; 1 when there was nothing to find. */
        public double recall() {
            return truth == 0 ? 1 : (double) correct / truth;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Nothing counted yet. */
    public static AlignmentScore empty() {
        Counts none = new Counts(0, 0, 0);
        return new AlignmentScore(none, none, none, none);
    }

    /** The score of one case. */
    public static AlignmentScore of(List<Bead> predicted, List<Bead> truth) {
        Set<List<List<Integer>>> trueBeads = new HashSet<>();
        truth.forEach(bead -> trueBeads.add(List.of(bead.source(), bead.target())));
        int correct = 0;
        int confident = 0;
        int confidentCorrect = 0;
        for (Bead bead : predicted) {
            boolean right = trueBeads.contains(List.of(bead.source(), bead.target()));
            correct += right ? 1 : 0;
            if (bead.score() >= CONFIDENT) {
                confident++;
                confidentCorrect += right ? 1 : 0;
            }
        }
        return new AlignmentScore(new Counts(predicted.size(), truth.size(), correct),
                sides(predicted, truth, true), sides(predicted, truth, false),
                new Counts(confident, 0, confidentCorrect));
    }

    /** Source sentences left untranslated (omissions), or target sentences with no source (insertions). */
    private static Counts sides(List<Bead> predicted, List<Bead> truth, boolean omissions) {
        Set<Integer> found = alone(predicted, omissions);
        Set<Integer> expected = alone(truth, omissions);
        int correct = (int) found.stream().filter(expected::contains).count();
        return new Counts(found.size(), expected.size(), correct);
    }

    private static Set<Integer> alone(List<Bead> beads, boolean omissions) {
        Set<Integer> units = new HashSet<>();
        for (Bead bead : beads) {
            if (omissions && bead.target().isEmpty()) {
                units.addAll(bead.source());
            } else if (!omissions && bead.source().isEmpty()) {
                units.addAll(bead.target());
            }
        }
        return units;
    }

    /** This score with another's counts added. */
    public AlignmentScore plus(AlignmentScore other) {
        return new AlignmentScore(beads.plus(other.beads), omissions.plus(other.omissions),
                insertions.plus(other.insertions), confident.plus(other.confident));
    }
}
