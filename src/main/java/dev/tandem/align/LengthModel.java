package dev.tandem.align;

import java.util.List;

/**
 * Gale and Church's model of translated lengths: the length of a translation is about a fixed
 * ratio times the original's, with a variance that grows with the length. Lengths are in
 * characters.
 */
public final class LengthModel {
    /** Variance of the length difference per character, from Gale and Church (1993). */
    private static final double VARIANCE = 6.8;

    private LengthModel() {
    }

    /**
     * How likely a length difference this large is, 0..1: {@code 2 (1 - Φ(|δ|))}.
     *
     * @param ratio target characters per source character
     */
    public static double fit(int sourceLength, int targetLength, double ratio) {
        double mean = (sourceLength + targetLength / ratio) / 2;
        double delta = (targetLength - sourceLength * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE);
        return 2 * (1 - NormalDistribution.cdf(Math.abs(delta)));
    }

    /** Target characters per source character over the two texts; 1 when either is empty. */
    public static double ratio(List<String> source, List<String> target) {
        double s = length(source, 0, source.size());
        double t = length(target, 0, target.size());
        return s == 0 || t == 0 ? 1 : t / s;
    }

    /** Characters of the sentences {@code [from, to)}. */
    public static int length(List<String> sentences, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += sentences.get(i).length();
        }
        return length;
    }
}
