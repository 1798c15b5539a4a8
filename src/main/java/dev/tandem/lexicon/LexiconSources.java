package dev.tandem.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the raw material of the word tables from a sources folder laid out as
 * {@code ../shared/lexicon-sources} is (see its {@code SOURCES.md}): Tatoeba sentence pairs with
 * English under {@code tatoeba/<pair>/}, and English Wiktionary translation extracts in two forms,
 * Buchmeier's {@code headword {pos} (sense) :: translation, translation} and tab-separated
 * {@code english<TAB>word} lists. Every file is gzip-compressed UTF-8. Each language yields a list of
 * pairs (its text, the English), dictionary entries being tiny pairs of one or a few words.
 */
public final class LexiconSources {
    /** ISO 639-3 codes of Tatoeba's folders. */
    private static final Map<String, String> TATOEBA = Map.of("vi", "vie", "fr", "fra", "es", "spa", "de", "deu",
            "zh", "zho", "ru", "rus", "ja", "jpn", "ar", "ara");
    /** Codes in Buchmeier's file names (Mandarin and Standard Arabic are named apart). */
    private static final Map<String, String> BUCHMEIER = Map.of("vi", "vi", "fr", "fr", "es", "es", "de", "de",
            "zh", "cmn", "ru", "ru", "ja", "ja", "ar", "arb");
    /** Language names in the tab-separated lists' file names. */
    private static final Map<String, String> TAB_LISTS = Map.of("vi", "vietnamese", "fr", "french", "es", "spanish",
            "de", "german", "zh", "chinese", "ru", "russian", "ja", "japanese", "ar", "arabic");
    /** English glosses longer than this are explanations, not translations. */
    private static final int LONGEST_GLOSS_WORDS = 4;
    private static final Pattern BRACKETED = Pattern.compile("\\{[^}]*}|\\([^)]*\\)|\\[[^]]*]|/[^/]*/");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;，；、]");

    private final Path folder;

    /** The sources in {@code folder}; fails early when it is not a folder. */
    public LexiconSources(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no lexicon sources folder at "
                    + (folder == null ? "null" : folder.toAbsolutePath().normalize()));
        }
        this.folder = folder;
    }

    /** The folder read. */
    public Path folder() {
        return folder;
    }

    /** Sentence and dictionary pairs of one language with English, in a fixed order. */
    public List<String[]> pairs(String language) throws IOException {
        String tatoeba = TATOEBA.get(language);
        if (tatoeba == null) {
            throw new IllegalArgumentException("no lexicon sources for language '" + language + "'");
        }
        List<String[]> pairs = new ArrayList<>();
        readTatoeba(tatoeba, pairs);
        for (Path file : files()) {
            String name = file.getFileName().toString();
            String code = BUCHMEIER.get(language);
            if (name.equals("en-" + code + "-enwiktionary.txt.gz")
                    || language.equals("vi") && name.equals("en-vi-raw.txt.gz")) {
                readEntries(file, true, language, pairs);
            } else if (name.equals(code + "-en-enwiktionary.txt.gz")) {
                readEntries(file, false, language, pairs);
            } else if (name.equals(TAB_LISTS.get(language) + ".txt.gz")
                    || language.equals("vi") && name.equals("english-vietnamese.txt.gz")) {
                readTabList(file, language, pairs);
            }
        }
        return pairs;
    }

    /** Every gzip file under the folder, sorted, so that the tables come out the same on every run. */
    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
    }

    private void readTatoeba(String code, List<String[]> pairs) throws IOException {
        Path tatoeba = folder.resolve("tatoeba");
        for (String name : List.of(code + "-eng", "eng-" + code)) {
            Path pair = tatoeba.resolve(name);
            if (!Files.isDirectory(pair)) {
                continue;
            }
            Path foreign = single(pair, "." + code + ".gz");
            Path english = single(pair, ".eng.gz");
            List<String> a = lines(foreign);
            List<String> b = lines(english);
            if (a.size() != b.size()) {
                throw new IOException("Tatoeba files differ in length: " + foreign + " has " + a.size() + " lines, "
                        + english + " " + b.size());
            }
            for (int i = 0; i < a.size(); i++) {
                pairs.add(new String[] {a.get(i), b.get(i)});
            }
        }
    }

    private static Path single(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> found = list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.size() != 1) {
                throw new IOException("expected one file ending in " + suffix + " in " + folder + ", found " + found.size());
            }
            return found.get(0);
        }
    }

    /** Buchmeier's lines; {@code englishFirst} when the headword is English. */
    private static void readEntries(Path file, boolean englishFirst, String language, List<String[]> pairs)
            throws IOException {
        for (String line : lines(file)) {
            int sep = line.indexOf(" :: ");
            if (line.startsWith("#") || sep < 0) {
                continue;
            }
            String head = clean(line.substring(0, sep));
            for (String item : LIST_SEPARATOR.split(BRACKETED.matcher(line.substring(sep + 4)).replaceAll(" "))) {
                String translation = item.strip();
                String english = englishFirst ? head : translation;
                String foreign = englishFirst ? translation : head;
                add(pairs, language, foreign, english);
            }
        }
    }

    private static void readTabList(Path file, String language, List<String[]> pairs) throws IOException {
        for (String line : lines(file)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                add(pairs, language, line.substring(tab + 1).strip(), line.substring(0, tab).strip());
            }
        }
    }

    private static void add(List<String[]> pairs, String language, String foreign, String english) {
        if (foreign.isEmpty() || english.isEmpty() || english.split("\\s+").length > LONGEST_GLOSS_WORDS
                || !Script.fits(language, foreign)) {
            return;
        }
        pairs.add(new String[] {foreign, english});
    }

    private static String clean(String text) {
        return BRACKETED.matcher(text).replaceAll(" ").strip();
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line.replace("\ufeff", "").strip());
            }
        }
        return lines;
    }

    /** Whether a dictionary word is written in its language's script (Wiktionary lists Chữ Nôm under Vietnamese). */
    private enum Script {
        ;

        static boolean fits(String language, String text) {
            int expected = 0;
            int letters = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                boolean fits = switch (language) {
                    case "zh" -> script == Character.UnicodeScript.HAN;
                    case "ja" -> script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA;
                    case "ru" -> script == Character.UnicodeScript.CYRILLIC;
                    case "ar" -> script == Character.UnicodeScript.ARABIC;
                    default -> script == Character.UnicodeScript.LATIN;
                };
                expected += fits ? 1 : 0;
            }
            return letters > 0 && expected == letters;
        }
    }
}
