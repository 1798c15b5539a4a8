package dev.tandem.lexicon;

import java.util.Arrays;

/**
 * Which terms of one language translate which terms of another, as two vocabularies and a link
 * list per term in each direction. Built from the tables against English: directly when one side
 * is English, else through English, {@code p(t|s) = sum over e of p(e|s) p(t|e)} and
 * {@code p(s|t)} alike; two terms are linked when either probability reaches the threshold.
 * A side also keeps, for words its table lacks, the links of the same word read as English
 * ({@link #borrowed}): news in Vietnamese writes foreign names as English does.
 */
final class PairLinks {
    final Vocabulary sourceVocabulary;
    final Vocabulary targetVocabulary;
    /** Per source term id, the sorted target term ids it is linked to. */
    final int[][] sourceLinks;
    /** Per target term id, the sorted source term ids it is linked to. */
    final int[][] targetLinks;
    /** English term to target ids, for source words the source table lacks; {@link Borrowed#NONE} when the source is English. */
    final Borrowed sourceBorrowed;
    /** English term to source ids, for target words the target table lacks; {@link Borrowed#NONE} when the target is English. */
    final Borrowed targetBorrowed;

    private PairLinks(Vocabulary sourceVocabulary, Vocabulary targetVocabulary, int[][] sourceLinks,
            int[][] targetLinks, Borrowed sourceBorrowed, Borrowed targetBorrowed) {
        this.sourceVocabulary = sourceVocabulary;
        this.targetVocabulary = targetVocabulary;
        this.sourceLinks = sourceLinks;
        this.targetLinks = targetLinks;
        this.sourceBorrowed = sourceBorrowed;
        this.targetBorrowed = targetBorrowed;
    }

    /** Links from both sides' link lists, each term of more than {@link #MOST_LINKS} links left out. */
    private static PairLinks of(Vocabulary sourceVocabulary, Vocabulary targetVocabulary,
            int[][] sourceLinks, int[][] targetLinks, Borrowed sourceBorrowed, Borrowed targetBorrowed) {
        return new PairLinks(sourceVocabulary, targetVocabulary, withoutHubs(sourceLinks, targetLinks),
                withoutHubs(targetLinks, sourceLinks), sourceBorrowed, targetBorrowed);
    }

    /**
     * The same links read the other way, target to source: links are symmetric, so fr-vi is vi-fr
     * turned round and shares its arrays (a pivoted pair holds about 6 MB).
     */
    PairLinks reversed() {
        return new PairLinks(targetVocabulary, sourceVocabulary, targetLinks, sourceLinks, targetBorrowed, sourceBorrowed);
    }

    /**
     * For a word the tables of its own language lack, the other side's terms linked to the same
     * word read as English: news in Vietnamese writes foreign names as English does.
     */
    @FunctionalInterface
    interface Borrowed {
        /** A side that borrows nothing: English itself, or a side whose other side has no English table. */
        Borrowed NONE = englishTerm -> null;

        /** The other side's term ids linked to {@code englishTerm}, sorted, or null when none. */
        int[] links(String englishTerm);

        /** Whether this side borrows at all. */
        default boolean any() {
            return this != NONE;
        }
    }

    /**
     * A term linked to more terms than this is a function word or a syllable of many compounds
     * (vi "của", "một"; fr "de", "le"): it would count as rendering nearly anything, so it takes
     * no part. Telling true vi-fr sentence pairs from their neighbours (AUC, NTREX / FLORES), no cap
     * gave 0.931 / 0.968, 1000 gave 0.928 / 0.968, 500 0.926 / 0.966, 250 0.935 / 0.972 and 120
     * 0.928 / 0.967; zh-fr rose most, from 0.876 / 0.943 to 0.910 / 0.963 at 250.
     */
    static final int MOST_LINKS = 250;

    /** The links with every term of more than {@link #MOST_LINKS} links removed from both ends. */
    private static int[][] withoutHubs(int[][] links, int[][] other) {
        int[][] result = new int[links.length][];
        for (int i = 0; i < links.length; i++) {
            if (links[i].length > MOST_LINKS) {
                result[i] = new int[0];
                continue;
            }
            int[] kept = new int[links[i].length];
            int n = 0;
            for (int j : links[i]) {
                if (other[j].length <= MOST_LINKS) {
                    kept[n++] = j;
                }
            }
            result[i] = n == kept.length ? kept : Arrays.copyOf(kept, n);
        }
        return result;
    }

    /** Links between a language and English, from its table; {@code englishFirst} when English is the source. */
    static PairLinks direct(WordTable table, boolean englishFirst, double threshold) {
        Pairs links = new Pairs();
        for (int k = 0; k < table.size(); k++) {
            if (table.toEnglish[k] >= threshold || table.fromEnglish[k] >= threshold) {
                links.add(table.foreignIds[k], table.englishIds[k]);
            }
        }
        // A foreign word the table lacks, read as English, is that English term itself.
        Vocabulary english = table.english;
        Borrowed identity = term -> {
            int id = english.id(term);
            return id < 0 ? null : new int[] {id};
        };
        int[][] foreignLinks = group(links, 0, 1, table.foreign.size());
        int[][] englishLinks = group(links, 1, 0, table.english.size());
        PairLinks fromForeign = of(table.foreign, table.english, foreignLinks, englishLinks, identity, Borrowed.NONE);
        return englishFirst ? fromForeign.reversed() : fromForeign;
    }

