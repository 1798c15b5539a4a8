package dev.tandem.align;

import java.math.BigDecimal;
import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The numbers and dates a sentence states, written the same way whatever the language wrote them,
 * so that an original and its translation can be compared: {@code 1.000}, {@code 1,000} and
 * {@code 1 000} are all {@code 1000}; {@code 1,5} and {@code 1.5} are {@code 1.5}; {@code 18/7},
 * {@code 18 juillet}, {@code ngày 18 tháng 7}, {@code July 18} and {@code 7月18日} are all the date
 * {@code 18/7}. Month names come from the JDK's locale data, not from hand-made lists.
 *
 * <p>Whether a dot or a comma before three digits groups thousands or marks decimals depends on the
 * language: English groups with a comma, most others with a dot or a space.
 */
public final class NumbersAndDates {
    /**
     * Vietnamese months written as words, which the JDK's names ("tháng 8") leave out: "ngày 5
     * tháng Tám". "tháng năm" (May) is left out: "3 tháng năm nay" is three months this year.
     * Public for the checks, which tell which month a text names without a day.
     */
    public static final Map<String, Integer> VIETNAMESE_MONTH_WORDS = Map.ofEntries(
            Map.entry("tháng giêng", 1), Map.entry("tháng một", 1), Map.entry("tháng hai", 2), Map.entry("tháng ba", 3),
            Map.entry("tháng tư", 4), Map.entry("tháng bốn", 4), Map.entry("tháng sáu", 6), Map.entry("tháng bảy", 7),
            Map.entry("tháng tám", 8), Map.entry("tháng chín", 9), Map.entry("tháng mười", 10),
            Map.entry("tháng mười một", 11), Map.entry("tháng mười hai", 12), Map.entry("tháng chạp", 12));
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.,])(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?(?![\\d/])");
    /** A Chinese or Japanese date, with the spaces FLORES puts between digits and characters ("9 月 16 日"). */
    private static final Pattern CJK_DATE = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** A Chinese or Japanese month without a day, spaced or not ("6 月份"): no number, as "juin" is none. */
    private static final Pattern CJK_MONTH = Pattern.compile("(?<![\\d.,])\\d{1,2}\\s*月");
    /**
     * Chinese and Japanese count large numbers in ten thousands (万) and hundred millions (亿):
     * "2000 万" is 20 million, "1.25 亿" 125 million. Read after the number, with its size.
     */
    private static final Pattern CJK_MULTIPLIER = Pattern.compile("^\\s*([万萬亿億])");
    /** Million and billion: where other languages put a word after the digits ("20 millions", "2,8 tỷ"). */
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    /** Digits grouped by threes (with a decimal part after), or digits with a decimal part. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\d)\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009\\u2007 ]\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?");
    private static final String ORDINAL = "(?:st|nd|rd|th|er|e|\\.)?";
    /** Languages that group thousands with a comma and mark decimals with a dot. */
    private static final List<String> COMMA_GROUPING = List.of("en", "zh", "ja", "ko", "th", "he");
    private static final Map<String, MonthNames> MONTHS = new ConcurrentHashMap<>();
    /**
     * Sentences read lately, per language, up to {@link #REMEMBERED} of them: the aligner, then the
     * checks' document evidence and their bead-by-bead comparison, each read the same sentence.
     * Reading took half of the document evidence's fact-gathering time on NTREX vi→fr.
     */
    private static final Map<String, Map<String, List<String>>> READ = new ConcurrentHashMap<>();
    /** Sentences remembered per language: a long article pair twice over, at about 1 MB. */
    private static final int REMEMBERED = 2_048;

    private NumbersAndDates() {
    }

    /** A language's month names, as one alternation, and the month each name stands for. */
    private record MonthNames(Pattern dayMonth, Pattern monthDay, Pattern numberedMonth, Map<String, Integer> numbers) {
    }

    /**
     * The dates ({@code 18/7}) and numbers ({@code 1000}, {@code 1.5}) of the text, in order of
     * appearance; a date's day and month are not also read as numbers, its year is.
     *
     * @param language ISO 639 code of the text's language
     */
    public static List<String> read(String text, String language) {
        if (!hasDigit(text)) {
            // Every date and number has a digit: most sentences are done here.
            return List.of();
        }
        Map<String, List<String>> read = READ.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        List<String> values = read.get(text);
        if (values == null) {
            if (read.size() >= REMEMBERED) {
                read.clear();
            }
            values = readAnew(text, language);
            read.put(text, values);
        }
        return values;
    }

    /**
     * Forgets the sentences read lately, so that a measurement that aligns the same documents
     * again times reading them, as a service meets each document once.
     */
    public static void forgetSentences() {
        READ.clear();
    }

    private static List<String> readAnew(String text, String language) {
        // Lower case, char by char so that every offset stays: the month names then need no
        // case-insensitive matching, which cost more than all the rest.
        if (hasCombiningMark(text)) {
            // Decomposed text (NTREX's Vietnamese, FLORES's French) would miss "février", "tháng Tám".
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder rest = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // French writes "16\u00a0novembre" and "15\u202fh"; the patterns want a plain space.
            rest.append(c == '\u00a0' || c == '\u202f' || c == '\u2007' ? ' ' : Character.toLowerCase(c));
        }
        List<Found> found = new ArrayList<>();
        MonthNames months = MONTHS.computeIfAbsent(language, NumbersAndDates::monthNames);
        dates(months.dayMonth(), rest, found, m -> date(m.group(1), months.numbers().get(key(m.group(2)))), false);
        dates(months.monthDay(), rest, found, m -> date(m.group(2), months.numbers().get(key(m.group(1)))), false);
        // Patterns that need a character most sentences lack are not tried on them: each pattern
        // tried is a scan of the whole sentence.
        boolean cjkMonths = text.indexOf('月') >= 0;
        if (cjkMonths) {
            dates(CJK_DATE, rest, found, m -> date(m.group(3), Integer.parseInt(m.group(2))), true);
        }
        boolean slashes = text.indexOf('/') >= 0;
        Matcher numeric = NUMERIC_DATE.matcher(rest);
        while (slashes && numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(2));
            boolean monthFirst = language.equals("en") && first <= 12 && second > 12;
            String date = monthFirst ? date(second, first) : date(first, second);
            if (date != null) {
                found.add(new Found(numeric.start(), date));
                if (numeric.group(3) != null) {
                    found.add(new Found(numeric.start(3), year(numeric.group(3))));
                }
                blank(rest, numeric.start(), numeric.end());
            }
        }
        // A month named with its number ("tháng 10", "10月") without a day is no number: French
        // "octobre" gives none either.
        Matcher monthOnly = months.numberedMonth().matcher(rest);
        while (monthOnly.find()) {
            blank(rest, monthOnly.start(), monthOnly.end());
        }
        Matcher cjkMonth = CJK_MONTH.matcher(rest);
        while (cjkMonths && cjkMonth.find()) {
            blank(rest, cjkMonth.start(), cjkMonth.end());
        }
        boolean cjkMultipliers = hasAny(text, "万萬亿億");
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            String value = number(number.group(), language);
            if (cjkMultipliers) {
                Matcher multiplier = CJK_MULTIPLIER.matcher(rest.subSequence(number.end(), Math.min(rest.length(), number.end() + 4)));
                value = multiplier.find() ? multiplied(value, multiplier.group(1)) : value;
            }
            found.add(new Found(number.start(), value));
        }
        found.sort(Comparator.comparingInt(Found::at));
        return found.stream().map(Found::value).toList();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII letters and marks are most of a text: only beyond it ask Unicode.
            if (c >= '0' && c <= '9' || c > 0x7f && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Found(int at, String value) {
    }

    /**
     * Reads the dates a pattern finds, then blanks them out of {@code rest}.
     *
     * @param leadingYear whether group 1 is an optional year written before the date ({@code 2024年7月18日})
     */
    private static void dates(Pattern pattern, StringBuilder rest, List<Found> found, Function<Matcher, String> dateOf, boolean leadingYear) {
        Matcher match = pattern.matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (match.find()) {
            String date = dateOf.apply(match);
            if (date == null) {
                continue;
            }
            boolean withYear = leadingYear && match.group(1) != null;
            found.add(new Found(withYear ? match.start(2) : match.start(), date));
            spans.add(new int[] {match.start(), match.end()});
            if (withYear) {
                found.add(new Found(match.start(1), year(match.group(1))));
            }
        }
        spans.forEach(span -> blank(rest, span[0], span[1]));
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static String date(String day, Integer month) {
        return month == null ? null : date(Integer.parseInt(day), month);
    }

    private static String date(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? day + "/" + month : null;
    }

    private static String year(String year) {
        return year.length() == 2 ? "20" + year : year;
    }

    /** The number in plain decimal notation: grouping removed, the decimal mark a dot. */
    static String number(String written, String language) {
        String[] groups = written.split("[.,\\u00a0\\u202f\\u2009\\u2007 ]");
        List<Character> marks = new ArrayList<>();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c < '0' || c > '9') {
                marks.add(c);
            }
        }
        if (marks.isEmpty()) {
            return new BigDecimal(written).stripTrailingZeros().toPlainString();
        }
        boolean lastIsDecimal = isDecimalMark(marks, groups[groups.length - 1].length(), language);
        StringBuilder plain = new StringBuilder();
        for (int g = 0; g < groups.length; g++) {
            if (g == groups.length - 1 && lastIsDecimal) {
                plain.append('.');
            }
            plain.append(groups[g]);
        }
        return new BigDecimal(plain.toString()).stripTrailingZeros().toPlainString();
    }

    /**
     * A number counted in ten thousands (万) or hundred millions (亿), written as other languages
     * write it: in millions or billions when it is that large ("2000 万" as 20, for "20 millions";
     * "28 亿" as 2.8, for "2,8 milliards"), in full below a million ("1 万" as 10000).
     */
    private static String multiplied(String value, String multiplier) {
        BigDecimal size = multiplier.equals("万") || multiplier.equals("萬") ? BigDecimal.valueOf(10_000)
                : BigDecimal.valueOf(100_000_000);
        BigDecimal whole = new BigDecimal(value).multiply(size);
        BigDecimal written = whole.compareTo(BILLION) >= 0 ? whole.divide(BILLION)
                : whole.compareTo(MILLION) >= 0 ? whole.divide(MILLION) : whole;
        return written.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the last mark between digit groups is a decimal mark: never a space; always before
     * other than three digits ({@code 1,5}, {@code 1.000,25}); before three digits, when it differs
     * from the marks before it ({@code 1.234,567}), or when it is the only mark and the language
     * writes decimals with it ({@code 1,500} is 1.5 in French and 1500 in English).
     */
    private static boolean isDecimalMark(List<Character> marks, int lastGroupLength, String language) {
        char last = marks.get(marks.size() - 1);
        if (last != '.' && last != ',') {
            return false;
        }
        if (lastGroupLength != 3) {
            return true;
        }
        if (marks.size() > 1) {
            return marks.get(marks.size() - 2) != last;
        }
        return last == decimalMark(language);
    }

    private static char decimalMark(String language) {
        return COMMA_GROUPING.contains(language) ? '.' : ',';
    }

    /** Whether the text holds a combining diacritic, as decomposed text does. */
    private static boolean hasCombiningMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') {
                return true;
            }
        }
        return false;
    }

    /** Month names of the language, full and short, lower case without a final dot; text is matched in lower case. */
    private static MonthNames monthNames(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Integer> numbers = new HashMap<>();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        for (int m = 0; m < 12; m++) {
            numbers.put(key(symbols.getMonths()[m]), m + 1);
            numbers.put(key(symbols.getShortMonths()[m]), m + 1);
            Month month = Month.of(m + 1);
            numbers.put(key(month.getDisplayName(TextStyle.FULL_STANDALONE, locale)), m + 1);
            numbers.put(key(month.getDisplayName(TextStyle.SHORT_STANDALONE, locale)), m + 1);
        }
        if (language.equals("vi")) {
            VIETNAMESE_MONTH_WORDS.forEach(numbers::put);
        }
        numbers.remove("");
        String names = alternation(numbers.keySet().stream().filter(name -> !name.chars().allMatch(Character::isDigit)));
        Pattern dayMonth = Pattern.compile("(?<![\\d.,])(\\d{1,2})" + ORDINAL + "\\s+(?:de\\s+)?(" + names + ")\\.?(?![\\p{L}\\d])");
        Pattern monthDay = Pattern.compile("(?<![\\p{L}])(" + names + ")\\.?\\s+(\\d{1,2})" + ORDINAL + "(?![\\d])");
        String numbered = alternation(numbers.keySet().stream().filter(name -> name.chars().anyMatch(Character::isDigit)));
        Pattern numberedMonth = Pattern.compile("(?<![\\p{L}\\d])(?:" + numbered + ")(?!\\d)");
        return new MonthNames(dayMonth, monthDay, numberedMonth, numbers);
    }

    /** The names as a regex alternation, longest first ("tháng 10" before "tháng 1"); never matches when empty. */
    private static String alternation(Stream<String> names) {
        return names.sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
