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
    void amongCandidatesAnswersWithOneOfThem() {
        String spanish = "El presidente norcoreano recibió a una delegación militar rusa en Pyongyang.";
        assertThat(identifier.detect(spanish).code()).isEqualTo("es");
        // asked among vi, fr and en only, Spanish comes out as the nearest of them
        assertThat(identifier.detectAmong(spanish, "vi", "fr", "en").code()).isIn("fr", "en");
        assertThat(identifier.detectAmong("Chủ tịch Triều Tiên đã tiếp phái đoàn quân sự Nga.", "vi", "fr", "en").code())
                .isEqualTo("vi");
        // candidates the identifier has not loaded are left out; fewer than two means the whole set
        assertThat(identifier.detectAmong(spanish, "es", "pt").code()).isEqualTo("es");
    }

    @Test
    void aLongTextIsJudgedOnItsHead() {
        String head = "Le président nord-coréen a reçu une délégation militaire russe à Pyongyang. ".repeat(20);
        String tail = "The North Korean leader received a Russian military delegation in Pyongyang. ".repeat(40);
        assertThat(LanguageIdentifier.head(head + tail, LanguageIdentifier.MOST_READ)).hasSizeLessThanOrEqualTo(500)
                .doesNotContain("North");
        assertThat(identifier.detect(head + tail).code()).isEqualTo("fr");
    }

    @Test
    void modelsLoadingInTheBackgroundAreWaitedFor() {
        LanguageIdentifier loading = LanguageIdentifier.loading(List.of("vi", "fr"), true);

        assertThat(loading.detect("Le président a reçu une délégation.").code()).isEqualTo("fr");
        loading.awaitLoaded();
        assertThatThrownBy(() -> LanguageIdentifier.loading(List.of("vi", "xx"), true)).hasMessageContaining("xx");
    }

    @Test
    void rejectsUnknownCode() {
        assertThatThrownBy(() -> LanguageIdentifier.of(List.of("vi", "xx"))).hasMessageContaining("xx");
    }
}
