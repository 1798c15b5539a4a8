package dev.tandem.align.evaluation;

import dev.tandem.align.Bead;
import dev.tandem.align.BeadScore;
import dev.tandem.align.SentenceAligner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits {@link BeadScore}'s weights: a logistic regression per kind of bead, from the beads the
 * sentence aligner chooses on development cases, each labelled right when it is identical to a
 * true bead. Newton's method with a small ridge, so that a kind with few beads still converges.
 */
public final class Calibration {
    private static final double RIDGE = 1e-3;
    private static final int ITERATIONS = 50;

    private final List<List<double[]>> features = List.of(new ArrayList<>(), new ArrayList<>());
    private final List<List<Boolean>> labels = List.of(new ArrayList<>(), new ArrayList<>());

    /** Adds the beads {@code aligner} chooses on {@code cases}. */
    public void add(SentenceAligner aligner, List<AlignmentCase> cases) {
        for (AlignmentCase c : cases) {
            Set<List<List<Integer>>> truth = new HashSet<>();
            for (Bead bead : c.truth()) {
                truth.add(List.of(bead.source(), bead.target()));
            }
            List<SentenceAligner.Evidence> path = aligner.evidence(c.sourceSentences(), c.targetSentences());
            for (int k = 0; k < path.size(); k++) {
                SentenceAligner.Evidence e = path.get(k);
                int kind = BeadScore.kind(e);
                features.get(kind).add(BeadScore.features(e, BeadScore.changedNeighbours(path, k)));
                labels.get(kind).add(truth.contains(List.of(e.source(), e.target())));
            }
        }
    }

    /** The fitted weights of each kind, as {@link BeadScore} holds them. */
    public double[][] fit() {
        double[][] weights = new double[features.size()][];
        for (int kind = 0; kind < features.size(); kind++) {
            weights[kind] = fit(features.get(kind), labels.get(kind), BeadScore.signs(kind));
        }
        return weights;
    }

    /** The weights as Java source, to paste into {@link BeadScore}. */
    public static String java(double[][] weights) {
        StringBuilder java = new StringBuilder("    private static final double[][] WEIGHTS = {\n");
        for (double[] row : weights) {
            java.append("        {");
            for (int i = 0; i < row.length; i++) {
                java.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", row[i]));
            }
            java.append("},\n");
        }
        return java.append("    };\n").toString();
    }

    /** How many beads of each kind the fit saw, and how many of them were right. */
    public String summary() {
        StringBuilder summary = new StringBuilder();
        String[] names = {"1-1, 2-1, 1-2, 2-2", "1-0, 0-1"};
        for (int kind = 0; kind < names.length; kind++) {
            long right = labels.get(kind).stream().filter(b -> b).count();
            summary.append(String.format(Locale.ROOT, "%s: %d beads, %d right%n", names[kind], labels.get(kind).size(),
                    right));
        }
        return summary.toString();
    }

    /**
     * Fits the weights; a weight whose sign goes against {@code signs} is held at 0 and the others
     * are fitted again, until every sign agrees.
     */
    private static double[] fit(List<double[]> x, List<Boolean> y, int[] signs) {
        if (x.isEmpty()) {
            return new double[0];
        }
        boolean[] held = new boolean[x.get(0).length];
        while (true) {
            double[] w = fit(x, y, held);
            boolean agrees = true;
            for (int a = 0; a < w.length; a++) {
                if (!held[a] && a < signs.length && signs[a] * w[a] < 0) {
                    held[a] = true;
                    agrees = false;
                }
            }
            if (agrees) {
                return w;
            }
        }
    }

    private static double[] fit(List<double[]> x, List<Boolean> y, boolean[] held) {
        int d = x.get(0).length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] xi = x.get(n);
                double p = BeadScore.of(w, xi);
                double residual = p - (y.get(n) ? 1 : 0);
                double weight = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += residual * xi[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += weight * xi[a] * xi[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                gradient[a] += RIDGE * w[a];
                hessian[a][a] += RIDGE;
            }
            for (int a = 0; a < d; a++) {
                if (held[a]) {
                    gradient[a] = 0;
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] = a == b ? 1 : 0;
                        hessian[b][a] = a == b ? 1 : 0;
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size += Math.abs(step[a]);
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] m = new double[d][];
        for (int i = 0; i < d; i++) {
            m[i] = new double[d + 1];
            System.arraycopy(a[i], 0, m[i], 0, d);
            m[i][d] = b[i];
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int row = col + 1; row < d; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < d; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= d; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[d];
        for (int row = d - 1; row >= 0; row--) {
            double sum = m[row][d];
            for (int k = row + 1; k < d; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
