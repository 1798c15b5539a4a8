package dev.tandem.lexicon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word table of each language against English from {@link LexiconSources}: every pair
 * is tokenised by the languages' {@link WordTokenizer}s, IBM {@link Model1} is trained in both
 * directions, and each word pair either direction gives at least {@link #KEEP} is written, with
 * both probabilities, to {@code <language>-en.tsv.gz}. The same sources give the same bytes.
 *
 * <p>Example: {@code new LexiconBuilder(new LexiconSources(Path.of("../shared/lexicon-sources"))).build("vi", out)}.
 */
public final class LexiconBuilder {
    /**
     * The least probability kept. Run-time links need 0.02 (the measured threshold); a
     * pair through English multiplies two probabilities, so pairs down to 0.01 are kept for it.
     */
    public static final double KEEP = 0.01;
    /**
     * EM iterations. Model 1's likelihood has one maximum; five iterations take it most of the way
     * on a hundred thousand short pairs, and later ones mostly sharpen rare words.
     */
    static final int ITERATIONS = 5;

    private final LexiconSources sources;

    /** A builder reading {@code sources}. */
    public LexiconBuilder(LexiconSources sources) {
        this.sources = sources;
    }

    /** What one table holds, for the build's report. */
    public record Built(String language, int pairs, int entries, long bytes, Path file) {
    }

    /** Builds and writes the table of {@code language} against English into {@code out}. */
    public Built build(String language, Path out) throws IOException {
        WordTokenizer foreign = WordTokenizer.of(language);
        WordTokenizer english = WordTokenizer.of("en");
        Map<String, Integer> foreignIds = new HashMap<>();
        Map<String, Integer> englishIds = new HashMap<>();
        List<String> foreignTerms = new ArrayList<>(List.of(""));
        List<String> englishTerms = new ArrayList<>(List.of(""));
        List<int[]> foreignSides = new ArrayList<>();
        List<int[]> englishSides = new ArrayList<>();
        for (String[] pair : sources.pairs(language)) {
            int[] f = ids(foreign.terms(pair[0]), foreignIds, foreignTerms);
            int[] e = ids(english.terms(pair[1]), englishIds, englishTerms);
            if (f.length > 0 && e.length > 0) {
                foreignSides.add(f);
                englishSides.add(e);
            }
        }
        if (foreignSides.isEmpty()) {
            throw new IOException("no pairs for language '" + language + "' in " + sources.folder());
        }
        Model1 toEnglish = Model1.train(foreignSides, englishSides, ITERATIONS);
        Model1 fromEnglish = Model1.train(englishSides, foreignSides, ITERATIONS);
        // term pair -> {p(en|xx), p(xx|en)}, sorted by the foreign then the English term.
        Map<String, Map<String, double[]>> kept = new TreeMap<>();
        for (int k = 0; k < toEnglish.size(); k++) {
            if (toEnglish.f(k) != Model1.EMPTY && toEnglish.probability(k) >= KEEP) {
                kept.computeIfAbsent(foreignTerms.get(toEnglish.f(k)), x -> new TreeMap<>())
                        .computeIfAbsent(englishTerms.get(toEnglish.e(k)), x -> new double[2])[0] = toEnglish.probability(k);
            }
        }
        for (int k = 0; k < fromEnglish.size(); k++) {
            if (fromEnglish.f(k) != Model1.EMPTY && fromEnglish.probability(k) >= KEEP) {
                kept.computeIfAbsent(foreignTerms.get(fromEnglish.e(k)), x -> new TreeMap<>())
                        .computeIfAbsent(englishTerms.get(fromEnglish.f(k)), x -> new double[2])[1] = fromEnglish.probability(k);
            }
        }
        for (Map.Entry<String, Map<String, double[]>> row : kept.entrySet()) {
            int f = foreignIds.get(row.getKey());
            for (Map.Entry<String, double[]> cell : row.getValue().entrySet()) {
                int e = englishIds.get(cell.getKey());
                double[] p = cell.getValue();
                p[0] = p[0] == 0 ? toEnglish.probability(f, e) : p[0];
                p[1] = p[1] == 0 ? fromEnglish.probability(e, f) : p[1];
            }
        }
        Files.createDirectories(out);
        Path file = out.resolve(WordTable.fileName(language));
        int entries = write(language, foreignSides.size(), kept, file);
        return new Built(language, foreignSides.size(), entries, Files.size(file), file);
    }

    private static int[] ids(List<String> terms, Map<String, Integer> ids, List<String> names) {
        int[] result = new int[terms.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids.computeIfAbsent(terms.get(i), t -> {
                names.add(t);
                return names.size() - 1;
            });
        }
        return result;
    }

    private static int write(String language, int pairs, Map<String, Map<String, double[]>> kept, Path file)
            throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        int entries = 0;
        try (OutputStream raw = Files.newOutputStream(temporary);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw),
                        StandardCharsets.UTF_8))) {
            out.write("# tandem word table " + language + "-en: " + language + " term, en term, p(en|" + language
                    + "), p(" + language + "|en). IBM Model 1 over " + pairs + " Tatoeba and Wiktionary pairs;"
                    + " CC BY-SA 3.0, see NOTICE.md\n");
            for (Map.Entry<String, Map<String, double[]>> row : kept.entrySet()) {
                for (Map.Entry<String, double[]> cell : row.getValue().entrySet()) {
                    double[] p = cell.getValue();
                    out.write(row.getKey() + "\t" + cell.getKey() + "\t" + format(p[0]) + "\t" + format(p[1]) + "\n");
                    entries++;
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return entries;
    }

    /** Three significant decimals are all a threshold of 0.02 needs, and keep the file small. */
    private static String format(double p) {
        return p < 0.001 ? "0" : String.format(Locale.ROOT, "%.3f", p);
    }
}
