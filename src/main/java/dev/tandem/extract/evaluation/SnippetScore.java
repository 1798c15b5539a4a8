package dev.tandem.extract.evaluation;

/**
 * Counts of trafilatura's snippet-presence test, poolable over documents: a "with" snippet found in
 * the extracted text is a true positive, missing a false negative; a "without" snippet (boilerplate)
 * found is a false positive, absent a true negative.
 *
 * @param truePositives "with" snippets found
 * @param falseNegatives "with" snippets missing
 * @param falsePositives "without" snippets found
 * @param trueNegatives "without" snippets absent
 */
public record SnippetScore(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
    /** No snippets at all; the start of a pooled sum. */
    public static final SnippetScore NONE = new SnippetScore(0, 0, 0, 0);

    /** The counts of both, added: trafilatura pools counts over all documents before dividing. */
    public SnippetScore plus(SnippetScore other) {
        return new SnippetScore(truePositives + other.truePositives, falseNegatives + other.falseNegatives,
                falsePositives + other.falsePositives, trueNegatives + other.trueNegatives);
    }

    /** TP / (TP + FP); 1 when nothing was found at all (no claim, no wrong claim). */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    /** TP / (TP + FN); 1 when there was no "with" snippet. */
    public double recall() {
        int wanted = truePositives + falseNegatives;
        return wanted == 0 ? 1 : (double) truePositives / wanted;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Every snippet counted. */
    public int total() {
        return truePositives + falseNegatives + falsePositives + trueNegatives;
    }
}
