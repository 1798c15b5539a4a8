package dev.tandem.extract;

import java.util.Arrays;

/**
 * The words of a {@code class} or {@code id} value as {@link ClassIdPattern} reads them: lower
 * case, joined by single hyphens, camelCase split ({@code adsInArticle} reads as
 * {@code ads-in-article}), every character other than a letter or digit a separator.
 *
 * <p>Names are read as their authors mean them. In a BEM name ({@code sidebar-grid__content}) the
 * element after the last {@code __} says what the block is; the block name before it only says
 * where it sits, so its words are dropped, unless what follows {@code __} is a CSS-modules hash
 * ({@code Teaser_title__T_O0e}). A modifier after {@code --} says how a block looks or what it may
 * hold ({@code TestReport__Section--Ads}, {@code layout--sidebar}), and is dropped too. The value as
 * a whole stays available for fragment patterns ({@code img-desc} in
 * {@code detail-img__description}).
 */
final class ClassNameWords {
    /** CSS modules append five characters by default. */
    private static final int MAX_HASH_LENGTH = 6;

    private final String whole;
    private final char[] buffer;
    private final int length;

    private ClassNameWords(String whole, char[] buffer, int length) {
        this.whole = whole;
        this.buffer = buffer;
        this.length = length;
    }

    /** Reads the value once, character by character. */
    static ClassNameWords read(String value) {
        char[] buffer = new char[value.length() * 2 + 1];
        int length = 0;
        // Where the current space-separated name starts in the buffer, and where its BEM element
        // part (after the last "__") starts in the buffer and in the value; -1 without one.
        int nameStart = 0;
        int elementStart = -1;
        int elementFrom = -1;
        // Where a BEM modifier ("--ads" of section--ads) of the current name starts in the buffer.
        int modifierStart = -1;
        // Block names and modifiers to drop, as buffer ranges [from, to) in pairs; rarely needed.
        int[] cuts = null;
        char previous = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                boolean camel = upper && (previous >= 'a' && previous <= 'z' || previous >= '0' && previous <= '9');
                if (length > 0 && (camel || !isLetterOrDigit(previous))) {
                    buffer[length++] = '-';
                }
                buffer[length++] = upper ? (char) (c + ('a' - 'A')) : c;
            } else if (c <= ' ') {
                if (elementStart >= 0 && elementStart < length && !isHash(value, elementFrom, i)) {
                    cuts = addCut(cuts, nameStart, nameStart == 0 ? elementStart + 1 : elementStart);
                }
                if (modifierStart >= 0 && modifierStart < length) {
                    cuts = addCut(cuts, modifierStart, length);
                }
                nameStart = length;
                elementStart = -1;
                modifierStart = -1;
            } else if (c == '_' && previous == '_') {
                elementStart = length;
                elementFrom = i + 1;
                modifierStart = -1;
            } else if (c == '-' && previous == '-' && modifierStart < 0) {
                modifierStart = length;
            }
            previous = c;
        }
        String whole = new String(buffer, 0, length);
        if (cuts != null) {
            length = cut(buffer, length, cuts);
        }
        return new ClassNameWords(whole, buffer, length);
    }

    /** Every word of the value, nothing dropped, joined by hyphens. */
    String whole() {
        return whole;
    }

    /** The words that name what the element is, joined by hyphens, in {@code buffer()[0, length())}. */
    char[] buffer() {
        return buffer;
    }

    int length() {
        return length;
    }

    /**
     * Whether the word {@code [from, to)} takes the meaning from the word after it: a negation
     * ({@code non-paywall}, {@code no-sidebar}, {@code not}, {@code without}), or "elementor", a page
     * builder that calls every block it lays out a widget ({@code elementor-widget-text-editor}
     * holds the article's text).
     */
    static boolean silencesNext(char[] buffer, int from, int to) {
        int length = to - from;
        if (length < 2 || length > 9) {
            return false;
        }
        char first = buffer[from];
        if (first != 'n' && first != 'w' && first != 'e') {
            return false;
        }
        String word = new String(buffer, from, length);
        return word.equals("no") || word.equals("non") || word.equals("not") || word.equals("without")
                || word.equals("elementor");
    }

    private static int[] addCut(int[] cuts, int from, int to) {
        int[] grown = cuts == null ? new int[3] : Arrays.copyOf(cuts, cuts[0] + 2);
        if (cuts == null) {
            grown[0] = 1;
        }
        grown[grown[0]] = from;
        grown[grown[0] + 1] = to;
        grown[0] += 2;
        return grown;
    }

    /** Removes the cut ranges, in ascending order, from the buffer; returns its new length. */
    private static int cut(char[] buffer, int length, int[] cuts) {
        int write = 0;
        int read = 0;
        for (int c = 1; c < cuts[0]; c += 2) {
            int from = cuts[c];
            System.arraycopy(buffer, read, buffer, write, from - read);
            write += from - read;
            read = cuts[c + 1];
        }
        System.arraycopy(buffer, read, buffer, write, length - read);
        return write + length - read;
    }

    /** Whether {@code value[from, to)} looks generated: short, with a digit, a capital or an underscore. */
    private static boolean isHash(String value, int from, int to) {
        if (to - from > MAX_HASH_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
