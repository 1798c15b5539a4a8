/**
 * Sentence segmentation for any language the pipeline detects: ICU4J's sentence rules for the
 * language, with breaks after its abbreviations suppressed ({@code TS.}, {@code Tp.} in Vietnamese,
 * {@code M.}, {@code Dr.} in French), and Thai split at the spaces that end its sentences.
 */
package dev.tandem.segment;
