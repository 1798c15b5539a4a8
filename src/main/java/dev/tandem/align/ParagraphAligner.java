package dev.tandem.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns the paragraphs of an original and its translation by dynamic programming over lengths
 * (Gale and Church's model: translated lengths are roughly proportional, with variance growing
 * with length) with the numbers both sides share as extra evidence. Beads may be 1-1, 1-2, 2-1,
 * 1-0 or 0-1. The length ratio is taken from the two texts themselves, so it adapts to the
 * language pair.
 *
 * <p>This is the first version: a separate sentence-level aligner will replace it.
 */
public final class ParagraphAligner {
    /** Variance of the length difference per character, from Gale and Church (1993). */
    private static final double VARIANCE = 6.8;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Costs in nats, set by hand on the samples; the sentence aligner will learn its own. */
    private static final double NUMBER_MISMATCH_COST = 2.5;
    private static final double NUMBER_MATCH_BONUS = 1.0;

    /** Bead shapes with their prior probability (Gale and Church's figures, 2-2 left out). */
    private enum Shape {
        ONE_ONE(1, 1, 0.89), ONE_TWO(1, 2, 0.0445), TWO_ONE(2, 1, 0.0445), ONE_ZERO(1, 0, 0.0099),
        ZERO_ONE(0, 1, 0.0099);

        final int s;
        final int t;
        final double penalty;

        Shape(int s, int t, double prior) {
            this.s = s;
            this.t = t;
            this.penalty = -Math.log(prior);
        }
    }

    /** Aligns {@code source} with {@code target}; every unit ends in exactly one bead, in order. */
    public List<Bead> align(List<String> source, List<String> target) {
        int n = source.size();
        int m = target.size();
        double ratio = ratio(source, target);
        double[][] cost = new double[n + 1][m + 1];
        Shape[][] back = new Shape[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (Shape shape : Shape.values()) {
                    int pi = i - shape.s;
                    int pj = j - shape.t;
                    if (pi < 0 || pj < 0 || Double.isInfinite(cost[pi][pj])) {
                        continue;
                    }
                    double c = cost[pi][pj] + shape.penalty
                            + matchCost(source.subList(pi, i), target.subList(pj, j), ratio);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = shape;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            Shape shape = back[i][j];
            List<String> s = source.subList(i - shape.s, i);
            List<String> t = target.subList(j - shape.t, j);
            beads.add(new Bead(range(i - shape.s, i), range(j - shape.t, j), score(s, t, ratio)));
            i -= shape.s;
            j -= shape.t;
        }
        Collections.reverse(beads);
        return beads;
    }

    private static double matchCost(List<String> s, List<String> t, double ratio) {
        if (s.isEmpty() || t.isEmpty()) {
            return 0;
        }
        double fit = lengthFit(s, t, ratio);
        return -Math.log(Math.max(fit, 1e-12)) + numberCost(s, t);
    }

    /**
     * Shared numbers are strong evidence of a pair and numbers on one side only are evidence
     * against it; dates written "18/7" on one side and "18 juillet" on the other share part.
     */
    private static double numberCost(List<String> s, List<String> t) {
        if (!hasNumbers(s) && !hasNumbers(t)) {
            return 0;
        }
        double agreement = numberAgreement(s, t);
        return NUMBER_MISMATCH_COST * (1 - agreement) - NUMBER_MATCH_BONUS * agreement;
    }

    /** 0..1: the length fit, softened by shared numbers when either side has any. */
    private static double score(List<String> s, List<String> t, double ratio) {
        if (s.isEmpty() || t.isEmpty()) {
            return 0;
        }
        double fit = lengthFit(s, t, ratio);
        double score = hasNumbers(s) || hasNumbers(t) ? 0.6 * fit + 0.4 * numberAgreement(s, t) : fit;
        return Math.round(score * 100) / 100.0;
    }

    /** Probability that a length difference this large arises by chance: 2 (1 - Φ(|δ|)). */
    private static double lengthFit(List<String> s, List<String> t, double ratio) {
        double ls = length(s);
        double lt = length(t);
        double mean = (ls + lt / ratio) / 2;
        double delta = (lt - ls * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE);
        return 2 * (1 - NormalDistribution.cdf(Math.abs(delta)));
    }

    /** Jaccard overlap of the numbers on each side; 0 when neither has any. */
    private static double numberAgreement(List<String> s, List<String> t) {
        Set<String> a = numbers(s);
        Set<String> b = numbers(t);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return (double) a.size() / union.size();
    }

    private static boolean hasNumbers(List<String> texts) {
        return !numbers(texts).isEmpty();
    }

    private static Set<String> numbers(List<String> texts) {
        Set<String> found = new HashSet<>();
        for (String text : texts) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                found.add(m.group().replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return found;
    }

    private static double ratio(List<String> source, List<String> target) {
        double ls = length(source);
        double lt = length(target);
        return ls == 0 || lt == 0 ? 1 : lt / ls;
    }

    private static double length(List<String> texts) {
        double total = 0;
        for (String t : texts) {
            total += t.codePointCount(0, t.length());
        }
        return total;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int k = from; k < to; k++) {
            r.add(k);
        }
        return r;
    }
}
