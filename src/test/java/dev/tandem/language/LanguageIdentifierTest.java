package dev.tandem.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifier.of(List.of("vi", "fr", "en", "es"));
    }

    @Test
    void tellsVietnameseFrenchAndEnglishApart() {
        assertThat(identifier.detect("Chủ tịch Triều Tiên Kim Jong Un đã tiếp phái đoàn quân sự Nga.").code())
                .isEqualTo("vi");
        assertThat(identifier.detect("Le président nord-coréen a reçu une délégation militaire russe.").code())
                .isEqualTo("fr");
        assertThat(identifier.detect("The North Korean leader received a Russian military delegation.").code())
                .isEqualTo("en");
    }

    @Test
    void confidenceIsAMarginBetweenZeroAndOne() {
        LanguageGuess guess = identifier.detect("Le président nord-coréen a reçu une délégation militaire russe.");
        assertThat(guess.confidence()).isGreaterThan(0).isLessThanOrEqualTo(1);
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertThat(identifier.detect("19/07/2024 08:15").isDetermined()).isFalse();
        assertThat(identifier.detect("").code()).isEqualTo(LanguageGuess.UNDETERMINED);
    }

    @Test
    void rejectsUnknownCode() {
        assertThatThrownBy(() -> LanguageIdentifier.of(List.of("vi", "xx"))).hasMessageContaining("xx");
    }
}
