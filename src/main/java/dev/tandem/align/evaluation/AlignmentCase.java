package dev.tandem.align.evaluation;

import dev.tandem.align.Bead;
import java.util.List;

/**
 * An original and a translation to align, both in paragraphs of sentences, with the true beads.
 * Sentences are numbered from 0 across paragraphs, as the {@code align} command numbers them.
 *
 * @param id the document the case was built from
 * @param source the original's paragraphs
 * @param target the translation's paragraphs
 * @param truth the true beads, in order; every sentence of both sides is in exactly one
 */
public record AlignmentCase(String id, List<List<String>> source, List<List<String>> target, List<Bead> truth) {
    public AlignmentCase {
        source = source.stream().map(List::copyOf).toList();
        target = target.stream().map(List::copyOf).toList();
        truth = List.copyOf(truth);
    }

    /** The original's sentences in order, paragraphs run together. */
    public List<String> sourceSentences() {
        return source.stream().flatMap(List::stream).toList();
    }

    /** The translation's sentences in order, paragraphs run together. */
    public List<String> targetSentences() {
        return target.stream().flatMap(List::stream).toList();
    }
}
