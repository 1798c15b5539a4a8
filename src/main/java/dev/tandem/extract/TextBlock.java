package dev.tandem.extract;

import dev.tandem.model.ParagraphKind;

/**
 * A block of text read from the page, before filtering: its kind, its collapsed text and how many
 * of its characters were inside links (to recognise link-only lines).
 *
 * @param kind what the block is
 * @param text whitespace-collapsed text, possibly empty
 * @param linkLength characters of {@code text} that were link text
 */
record TextBlock(ParagraphKind kind, String text, int linkLength) {
}
