package dev.tandem.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word tables of every language against English, at one location (shipped in tandem's jar
 * under {@code /lexicon/}, or a folder {@code build-lexicon} wrote), with a newsroom's glossary.
 * A table is read the first time a pair needs it and kept, as is each pair's {@link Lexicon}: a
 * service checking only vi-fr reads two tables, not eight. Thread-safe.
 */
public final class WordTables {
    private static final String RESOURCE_FOLDER = "/lexicon/";
    private static final WordTables SHIPPED = new WordTables(null, Glossary.EMPTY);

    private final Path folder;
    private final Glossary glossary;
    private final Map<String, Optional<WordTable>> tables = new ConcurrentHashMap<>();
    private final Map<String, Optional<Lexicon>> lexicons = new ConcurrentHashMap<>();
    /** The links of each pair of languages, in alphabetical order of their codes: fr-vi is vi-fr read the other way. */
    private final Map<String, Optional<PairLinks>> links = new ConcurrentHashMap<>();

    private WordTables(Path folder, Glossary glossary) {
        this.folder = folder;
        this.glossary = glossary;
    }

    /** The tables shipped with tandem, without a glossary. */
    public static WordTables shipped() {
        return SHIPPED;
    }

    /** The tables in {@code folder}, as {@code build-lexicon --out} writes them. */
    public static WordTables in(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no word tables folder at " + folder.toAbsolutePath().normalize());
        }
        return new WordTables(folder, Glossary.EMPTY);
    }

    /** These tables with a newsroom's glossary; the lexicons are built anew. */
    public WordTables withGlossary(Glossary glossary) {
        return new WordTables(folder, glossary == null ? Glossary.EMPTY : glossary);
    }

    /**
     * The lexicon of a pair of ISO 639-1 codes: direct when one side is English, else through
     * English. Empty when a language has no table, or both languages are the same.
     *
     * @throws UncheckedIOException when a table exists but cannot be read
     */
    public Optional<Lexicon> forPair(String sourceLanguage, String targetLanguage) {
        String s = code(sourceLanguage);
        String t = code(targetLanguage);
        return lexicons.computeIfAbsent(s + "-" + t, key -> build(s, t));
    }

    /** Whether a language has a table here (English always has). */
    public boolean has(String language) {
        String code = code(language);
        return code.equals("en") || table(code).isPresent();
    }

    private Optional<Lexicon> build(String s, String t) {
        if (s.equals(t)) {
            return Optional.empty();
        }
        boolean inOrder = s.compareTo(t) < 0;
        String first = inOrder ? s : t;
        String second = inOrder ? t : s;
        return links.computeIfAbsent(first + "-" + second, key -> links(first, second))
                .map(l -> new Lexicon(s, t, inOrder ? l : l.reversed(), glossary));
    }

    /** The links from {@code s} to {@code t}: direct when one is English, else through English. */
    private Optional<PairLinks> links(String s, String t) {
        if (s.equals("en")) {
            return table(t).map(table -> PairLinks.direct(table, true, Lexicon.THRESHOLD));
        }
        if (t.equals("en")) {
            return table(s).map(table -> PairLinks.direct(table, false, Lexicon.THRESHOLD));
        }
        Optional<WordTable> source = table(s);
        Optional<WordTable> target = table(t);
        return source.isPresent() && target.isPresent()
                ? Optional.of(PairLinks.pivot(source.get(), target.get(), Lexicon.THRESHOLD)) : Optional.empty();
    }

    private Optional<WordTable> table(String language) {
        return tables.computeIfAbsent(language, this::read);
    }

    private Optional<WordTable> read(String language) {
        String name = WordTable.fileName(language);
        try {
            if (folder == null) {
                InputStream in = WordTables.class.getResourceAsStream(RESOURCE_FOLDER + name);
                if (in == null) {
                    return Optional.empty();
                }
                try (in) {
                    return Optional.of(WordTable.read(language, in, "word table " + name));
                }
            }
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(WordTable.read(language, in, "word table " + file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word table of '" + language + "': " + e.getMessage(), e);
        }
    }

    private static String code(String language) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code, not blank");
        }
        return language.strip().toLowerCase(Locale.ROOT);
    }
}
