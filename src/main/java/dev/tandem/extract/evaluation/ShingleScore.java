package dev.tandem.extract.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall of a predicted text against a true one, measured on multisets of 4-token
 * shingles (consecutive 4-grams of {@link WordTokenizer} tokens, case kept): the metric of Zyte's
 * article-extraction-benchmark, also used here for the Fundus body. Shingles make the score
 * sensitive to order and to boilerplate inserted mid-text, which bag-of-words scores miss.
 *
 * <pre>{@code
 * ShingleScore page = ShingleScore.compare(trueBody, extractedBody);
 * ShingleScore benchmark = ShingleScore.mean(allPages); // benchmark.f1() = F1 of mean P and mean R
 * }</pre>
 *
 * @param precision share of predicted shingles that are true, in [0, 1]
 * @param recall share of true shingles that were predicted, in [0, 1]
 */
public record ShingleScore(double precision, double recall) {
    /** Shingle length used by the benchmark. */
    public static final int SHINGLE_TOKENS = 4;

    /**
     * Scores one page. A text with fewer than four tokens forms a single shorter shingle; an empty
     * text none. Empty cases: both empty is perfect (P = R = 1); an empty prediction of a non-empty
     * truth has P = 1, R = 0; a prediction of an empty truth has P = 0, R = 1.
     */
    public static ShingleScore compare(String truth, String predicted) {
        Multiset trueShingles = Multiset.of(shingles(WordTokenizer.tokens(truth)));
        Multiset predictedShingles = Multiset.of(shingles(WordTokenizer.tokens(predicted)));
        if (trueShingles.size() == 0 || predictedShingles.size() == 0) {
            return new ShingleScore(predictedShingles.size() == 0 ? 1 : 0, trueShingles.size() == 0 ? 1 : 0);
        }
        double common = trueShingles.common(predictedShingles);
        return new ShingleScore(common / predictedShingles.size(), common / trueShingles.size());
    }

    /**
     * The benchmark's aggregate: mean precision and mean recall over pages, each page weighing the
     * same; its {@link #f1()} is then the harmonic mean of the two means. Perfect for no pages.
     */
    public static ShingleScore mean(List<ShingleScore> pages) {
        if (pages.isEmpty()) {
            return new ShingleScore(1, 1);
        }
        double p = pages.stream().mapToDouble(ShingleScore::precision).average().orElse(1);
        double r = pages.stream().mapToDouble(ShingleScore::recall).average().orElse(1);
        return new ShingleScore(p, r);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static List<String> shingles(List<String> tokens) {
        List<String> shingles = new ArrayList<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SHINGLE_TOKENS) {
            shingles.add(String.join(" ", tokens));
            return shingles;
        }
        for (int i = 0; i + SHINGLE_TOKENS <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE_TOKENS)));
        }
        return shingles;
    }
}
