package dev.tandem.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A newsroom's own term list: names, places, titles and house terms the word tables do not hold,
 * or hold otherwise. A tab-separated UTF-8 file whose first line names a language per column (ISO
 * 639-1), and each further line one term in those languages; an empty cell means no rendering in
 * that language, and lines starting with {@code #} are comments:
 * <pre>
 * en	vi	fr
 * Scotland	Scotland	Écosse
 * White House	Nhà Trắng	Maison-Blanche
 * </pre>
 * Any two columns make pairs for {@link Lexicon#match} and {@link Lexicon#renders}, in both directions.
 */
public final class Glossary {
    /** A glossary without terms. */
    public static final Glossary EMPTY = new Glossary(List.of(), List.of());

    private final List<String> languages;
    private final List<List<String>> rows;

    private Glossary(List<String> languages, List<List<String>> rows) {
        this.languages = List.copyOf(languages);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Reads a glossary file.
     *
     * @throws IOException when the file cannot be read, or with the line number when its header
     *     names no language or a line has more cells than the header
     */
    public static Glossary read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> languages = null;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\ufeff", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1)).stream().map(String::strip).toList();
            if (languages == null) {
                for (String code : cells) {
                    if (!code.matches("[a-z]{2,3}")) {
                        throw new IOException(file + " line " + (i + 1) + ": the first line must name a language per"
                                + " column (e.g. en<TAB>vi<TAB>fr), found '" + code + "'");
                    }
                }
                languages = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            } else if (cells.size() > languages.size()) {
                throw new IOException(file + " line " + (i + 1) + ": " + cells.size() + " cells, but the header names "
                        + languages.size() + " languages");
            } else {
                rows.add(cells);
            }
        }
        return languages == null ? EMPTY : new Glossary(languages, rows);
    }

    /** The terms of one row in two languages: {@code {source, target}}, for every row that has both. */
    public List<String[]> pairs(String sourceLanguage, String targetLanguage) {
        int s = languages.indexOf(sourceLanguage);
        int t = languages.indexOf(targetLanguage);
        List<String[]> pairs = new ArrayList<>();
        if (s < 0 || t < 0) {
            return pairs;
        }
        for (List<String> row : rows) {
            if (s < row.size() && t < row.size() && !row.get(s).isEmpty() && !row.get(t).isEmpty()) {
                pairs.add(new String[] {row.get(s), row.get(t)});
            }
        }
        return pairs;
    }

    /** How many terms the glossary holds. */
    public int size() {
        return rows.size();
    }
}
