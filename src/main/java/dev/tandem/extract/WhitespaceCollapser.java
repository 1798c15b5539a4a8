package dev.tandem.extract;

/**
 * Collapses runs of whitespace (including no-break and zero-width spaces, common in Vietnamese CMS
 * output) into one space and trims, so that texts read from different places compare equal.
 */
final class WhitespaceCollapser {
    private WhitespaceCollapser() {
    }

    /**
     * The text with whitespace collapsed and trimmed; empty for null. Text that is already clean
     * (most of what Jsoup's {@code text()} returns) is returned as it is: this runs on every block
     * of every page.
     */
    static String collapse(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f) {
                // Printable ASCII, most of the text: neither space nor invisible.
                previous = c;
                continue;
            }
            if (isInvisible(c) || isSpace(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || text.isEmpty();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /**
     * A key for comparing two texts for "same words": letters and digits only, lower-cased. Used
     * to recognise the title or lead repeated in the body despite different punctuation.
     */
    static String comparisonKey(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int kept = keyOf(c);
            if (kept >= 0) {
                key.appendCodePoint(kept);
            }
        }
        return key.toString();
    }

    /**
     * The code point as {@link #comparisonKey} keeps it, lower-cased; -1 when it drops it. ASCII,
     * the common case, is decided without Unicode look-ups.
     */
    static int keyOf(int c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : -1;
        }
        return isKeyCharacter(c) ? Character.toLowerCase(c) : -1;
    }

    /** Whether {@link #comparisonKey} keeps the code point: a letter or a number. */
    private static boolean isKeyCharacter(int c) {
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
