package dev.tandem.align.evaluation;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes an {@link AlignmentCase} of a parallel article the way news translations differ from
 * their originals: one or two sentences omitted, two sentences merged into one, one split at a
 * comma, a sentence from another article added, and paragraphs of one to four sentences on each
 * side, drawn independently. The random source is the caller's, so a fixed seed gives the same
 * cases on every run.
 */
public final class CaseBuilder {
    private static final int MAX_PARAGRAPH = 4;
    /** A split leaves at least this share of the sentence on each side of the comma. */
    private static final double MIN_SPLIT_SHARE = 0.25;

    /** How many kinds of change each document gets. */
    public enum Changes {
        /**
         * One kind per document, drawn with equal chances: omission (of one or two sentences),
         * merge, split or addition. A corpus then holds each kind about equally often.
         */
        ONE,
        /** Every kind in every document: omissions, a merge, a split and an addition. */
        ALL
    }

    private final Random random;
    private final boolean spacedTarget;
    private final Changes changes;

    /**
     * @param random the source of every choice
     * @param targetLanguage ISO 639-1 code; Chinese and Japanese sentences are joined without a space
     */
    public CaseBuilder(Random random, String targetLanguage) {
        this(random, targetLanguage, Changes.ALL);
    }

    /**
     * @param random the source of every choice
     * @param targetLanguage ISO 639-1 code; Chinese and Japanese sentences are joined without a space
     * @param changes how many kinds of change each document gets
     */
    public CaseBuilder(Random random, String targetLanguage, Changes changes) {
        this.random = random;
        this.spacedTarget = !targetLanguage.equals("zh") && !targetLanguage.equals("ja");
        this.changes = changes;
    }

    /** A target sentence and the source sentences it renders. */
    private record Unit(List<Integer> sources, List<String> texts) {
    }

    /**
     * The case for {@code document}.
     *
     * @param foreign target-language sentences of other articles, one of which is added
     */
    public AlignmentCase build(ParallelDocument document, List<String> foreign) {
        int n = document.source().size();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(new Unit(List.of(i), List.of(document.target().get(i))));
        }
        int kind = changes == Changes.ONE ? random.nextInt(4) : -1;
        if (kind < 0 || kind == 0) {
            omit(units, n >= 6 ? 1 + random.nextInt(2) : n >= 3 ? 1 : 0);
        }
        if (kind < 0 || kind == 1) {
            merge(units);
        }
        if (kind < 0 || kind == 2) {
            split(units);
        }
        if ((kind < 0 || kind == 3) && !foreign.isEmpty()) {
            units.add(random.nextInt(units.size() + 1),
                    new Unit(List.of(), List.of(foreign.get(random.nextInt(foreign.size())))));
        }
        List<Bead> truth = new ArrayList<>();
        List<String> targetSentences = new ArrayList<>();
        for (Unit unit : units) {
            List<Integer> targets = new ArrayList<>();
            for (String text : unit.texts()) {
                targets.add(targetSentences.size());
                targetSentences.add(text);
            }
            truth.add(new Bead(unit.sources(), targets, 1.0));
        }
        return new AlignmentCase(document.id(), paragraphs(document.source()), paragraphs(targetSentences), truth);
    }

    private void omit(List<Unit> units, int count) {
        for (int k = 0; k < count; k++) {
            int at = random.nextInt(units.size());
            Unit unit = units.get(at);
            if (!unit.texts().isEmpty()) {
                units.set(at, new Unit(unit.sources(), List.of()));
            }
        }
    }

    /** Two neighbouring sentences, both translated, become one. */
    private void merge(List<Unit> units) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i + 1 < units.size(); i++) {
            if (isPlain(units.get(i)) && isPlain(units.get(i + 1))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        Unit first = units.get(at);
        Unit second = units.remove(at + 1);
        String joined = first.texts().get(0) + (spacedTarget ? " " : "") + second.texts().get(0);
        units.set(at, new Unit(List.of(first.sources().get(0), second.sources().get(0)), List.of(joined)));
    }

    /** One sentence with a comma near its middle becomes two. */
    private void split(List<Unit> units) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (isPlain(units.get(i)) && splitPoint(units.get(i).texts().get(0)) > 0) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        Unit unit = units.get(at);
        String text = unit.texts().get(0);
        int cut = splitPoint(text);
        units.set(at, new Unit(unit.sources(), List.of(text.substring(0, cut).strip(), text.substring(cut).strip())));
    }

    /** Just after the comma nearest the middle that leaves enough on both sides; -1 when none does. */
    private static int splitPoint(String text) {
        int best = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ',' && c != '，' && c != '、' && c != '،') {
                continue;
            }
            int cut = i + 1;
            double share = (double) cut / text.length();
            if (share >= MIN_SPLIT_SHARE && share <= 1 - MIN_SPLIT_SHARE
                    && (best < 0 || Math.abs(cut - text.length() / 2) < Math.abs(best - text.length() / 2))) {
                best = cut;
            }
        }
        return best;
    }

    private static boolean isPlain(Unit unit) {
        return unit.sources().size() == 1 && unit.texts().size() == 1;
    }

    /** The sentences in paragraphs of one to four. */
    private List<List<String>> paragraphs(List<String> sentences) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (int start = 0; start < sentences.size(); ) {
            int end = Math.min(sentences.size(), start + 1 + random.nextInt(MAX_PARAGRAPH));
            paragraphs.add(sentences.subList(start, end));
            start = end;
        }
        return paragraphs;
    }
}
