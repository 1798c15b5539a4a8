package dev.tandem.lexicon;

import java.util.Locale;
import java.util.Objects;

/**
 * One word of a text as the word tables see it: its {@code surface} as written, its {@code form}
 * (the surface lower-cased, to compare names written alike) and the {@code term} the tables hold
 * (lower-cased, stemmed or normalised by the language's {@link WordTokenizer}).
 *
 * <p>A value: two tokens are equal when their three strings are. A {@link WordTokenizer} hands out
 * one token per written word, so a token also remembers its term's id in the last vocabulary that
 * looked it up: a document's words are then found in the tables without hashing them again, which
 * was a tenth of the aligner's time.
 */
public final class Token {
    private final String surface;
    private final String form;
    private final String term;
    /** The term's id in the vocabulary that last looked this token up; replaced whole, never changed. */
    private TermId lastId;

    public Token(String surface, String form, String term) {
        if (surface == null || form == null || term == null || term.isEmpty()) {
            throw new IllegalArgumentException("a token needs a surface, a form and a non-empty term");
        }
        this.surface = surface;
        this.form = form;
        this.term = term;
    }

    /** A token whose form is its surface lower-cased. */
    public Token(String surface, String term) {
        this(surface, surface == null ? null : surface.toLowerCase(Locale.ROOT), term);
    }

    public String surface() {
        return surface;
    }

    public String form() {
        return form;
    }

    public String term() {
        return term;
    }

    /**
     * The id of this token's term in {@code vocabulary}, -1 when it lacks the term. Threads may race
     * to remember an id; each remembers a whole, immutable answer, so a reader sees either none or
     * a right one.
     */
    int idIn(Vocabulary vocabulary) {
        TermId last = lastId;
        if (last != null && last.vocabulary == vocabulary) {
            return last.id;
        }
        int id = vocabulary.id(term);
        lastId = new TermId(vocabulary, id);
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token other && surface.equals(other.surface) && form.equals(other.form)
                && term.equals(other.term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(surface, form, term);
    }

    @Override
    public String toString() {
        return "Token[surface=" + surface + ", form=" + form + ", term=" + term + "]";
    }

    private record TermId(Vocabulary vocabulary, int id) {
    }
}
