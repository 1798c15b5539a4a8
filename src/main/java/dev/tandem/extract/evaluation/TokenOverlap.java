package dev.tandem.extract.evaluation;

/**
 * Token-level F1 between two short texts (lower-cased {@link WordTokenizer} tokens as multisets):
 * how Fundus leads and captions are compared, where order matters less than wording and the texts
 * are too short for shingles.
 */
public final class TokenOverlap {
    private TokenOverlap() {
    }

    /** F1 of the shared tokens; 1 when both texts have no tokens, 0 when only one has none. */
    public static double f1(String expected, String actual) {
        Multiset a = Multiset.of(WordTokenizer.lowerCaseTokens(expected));
        Multiset b = Multiset.of(WordTokenizer.lowerCaseTokens(actual));
        if (a.size() == 0 || b.size() == 0) {
            return a.size() == b.size() ? 1 : 0;
        }
        double common = a.common(b);
        return 2 * common / (a.size() + b.size());
    }
}
