package dev.tandem.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For every source sentence and each target sentence near it, which words of each the other
 * renders (as bits, the first 64 words of a sentence). An aligner asks this for every bead it
 * weighs; the grid answers from two arrays, having looked each word's links up once per document:
 * each word's linked terms are found in an index of where the other side's terms occur.
 */
public final class CoverageGrid {
    private final int[] from;
    private final int[] to;
    private final int[] offsets;
    private final long[] sourceCovered;
    private final long[] targetCovered;
    private final long[] sourceKnown;
    private final long[] targetKnown;

    /**
     * Per thread and side, an array from term id to the first occurrence of the term in the
     * document, all -1 between uses: a document touches a few hundred of the tens of thousands of
     * terms, and a map from boxed ids made the aligner three times slower.
     */
    private static final ThreadLocal<int[][]> HEADS = ThreadLocal.withInitial(() -> new int[2][0]);
    /**
     * Per thread and side, a bit per term id, set while the document holds the term. A word has up
     * to 250 links and few of them occur in the document: the bits (a few KB, in the fastest cache)
     * answer "no" for most links without touching the heads array, which is 32 times larger.
     */
    private static final ThreadLocal<long[][]> PRESENT = ThreadLocal.withInitial(() -> new long[2][0]);

    CoverageGrid(List<Lexicon.Sentence> sources, List<Lexicon.Sentence> targets, int[] from, int[] to,
            int sourceVocabulary, int targetVocabulary) {
        if (from.length != sources.size() || to.length != sources.size()) {
            throw new IllegalArgumentException("need a target range per source sentence");
        }
        this.from = from.clone();
        this.to = to.clone();
        offsets = new int[sources.size() + 1];
        for (int a = 0; a < sources.size(); a++) {
            offsets[a + 1] = offsets[a] + Math.max(0, to[a] - from[a] + 1);
        }
        sourceCovered = new long[offsets[sources.size()]];
        targetCovered = new long[offsets[sources.size()]];
        sourceKnown = known(sources);
        targetKnown = known(targets);
        int[][] heads = HEADS.get();
        heads[0] = emptyHeads(heads[0], sourceVocabulary);
        heads[1] = emptyHeads(heads[1], targetVocabulary);
        long[][] present = PRESENT.get();
        present[0] = emptyBits(present[0], sourceVocabulary);
        present[1] = emptyBits(present[1], targetVocabulary);
        Occurrences sourceWords = new Occurrences(sources, heads[0], present[0]);
        Occurrences targetWords = new Occurrences(targets, heads[1], present[1]);
        try {
            fill(sources, targets, sourceWords, targetWords);
        } finally {
            sourceWords.release();
            targetWords.release();
        }
    }

    private static int[] emptyHeads(int[] heads, int size) {
        if (heads.length >= size) {
            return heads;
        }
        int[] grown = new int[size];
        java.util.Arrays.fill(grown, -1);
        return grown;
    }

    private static long[] emptyBits(long[] bits, int size) {
        int words = (size + 63) >>> 6;
        return bits.length >= words ? bits : new long[words];
    }

    private void fill(List<Lexicon.Sentence> sources, List<Lexicon.Sentence> targets, Occurrences sourceWords,
            Occurrences targetWords) {
        for (int a = 0; a < sources.size(); a++) {
            Lexicon.Sentence s = sources.get(a);
            for (int k = 0; k < Math.min(64, s.size()); k++) {
                // Links are symmetric (the target term's links hold the source term), so one pass
                // marks both words; only target words the tables lack need a pass of their own.
                for (int t : s.links(k)) {
                    if (!targetWords.holds(t)) {
                        continue;
                    }
                    for (int o = targetWords.first(t); o >= 0; o = targetWords.next[o]) {
                        set(sourceCovered, a, targetWords.sentence[o], 1L << k);
                        set(targetCovered, a, targetWords.sentence[o], 1L << targetWords.position[o]);
                    }
                }
                for (int o = targetWords.firstForm(s.form(k)); o >= 0; o = targetWords.nextForm[o]) {
                    int b = targetWords.sentence[o];
                    int pos = targetWords.position[o];
                    if (s.sharesForm(k, targets.get(b).capitalised(pos))) {
                        set(sourceCovered, a, b, 1L << k);
                        set(targetCovered, a, b, 1L << pos);
                    }
                }
            }
        }
        for (int b = 0; b < targets.size(); b++) {
            Lexicon.Sentence t = targets.get(b);
            for (int pos = 0; pos < Math.min(64, t.size()); pos++) {
                if (t.id(pos) >= 0) {
                    continue;
                }
                for (int id : t.links(pos)) {
                    if (!sourceWords.holds(id)) {
                        continue;
                    }
                    for (int o = sourceWords.first(id); o >= 0; o = sourceWords.next[o]) {
                        set(targetCovered, sourceWords.sentence[o], b, 1L << pos);
                    }
                }
            }
        }
    }

