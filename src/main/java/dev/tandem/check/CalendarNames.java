package dev.tandem.check;

import dev.tandem.align.NumbersAndDates;
import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months and weekdays a text names, read with the full names of the language's calendar (JDK
 * locale data, not hand-made lists). {@link NumbersAndDates} reads a date only with its day; the
 * date checks also need to know that "en octobre" keeps the month of "ngày 10 tháng 10", and that
 * "vào Thứ Bảy" names a day the translation may give as a date.
 */
final class CalendarNames {
    /** A Chinese or Japanese month, spaced or not ("10 月", "10月"). */
    private static final Pattern CJK_MONTH = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s*月");
    private static final Map<String, CalendarNames> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Pattern months;
    private final Map<String, Integer> monthNumbers;
    private final Pattern weekdays;
    private final Map<String, DayOfWeek> weekdayOf;
    /** Names the calendar writes with a capital, which count only when written with one. */
    private final Set<String> capitalised;

    private CalendarNames(Map<String, Integer> monthNumbers, Map<String, DayOfWeek> weekdays, Set<String> capitalised) {
        this.months = wholeWords(monthNumbers.keySet());
        this.monthNumbers = Map.copyOf(monthNumbers);
        this.weekdays = wholeWords(weekdays.keySet());
        this.weekdayOf = Map.copyOf(weekdays);
        this.capitalised = Set.copyOf(capitalised);
    }

    /** The calendar names of a language, read once. */
    static CalendarNames of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, CalendarNames::read);
    }

    /**
     * The months the text names, with a day or without ("octobre", "tháng 10", "10 月"), as 1 to 12.
     */
    Set<Integer> monthsNamed(String text) {
        Set<Integer> found = new TreeSet<>();
        String plain = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher name = months.matcher(plain);
        while (name.find()) {
            if (writtenAsCalendar(name.group())) {
                found.add(monthNumbers.get(key(name.group())));
            }
        }
        Matcher cjk = CJK_MONTH.matcher(plain);
        while (cjk.find()) {
            int month = Integer.parseInt(cjk.group(1));
            if (month >= 1 && month <= 12) {
                found.add(month);
            }
        }
        return found;
    }

    /**
     * Whether the text names a day of the week ("samedi", "Thứ Bảy", "Saturday"). A name the
     * calendar capitalises counts only with a capital: the Vietnamese ordinal "thứ hai" (second)
     * is no Monday ("Thứ Hai"), English "may" no month.
     */
    boolean namesWeekday(String text) {
        Matcher name = weekdays.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (name.find()) {
            if (writtenAsCalendar(name.group())) {
                return true;
            }
        }
        return false;
    }

    /** The one day of the week the text names, as {@link #namesWeekday} reads it; empty for none or several. */
    Optional<DayOfWeek> weekday(String text) {
        Matcher name = weekdays.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        Set<DayOfWeek> named = new HashSet<>();
        while (name.find()) {
            if (writtenAsCalendar(name.group())) {
                named.add(weekdayOf.get(key(name.group())));
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    private boolean writtenAsCalendar(String found) {
        return !capitalised.contains(key(found)) || !found.equals(found.toLowerCase(Locale.ROOT));
    }

    private static CalendarNames read(String language) {
        Locale locale = Locale.forLanguageTag(language);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Map<String, Integer> months = new HashMap<>();
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        Set<String> capitalised = new HashSet<>();
        for (int m = 0; m < 12; m++) {
            for (String name : List.of(symbols.getMonths()[m], Month.of(m + 1).getDisplayName(TextStyle.FULL_STANDALONE, locale))) {
                months.put(key(name), m + 1);
                noteCapital(name, capitalised);
            }
        }
        if (language.equals("vi")) {
            NumbersAndDates.VIETNAMESE_MONTH_WORDS.forEach(months::put);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            // DateFormatSymbols counts from Sunday = 1, DayOfWeek from Monday = 1
            for (String name : List.of(symbols.getWeekdays()[day.getValue() % 7 + 1],
                    day.getDisplayName(TextStyle.FULL_STANDALONE, locale))) {
                weekdays.put(key(name), day);
                noteCapital(name, capitalised);
            }
        }
        months.remove("");
        weekdays.remove("");
        return new CalendarNames(months, weekdays, capitalised);
    }

    private static void noteCapital(String name, Set<String> capitalised) {
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            capitalised.add(key(name));
        }
    }

    /** The names as whole words in any case, longest first; never matches when there are none. */
    private static Pattern wholeWords(Set<String> names) {
        String alternation = names.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])");
    }

    private static String key(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
