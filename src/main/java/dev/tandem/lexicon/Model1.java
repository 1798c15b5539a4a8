package dev.tandem.lexicon;

import java.util.Arrays;
import java.util.List;

/**
 * IBM Model 1 (Brown et al., 1993): the probability {@code t(e|f)} that a word {@code f} of one
 * side is rendered as a word {@code e} of the other, learned by expectation-maximisation over
 * sentence pairs in which every word of one side may come from any word of the other, or from
 * nothing (the empty word, id 0). Only word pairs that occur together in some sentence pair get a
 * probability, so the model is held as one sorted array of those pairs.
 */
final class Model1 {
    /** Id of the empty word on the {@code f} side. */
    static final int EMPTY = 0;

    private final long[] keys;
    private final double[] t;

    private Model1(long[] keys, double[] t) {
        this.keys = keys;
        this.t = t;
    }

    /**
     * Trains {@code t(e|f)} over pairs of term ids, {@code f} ids from 1 (0 is the empty word
     * {@code train} adds to each {@code f} side), for a number of EM iterations.
     */
    static Model1 train(List<int[]> fSides, List<int[]> eSides, int iterations) {
        long[] keys = distinctPairs(fSides, eSides);
        int[][] index = new int[fSides.size()][];
        for (int s = 0; s < fSides.size(); s++) {
            int[] f = fSides.get(s);
            int[] e = eSides.get(s);
            int[] idx = new int[(f.length + 1) * e.length];
            int k = 0;
            for (int ej : e) {
                idx[k++] = Arrays.binarySearch(keys, key(EMPTY, ej));
                for (int fi : f) {
                    idx[k++] = Arrays.binarySearch(keys, key(fi, ej));
                }
            }
            index[s] = idx;
        }
        double[] t = new double[keys.length];
        Arrays.fill(t, 1.0);
        double[] counts = new double[keys.length];
        int fVocabulary = (int) (keys[keys.length - 1] >>> 32) + 1;
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(counts, 0);
            for (int s = 0; s < index.length; s++) {
                int[] idx = index[s];
                int width = fSides.get(s).length + 1;
                for (int start = 0; start < idx.length; start += width) {
                    double total = 0;
                    for (int k = start; k < start + width; k++) {
                        total += t[idx[k]];
                    }
                    for (int k = start; k < start + width; k++) {
                        counts[idx[k]] += t[idx[k]] / total;
                    }
                }
            }
            double[] totals = new double[fVocabulary];
            for (int k = 0; k < keys.length; k++) {
                totals[(int) (keys[k] >>> 32)] += counts[k];
            }
            for (int k = 0; k < keys.length; k++) {
                double total = totals[(int) (keys[k] >>> 32)];
                t[k] = total == 0 ? 0 : counts[k] / total;
            }
        }
        return new Model1(keys, t);
    }

    private static long[] distinctPairs(List<int[]> fSides, List<int[]> eSides) {
        long size = 0;
        for (int s = 0; s < fSides.size(); s++) {
            size += (long) (fSides.get(s).length + 1) * eSides.get(s).length;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many word pairs to train on: " + size);
        }
        long[] all = new long[(int) size];
        int k = 0;
        for (int s = 0; s < fSides.size(); s++) {
            for (int e : eSides.get(s)) {
                all[k++] = key(EMPTY, e);
                for (int f : fSides.get(s)) {
                    all[k++] = key(f, e);
                }
            }
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    static long key(int f, int e) {
        return (long) f << 32 | e;
    }

    /** How many word pairs have a probability. */
    int size() {
        return keys.length;
    }

    /** The {@code f} id of pair {@code k}. */
    int f(int k) {
        return (int) (keys[k] >>> 32);
    }

    /** The {@code e} id of pair {@code k}. */
    int e(int k) {
        return (int) keys[k];
    }

    /** {@code t(e|f)} of pair {@code k}. */
    double probability(int k) {
        return t[k];
    }

    /** {@code t(e|f)}, 0 when the two never occurred together. */
    double probability(int f, int e) {
        int k = Arrays.binarySearch(keys, key(f, e));
        return k < 0 ? 0 : t[k];
    }
}
