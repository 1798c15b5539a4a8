package dev.tandem.align.evaluation;

import dev.tandem.align.Bead;
import dev.tandem.align.LengthModel;
import dev.tandem.align.NormalDistribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The baseline: Gale and Church's 1993 sentence aligner, lengths only. Lengths are in characters,
 * the expected ratio is the two texts' own, the variance of the difference is 6.8 per character
 * and the priors of the bead shapes are the paper's. Paragraphs are ignored: the sentences are
 * aligned as one sequence, with the full dynamic-programming table (documents here are short).
 */
public final class GaleChurchAligner {
    /** Shapes as (source, target, prior), from the paper's Table 5. */
    private static final double[][] SHAPES = {
        {1, 1, 0.89}, {1, 0, 0.0099}, {0, 1, 0.0099}, {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2}, {2, 2, 0.011}};

    /** The beads of the two sentence sequences, in order. */
    public List<Bead> align(List<String> source, List<String> target) {
        int n = source.size();
        int m = target.size();
        double ratio = LengthModel.ratio(source, target);
        double[][] cost = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int k = 0; k < SHAPES.length; k++) {
                    int pi = i - (int) SHAPES[k][0];
                    int pj = j - (int) SHAPES[k][1];
                    if (pi < 0 || pj < 0 || Double.isInfinite(cost[pi][pj])) {
                        continue;
                    }
                    double c = cost[pi][pj] - Math.log(SHAPES[k][2])
                            + lengthCost(LengthModel.length(source, pi, i), LengthModel.length(target, pj, j), ratio);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = k;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int k = back[i][j];
            int pi = i - (int) SHAPES[k][0];
            int pj = j - (int) SHAPES[k][1];
            beads.add(new Bead(Bead.indexes(pi, i), Bead.indexes(pj, j), 1.0));
            i = pi;
            j = pj;
        }
        Collections.reverse(beads);
        return beads;
    }

    /** Variance of the length difference per character, from the paper. */
    private static final double VARIANCE = 6.8;

    /** -log of the probability of a length difference this large: {@code 2 (1 - Φ(|δ|))}. */
    private static double lengthCost(int ls, int lt, double ratio) {
        if (ls == 0 && lt == 0) {
            return 0;
        }
        double mean = (ls + lt / ratio) / 2;
        double delta = (lt - ls * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE);
        return -Math.log(Math.max(2 * (1 - NormalDistribution.cdf(Math.abs(delta))), 1e-300));
    }
}
