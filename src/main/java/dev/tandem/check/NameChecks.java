package dev.tandem.check;

import dev.tandem.align.NameKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that must survive translation, compared bead by bead ({@code NAME_MISSING},
 * {@code NAME_ADDED}).
 *
 * <p>Names are compared only where spelling carries over: acronyms ({@code KCNA}) on both sides,
 * and, in a Vietnamese original, capitalised words that cannot be Vietnamese syllables
 * ({@code Krivoruchko}, {@code Putin}, {@code Jong}): more than one vowel group, or a letter
 * Vietnamese does not use (f, j, w, z). Native names such as "Triều Tiên", and plain syllables such
 * as "Trung", are translated, not spelled, and are left to the reviewer. A name matches a word of
 * the other side that differs by at most two letters once diacritics are gone, so that
 * "Putin"/"Poutine", "Moskva"/"Moscou" and "Alexei"/"Alexeï" agree. A name is also rendered by a
 * word formed from it ("indonésienne"), by an acronym of the same letters (HIV/VIH), by a
 * capitalised word of the translation that matches nothing in the source and begins with the
 * same two letters ("Londres"; for a country, its first four letters in the translation's
 * language: "Afghanes", not "Afrique"), by the country's name in the translation's language
 * ("Islande"), or hyphenated ("Wi-Fi"). An acronym is also rendered when the translation spells it
 * out ({@link Acronyms}: "Cour internationale de justice" for ICJ, "intelligence artificielle" for
 * AI), names the currency ("dollars" for USD) or the country of an ISO code ("États-Unis" for USA),
 * or has an acronym of its own the source lacks (PIB for GDP). Last, a name is rendered when the
 * English word tables say a word of the translation translates it ({@link LexicalEvidence}):
 * exonyms that begin otherwise (Scotland/Écosse, also written "Ecosse"), demonyms ("gallois"),
 * English words a Vietnamese original keeps ("Council" as "conseil", "Island" as "île" beside the
 * kept "Chuuk"), and acronyms the tables know (TV as "télévision"). Roman numerals (II, XIX) are
 * numbers, English titles before a name (Reverend) and the common era (SCN) are no names.
 */
