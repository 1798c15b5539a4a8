package dev.tandem.lexicon;

/**
 * One word of a text as the word tables see it: its {@code surface} as written, and the
 * {@code term} the tables hold (lower-cased, stemmed or normalised by the language's
 * {@link WordTokenizer}).
 */
public record Token(String surface, String term) {
    public Token {
        if (surface == null || term == null || term.isEmpty()) {
            throw new IllegalArgumentException("a token needs a surface and a non-empty term");
        }
    }
}
