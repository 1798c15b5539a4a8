package dev.tandem.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a translation renders an acronym of the original without writing it: with the same letters
 * in another order (HIV as VIH), spelled out ("Cour internationale de justice" for ICJ,
 * "intelligence artificielle" for AI), or as the country an ISO code names ("États-Unis" for USA).
 * An acronym of the translation's own (PIB for GDP) is paired by {@link NameChecks}.
 */
final class Acronyms {
    static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Roman numerals of I, V and X (World War II, thế kỷ XIX): numbers, which French writes "IIe" or in words. */
    static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");
    /**
     * The shortest word that spells out a letter of a two-letter acronym. Two short words with the
     * right initials are found in most sentences; two of five letters or more ("intelligence
     * artificielle" for AI, "membres de l'Assemblée" for AM) are rare beside a dropped acronym.
     */
    private static final int TWO_LETTER_WORD = 5;
    private Acronyms() {
    }

    /** Whether {@code name} is an acronym: two capitals or more, a whole word. */
    static boolean is(String name) {
        return ACRONYM.matcher(name).matches();
    }

    /** Whether the translation has an acronym of the same letters in another order: ICJ as CIJ, HIV as VIH. */
    static boolean reordered(String name, String target) {
        if (!is(name)) {
            return false;
        }
        String letters = sortedLetters(name);
        Matcher acronym = ACRONYM.matcher(target);
        while (acronym.find()) {
            if (sortedLetters(acronym.group()).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the translation spells the acronym out: consecutive words, short lower-case ones
     * ("de", "of", "l'") left out, whose initials are its letters in any order. "Cour
     * internationale de justice" renders ICJ, "intelligence artificielle" AI. The words spelling a
     * two-letter acronym must have {@link #TWO_LETTER_WORD} letters or more.
     */
    static boolean spelledOut(String acronym, String target) {
        List<Character> initials = new ArrayList<>();
        Matcher word = WORD.matcher(target);
        while (word.find()) {
            String w = word.group();
            boolean counts = acronym.length() < 3 ? w.length() >= TWO_LETTER_WORD : w.length() > 3 || Character.isUpperCase(w.charAt(0));
            if (counts) {
                // the letter without its accent: "État" counts as E
                initials.add(Character.toLowerCase(Normalizer.normalize(w.substring(0, 1), Normalizer.Form.NFD).charAt(0)));
            } else if (acronym.length() < 3 && w.length() > 3) {
                // a two-letter acronym is spelled by neighbouring words only
                initials.add(' ');
            }
        }
        String letters = sortedLetters(acronym.toLowerCase(Locale.ROOT));
        for (int i = 0; i + acronym.length() <= initials.size(); i++) {
            StringBuilder window = new StringBuilder();
            for (int k = i; k < i + acronym.length(); k++) {
                window.append(initials.get(k));
            }
            if (sortedLetters(window.toString()).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the acronym is an ISO 3166 code of a country (USA, GBR), or the English US or UK,
     * that the translation names in its language, every word of the name ("États-Unis").
     */
    static boolean countryNamed(String acronym, String language, String target) {
        String name = LocalNames.countryByCode(language, acronym);
        if (name == null) {
            return false;
        }
        String text = fold(target);
        for (String part : fold(name).split("[^\\p{L}]+")) {
            if (!part.isEmpty() && !Pattern.compile("(?<!\\p{L})" + Pattern.quote(part) + "(?!\\p{L})").matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    /** The translation's acronyms that match no word of the source, in order. */
    static List<String> unmatched(String target, Set<String> sourceWords) {
        List<String> acronyms = new ArrayList<>();
        Matcher acronym = ACRONYM.matcher(target);
        while (acronym.find()) {
            if (!ROMAN.matcher(acronym.group()).matches() && !sourceWords.contains(NameChecks.key(acronym.group()))) {
                acronyms.add(acronym.group());
            }
        }
        return acronyms;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String sortedLetters(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }
}
