package dev.tandem.lexicon;

import java.util.List;

/**
 * How much of two texts the word tables find translated by the other: for each side, how many of
 * its words the tables can judge (a word they hold, or one written alike on both sides, such as a
 * name) and how many of those some word of the other side translates; and the source words left
 * untranslated, as written. Words the tables know nothing of are neither counted nor listed.
 *
 * @param sourceWords source words the tables can judge
 * @param sourceRendered of those, the ones some target word translates
 * @param targetWords target words the tables can judge
 * @param targetRendered of those, the ones some source word translates
 * @param untranslated surfaces of the judged source words no target word translates, in order
 */
public record LexicalMatch(int sourceWords, int sourceRendered, int targetWords, int targetRendered,
        List<String> untranslated) {
    public LexicalMatch {
        untranslated = List.copyOf(untranslated);
    }

    /** The share of judged source words the target renders; 0 when none could be judged. */
    public double sourceCoverage() {
        return sourceWords == 0 ? 0 : (double) sourceRendered / sourceWords;
    }

    /** The share of judged target words the source accounts for; 0 when none could be judged. */
    public double targetCoverage() {
        return targetWords == 0 ? 0 : (double) targetRendered / targetWords;
    }

    /** Both sides together: rendered words over judged words. */
    public double coverage() {
        int words = sourceWords + targetWords;
        return words == 0 ? 0 : (double) (sourceRendered + targetRendered) / words;
    }
}
