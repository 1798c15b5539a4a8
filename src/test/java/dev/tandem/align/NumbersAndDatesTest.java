package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersAndDatesTest {
    @Test
    void readsThousandsGroupedAnyWay() {
        assertThat(NumbersAndDates.read("Có 1.000 người tham dự.", "vi")).containsExactly("1000");
        assertThat(NumbersAndDates.read("Some 1,000 people came.", "en")).containsExactly("1000");
        assertThat(NumbersAndDates.read("Quelque 1 000 personnes, puis 2\u202f500.", "fr")).containsExactly("1000", "2500");
        assertThat(NumbersAndDates.read("Dân số 1.234.567 người.", "vi")).containsExactly("1234567");
        assertThat(NumbersAndDates.read("Năm 2024 có 3 600 người, 12 tỉnh.", "vi")).containsExactly("2024", "3600", "12");
    }

    @Test
    void readsDecimalsWrittenWithCommaOrDot() {
        assertThat(NumbersAndDates.read("Tăng 1,5 %.", "vi")).containsExactly("1.5");
        assertThat(NumbersAndDates.read("Up 1.5%.", "en")).containsExactly("1.5");
        assertThat(NumbersAndDates.read("Soit 1.234,50 euros.", "fr")).containsExactly("1234.5");
        assertThat(NumbersAndDates.read("It cost $1,000.50.", "en")).containsExactly("1000.5");
    }

    @Test
    void readsTheSameDateInEveryLanguage() {
        assertThat(NumbersAndDates.read("Le 18 juillet, à Hanoï.", "fr")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("Sáng 18/7, tại Hà Nội.", "vi")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("Sáng ngày 18 tháng 7, tại Hà Nội.", "vi")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("On July 18, in Hanoi.", "en")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("On 18th July in Hanoi.", "en")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("7月18日在河内。", "zh")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("Am 18. Juli in Hanoi.", "de")).containsExactly("18/7");
        assertThat(NumbersAndDates.read("El 18 de julio en Hanói.", "es")).containsExactly("18/7");
    }

    @Test
    void readsDatesInDecomposedTextWithNoBreakSpacesAndVietnameseMonthWords() {
        assertThat(NumbersAndDates.read("Le 16\u00a0novembre, à Singapour.", "fr")).containsExactly("16/11");
        String decomposed = java.text.Normalizer.normalize("le 16 février", java.text.Normalizer.Form.NFD);
        assertThat(NumbersAndDates.read(decomposed, "fr")).containsExactly("16/2");
        assertThat(NumbersAndDates.read("vào ngày 5 tháng Tám.", "vi")).containsExactly("5/8");
        assertThat(NumbersAndDates.read("ngày 11 tháng Chín năm 2001", "vi")).containsExactly("11/9", "2001");
        assertThat(NumbersAndDates.read("ngày 20 tháng Mười Một", "vi")).containsExactly("20/11");
        // "tháng năm" is also "months (this) year": three months this year is no date
        assertThat(NumbersAndDates.read("trong 3 tháng năm nay", "vi")).containsExactly("3");
    }

    @Test
    void tellsDifferentDatesApart() {
        assertThat(NumbersAndDates.read("Ngày 19/6.", "vi")).isNotEqualTo(NumbersAndDates.read("Le 18 juin.", "fr"));
        assertThat(NumbersAndDates.read("tháng 1 và tháng 10", "vi")).isEmpty();
        assertThat(NumbersAndDates.read("Ngày 5 tháng 10.", "vi")).containsExactly("5/10");
    }

    @Test
    void keepsTheYearOfADateAsANumber() {
        assertThat(NumbersAndDates.read("Le 18 juillet 2024, 3 ministres.", "fr")).containsExactly("18/7", "2024", "3");
        assertThat(NumbersAndDates.read("Ngày 18/7/2024.", "vi")).containsExactly("18/7", "2024");
        assertThat(NumbersAndDates.read("2024年7月18日。", "zh")).containsExactly("2024", "18/7");
    }

    @Test
    void readsAmericanMonthFirstDatesWhenTheDayGivesThemAway() {
        assertThat(NumbersAndDates.read("Filed on 7/18.", "en")).containsExactly("18/7");
    }

    @Test
    void thinSpacesGroupThousandsToo() {
        assertThat(NumbersAndDates.read("6\u2009000 personnes sur 330\u2009000", "fr")).containsExactly("6000", "330000");
    }

    @Test
    void readsChineseDatesWithSpacesAndLargeNumbersAsOtherLanguagesWriteThem() {
        assertThat(NumbersAndDates.read("一直持续到 9 月 16 日。", "zh")).containsExactly("16/9");
        assertThat(NumbersAndDates.read("他将于 6 月份在新加坡会谈", "zh")).isEmpty();
        assertThat(NumbersAndDates.read("超过 2000 万人收看", "zh")).containsExactly("20");
        assertThat(NumbersAndDates.read("plus de 20 millions de téléspectateurs", "fr")).containsExactly("20");
        assertThat(NumbersAndDates.read("达到 28亿 英镑的规模", "zh")).containsExactly("2.8");
        assertThat(NumbersAndDates.read("以 1.25 亿英镑的价格", "zh")).containsExactly("125");
        assertThat(NumbersAndDates.read("外面奋力想进来的1万人", "zh")).containsExactly("10000");
    }
}
