package dev.tandem.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One language's word table against English as {@link LexiconBuilder} writes it: each line a
 * term of the language, an English term, {@code p(en|xx)} and {@code p(xx|en)}, tab-separated,
 * gzip-compressed; lines starting with {@code #} are comments. Held as two vocabularies and
 * parallel arrays, immutable once read.
 */
final class WordTable {
    final String language;
    final Map<String, Integer> foreign;
    final Map<String, Integer> english;
    final int[] foreignIds;
    final int[] englishIds;
    /** p(en|xx) of each entry. */
    final float[] toEnglish;
    /** p(xx|en) of each entry. */
    final float[] fromEnglish;

    private WordTable(String language, Map<String, Integer> foreign, Map<String, Integer> english, int[] foreignIds,
            int[] englishIds, float[] toEnglish, float[] fromEnglish) {
        this.language = language;
        this.foreign = foreign;
        this.english = english;
        this.foreignIds = foreignIds;
        this.englishIds = englishIds;
        this.toEnglish = toEnglish;
        this.fromEnglish = fromEnglish;
    }

    /** The file name of a language's table: {@code vi-en.tsv.gz}. */
    static String fileName(String language) {
        return language + "-en.tsv.gz";
    }

    /** Reads a table; {@code where} names it in error messages. */
    static WordTable read(String language, InputStream in, String where) throws IOException {
        Map<String, Integer> foreign = new HashMap<>();
        Map<String, Integer> english = new HashMap<>();
        IntList f = new IntList();
        IntList e = new IntList();
        FloatList toEnglish = new FloatList();
        FloatList fromEnglish = new FloatList();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IOException(where + " line " + number + ": expected 4 tab-separated cells, found "
                            + cells.length);
                }
                try {
                    toEnglish.add(Float.parseFloat(cells[2]));
                    fromEnglish.add(Float.parseFloat(cells[3]));
                } catch (NumberFormatException ex) {
                    throw new IOException(where + " line " + number + ": not a probability: " + ex.getMessage(), ex);
                }
                f.add(foreign.computeIfAbsent(cells[0].intern(), k -> foreign.size()));
                e.add(english.computeIfAbsent(cells[1].intern(), k -> english.size()));
            }
        }
        return new WordTable(language, Map.copyOf(foreign), Map.copyOf(english), f.toArray(), e.toArray(),
                toEnglish.toArray(), fromEnglish.toArray());
    }

    int size() {
        return foreignIds.length;
    }

    /** A growable array of ints, so that a table of a million entries is not a million boxed Integers. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static final class FloatList {
        private float[] values = new float[1024];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
