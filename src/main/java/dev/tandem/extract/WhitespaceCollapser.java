package dev.tandem.extract;

import java.util.regex.Pattern;

/**
 * Collapses runs of whitespace (including no-break and zero-width spaces, common in Vietnamese CMS
 * output) into one space and trims, so that texts read from different places compare equal.
 */
final class WhitespaceCollapser {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\ufeff]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private WhitespaceCollapser() {
    }

    /** The text with whitespace collapsed and trimmed; empty for null. */
    static String collapse(String text) {
        if (text == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /**
     * A key for comparing two texts for "same words": letters and digits only, lower-cased. Used
     * to recognise the title or lead repeated in the body despite different punctuation.
     */
    static String comparisonKey(String text) {
        return collapse(text).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
