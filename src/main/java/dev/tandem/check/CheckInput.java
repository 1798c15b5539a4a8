package dev.tandem.check;

import dev.tandem.align.Bead;
import dev.tandem.align.DocumentAligner;
import dev.tandem.lexicon.WordTables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the checks read: both sides' sentences with their ids, the sentence beads over them, the
 * paragraph beads with the paragraphs' ids, the two languages, and a detector for one segment.
 *
 * @param sourceLanguage ISO 639-1 code of the original
 * @param targetLanguage ISO 639-1 code of the translation
 * @param source the original's sentences
 * @param target the translation's sentences
 * @param sentences sentence beads, indexes into {@code source} and {@code target}
 * @param sourceParagraphs the original's paragraph ids, in order
 * @param targetParagraphs the translation's paragraph ids, in order
 * @param paragraphs paragraph beads, indexes into the paragraph ids
 * @param languageOf the language of one segment, as ISO 639-1, or {@code und} when it cannot be told
 * @param ordered the language the translation was ordered in, or null when nobody says
 */
public record CheckInput(String sourceLanguage, String targetLanguage, List<Segment> source, List<Segment> target,
        List<Bead> sentences, List<String> sourceParagraphs, List<String> targetParagraphs, List<Bead> paragraphs,
        Function<String, String> languageOf, OrderedLanguage ordered, WordTables tables) {

    /** An input read with the word tables shipped with tandem, without a newsroom's glossary. */
    public CheckInput(String sourceLanguage, String targetLanguage, List<Segment> source, List<Segment> target,
            List<Bead> sentences, List<String> sourceParagraphs, List<String> targetParagraphs, List<Bead> paragraphs,
            Function<String, String> languageOf, OrderedLanguage ordered) {
        this(sourceLanguage, targetLanguage, source, target, sentences, sourceParagraphs, targetParagraphs, paragraphs,
                languageOf, ordered, WordTables.shipped());
    }

    /**
     * The input for an aligned article, with the record's ids: paragraphs {@code s1, s2, ...} and
     * {@code t1, ...}, sentences {@code s1.1, s1.2, ...}.
     */
    public static CheckInput of(DocumentAligner.Alignment alignment, String sourceLanguage, String targetLanguage,
            Function<String, String> languageOf) {
        return new CheckInput(sourceLanguage, targetLanguage, segments("s", alignment.sourceSentences()),
                segments("t", alignment.targetSentences()), alignment.sentences(),
                paragraphIds("s", alignment.sourceSentences().size()), paragraphIds("t", alignment.targetSentences().size()),
                alignment.paragraphs(), languageOf, null);
    }

    /** This input, with the language the translation was ordered in. */
    public CheckInput withOrdered(OrderedLanguage language) {
        return new CheckInput(sourceLanguage, targetLanguage, source, target, sentences, sourceParagraphs,
                targetParagraphs, paragraphs, languageOf, language, tables);
    }

    /** This input, read with {@code tables}: the shipped ones with the newsroom's glossary, say. */
    public CheckInput withTables(WordTables tables) {
        return new CheckInput(sourceLanguage, targetLanguage, source, target, sentences, sourceParagraphs,
                targetParagraphs, paragraphs, languageOf, ordered, tables);
    }

    private static List<Segment> segments(String prefix, List<List<String>> paragraphs) {
        List<Segment> segments = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int k = 0; k < paragraphs.get(p).size(); k++) {
                segments.add(new Segment(prefix + (p + 1) + "." + (k + 1), paragraphs.get(p).get(k)));
            }
        }
        return segments;
    }

    private static List<String> paragraphIds(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            ids.add(prefix + p);
        }
        return ids;
    }

    /** A sentence and its id. */
    public record Segment(String id, String text) {
    }

    /** A bead with both sides, as the checks read it: ids and text of each side. */
    record Paired(List<String> sourceIds, List<String> targetIds, String source, String target) {
    }

    /** The beads with both sides, 1-1, merges and splits, in order. */
    List<Paired> paired() {
        List<Paired> paired = new ArrayList<>();
        for (Bead b : sentences) {
            if (!b.source().isEmpty() && !b.target().isEmpty()) {
                paired.add(new Paired(ids(source, b.source()), ids(target, b.target()), text(source, b.source()),
                        text(target, b.target())));
            }
        }
        return paired;
    }

    /** The texts of one side's segments, in order. */
    static List<String> texts(List<Segment> side) {
        return side.stream().map(Segment::text).toList();
    }

    /** The ids of the segments a bead holds on one side. */
    static List<String> ids(List<Segment> side, List<Integer> indexes) {
        return indexes.stream().map(i -> side.get(i).id()).toList();
    }

    /** The text of the segments a bead holds on one side, joined by a space. */
    static String text(List<Segment> side, List<Integer> indexes) {
        StringBuilder text = new StringBuilder();
        for (int i : indexes) {
            text.append(text.length() == 0 ? "" : " ").append(side.get(i).text());
        }
        return text.toString();
    }
}
