package dev.tandem.align.evaluation;

import java.util.List;

/**
 * One article in two languages, sentence by sentence: {@code source.get(i)} translates as
 * {@code target.get(i)}.
 *
 * @param id the corpus's document id (NTREX) or the article's address (FLORES)
 * @param source sentences of the original
 * @param target sentences of the translation, as many as the source
 */
public record ParallelDocument(String id, List<String> source, List<String> target) {
    public ParallelDocument {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.size() != target.size()) {
            throw new IllegalArgumentException("document " + id + " has " + source.size() + " source and "
                    + target.size() + " target sentences");
        }
    }
}
