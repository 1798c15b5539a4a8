package dev.tandem.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gale and Church's model of translated lengths: a translation is about a fixed ratio times as
 * long as its original, with a variance that grows with the length. Lengths are in characters.
 *
 * <p>The ratio and the variance are learned per language pair ({@code align/length-model.tsv},
 * written by {@code eval-alignment --learn-lengths}). The difference is measured in the original's
 * characters, so that a Chinese original and a French translation, about 3.4 characters for
 * one, are weighed on one scale.
 */
public final class LengthModel {
    /** Variance per character for a pair the table does not hold: about the median of those it does. */
    static final double DEFAULT_VARIANCE = 3.5;
    private static final String TABLE = "/align/length-model.tsv";
    private static final Map<String, LengthModel> LEARNED = read();

    private final double ratio;
    private final double variance;

    /**
     * @param ratio target characters per source character
     * @param variance variance of the length difference per source character
     */
    public LengthModel(double ratio, double variance) {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive: " + ratio + ", " + variance);
        }
        this.ratio = ratio;
        this.variance = variance;
    }

    /**
     * The learned model of a language pair, given as ISO 639-1 codes; for a pair the table does
     * not hold, the ratio of the two texts themselves and a typical variance.
     */
    public static LengthModel of(String sourceLanguage, String targetLanguage, List<String> source,
            List<String> target) {
        LengthModel learned = LEARNED.get(sourceLanguage + "-" + targetLanguage);
        return learned != null ? learned : new LengthModel(ratio(source, target), DEFAULT_VARIANCE);
    }

    /** Whether the table holds the pair. */
    public static boolean isLearned(String sourceLanguage, String targetLanguage) {
        return LEARNED.containsKey(sourceLanguage + "-" + targetLanguage);
    }

    public double ratio() {
        return ratio;
    }

    public double variance() {
        return variance;
    }

    /** How likely a length difference this large is, 0..1: {@code 2 (1 - Φ(|δ|))}. */
    public double fit(int sourceLength, int targetLength) {
        return 2 * (1 - NormalDistribution.cdf(Math.abs(deviation(sourceLength, targetLength))));
    }

    /** The length difference in standard deviations: positive when the translation is longer than expected. */
    public double deviation(int sourceLength, int targetLength) {
        double expected = targetLength / ratio;
        double mean = (sourceLength + expected) / 2;
        return (expected - sourceLength) / Math.sqrt(Math.max(1, mean) * variance);
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

    private static Map<String, LengthModel> read() {
        Map<String, LengthModel> models = new HashMap<>();
        try (InputStream in = LengthModel.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                models.put(cells[0] + "-" + cells[1],
                        new LengthModel(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(models);
    }
}
