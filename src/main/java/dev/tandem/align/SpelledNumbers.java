package dev.tandem.align;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a text writes a number out in words ("sept", "dix", "bốn triệu", "millième"), in its
 * language, with ICU's spell-out rules (cardinal and ordinal rule sets), not hand-made lists. A
 * translation often writes in words what the original writes in digits, and the other way round.
 */
public final class SpelledNumbers {
    private static final long LARGEST = 1_000_000_000L;
    private static final String NORTHERN_THOUSAND = "nghìn";
    /** Languages written without spaces between words. */
    private static final java.util.Set<String> CJK = java.util.Set.of("zh", "ja");
    private static final String CJK_NUMERALS = "〇零一二三四五六七八九十百千万萬亿億两兩";
    private static final String SOUTHERN_THOUSAND = "ngàn";
    private static final Map<String, List<String>> RULE_SETS = new ConcurrentHashMap<>();
    /**
     * Formatters per language, one set per thread: ICU's formatters are not thread-safe, and
     * building one parses the language's rules, which took 12% of a batch when done per number.
     */
    private static final ThreadLocal<Map<String, RuleBasedNumberFormat>> FORMATS =
            ThreadLocal.withInitial(HashMap::new);

    private SpelledNumbers() {
    }

    /**
     * Whether {@code text} holds {@code value} (a plain decimal such as {@code 7} or {@code 4000000})
     * written in words in {@code language}.
     */
    public static boolean mentions(String text, String value, String language) {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return false;
        }
        if (n < 0 || n > LARGEST) {
            return false;
        }
        // NTREX writes some Vietnamese decomposed; ICU spells numbers composed
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        RuleBasedNumberFormat format = FORMATS.get().computeIfAbsent(language,
                l -> new RuleBasedNumberFormat(new ULocale(l), RuleBasedNumberFormat.SPELLOUT));
        for (String ruleSet : ruleSets(language)) {
            String words = format.format(n, ruleSet).toLowerCase(Locale.ROOT);
            if (containsWords(lower, words, language) || containsWords(lower, words.replace('-', ' '), language)) {
                return true;
            }
            // ICU writes the northern "nghìn" (thousand); the south writes "ngàn" ("một ngàn năm")
            if (language.equals("vi") && words.contains(NORTHERN_THOUSAND)
                    && containsWords(lower, words.replace(NORTHERN_THOUSAND, SOUTHERN_THOUSAND), language)) {
                return true;
            }
        }
        return false;
    }

    /** The language's cardinal and ordinal spell-out rule sets. */
    private static List<String> ruleSets(String language) {
        return RULE_SETS.computeIfAbsent(language, l -> {
            List<String> sets = new ArrayList<>();
            for (String name : new RuleBasedNumberFormat(new ULocale(l), RuleBasedNumberFormat.SPELLOUT).getRuleSetNames()) {
                if (name.startsWith("%spellout-numbering") || name.startsWith("%spellout-cardinal")
                        || name.startsWith("%spellout-ordinal")) {
                    sets.add(name);
                }
            }
            return List.copyOf(sets);
        });
    }

    /**
     * Whether a character continues the number's word. Chinese and Japanese write no spaces: there
     * a number ends where its numeral characters do ("三" in "下午三点" is 3, in "三十" it is not).
     */
    private static boolean isWordChar(char c, boolean cjk) {
        return cjk ? CJK_NUMERALS.indexOf(c) >= 0 : Character.isLetter(c) || c == '-';
    }

    private static boolean containsWords(String text, String words, String language) {
        boolean cjk = CJK.contains(language);
        if (cjk && words.equals("二")) {
            // "两" is two before a measure word: "两年", "两家"
            return containsWords(text, "两", language) || containsWordsOnce(text, words, true);
        }
        return containsWordsOnce(text, words, cjk);
    }

    private static boolean containsWordsOnce(String text, String words, boolean cjk) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            // A hyphen joins a compound ("dix-sept" is not "dix").
            boolean startsWord = at == 0 || !isWordChar(text.charAt(at - 1), cjk);
            boolean endsWord = end == text.length() || !isWordChar(text.charAt(end), cjk);
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