    private static long[] known(List<Lexicon.Sentence> sentences) {
        long[] known = new long[sentences.size()];
        for (int i = 0; i < known.length; i++) {
            known[i] = sentences.get(i).knownMask();
        }
        return known;
    }

    private void set(long[] grid, int a, int b, long bit) {
        if (b >= from[a] && b <= to[a]) {
            grid[offsets[a] + b - from[a]] |= bit;
        }
    }

    /** The words of source sentence {@code a} that target sentence {@code b} renders; 0 outside the grid. */
    public long sourceCovered(int a, int b) {
        return b >= from[a] && b <= to[a] ? sourceCovered[offsets[a] + b - from[a]] : 0;
    }

    /** The words of target sentence {@code b} that source sentence {@code a} renders; 0 outside the grid. */
    public long targetCovered(int a, int b) {
        return b >= from[a] && b <= to[a] ? targetCovered[offsets[a] + b - from[a]] : 0;
    }

    /** The words of source sentence {@code a} the tables hold. */
    public long sourceKnown(int a) {
        return sourceKnown[a];
    }

    /** The words of target sentence {@code b} the tables hold. */
    public long targetKnown(int b) {
        return targetKnown[b];
    }

    /** Where each term of one side occurs: chains of (sentence, position) per term id and per written form. */
    private static final class Occurrences {
        final int[] sentence;
        final int[] position;
        final int[] next;
        final int[] nextForm;
        private final int[] ids;
        private final int[] heads;
        private final long[] present;
        private final Map<String, Integer> formHeads = new HashMap<>();

        Occurrences(List<Lexicon.Sentence> sentences, int[] heads, long[] present) {
            this.heads = heads;
            this.present = present;
            int count = 0;
            for (Lexicon.Sentence s : sentences) {
                count += Math.min(64, s.size());
            }
            sentence = new int[count];
            position = new int[count];
            next = new int[count];
            nextForm = new int[count];
            ids = new int[count];
            int o = 0;
            for (int i = 0; i < sentences.size(); i++) {
                Lexicon.Sentence s = sentences.get(i);
                for (int k = 0; k < Math.min(64, s.size()); k++, o++) {
                    sentence[o] = i;
                    position[o] = k;
                    int id = s.id(k);
                    ids[o] = id;
                    next[o] = -1;
                    if (id >= 0) {
                        next[o] = heads[id];
                        heads[id] = o;
                        present[id >>> 6] |= 1L << id;
                    }
                    Integer formHead = formHeads.put(s.form(k), o);
                    nextForm[o] = formHead == null ? -1 : formHead;
                }
            }
        }

        int first(int id) {
            return heads[id];
        }

        /** Whether the document holds term {@code id} somewhere. */
        boolean holds(int id) {
            return (present[id >>> 6] & 1L << id) != 0;
        }

        /** Leaves the shared heads and bits as found: all -1 and all clear. */
        void release() {
            for (int id : ids) {
                if (id >= 0) {
                    heads[id] = -1;
                    present[id >>> 6] = 0;
                }
            }
        }

        int firstForm(String form) {
            Integer head = formHeads.get(form);
            return head == null ? -1 : head;
        }
    }
}
