package dev.tandem.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Measures how well language identification does on labelled test data, and what it costs: model
 * load time, heap held by the models, detection throughput. It exists so that the choice of
 * {@code tandem.language.set} and of Lingua's accuracy mode rests on figures rather than on the
 * published report, which was made with all 75 languages loaded at once.
 *
 * <p>The data is Lingua's own test set (third-party, Apache-2.0 repository, derived from the
 * Leipzig corpora), read in place and never copied: a folder with one subfolder per category
 * ({@code sentences}, {@code word-pairs}, {@code single-words}) holding {@code <iso639-1>.txt}
 * files, one item per line, the file name being the gold label. Only languages of the evaluated
 * set are scored; files for other languages are listed as not scored.
 *
 * <pre>{@code
 * LanguageEvaluation eval = LanguageEvaluation.withLingua(List.of("vi", "fr", "en"), false);
 * LanguageEvaluation.Report report = eval.run(Path.of("../shared/data/langid/lingua-testdata"),
 *         LanguageEvaluation.DEFAULT_CATEGORIES, 0);
 * System.out.print(report.toTable());
 * }</pre>
 */
public final class LanguageEvaluation {
    /** Where the data lives relative to the project root. */
    public static final Path DEFAULT_DATA_DIR = Path.of("../shared/data/langid/lingua-testdata");
    /** Every category the data has, shortest items last. */
    public static final List<String> CATEGORIES = List.of("sentences", "word-pairs", "single-words");
    /** Sentences and word pairs: closest to the paragraphs and short captions tandem classifies. */
    public static final List<String> DEFAULT_CATEGORIES = List.of("sentences", "word-pairs");

    private final List<String> languageSet;
    private final UnaryOperator<String> classifier;
    private final Load load;

    /**
     * An evaluation of any classifier, e.g. a stub in tests.
     *
     * @param languageSet the ISO 639-1 codes the classifier can answer with
     * @param classifier text to ISO 639-1 code (anything else counts as wrong)
     * @param load what building the classifier cost
     */
    public LanguageEvaluation(List<String> languageSet, UnaryOperator<String> classifier, Load load) {
        if (languageSet == null || languageSet.isEmpty()) {
            throw new IllegalArgumentException("languageSet must not be empty");
        }
        this.languageSet = languageSet.stream().map(LanguageEvaluation::normalise).distinct().toList();
        this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
        this.load = Objects.requireNonNull(load, "load must not be null");
    }

    /**
     * Builds one preloaded Lingua detector over {@code isoCodes} and measures the load: wall time of
     * {@code build()}, then heap in use after two {@code System.gc()} calls (the whole JVM's heap,
     * so it includes a few MB that are not models).
     *
     * @param isoCodes at least two ISO 639-1 codes
     * @param lowAccuracy use Lingua's low accuracy mode (trigrams only, smaller models)
     * @throws IllegalArgumentException on fewer than two codes or an unknown code
     */
    public static LanguageEvaluation withLingua(List<String> isoCodes, boolean lowAccuracy) {
        List<String> codes = isoCodes.stream().map(LanguageEvaluation::normalise).distinct().toList();
        if (codes.size() < 2) {
            throw new IllegalArgumentException("a language set needs at least two languages, got " + isoCodes);
        }
        long start = System.nanoTime();
        LanguageIdentifier identifier = LanguageIdentifier.of(codes, lowAccuracy);
        long loadNanos = System.nanoTime() - start;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        UnaryOperator<String> classifier = text -> identifier.detect(text).code();
        return new LanguageEvaluation(codes, classifier, new Load(lowAccuracy, loadNanos / 1_000_000, heap));
    }

    /** Whether {@code dataDir} holds at least one known category folder. */
    public static boolean hasData(Path dataDir) {
        return CATEGORIES.stream().anyMatch(c -> Files.isDirectory(dataDir.resolve(c)));
    }

    /** The evaluated language set, normalised to lower case. */
    public List<String> languageSet() {
        return languageSet;
    }

