package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers one side writes in a form the number reader takes for another. */
class NumberFormsTest {
    /** What is left of each side's unmatched values once the agreeing forms are dropped. */
    private static List<List<String>> left(List<String> source, List<String> target, String sourceText, String targetText) {
        List<String> onlySource = new ArrayList<>(source);
        List<String> onlyTarget = new ArrayList<>(target);
        NumberForms.dropAgreeing(onlySource, onlyTarget, sourceText, targetText, "vi", "fr");
        return List.of(onlySource, onlyTarget);
    }

    @Test
    void anApproximateNumeralIsItsRoundNumber() {
        assertThat(left(List.of("40"), List.of(), "Nạn nhân, khoảng 40 tuổi, đang ở khu vực Oxford Grove.",
                "La victime, âgée d’une quarantaine d’années, se trouvait à Oxford Grove."))
                .containsExactly(List.of(), List.of());
        assertThat(left(List.of("50"), List.of(), "Nạn nhân, khoảng 50 tuổi.", "La victime, âgée d’une quarantaine d’années."))
                .containsExactly(List.of("50"), List.of());
    }

    @Test
    void aFractionInWordsIsNoDate() {
        assertThat(left(List.of("1/3"), List.of(), "đặc biệt trong 1/3 thời gian cuối trận.", "dans le dernier tiers."))
                .containsExactly(List.of(), List.of());
        // a date stays a date, and a fraction the translation does not name is still reported
        assertThat(left(List.of("1/3"), List.of(), "Vào ngày 1/3, một phần ba số phiếu", "Le 2 mars, un tiers des voix"))
                .containsExactly(List.of("1/3"), List.of());
        assertThat(left(List.of("1/3"), List.of(), "trong 1/3 thời gian cuối trận.", "dans la dernière moitié."))
                .containsExactly(List.of("1/3"), List.of());
        // the numerator counts: two thirds are no third
        assertThat(left(List.of("2/3"), List.of(), "trong 2/3 thời gian cuối trận.", "dans le dernier tiers."))
                .containsExactly(List.of("2/3"), List.of());
        assertThat(left(List.of("2/3"), List.of(), "trong 2/3 thời gian.", "pendant les deux tiers du temps."))
                .containsExactly(List.of(), List.of());
    }

    @Test
    void aDecadeIsTenYears() {
        assertThat(left(List.of(), List.of("10"), "trở thành St. Martin’s một thập kỷ sau đó.",
                "et Saint Martin 10 ans plus tard.")).containsExactly(List.of(), List.of());
        assertThat(left(List.of(), List.of("11"), "một thập kỷ sau đó.", "11 ans plus tard.")).containsExactly(List.of(), List.of("11"));
        // the decade a year names is no span of ten years
        assertThat(left(List.of("1870"), List.of("10"), "trong thập niên 1870", "10 ans plus tard"))
                .containsExactly(List.of("1870"), List.of("10"));
    }

    @Test
    void aRangeOfRomanCenturiesNamesTheOnesBetween() {
        assertThat(left(List.of("11", "12", "13"), List.of(), "vào thế kỷ thứ 11, 12 và 13",
                "courant du XIe au XIIIe siècle")).containsExactly(List.of(), List.of());
        // a century outside the range is still a difference
        assertThat(left(List.of("11", "14"), List.of(), "vào thế kỷ thứ 11 và 14", "du XIe au XIIIe siècle"))
                .containsExactly(List.of("14"), List.of());
    }
}
