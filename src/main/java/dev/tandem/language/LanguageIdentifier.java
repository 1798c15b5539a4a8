package dev.tandem.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Detects the language of texts with one shared, preloaded Lingua detector over a configured set
 * of languages. Build it once: loading the models is the expensive part (measured here: three
 * languages take ~1.3 s and ~70 MB, all 75 take 12-14 s and ~1.4 GB), detection itself is
 * thread-safe.
 */
public final class LanguageIdentifier {
    /**
     * Text read for one answer: a whole article is judged by its first 500 characters (cut at a
     * space). Lingua's cost grows with the text: every word goes through its script rules, every
     * trigram through each candidate's model. Over 450 stretches of NTREX-128 articles in the nine
     * default languages, 300, 500 and 1,000 characters gave the same, right, answer.
     */
    static final int MOST_READ = 500;
    /**
     * Text read for a segment among known candidates: 200 characters, a sentence or two, never
     * under the 120 at which Lingua starts reading 1- to 5-grams instead of trigrams alone (five
     * times the work). Over 4,527 two-sentence paragraphs of NTREX-128 in nine languages, 200
     * characters got 2 fewer right than 300, and cost a quarter to a half less. 150 characters
     * cost a fifth less again on the Latin-script pairs for as many right, but the confidence the
     * record shows fell for plainly Vietnamese paragraphs (1.0 to 0.40 in the example record), so
     * we kept 200 (README, Language detection).
     */
    static final int MOST_READ_AMONG = 200;

    /** The detector over the whole set, once its models are loaded. */
    private final CompletableFuture<LanguageDetector> detector;
    private final List<String> codes;
    private final boolean lowAccuracy;
    /** Detectors over subsets of the languages; they share the loaded models. */
    private final Map<List<String>, LanguageDetector> subsets = new ConcurrentHashMap<>();

    private LanguageIdentifier(CompletableFuture<LanguageDetector> detector, List<String> codes, boolean lowAccuracy) {
        this.detector = detector;
        this.codes = codes;
        this.lowAccuracy = lowAccuracy;
    }

    /** Loads the full (high accuracy) models of the given languages; see {@link #of(List, boolean)}. */
    public static LanguageIdentifier of(List<String> isoCodes) {
        return of(isoCodes, false);
    }

    /**
     * Loads the models of the given languages.
     *
     * @param isoCodes ISO 639-1 codes such as {@code vi}, {@code fr}; at least two
     * @param lowAccuracy load only Lingua's trigram models: measured here on 14 languages, about a
     *     tenth of the heap and a third of the load time, for 0.5 points less on sentences and 5
     *     points less on word pairs (README)
     * @throws IllegalArgumentException on an unknown code
     */
    public static LanguageIdentifier of(List<String> isoCodes, boolean lowAccuracy) {
        LanguageDetectorBuilder builder = builder(isoCodes, lowAccuracy);
        return new LanguageIdentifier(CompletableFuture.completedFuture(builder.build()), List.copyOf(isoCodes),
                lowAccuracy);
    }

    /**
     * Starts loading the models on a thread of its own and returns at once; detection waits for
     * them. The service loads them while Camel starts, and says it is ready once both are done.
     *
     * @throws IllegalArgumentException on an unknown code, at once
     */
    public static LanguageIdentifier loading(List<String> isoCodes, boolean lowAccuracy) {
        LanguageDetectorBuilder builder = builder(isoCodes, lowAccuracy);
        CompletableFuture<LanguageDetector> detector = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                detector.complete(builder.build());
            } catch (RuntimeException | Error e) {
                detector.completeExceptionally(e);
            }
        }, "tandem-language-models");
        loader.setDaemon(true);
        loader.start();
        return new LanguageIdentifier(detector, List.copyOf(isoCodes), lowAccuracy);
    }

    private static LanguageDetectorBuilder builder(List<String> isoCodes, boolean lowAccuracy) {
        if (isoCodes.size() < 2) {
            throw new IllegalArgumentException("a language set needs at least two languages, got " + isoCodes);
        }
        IsoCode639_1[] iso = isoCodes.stream().map(LanguageIdentifier::isoCode).toArray(IsoCode639_1[]::new);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(iso).withPreloadedLanguageModels();
        return lowAccuracy ? builder.withLowAccuracyMode() : builder;
    }

    /** Waits until the models are loaded. */
    public void awaitLoaded() {
        detector.join();
    }

    /** The ISO 639-1 codes this identifier can answer with. */
    public List<String> languages() {
        return codes;
    }

    /** The most likely language of {@code text}, or {@code und} when there is nothing to go on. */
    public LanguageGuess detect(String text) {
        return guess(detector.join(), text);
    }

    /**
     * The most likely of the given languages (those of them this identifier has), for a segment
     * whose candidates are known: a sentence of a vi-fr pair is vi, fr or, say, an English quote.
     * Two or three candidates instead of nine make it about twice as fast; the models are the
     * ones already loaded.
     */
    public LanguageGuess detectAmong(String text, String... candidates) {
        List<String> known = Arrays.stream(candidates).filter(codes::contains).distinct().sorted().toList();
        if (known.size() < 2) {
            return detect(text);
        }
        detector.join(); // the subsets read the models the full detector loads
        LanguageDetector subset = subsets.computeIfAbsent(known, k -> {
            LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(
                    k.stream().map(LanguageIdentifier::isoCode).toArray(IsoCode639_1[]::new));
            return (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
        });
        return guess(subset, head(text, MOST_READ_AMONG));
    }

    private static LanguageGuess guess(LanguageDetector detector, String text) {
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(head(text, MOST_READ));
        if (values.isEmpty()) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, 0);
        }
        Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        Map.Entry<Language, Double> top = it.next();
        double runnerUp = it.hasNext() ? it.next().getValue() : 0;
        if (top.getKey() == Language.UNKNOWN || top.getValue() <= 0) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, 0);
        }
        double margin = Math.max(0, Math.min(1, 1 - runnerUp / top.getValue()));
        return new LanguageGuess(top.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), round(margin));
    }

    /** The text up to {@code most} characters, cut at a space when there is one. */
    static String head(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int cut = text.lastIndexOf(' ', most);
        return text.substring(0, cut > most / 2 ? cut : most);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * Whether {@code code} is the ISO 639-1 code of a language Lingua has models for, and so one
     * tandem can detect and pair: commands check a code an operator gives against it before work.
     */
    public static boolean knows(String code) {
        try {
            isoCode(code);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static IsoCode639_1 isoCode(String code) {
        try {
            IsoCode639_1 iso = IsoCode639_1.valueOf(code.trim().toUpperCase(Locale.ROOT));
            if (iso == IsoCode639_1.NONE) {
                throw new IllegalArgumentException(code);
            }
            return iso;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 639-1 language code '" + code + "'", e);
        }
    }
}
