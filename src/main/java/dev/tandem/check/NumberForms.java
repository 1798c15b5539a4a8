package dev.tandem.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One number written in a form that the number reader takes for another: a century in Roman
 * numerals ("thế kỷ 15" as "XVe siècle"), a decade by its last two digits ("những năm 1930" as
 * "les années 30"), the end of a range of years cut short ("1950-53" as "1950-1953"), and
 * thousands grouped with a comma in a language that writes decimals with one ("10,000 người" as
 * "10 000 personnes"). Each was a false alarm of the number check on the published NTREX and
 * FLORES vi→fr translations (17 of 44): see README, Translation checks.
 */
final class NumberForms {
    /** A Roman numeral made an ordinal: "XVe", "XVIème", "XIXe", "IIIe" (French, with or without "siècle"). */
    private static final Pattern ROMAN_ORDINAL = Pattern.compile("(?<![\\p{L}])([IVXLC]{1,7})(?:e|ème|eme|er)(?![\\p{L}])");
    /** A decade by its last two digits: "années 30", "années 1930" is read as a year anyway. */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?iu)années[\\s\\u00a0\\u202f]+(\\d0)(?!\\d)");
    /** A range of years whose end keeps only its last two digits: "1950-53". */
    private static final Pattern SHORT_RANGE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})\\s*[-–]\\s*(\\d{2})(?!\\d)");
    /** One to three digits, a comma or a dot, and three digits: 10,000 or 10,5 depending on the language. */
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])(\\d{1,3})[.,](\\d{3})(?![\\d]|[.,]\\d)");

    private NumberForms() {
    }

    /**
     * Drops from {@code onlySource} and {@code onlyTarget} the numbers that one side writes in
     * one of these forms and the other in digits.
     */
    static void dropAgreeing(List<String> onlySource, List<String> onlyTarget, String source, String target) {
        // NTREX writes some text decomposed, and French puts a no-break space after "années"
        String sourceText = Normalizer.normalize(source, Normalizer.Form.NFC);
        String targetText = Normalizer.normalize(target, Normalizer.Form.NFC);
        romanCenturies(onlySource, targetText);
        romanCenturies(onlyTarget, sourceText);
        decades(onlySource, onlyTarget, targetText);
        decades(onlyTarget, onlySource, sourceText);
        shortRanges(onlySource, onlyTarget, sourceText);
        shortRanges(onlyTarget, onlySource, targetText);
        grouped(onlySource, onlyTarget, sourceText);
        grouped(onlyTarget, onlySource, targetText);
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
