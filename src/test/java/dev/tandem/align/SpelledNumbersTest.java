package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpelledNumbersTest {
    @Test
    void findsNumbersWrittenInWordsInTheTextsLanguage() {
        assertThat(SpelledNumbers.mentions("le FBI affecte dix agents à la lutte", "10", "fr")).isTrue();
        assertThat(SpelledNumbers.mentions("Hơn bốn triệu người đã đến Rome", "4000000", "vi")).isTrue();
        assertThat(SpelledNumbers.mentions("Son millième timbre", "1000", "fr")).isTrue();
        assertThat(SpelledNumbers.mentions("seven wickets fell", "7", "en")).isTrue();
    }

    @Test
    void aWordThatOnlyContainsTheNumberIsNotIt() {
        assertThat(SpelledNumbers.mentions("les deux parties ont dix-sept points", "10", "fr")).isFalse();
        assertThat(SpelledNumbers.mentions("un accord", "1", "fr")).isTrue();
        assertThat(SpelledNumbers.mentions("une centaine", "100", "fr")).isFalse();
        assertThat(SpelledNumbers.mentions("1,5", "1.5", "fr")).isFalse();
    }

    @Test
    void readsTheSouthernThousandAndDecomposedText() {
        assertThat(SpelledNumbers.mentions("ở Rome hơn một ngàn năm qua", "1000", "vi")).isTrue();
        assertThat(SpelledNumbers.mentions("ở Rome hơn một nghìn năm qua", "1000", "vi")).isTrue();
        assertThat(SpelledNumbers.mentions(java.text.Normalizer.normalize("hơn một ngàn năm", java.text.Normalizer.Form.NFD), "1000", "vi"))
                .isTrue();
        assertThat(SpelledNumbers.mentions("ở Rome hơn hai ngàn năm qua", "1000", "vi")).isFalse();
    }

    @Test
    void readsChineseNumeralsBetweenOtherCharacters() {
        assertThat(SpelledNumbers.mentions("周四下午三点，切尔西队将在伦敦迎战维迪奥顿队。", "3", "zh")).isTrue();
        assertThat(SpelledNumbers.mentions("自从两年前收购了两家连锁店", "2", "zh")).isTrue();
        // three in thirty is no three
        assertThat(SpelledNumbers.mentions("他三十岁", "3", "zh")).isFalse();
        assertThat(SpelledNumbers.mentions("他三十岁", "30", "zh")).isTrue();
    }
}
