package dev.tandem.model;

/** What a paragraph is within its article; aligners and checks treat the kinds differently. */
public enum ParagraphKind {
    /** Running text of the article. */
    BODY,
    /** Caption of an image, usually with its credit. Kept apart from the body. */
    CAPTION,
    /** A sub-heading inside the article body. */
    HEADING,
    /** A block quotation. */
    QUOTE
}
