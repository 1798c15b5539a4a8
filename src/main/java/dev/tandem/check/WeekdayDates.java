package dev.tandem.check;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The dates a translation gives for weekdays its source names ({@code DATE_FOR_WEEKDAY}), held
 * against each other: within one article, two weekdays must fall as many days apart as the dates
 * given for them, give or take whole weeks. "hôm Thứ Sáu" (Friday) as "le 28 septembre" and "vào
 * Thứ Bảy" (Saturday) as "le 30 septembre" cannot both be right; which one is wrong cannot be told
 * without the article's date, so both become {@code DATE_MISMATCH}. A date given alone stays an info.
 */
final class WeekdayDates {
    /** One date the translation gives for a weekday, and the info finding that reports it. */
    record Given(Finding finding, DayOfWeek weekday, int day, int month) {
        /** A date as {@link dev.tandem.align.NumbersAndDates} writes it ({@code 29/9}), or null when it is none. */
        static Given of(Finding finding, DayOfWeek weekday, String date) {
            String[] parts = date.split("/");
            try {
                int day = Integer.parseInt(parts[0]);
                int month = Integer.parseInt(parts[1]);
                return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? new Given(finding, weekday, day, month) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private WeekdayDates() {
    }

    /** Turns the info of every given date that disagrees with another into a {@code DATE_MISMATCH}. */
    static void reconcile(List<Finding> findings, List<Given> given) {
        Set<Given> disagreeing = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            for (int j = i + 1; j < given.size(); j++) {
                if (disagree(given.get(i), given.get(j))) {
                    disagreeing.add(given.get(i));
                    disagreeing.add(given.get(j));
                }
            }
        }
        for (Given g : disagreeing) {
            List<String> others = new ArrayList<>();
            for (Given o : disagreeing) {
                if (o != g) {
                    others.add(name(o.weekday()) + " " + o.day() + "/" + o.month());
                }
            }
            int at = findings.indexOf(g.finding());
            findings.set(at, new Finding("DATE_MISMATCH", Finding.ERROR, g.finding().source(), g.finding().target(),
                    "The translation gives " + g.day() + "/" + g.month() + " for the source's " + name(g.weekday())
                            + ", which does not fall as the other dates it gives for weekdays: "
                            + String.join(", ", others) + "."));
        }
    }

    /** Whether two given dates cannot both be right: their days apart and their weekdays apart differ. */
    static boolean disagree(Given a, Given b) {
        OptionalInt apart = daysApart(a, b);
        return apart.isPresent()
                && Math.floorMod(apart.getAsInt(), 7) != Math.floorMod(b.weekday().getValue() - a.weekday().getValue(), 7);
    }

    /**
     * Days from {@code a} to {@code b} when both fall in one month or in two neighbouring ones;
     * empty otherwise, and across the end of February, whose length depends on a year the dates
     * do not give.
     */
    private static OptionalInt daysApart(Given a, Given b) {
        if (a.month() == b.month()) {
            return OptionalInt.of(b.day() - a.day());
        }
        if (a.month() == 2 || b.month() == 2) {
            return OptionalInt.empty();
        }
        if (b.month() == a.month() % 12 + 1) {
            return OptionalInt.of(Month.of(a.month()).length(false) - a.day() + b.day());
        }
        if (a.month() == b.month() % 12 + 1) {
            return OptionalInt.of(-(Month.of(b.month()).length(false) - b.day() + a.day()));
        }
        return OptionalInt.empty();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
