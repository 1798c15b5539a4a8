package dev.tandem.lexicon;

import java.util.Locale;

/**
 * One word of a text as the word tables see it: its {@code surface} as written, its {@code form}
 * (the surface lower-cased, to compare names written alike) and the {@code term} the tables hold
 * (lower-cased, stemmed or normalised by the language's {@link WordTokenizer}).
 */
public record Token(String surface, String form, String term) {
    public Token {
        if (surface == null || form == null || term == null || term.isEmpty()) {
            throw new IllegalArgumentException("a token needs a surface, a form and a non-empty term");
        }
    }

    /** A token whose form is its surface lower-cased. */
    public Token(String surface, String term) {
        this(surface, surface == null ? null : surface.toLowerCase(Locale.ROOT), term);
    }
}
