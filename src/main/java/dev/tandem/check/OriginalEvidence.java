package dev.tandem.check;

import dev.tandem.align.Bead;
import dev.tandem.align.NameKeys;
import dev.tandem.align.NumbersAndDates;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the translation translates this original at all, told from the whole document rather
 * than bead by bead: a translation that names another article's page as its original is
 * {@code WRONG_ORIGINAL}, an error that fails the record's checks.
 *
 * <p>Two kinds of evidence are read. The facts that carry over into any translation (numbers,
 * dates, acronyms, and names that are spelled rather than translated) must mostly be found on the
 * other side; and the sentences paired must translate a good share of the original's words, as
 * the word tables ({@link LexicalEvidence}) tell. Length alone pairs unrelated sentences easily in
 * short articles. For a language pair without tables the second kind is how much the aligner
 * believes the sentences it paired. Either kind, when clearly against, is enough.
 */
final class OriginalEvidence {
    /**
     * Fewer facts than this and their share says little: a short article may have one number that
     * the translation restates in other units. On eval-checks, four kept every faithful FLORES
     * vi→fr translation passing (three failed two, whose names the translation respells: Giza as
     * Gizeh, Khufu as Khéops, and whose miles it converts).
     */
    static final int FEWEST_FACTS = 4;
    /**
     * Under this share of the original's facts found in the translation, it is another article's.
     * On eval-checks vi→fr (originals with four facts or more), faithful translations had 0.56 of
     * them and more on NTREX and 0.2 and more on FLORES; another article's original 0.25 at most.
     */
    static final double LEAST_SHARED_FACTS = 0.2;
    /**
     * Under this mean score of the beads that pair both sides, the aligner believes too little of
     * the pairing. Faithful translations on eval-checks scored 0.91 at the lowest (NTREX vi→fr),
     * another article's original a median of 0.53 (NTREX) and 0.88 (FLORES, whose three- to
     * five-sentence articles length pairs easily).
     */
    static final double LEAST_MEAN_SCORE = 0.8;
    /**
     * When the original has at least two facts and the translation this share of them, doubtful
     * beads are taken for a free or condensed translation, not for another article: a faithful
     * four-sentence translation with one sentence condensed scored 0.69. On eval-checks this
     * spared no other article's original that the score rule alone would have failed, on NTREX,
     * and 1% of them on FLORES.
     */
    static final double FACTS_AGREE = 0.5;
    /**
     * The median share of the original's words that a faithful translation's paired sentences
     * translate, per language pair, measured on NTREX-128's 62 articles (eval-checks development
     * data): the tables judge Han characters one by one, so zh→fr covers less than vi→en.
     */
    static final Map<String, Double> EXPECTED_COVERAGE = Map.of(
            "vi-fr", 0.70, "fr-vi", 0.65, "vi-en", 0.79, "zh-fr", 0.51, "es-vi", 0.65);
    /** For a pair not measured: the lowest of {@link #EXPECTED_COVERAGE}, so that faithful translations are spared. */
    static final double LOWEST_EXPECTED_COVERAGE = 0.51;
    /**
     * Under this share of the pair's expected coverage, the translation is another article's. On
     * eval-checks (three other articles' originals per translation), with the aligner that weighs
     * the word tables: 0.6 failed 100% / 97.5% of the vi→fr wrong originals (NTREX / FLORES), 0.65
     * 100% / 98.5%, and neither a faithful vi→fr translation; 0.65 fails 3 of 62 faithful NTREX
     * zh→fr translations (0.6: 2). With the aligner before it, 0.5 caught 96.2% / 89.8%, 0.6
     * 100% / 98.2%.
     */
    static final double LEAST_LEXICAL_SHARE = 0.65;
    /**
     * Fewer words the tables can judge than this, and the share says little: a faithful one-line
     * pair ("Ngày 19/6, hai bên hội đàm." / "Le 18 juin, les deux parties ont discuté.") has five,
     * two of them translated. FLORES articles, the shortest in eval-checks, have about 50.
     */
    static final int FEWEST_JUDGED_WORDS = 30;
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}\\d])\\p{Lu}[\\p{L}\\p{M}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

    private OriginalEvidence() {
    }

    /**
     * What the whole document says about the pairing.
     *
     * @param facts the original's facts that carry over into a translation
     * @param sharedFacts how many of them the translation has
     * @param meanScore the mean score of the beads with both sides, 1 when there are none
     * @param lexicalCoverage the share of the original's words that the word tables judge and that
     *     the sentences paired with them translate, or -1 when the pair has no tables
     */
    record Measured(int facts, int sharedFacts, double meanScore, double lexicalCoverage) {
        double sharedShare() {
            return facts == 0 ? 1 : (double) sharedFacts / facts;
        }
    }

    /** Measures the document-level evidence of {@code in}. */
    static Measured measure(CheckInput in) {
        Set<String> facts = new LinkedHashSet<>();
        in.source().forEach(segment -> facts.addAll(sourceFacts(segment.text(), in.sourceLanguage())));
        Set<String> target = new HashSet<>();
        in.target().forEach(segment -> target.addAll(targetFacts(segment.text(), in.targetLanguage())));
        int shared = 0;
        for (String fact : facts) {
            shared += target.contains(fact) ? 1 : 0;
        }
        double sum = 0;
        int paired = 0;
        for (Bead b : in.sentences()) {
            if (!b.source().isEmpty() && !b.target().isEmpty()) {
                sum += b.score();
                paired++;
            }
        }
        return new Measured(facts.size(), shared, paired == 0 ? 1 : sum / paired, lexicalCoverage(in));
    }

    /**
     * The share of the original's words (those the tables can judge) that the sentences the aligner
     * paired them with translate, or -1 without tables or with fewer than
     * {@link #FEWEST_JUDGED_WORDS} such words. Sentences left unpaired count as not
     * translated: another article's page is mostly unpaired or paired by length alone.
     */
    private static double lexicalCoverage(CheckInput in) {
        LexicalEvidence lexicon = LexicalEvidence.of(in.tables(), in.sourceLanguage(), in.targetLanguage());
        return lexicon.documentCoverage(CheckInput.texts(in.source()), CheckInput.texts(in.target()), in.sentences())
                .filter(c -> c.judged() >= FEWEST_JUDGED_WORDS)
                .map(c -> Math.min(1, (double) c.rendered() / c.judged()))
                .orElse(-1.0);
    }

    /** The {@code WRONG_ORIGINAL} finding, when the evidence says the translation is another article's. */
    static Optional<Finding> wrongOriginal(CheckInput in) {
        if (in.source().isEmpty() || in.target().isEmpty()) {
            return Optional.empty();
        }
        Measured m = measure(in);
        if (m.facts() >= FEWEST_FACTS && m.sharedShare() < LEAST_SHARED_FACTS) {
            return Optional.of(finding(String.format(Locale.ROOT,
                    "The translation does not seem to translate this original: it has %d of the original's %d numbers, "
                            + "dates and names.", m.sharedFacts(), m.facts())));
        }
        if (m.lexicalCoverage() >= 0) {
            double least = LEAST_LEXICAL_SHARE * expectedCoverage(in.sourceLanguage(), in.targetLanguage());
            return m.lexicalCoverage() >= least ? Optional.empty() : Optional.of(finding(String.format(Locale.ROOT,
                    "The translation does not seem to translate this original: its sentences translate %.0f%% of the "
                            + "original's words, under the %.0f%% expected of a translation.",
                    100 * m.lexicalCoverage(), 100 * least)));
        }
        boolean factsAgree = m.facts() >= 2 && m.sharedShare() >= FACTS_AGREE;
        if (m.meanScore() < LEAST_MEAN_SCORE && !factsAgree) {
            return Optional.of(finding(String.format(Locale.ROOT,
                    "The translation does not seem to translate this original: the aligner believes its pairs of "
                            + "sentences with a mean score of %.2f, under %.2f.", m.meanScore(), LEAST_MEAN_SCORE)));
        }
        return Optional.empty();
    }

    /** {@link #EXPECTED_COVERAGE} of the pair, or the lowest measured when the pair was not measured. */
    static double expectedCoverage(String sourceLanguage, String targetLanguage) {
        return EXPECTED_COVERAGE.getOrDefault(sourceLanguage + "-" + targetLanguage, LOWEST_EXPECTED_COVERAGE);
    }

    private static Finding finding(String message) {
        return new Finding(Checker.WRONG_ORIGINAL, Finding.ERROR, List.of(), List.of(), message);
    }

    /**
     * Numbers and dates, acronyms, and in a Vietnamese original the capitalised words that cannot
     * be Vietnamese syllables: names spelled, not translated. In other originals capitalised words
     * are left out: French or Spanish capitalise country and institution names that a Vietnamese
     * translation renders in its own words ("Rome" as "La Mã"), which failed 13 of 281 faithful
     * FLORES fr→vi translations.
     */
    static Set<String> sourceFacts(String text, String language) {
        Set<String> facts = new LinkedHashSet<>(NumbersAndDates.read(text, language));
        boolean vietnamese = language.equals("vi");
        Matcher word = CAPITALISED.matcher(text);
        while (word.find()) {
            String w = word.group();
            boolean acronym = ACRONYM.matcher(w).matches();
            boolean name = vietnamese && word.start() > 0 && w.chars().allMatch(c -> c < 128)
                    && !NameChecks.couldBeVietnamese(w);
            if (acronym || name) {
                facts.add("name:" + NameKeys.key(w));
            }
        }
        return facts;
    }

    /** The translation's numbers and dates, and the key of every word. */
    static Set<String> targetFacts(String text, String language) {
        Set<String> facts = new HashSet<>(NumbersAndDates.read(text, language));
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            facts.add("name:" + NameKeys.key(word.group()));
        }
        return facts;
    }
}