    /** Links between two languages through English. */
    static PairLinks pivot(WordTable source, WordTable target, double threshold) {
        Pairs links = new Pairs();
        compose(source, target, threshold, links, false);
        compose(target, source, threshold, links, true);
        return of(source.foreign, target.foreign, group(links, 0, 1, source.foreign.size()),
                group(links, 1, 0, target.foreign.size()), borrowed(target, threshold), borrowed(source, threshold));
    }

    /**
     * Adds every {@code (a, b)} with {@code sum over e of p(e|a) p(b|e) >= threshold}, as
     * {@code {a, b}}, or {@code {b, a}} when {@code swapped}.
     */
    private static void compose(WordTable from, WordTable to, double threshold, Pairs links, boolean swapped) {
        // English ids of `from` mapped to those of `to`, and `to`'s entries grouped by English id.
        int[] englishMap = new int[from.english.size()];
        Arrays.fill(englishMap, -1);
        for (int e = 0; e < englishMap.length; e++) {
            englishMap[e] = to.english.id(from.english.term(e));
        }
        int[][] byEnglish = entriesBy(to.englishIds, to.fromEnglish, to.english.size());
        int[][] byForeign = entriesBy(from.foreignIds, from.toEnglish, from.foreign.size());
        double[] sums = new double[to.foreign.size()];
        int[] touched = new int[to.foreign.size()];
        for (int a = 0; a < byForeign.length; a++) {
            int count = 0;
            for (int k : byForeign[a]) {
                int e = englishMap[from.englishIds[k]];
                double pe = from.toEnglish[k];
                if (e < 0 || pe == 0) {
                    continue;
                }
                for (int j : byEnglish[e]) {
                    int b = to.foreignIds[j];
                    if (sums[b] == 0) {
                        touched[count++] = b;
                    }
                    sums[b] += pe * to.fromEnglish[j];
                }
            }
            for (int i = 0; i < count; i++) {
                int b = touched[i];
                if (sums[b] >= threshold) {
                    links.add(swapped ? b : a, swapped ? a : b);
                }
                sums[b] = 0;
            }
        }
    }

    /** For each English term of {@code table}, the foreign ids linked to it. */
    private static Borrowed borrowed(WordTable table, double threshold) {
        Pairs links = new Pairs();
        for (int k = 0; k < table.size(); k++) {
            if (table.toEnglish[k] >= threshold || table.fromEnglish[k] >= threshold) {
                links.add(table.englishIds[k], table.foreignIds[k]);
            }
        }
        int[][] grouped = group(links, 0, 1, table.english.size());
        Vocabulary english = table.english;
        return term -> {
            int id = english.id(term);
            return id < 0 || grouped[id].length == 0 ? null : grouped[id];
        };
    }

    /**
     * Entry indexes grouped by the id in {@code ids}, leaving out entries whose probability in this
     * direction is 0 (kept for the other direction): English "the" has thousands of them.
     */
    private static int[][] entriesBy(int[] ids, float[] probabilities, int size) {
        int[] counts = new int[size];
        for (int k = 0; k < ids.length; k++) {
            counts[ids[k]] += probabilities[k] > 0 ? 1 : 0;
        }
        int[][] groups = new int[size][];
        for (int i = 0; i < size; i++) {
            groups[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int k = 0; k < ids.length; k++) {
            if (probabilities[k] > 0) {
                groups[ids[k]][counts[ids[k]]++] = k;
            }
        }
        return groups;
    }

    /** Links grouped by their {@code key} column, each group the sorted distinct {@code value} column. */
    private static int[][] group(Pairs links, int key, int value, int size) {
        int[] counts = new int[size];
        for (int i = 0; i < links.size; i++) {
            counts[links.get(i, key)]++;
        }
        int[][] groups = new int[size][];
        for (int i = 0; i < size; i++) {
            groups[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < links.size; i++) {
            int k = links.get(i, key);
            groups[k][counts[k]++] = links.get(i, value);
        }
        for (int i = 0; i < size; i++) {
            groups[i] = sortedDistinct(groups[i]);
        }
        return groups;
    }

    private static int[] sortedDistinct(int[] values) {
        if (values.length < 2) {
            return values;
        }
        Arrays.sort(values);
        int n = 1;
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }

    /** A growable list of pairs of ids, each packed in one long, so that a million links are not a million arrays. */
    private static final class Pairs {
        private long[] pairs = new long[4096];
        private int size;

        void add(int first, int second) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = (long) first << 32 | (second & 0xffffffffL);
        }

        /** Column 0 or 1 of pair {@code i}. */
        int get(int i, int column) {
            return column == 0 ? (int) (pairs[i] >>> 32) : (int) pairs[i];
        }
    }
}