public final class NameChecks {
    private static final Pattern ACRONYM = Acronyms.ACRONYM;
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}]{3,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)+");
    /**
     * Vietnamese era markers after a year: "SCN" (sau Công nguyên, AD), which French and English
     * leave implicit, and "TCN" (trước Công nguyên, BC), which they write out; a year whose BC
     * is lost is another year, so TCN must be rendered.
     */
    private static final String COMMON_ERA = "SCN";
    private static final String BEFORE_COMMON_ERA = "TCN";
    private static final Pattern BEFORE_COMMON_ERA_WRITTEN = Pattern.compile(
            "(?iu)av(?:\\.|ant)\\s*(?:J\\.?-?C\\.?|Jésus-Christ|notre ère)|(?-i:\\bB\\.?C\\.?(?:E\\.?)?)(?![\\p{L}])|before Christ|before the common era");
    private static final Pattern ROMAN = Acronyms.ROMAN;
    /**
     * How many first letters of a country's name in the translation's language a capitalised word
     * must share to render it: "Afghanes" (Afghanistan), "Allemands" (Allemagne); "Afrique" hid a
     * dropped Afghanistan on FLORES vi→fr.
     */
    private static final int COUNTRY_PREFIX = 4;
    /**
     * English titles a Vietnamese original keeps before a name ("Trung tá Reverend Bernard Vann"),
     * which a translation writes its own way or leaves out: the title is no name.
     */
    private static final Set<String> ENGLISH_TITLES = Set.of("Reverend", "Father", "Sister", "Lord", "Lady", "Dame");
    /** A capitalised word after a name, possibly across "of", "de" or "the": "Chariots of Fire", "Chuuk Island". */
    private static final Pattern NEIGHBOUR_AFTER = Pattern.compile("^[\\s’'-]+(?:(?:of|the|de|du|des)\\s+)?(\\p{Lu}[\\p{L}\\p{M}]+)");
    private static final Pattern NEIGHBOUR_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}]+)(?:[’']s)?(?:\\s+(?:of|the|de|du|des))?[\\s-]+$");
    /** Languages whose words are single syllables, where a foreign name stands out. */
    private static final Set<String> SYLLABIC = Set.of("vi");
    /**
     * Titles Vietnamese abbreviates before a name, with a full stop: "TT. Trump" (tổng thống,
     * president), "TS." (tiến sĩ), "GS." and "PGS." (giáo sư), "BS." (bác sĩ), "KS." (kỹ sư),
     * "LS." (luật sư). A translation writes the title out or leaves it: they are no names (2 of
     * the names reported missing on NTREX vi→fr).
     */
    private static final Set<String> VIETNAMESE_TITLES = Set.of("TT", "TS", "GS", "PGS", "BS", "KS", "LS");
    /** The fewest capitalised words of a title in title case: a name seldom has four. */
    private static final int TITLE_WORDS = 4;
    /**
     * English function words, which only title case capitalises inside a phrase: grammar words,
     * not names.
     */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("About", "Into", "Of", "The", "And", "For", "With",
            "From", "To", "In", "On", "At", "By", "A", "An", "Over", "Under", "Without", "Is", "Are", "Was");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    private static final Pattern NOT_VIETNAMESE_LETTER = Pattern.compile("[fjwz]");

    private NameChecks() {
    }

    /** Adds the name findings of one bead. */
    static void run(List<Finding> findings, List<String> sourceIds, List<String> targetIds, String source,
            String target, String sourceLanguage, String targetLanguage, LexicalEvidence lexicon, NameContext around) {
        Set<String> targetWords = keys(WORD, target);
        // a name the translation writes with a hyphen: "Wi-Fi" for WiFi
        targetWords.addAll(keys(HYPHENATED, target));
        // The keys of every source word are wanted only when a name is not found as written, or
        // the translation has an acronym: most beads need neither (a tenth of the checks' time).
        Set<String> sourceWords = null;
        List<String> renderings = null;
        List<String> acronyms = null;
        Set<String> usedAcronyms = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (String name : sourceNames(source, sourceLanguage)) {
            String key = key(name);
            boolean isAcronym = Acronyms.is(name);
            if (nearAny(key, targetWords) || derivedAny(key, 2, targetWords) || Acronyms.reordered(name, target)
                    || name.equals(BEFORE_COMMON_ERA) && sourceLanguage.equals("vi") && BEFORE_COMMON_ERA_WRITTEN.matcher(target).find()
                    || countryRendered(key, targetLanguage, targetWords)
                    || isAcronym && (LocalNames.currencyRendered(name, targetLanguage, target)
                            || Acronyms.spelledOut(name, target) || Acronyms.countryNamed(name, targetLanguage, target))) {
                continue;
            }
            if (renderings == null) {
                sourceWords = keys(WORD, source);
                renderings = renderings(target, sourceWords);
                acronyms = Acronyms.unmatched(target, sourceWords);
            }
            // An acronym is often translated into another (GDP as PIB, LHQ as ONU); a name may be
            // spelled the translation's own way. A country's name in the translation's language is
            // known: a word formed from it begins as it does ("Afghanes"), "Afrique" does not.
            boolean rendered;
            if (isAcronym) {
                rendered = !acronyms.isEmpty() && usedAcronyms.add(acronyms.remove(0));
            } else {
                String country = LocalNames.country(targetLanguage, key);
                rendered = renderings.remove(country == null ? renderingOf(key, 2, renderings)
                        : renderingOf(country, COUNTRY_PREFIX, renderings));
            }
            if (!rendered && !lexicon.glossaryRenders(name, target)
                    && !lexicon.rendersName(name, sourceWords, target, isAcronym, keptNeighbour(source, name, targetWords))
                    && (isAcronym || !lexicon.rendersNameByDemonym(name, sourceWords, target))) {
                around.explain(name, source, target).ifPresentOrElse(findings::add, () -> missing.add(name));
            }
        }
        for (String name : wholeNames(source, missing)) {
            String title = titleAround(source, name);
            findings.add(title == null
                    ? new Finding("NAME_MISSING", Finding.WARNING, sourceIds, targetIds,
                            "\"" + name + "\" is in the source but not in the translation.")
                    : new Finding("TITLE_WORD_MISSING", Finding.INFO, sourceIds, targetIds, "\"" + name
                            + "\" is not in the translation; it is a word of the title \"" + title
                            + "\", written in title case, which a translation translates."));
        }
        Matcher acronym = ACRONYM.matcher(target);
        Set<String> seen = new LinkedHashSet<>();
        while (acronym.find()) {
            if (!seen.add(acronym.group()) || ROMAN.matcher(acronym.group()).matches()
                    || usedAcronyms.contains(acronym.group())) {
                continue;
            }
            if (sourceWords == null) {
                sourceWords = keys(WORD, source);
            }
            if (!sourceWords.contains(key(acronym.group())) && !Acronyms.reordered(acronym.group(), source)) {
                findings.add(new Finding("NAME_ADDED", Finding.INFO, sourceIds, targetIds,
                        "\"" + acronym.group() + "\" is in the translation but not in the source."));
            }
        }
    }

    /**
     * The missing names, with names that follow each other in the source joined into one
     * ("Tennent Premiership"): one name dropped is one finding, not one per word.
     */
    private static List<String> wholeNames(String source, List<String> missing) {
        List<String> whole = new ArrayList<>();
        for (String name : missing) {
            int last = whole.size() - 1;
            if (last >= 0 && Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(whole.get(last)) + "\\s+"
                    + Pattern.quote(name) + "(?![\\p{L}\\p{M}])").matcher(source).find()) {
                whole.set(last, whole.get(last) + " " + name);
            } else {
                whole.add(name);
            }
        }
        return whole;
    }

    /**
     * The title written in title case that {@code name} is a word of, or null: four capitalised
     * words or more in a row, "the", "of" or "and" between them allowed, one of which is an
     * English function word written with a capital ("Few Hard Truths About Sneaking Into the
     * Hollywood Boys"). There every word is capitalised, so a capital marks no name, and a
     * translation translates the title's words.
     */
    static String titleAround(String source, String name) {
        String word = "\\p{Lu}[\\p{L}\\p{M}’']*";
        Matcher run = Pattern.compile("(?<![\\p{L}\\p{M}])" + word + "(?:\\s+(?:(?:the|of|and|a|an)\\s+)?" + word + ")+")
                .matcher(source);
        while (run.find()) {
            List<String> words = List.of(run.group().split("\\s+"));
            if (run.start() <= source.indexOf(name, run.start()) && source.indexOf(name, run.start()) < run.end()
                    && words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count() >= TITLE_WORDS
                    && words.stream().anyMatch(TITLE_FUNCTION_WORDS::contains)) {
                return run.group();
            }
        }
        return null;
    }

    /**
     * Whether a word of the translation is formed from the name, as a demonym or an adjective is:
     * "indonésienne" from Indonesia, "chilienne" from Chile, "parisiens" from Paris. The name's key
     * less its last {@code ending} letters, and at least four, must begin the word.
     */
    private static boolean derivedAny(String key, int ending, Set<String> words) {
        int stem = Math.max(4, key.length() - ending);
        if (key.length() < stem) {
            return false;
        }
        String prefix = key.substring(0, stem);
        for (String word : words) {
            if (word.length() > stem && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the translation names the country by its own name ({@link LocalNames}), or by a
     * word formed from that name: "Roumanie" or "roumaine" for Romania, "Islande" for Iceland.
     */
    private static boolean countryRendered(String key, String targetLanguage, Set<String> words) {
        String local = LocalNames.country(targetLanguage, key);
        return local != null && (nearAny(local, words) || derivedAny(local, 3, words));
    }

    /**
     * Keys of the capitalised words inside the translation's sentences that match no word of the
     * source: names the translation spells its own way. The first word of a sentence is left out,
     * as it is capitalised anyway.
     */
    private static List<String> renderings(String target, Set<String> sourceWords) {
        List<String> renderings = new ArrayList<>();
        Matcher word = CAPITALISED.matcher(target);
        while (word.find()) {
            String key = key(word.group());
            if (!sentenceStart(target, word.start()) && !nearAny(key, sourceWords)) {
                renderings.add(key);
            }
        }
        return renderings;
    }

    /**
     * The translation's own spelling of a name, when it has one that begins with the same two
     * letters: "Londres" for London, "Catalogne" for Catalonia, "Alexandre" for Aleksandr. An
     * English translation capitalises many words the original does not (titles, days, months), so
     * any capitalised word would account for too much: it hid a third of the dropped names.
     */
    private static String renderingOf(String key, int letters, List<String> renderings) {
        for (String rendering : renderings) {
            if (key.length() >= 2 && rendering.startsWith(key.substring(0, Math.min(letters, key.length())))) {
                return rendering;
            }
        }
        return null;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** Acronyms, and in a language written with diacritics, capitalised words written without any. */
    private static Set<String> sourceNames(String source, String language) {
        Set<String> names = new LinkedHashSet<>();
        Matcher acronym = ACRONYM.matcher(source);
        while (acronym.find()) {
            boolean title = language.equals("vi") && VIETNAMESE_TITLES.contains(acronym.group())
                    && source.startsWith(".", acronym.end());
            title |= language.equals("vi") && acronym.group().equals(COMMON_ERA);
            if (!ROMAN.matcher(acronym.group()).matches() && !title) {
                names.add(acronym.group());
            }
        }
        if (SYLLABIC.contains(language)) {
            Matcher word = CAPITALISED.matcher(source);
            while (word.find()) {
                String w = word.group();
                if (w.chars().allMatch(c -> c < 128) && word.start() > 0 && !couldBeVietnamese(w)
                        && !(ENGLISH_TITLES.contains(w) && NEIGHBOUR_AFTER.matcher(source.substring(word.end())).find())) {
                    names.add(w);
                }
            }
        }
        return names;
    }

    /**
     * The key of a capitalised word beside {@code name} in the source ("Chariots" in "Chariots of
     * Fire", "Chuuk" in "Chuuk Island") that the translation spells, or null: the name is then part
     * of a longer one the translation keeps, whose other words it may translate ("Chariots de feu",
     * "l'île Chuuk").
     */
    private static String keptNeighbour(String source, String name, Set<String> targetWords) {
        Matcher at = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(name) + "(?![\\p{L}\\p{M}])").matcher(source);
        while (at.find()) {
            Matcher after = NEIGHBOUR_AFTER.matcher(source.substring(at.end()));
            Matcher before = NEIGHBOUR_BEFORE.matcher(source.substring(0, at.start()));
            if (after.find() && targetWords.contains(key(after.group(1)))) {
                return key(after.group(1));
            }
            if (before.find() && targetWords.contains(key(before.group(1)))) {
                return key(before.group(1));
            }
        }
        return null;
    }

    /** Whether an ASCII word could be one Vietnamese syllable: one vowel group, no f, j, w or z. */
    public static boolean couldBeVietnamese(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_VIETNAMESE_LETTER.matcher(w).find()) {
            return false;
        }
        Matcher vowels = VOWEL_GROUP.matcher(w);
        int groups = 0;
        while (vowels.find()) {
            groups++;
        }
        return groups == 1;
    }

    private static Set<String> keys(Pattern pattern, String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(key(m.group()));
        }
        return keys;
    }

    /**
     * Whether a word is the name spelled another way: equal keys, or keys apart by at most two
     * edits, one for a name of four or five letters, none for a shorter one. Two edits let
     * "LSU" match "is" and "Rowe" match "home": a dropped short name was never missed before.
     */
    static boolean nearAny(String key, Set<String> words) {
        int edits = key.length() <= 3 ? 0 : key.length() <= 5 ? 1 : 2;
        for (String word : words) {
            if (word.equals(key) || Math.abs(word.length() - key.length()) <= edits && distance(word, key) <= edits) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, without diacritics, in the transliteration skeleton of {@link NameKeys}. */
    static String key(String word) {
        return NameKeys.key(word);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
