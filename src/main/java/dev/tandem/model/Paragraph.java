package dev.tandem.model;

import java.util.Objects;

/**
 * One block of text of an article, with its kind.
 *
 * @param kind what the block is (body, caption, heading, quote)
 * @param text the block's text, whitespace collapsed, never blank
 */
public record Paragraph(ParagraphKind kind, String text) {
    public Paragraph {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("paragraph text must not be blank");
        }
    }

    /** A body paragraph. */
    public static Paragraph body(String text) {
        return new Paragraph(ParagraphKind.BODY, text);
    }

    /** An image caption. */
    public static Paragraph caption(String text) {
        return new Paragraph(ParagraphKind.CAPTION, text);
    }
}