    /**
     * Classifies every item of every test file of the set's languages, single-threaded, and
     * scores it against the file's label.
     *
     * @param dataDir the data folder (see the class comment)
     * @param categories which category folders to read, each one of {@link #CATEGORIES}
     * @param limit items read per file, from the top; 0 for all
     * @throws IllegalArgumentException on an unknown category or a negative limit
     * @throws IOException when a test file cannot be read
     */
    public Report run(Path dataDir, List<String> categories, int limit) throws IOException {
        for (String c : categories) {
            if (!CATEGORIES.contains(c)) {
                throw new IllegalArgumentException("unknown category '" + c + "', expected one of " + CATEGORIES);
            }
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        List<Score> scores = new ArrayList<>();
        Set<String> unscored = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        long detectNanos = 0;
        for (String category : categories) {
            Path folder = dataDir.resolve(category);
            unscored.addAll(labelsIn(folder));
            for (String lang : languageSet) {
                Path file = folder.resolve(lang + ".txt");
                if (!Files.isRegularFile(file)) {
                    missing.add(lang + " (" + category + ")");
                    continue;
                }
                List<String> items = readItems(file, limit);
                int correct = 0;
                long start = System.nanoTime();
                for (String item : items) {
                    if (lang.equals(classifier.apply(item))) {
                        correct++;
                    }
                }
                detectNanos += System.nanoTime() - start;
                scores.add(new Score(lang, category, items.size(), correct));
            }
        }
        unscored.removeAll(languageSet);
        return new Report(languageSet, List.copyOf(categories), List.copyOf(scores), List.copyOf(unscored),
                List.copyOf(missing), load, detectNanos);
    }

    private static List<String> labelsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).toList();
        }
    }

    private static List<String> readItems(Path file, int limit) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            Stream<String> items = lines.map(String::strip).filter(s -> !s.isEmpty());
            return (limit > 0 ? items.limit(limit) : items).toList();
        }
    }

    private static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What building the detector cost.
     *
     * @param lowAccuracy whether Lingua's low accuracy mode was used
     * @param loadMillis wall time to build the preloaded detector
     * @param heapBytes heap in use after loading and two garbage collections
     */
    public record Load(boolean lowAccuracy, long loadMillis, long heapBytes) {
    }

    /** Correct answers for one language in one category. */
    public record Score(String language, String category, int items, int correct) {
        /** Percentage correct; 0 for an empty file. */
        public double accuracy() {
            return items == 0 ? 0 : 100.0 * correct / items;
        }
    }

    /**
     * The outcome of one run.
     *
     * @param languageSet the evaluated languages
     * @param categories the categories read
     * @param scores one per language and category that had a test file
     * @param unscored labels with test files that are not in the set, hence not scored
     * @param missing set languages without a test file, as {@code lang (category)}
     * @param load what building the detector cost
     * @param detectNanos time spent in the classifier, summed over all items
     */
    public record Report(List<String> languageSet, List<String> categories, List<Score> scores,
            List<String> unscored, List<String> missing, Load load, long detectNanos) {

        /** Mean of the per-language accuracies in {@code category} (each language weighs the same). */
        public double meanAccuracy(String category) {
            return scores.stream().filter(s -> s.category().equals(category)).mapToDouble(Score::accuracy)
                    .average().orElse(0);
        }

        /** The score of one language in one category, or null when it had no test file. */
        public Score score(String language, String category) {
            return scores.stream().filter(s -> s.language().equals(language) && s.category().equals(category))
                    .findFirst().orElse(null);
        }

        /** Items classified, over all categories. */
        public long items() {
            return scores.stream().mapToLong(Score::items).sum();
        }

        /** Items classified per second of classifier time, single thread. */
        public double itemsPerSecond() {
            return detectNanos == 0 ? 0 : items() * 1e9 / detectNanos;
        }

        /** A plain-text table: per-language items and accuracy by category, a mean row, then costs. */
        public String toTable() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-6s", "lang"));
            for (String c : categories) {
                sb.append(String.format(Locale.ROOT, " %16s", c));
            }
            sb.append('\n').append(String.format(Locale.ROOT, "%-6s", ""));
            for (int i = 0; i < categories.size(); i++) {
                sb.append(String.format(Locale.ROOT, " %7s %8s", "items", "acc %"));
            }
            sb.append('\n');
            for (String lang : languageSet) {
                if (scores.stream().noneMatch(s -> s.language().equals(lang))) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%-6s", lang));
                for (String c : categories) {
                    Score s = score(lang, c);
                    sb.append(s == null ? String.format(Locale.ROOT, " %7s %8s", "-", "-")
                            : String.format(Locale.ROOT, " %7d %8.2f", s.items(), s.accuracy()));
                }
                sb.append('\n');
            }
            sb.append(String.format(Locale.ROOT, "%-6s", "mean"));
            for (String c : categories) {
                int n = scores.stream().filter(s -> s.category().equals(c)).mapToInt(Score::items).sum();
                sb.append(String.format(Locale.ROOT, " %7d %8.2f", n, meanAccuracy(c)));
            }
            sb.append('\n');
            if (!unscored.isEmpty()) {
                sb.append("not scored (not in the language set): ").append(String.join(", ", unscored)).append('\n');
            }
            if (!missing.isEmpty()) {
                sb.append("no test file for: ").append(String.join(", ", missing)).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "mode:       %s accuracy, %d languages, preloaded%n",
                    load.lowAccuracy() ? "low" : "high", languageSet.size()));
            sb.append(String.format(Locale.ROOT, "load time:  %.2f s (wall)%n", load.loadMillis() / 1000.0));
            sb.append(String.format(Locale.ROOT, "heap:       %.0f MB after load (2x System.gc())%n",
                    load.heapBytes() / (1024.0 * 1024.0)));
            sb.append(String.format(Locale.ROOT, "throughput: %d items in %.2f s = %.0f items/s (single thread)%n",
                    items(), detectNanos / 1e9, itemsPerSecond()));
            return sb.toString();
        }
    }
}
