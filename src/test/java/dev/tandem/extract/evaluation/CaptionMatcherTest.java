package dev.tandem.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionMatcherTest {
    @Test
    void findsCaptionInsideOursWithCredit() {
        assertThat(CaptionMatcher.found("Y bác sĩ nội soi cho bệnh nhân.",
                List.of("Y bác sĩ  nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp"))).isTrue();
    }

    @Test
    void findsCaptionDespiteCaseAndSmallDifferences() {
        assertThat(CaptionMatcher.found("Erst fiel der linke Kühlturm, dann der rechte, und dann alles",
                List.of("erst fiel der linke kühlturm dann der rechte und dann alles."))).isTrue();
    }

    @Test
    void missesUnrelatedCaption() {
        assertThat(CaptionMatcher.found("The King and Queen arrive in the Norman Porch",
                List.of("Black Rod Sarah Clarke walks through the Royal Gallery"))).isFalse();
        assertThat(CaptionMatcher.found("The King and Queen arrive", List.of())).isFalse();
    }

    @Test
    void tokenOverlapIsF1OfSharedTokens() {
        assertThat(TokenOverlap.f1("a b c d", "A B x y")).isEqualTo(0.5);
        assertThat(TokenOverlap.f1("", "")).isEqualTo(1.0);
        assertThat(TokenOverlap.f1("a", "")).isEqualTo(0.0);
    }
}
