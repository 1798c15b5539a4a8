package dev.tandem.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * One language's word table against English as {@link LexiconBuilder} writes it: each line a
 * term of the language, an English term, {@code p(en|xx)} and {@code p(xx|en)}, tab-separated,
 * gzip-compressed; lines starting with {@code #} are comments. Held as two vocabularies and
 * parallel arrays, immutable once read.
 */
final class WordTable {
    final String language;
    final Vocabulary foreign;
    final Vocabulary english;
    final int[] foreignIds;
    final int[] englishIds;
    /** p(en|xx) of each entry. */
    final float[] toEnglish;
    /** p(xx|en) of each entry. */
    final float[] fromEnglish;

    private WordTable(String language, Vocabulary foreign, Vocabulary english, int[] foreignIds,
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
        Vocabulary foreign = new Vocabulary();
        Vocabulary english = new Vocabulary();
        IntList f = new IntList();
        IntList e = new IntList();
        FloatList toEnglish = new FloatList();
        FloatList fromEnglish = new FloatList();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            int number = 0;
            String lastForeign = null;
            int lastForeignId = -1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab1 = line.indexOf('\t');
                int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
                int tab3 = tab2 < 0 ? -1 : line.indexOf('\t', tab2 + 1);
                if (tab3 < 0 || line.indexOf('\t', tab3 + 1) >= 0) {
                    throw new IOException(where + " line " + number + ": expected 4 tab-separated cells: " + line);
                }
                try {
                    toEnglish.add(probability(line, tab2 + 1, tab3));
                    fromEnglish.add(probability(line, tab3 + 1, line.length()));
                } catch (NumberFormatException ex) {
                    throw new IOException(where + " line " + number + ": not a probability: " + ex.getMessage(), ex);
                }
                // The builder writes a term's entries one after the other: its id is looked up once.
                if (lastForeign == null || !line.regionMatches(0, lastForeign, 0, tab1) || lastForeign.length() != tab1) {
                    lastForeign = line.substring(0, tab1);
                    lastForeignId = foreign.add(lastForeign);
                }
                f.add(lastForeignId);
                e.add(english.add(line.substring(tab1 + 1, tab2)));
            }
        }
        return new WordTable(language, foreign.trimmed(), english.trimmed(), f.toArray(), e.toArray(),
                toEnglish.toArray(), fromEnglish.toArray());
    }

    /** A probability as the builder writes it, {@code 0} or {@code 0.ddd}, read without the general float parser. */
    private static float probability(String line, int from, int to) {
        if (to - from == 5 && line.charAt(from) == '0' && line.charAt(from + 1) == '.') {
            int value = 0;
            for (int i = from + 2; i < to; i++) {
                int digit = line.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    throw new NumberFormatException("'" + line.substring(from, to) + "'");
                }
                value = value * 10 + digit;
            }
            return value / 1000f;
        }
        float p = Float.parseFloat(line.substring(from, to));
        if (!(p >= 0 && p <= 1)) {
            throw new NumberFormatException("'" + line.substring(from, to) + "' is not between 0 and 1");
        }
        return p;
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
