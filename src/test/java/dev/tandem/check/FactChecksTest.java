package dev.tandem.check;

import static dev.tandem.check.VietFrenchPairs.check;
import static dev.tandem.check.VietFrenchPairs.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates a translation gives otherwise than the source: looked up, or less precise, or changed. */
class FactChecksTest {
    private static List<String> pair(String vi, String fr) {
        return codes(check(List.of(vi), List.of(fr)));
    }

    @Test
    void aDateGivenForTheSourcesWeekdayIsAnInfo() {
        assertThat(pair("Bài báo được đăng vào Thứ Bảy.", "L’article a été publié le 29 septembre."))
                .containsExactly("DATE_FOR_WEEKDAY");
        assertThat(pair("Bà nói với tờ báo hôm Thứ Sáu.", "Elle l’a déclaré le 28 septembre dernier au journal."))
                .containsExactly("DATE_FOR_WEEKDAY");
    }

    @Test
    void datesGivenForWeekdaysThatCannotBothBeRightAreMismatches() {
        List<String> vi = List.of("Bà nói với tờ báo hôm Thứ Sáu.", "Bài báo được đăng vào Thứ Bảy.");

        // Friday the 28th, so Saturday is the 29th: the 30th is wrong, or the 28th is
        assertThat(codes(check(vi, List.of("Elle l’a déclaré le 28 septembre au journal.",
                "L’article a été publié le 30 septembre.")))).containsExactly("DATE_MISMATCH", "DATE_MISMATCH");
        assertThat(codes(check(vi, List.of("Elle l’a déclaré le 28 septembre au journal.",
                "L’article a été publié le 29 septembre.")))).containsExactly("DATE_FOR_WEEKDAY", "DATE_FOR_WEEKDAY");
        // a week apart, or across the end of a month, they can
        assertThat(codes(check(vi, List.of("Elle l’a déclaré le 30 septembre au journal.",
                "L’article a été publié le 1er octobre.")))).containsExactly("DATE_FOR_WEEKDAY", "DATE_FOR_WEEKDAY");
        assertThat(WeekdayDates.disagree(new WeekdayDates.Given(null, java.time.DayOfWeek.FRIDAY, 28, 9),
                new WeekdayDates.Given(null, java.time.DayOfWeek.FRIDAY, 5, 10))).isFalse();
    }

    @Test
    void aDateAddedWithoutAWeekdayOrBesideOneIsStillAMismatch() {
        // no weekday in the source: "thứ hai" (the second) is an ordinal, no Monday
        assertThat(pair("Đây là lần thứ hai ông đến đây.", "C’est la deuxième fois qu’il vient, le 29 septembre."))
                .containsExactly("DATE_MISMATCH");
        // the translation keeps the weekday and adds a date
        assertThat(pair("Bài báo được đăng vào Thứ Bảy.", "L’article a été publié samedi 29 septembre."))
                .containsExactly("DATE_MISMATCH");
        // the source has a date of its own, which the translation changes
        assertThat(pair("Bài báo được đăng vào Thứ Bảy 29/9.", "L’article a été publié le 30 septembre."))
                .containsExactly("DATE_MISMATCH");
    }

    @Test
    void aDateGivenByItsMonthAloneIsAnInfo() {
        assertThat(pair("Hắn tấn công người đi bộ vào ngày 10 tháng 10.", "Il a fauché des piétons en octobre dernier."))
                .containsExactly("DATE_SHORTENED");
    }

    @Test
    void aChangedMonthOrDayIsStillAMismatch() {
        assertThat(pair("Hắn tấn công người đi bộ vào ngày 10 tháng 10.", "Il a fauché des piétons en novembre dernier."))
                .containsExactly("DATE_MISMATCH");
        assertThat(pair("Hắn tấn công người đi bộ vào ngày 10 tháng 10.", "Il a fauché des piétons le 11 octobre."))
                .containsExactly("DATE_MISMATCH");
    }

    @Test
    void calendarNamesAreReadAsTheCalendarWritesThem() {
        assertThat(CalendarNames.of("vi").namesWeekday("hôm thứ Bảy")).isTrue();
        assertThat(CalendarNames.of("vi").namesWeekday("lần thứ hai")).isFalse();
        assertThat(CalendarNames.of("en").monthsNamed("You may go in May.")).containsExactly(5);
        assertThat(CalendarNames.of("fr").monthsNamed("en octobre et le 3 mars")).containsExactly(3, 10);
        assertThat(CalendarNames.of("zh").monthsNamed("10 月份")).containsExactly(10);
    }

    @Test
    void aHundredPercentSaidInWordsIsAnInfo() {
        assertThat(pair("Bạn có thể hoàn toàn tránh xa ánh nắng mặt trời.", "Vous pouvez vous protéger du soleil à 100\u00a0%."))
                .containsExactly("PERCENT_IN_WORDS");
    }

    @Test
    void aHundredPercentWithoutAWordForTheWholeOrBesideAnotherNumberIsStillAMismatch() {
        assertThat(pair("Bạn có thể tránh xa ánh nắng mặt trời.", "Vous pouvez vous protéger du soleil à 100 %."))
                .containsExactly("NUMBER_MISMATCH");
        assertThat(pair("Bạn có thể hoàn toàn tránh xa ánh nắng mặt trời.", "Vous pouvez vous protéger du soleil à 90 %."))
                .containsExactly("NUMBER_MISMATCH");
        assertThat(pair("Bạn có thể hoàn toàn tránh xa ánh nắng trong 3 giờ.", "Vous pouvez vous protéger du soleil à 100 % pendant 4 heures."))
                .contains("NUMBER_MISMATCH");
    }
}
