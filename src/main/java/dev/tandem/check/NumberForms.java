package dev.tandem.check;

import dev.tandem.align.SpelledNumbers;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One number written in a form that the number reader takes for another: a century in Roman
 * numerals ("thế kỷ 15" as "XVe siècle"), a decade by its last two digits ("những năm 1930" as
 * "les années 30"), the end of a range of years cut short ("1950-53" as "1950-1953"), and
 * thousands grouped with a comma in a language that writes decimals with one ("10,000 người" as
 * "10 000 personnes"). Each was a false alarm of the number check on the published NTREX and
 * FLORES vi→fr translations (17 of 44): see README, Translation checks. So were, on NTREX, an
 * approximate numeral ("une quarantaine" for about 40), a fraction taken for a date ("1/3" as "le
 * dernier tiers") and a span of decades ("một thập kỷ" as "10 ans"), one each.
 */
final class NumberForms {
    /** A Roman numeral made an ordinal: "XVe", "XVIème", "XIXe", "IIIe" (French, with or without "siècle"). */
    private static final Pattern ROMAN_ORDINAL = Pattern.compile("(?<![\\p{L}])([IVXLC]{1,7})(?:e|ème|eme|er)(?![\\p{L}])");
    /** A range of Roman centuries: "du XIe au XIIIe siècle" names the twelfth too. */
    private static final Pattern ROMAN_RANGE = Pattern.compile(
            "(?u)(?i:du|from|từ)\\s+([IVXLC]{1,7})(?:e|ème|eme|er|th)?\\s+(?i:au|to|à|đến)\\s+([IVXLC]{1,7})(?:e|ème|eme|th)(?![\\p{L}])");
    /** A decade by its last two digits: "années 30", "années 1930" is read as a year anyway. */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?iu)années[\\s\\u00a0\\u202f]+(\\d0)(?!\\d)");
    /** A range of years whose end keeps only its last two digits: "1950-53". */
    private static final Pattern SHORT_RANGE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})\\s*[-–]\\s*(\\d{2})(?!\\d)");
    /** One to three digits, a comma or a dot, and three digits: 10,000 or 10,5 depending on the language. */
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])(\\d{1,3})[.,](\\d{3})(?![\\d]|[.,]\\d)");

    /**
     * A French approximate numeral: "une quarantaine d'années" for "khoảng 40 tuổi" (about 40),
     * "une centaine" for about 100. Each stands for one round number.
     */
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine"
                    + "|soixantaine|centaine|millier)s?(?![\\p{L}])");
    private static final Map<String, String> APPROXIMATE_VALUES = Map.of("dizaine", "10", "douzaine", "12",
            "quinzaine", "15", "vingtaine", "20", "trentaine", "30", "quarantaine", "40", "cinquantaine", "50",
            "soixantaine", "60", "centaine", "100", "millier", "1000");
    /**
     * A fraction in digits, which the number reader takes for a day and a month ("1/3" as the 1st
     * of March): "trong 1/3 thời gian cuối trận" is "dans le dernier tiers". Not after a word
     * that makes it a date ("ngày 1/3", "le 1/3").
     */
    private static final Pattern FRACTION = Pattern.compile(
            "(?iu)(?<!(?:ngày|le|du|on|from|từ|đến)\\s)(?<![\\d/])([1-3])/([234])(?![\\d/])");
    /** The last word of a text: the count before a fraction's word ("deux" in "deux tiers"). */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{M}\\d]+)\\s+$");
    /** The words for a half, a third and a quarter, by denominator, in Vietnamese, French and English. */
    private static final Map<String, Pattern> FRACTION_WORDS = Map.of(
            "2", Pattern.compile("(?iu)(?<![\\p{L}])(demie?s?|moitié|half|halves|nửa)(?![\\p{L}])"),
            "3", Pattern.compile("(?iu)(?<![\\p{L}])(tiers|thirds?|phần ba)(?![\\p{L}])"),
            "4", Pattern.compile("(?iu)(?<![\\p{L}])(quarts?|quarters?|phần tư)(?![\\p{L}])"));
    /**
     * A decade counted as a span of time, not the one a year names ("thập niên 1870"): "một thập
     * kỷ sau đó" is "10 ans plus tard", "deux décennies" 20 years.
     */
    private static final Pattern DECADE_SPAN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(một|hai|ba|une|deux|trois|a|one|two|three)\\s+(thập kỷ|thập niên|décennies?|decades?)(?!\\s*\\d)");
    private static final Map<String, Integer> DECADE_COUNTS = Map.of("một", 1, "hai", 2, "ba", 3, "une", 1,
            "deux", 2, "trois", 3, "a", 1, "one", 1, "two", 2, "three", 3);
    /** Years written after a number: "10 ans", "10 năm", "10 years". */
    private static final Pattern YEARS = Pattern.compile("(?iu)(?<![\\d.,])(\\d+)\\s*(?:ans|années|năm|years)(?![\\p{L}])");

    private NumberForms() {
    }

    /**
     * Drops from {@code onlySource} and {@code onlyTarget} the numbers that one side writes in
     * one of these forms and the other in digits.
     */
    static void dropAgreeing(List<String> onlySource, List<String> onlyTarget, String source, String target,
            String sourceLanguage, String targetLanguage) {
        // NTREX writes some text decomposed, and French puts a no-break space after "années"
        String sourceText = Normalizer.normalize(source, Normalizer.Form.NFC);
        String targetText = Normalizer.normalize(target, Normalizer.Form.NFC);
        romanCenturies(onlySource, targetText);
        romanCenturies(onlyTarget, sourceText);
        romanRanges(onlySource, targetText);
        romanRanges(onlyTarget, sourceText);
        decades(onlySource, onlyTarget, targetText);
        decades(onlyTarget, onlySource, sourceText);
        shortRanges(onlySource, onlyTarget, sourceText);
        shortRanges(onlyTarget, onlySource, targetText);
        grouped(onlySource, onlyTarget, sourceText);
        grouped(onlyTarget, onlySource, targetText);
        approximate(onlySource, targetText);
        approximate(onlyTarget, sourceText);
        fractions(onlySource, sourceText, targetText, targetLanguage);
        fractions(onlyTarget, targetText, sourceText, sourceLanguage);
        decadeSpans(onlySource, sourceText, targetText);
        decadeSpans(onlyTarget, targetText, sourceText);
    }

    /** Drops each of {@code values} that {@code otherText} writes as an approximate numeral. */
    private static void approximate(List<String> values, String otherText) {
        Matcher m = APPROXIMATE.matcher(otherText);
        while (m.find()) {
            values.remove(APPROXIMATE_VALUES.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Drops a fraction of {@code text} read as a date when {@code otherText} names it in words, with
     * the same numerator: "1/3" as "le dernier tiers", "2/3" as "deux tiers", not "2/3" as "tiers".
     */
    private static void fractions(List<String> values, String text, String otherText, String otherLanguage) {
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            String read = m.group(1) + "/" + m.group(2);
            if (values.contains(read) && named(Integer.parseInt(m.group(1)), m.group(2), otherText, otherLanguage)) {
                values.remove(read);
            }
        }
    }

    /** Whether {@code text} names the fraction {@code numerator}/{@code denominator} in words. */
    private static boolean named(int numerator, String denominator, String text, String language) {
        Matcher word = FRACTION_WORDS.get(denominator).matcher(text);
        while (word.find()) {
            Matcher before = LAST_WORD.matcher(text.substring(0, word.start()));
            int counted = 1;
            if (before.find()) {
                for (int n = 2; n <= 3; n++) {
                    if (SpelledNumbers.mentions(before.group(1), String.valueOf(n), language)
                            || before.group(1).equals(String.valueOf(n))) {
                        counted = n;
                    }
                }
            }
            if (counted == numerator) {
                return true;
            }
        }
        return false;
    }

    /** Drops a number of years on one side that the other counts in decades ("một thập kỷ" for 10). */
    private static void decadeSpans(List<String> values, String text, String otherText) {
        Matcher decade = DECADE_SPAN.matcher(otherText);
        while (decade.find()) {
            String years = String.valueOf(10 * DECADE_COUNTS.get(decade.group(1).toLowerCase(Locale.ROOT)));
            Matcher m = YEARS.matcher(text);
            while (m.find()) {
                if (m.group(1).equals(years) && values.remove(years)) {
                    break;
                }
            }
        }
    }

    /** Drops each of {@code values} that {@code otherText} writes as a Roman ordinal. */
    private static void romanCenturies(List<String> values, String otherText) {
        Matcher m = ROMAN_ORDINAL.matcher(otherText);
        while (m.find()) {
            int value = roman(m.group(1));
            if (value > 0) {
                values.remove(String.valueOf(value));
            }
        }
    }

    /** Drops each of {@code values} strictly inside a range of Roman centuries {@code otherText} names. */
    private static void romanRanges(List<String> values, String otherText) {
        Matcher m = ROMAN_RANGE.matcher(otherText);
        while (m.find()) {
            int from = roman(m.group(1));
            int to = roman(m.group(2));
            for (int century = from + 1; from > 0 && century < to; century++) {
                values.remove(String.valueOf(century));
            }
        }
    }

    /** Drops a year ending in 0 on one side, and its last two digits the other writes as "années NN". */
    private static void decades(List<String> years, List<String> others, String otherText) {
        Matcher m = SHORT_DECADE.matcher(otherText);
        while (m.find()) {
            String tens = m.group(1);
            String year = years.stream().filter(y -> y.length() == 4 && y.endsWith(tens)).findFirst().orElse(null);
            if (year != null && others.remove(String.valueOf(Integer.parseInt(tens)))) {
                years.remove(year);
            }
        }
    }

    /** Drops the cut end of a range ("53" in "1950-53") on one side and the full year on the other. */
    private static void shortRanges(List<String> values, List<String> others, String text) {
        Matcher m = SHORT_RANGE.matcher(text);
        while (m.find()) {
            String cut = String.valueOf(Integer.parseInt(m.group(3)));
            String full = m.group(1) + m.group(3);
            if (values.contains(cut) && others.contains(full)) {
                values.remove(cut);
                others.remove(full);
            }
        }
    }

    /** Drops a number one side read as decimals ("10,000" as 10) when the other has it as thousands. */
    private static void grouped(List<String> values, List<String> others, String text) {
        Matcher m = GROUPED.matcher(text);
        while (m.find()) {
            String decimal = new java.math.BigDecimal(m.group(1) + "." + m.group(2)).stripTrailingZeros().toPlainString();
            String thousands = String.valueOf(Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)));
            if (values.contains(decimal) && others.contains(thousands)) {
                values.remove(decimal);
                others.remove(thousands);
            }
        }
    }

    /** The value of a Roman numeral up to 399, or 0 when it is not well formed. */
    static int roman(String numeral) {
        String s = numeral.toUpperCase(Locale.ROOT);
        if (!s.matches("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            int next = i + 1 < s.length() ? value(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
        };
    }
}
