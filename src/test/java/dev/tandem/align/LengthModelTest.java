package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthModelTest {
    @Test
    void pairsOfTheTableUseTheirLearnedRatio() {
        LengthModel viFr = LengthModel.of("vi", "fr", List.of("a"), List.of("bbbbbbbbbb"));

        assertThat(LengthModel.isLearned("vi", "fr")).isTrue();
        assertThat(viFr.ratio()).isBetween(1.0, 1.2);
        assertThat(LengthModel.of("zh", "fr", List.of(), List.of()).ratio()).isBetween(3.0, 4.0);
    }

    @Test
    void anUnknownPairFallsBackOnTheTextsOwnRatio() {
        LengthModel model = LengthModel.of("xx", "yy", List.of("abcd", "efgh"), List.of("abcdefghijkl", "mnop"));

        assertThat(LengthModel.isLearned("xx", "yy")).isFalse();
        assertThat(model.ratio()).isEqualTo(2.0);
        assertThat(model.variance()).isEqualTo(LengthModel.DEFAULT_VARIANCE);
    }

    @Test
    void differenceIsWeighedInTheOriginalsCharacters() {
        // A 30-character Chinese sentence and its 103-character French translation (ratio 3.44)
        // fit as well as a 30-character original and a 30-character translation at ratio 1.
        LengthModel zhFr = new LengthModel(3.44, 3.0);
        LengthModel even = new LengthModel(1.0, 3.0);

        assertThat(zhFr.fit(30, 103)).isCloseTo(even.fit(30, 30), offset(0.02));
        assertThat(zhFr.fit(30, 103)).isGreaterThan(0.9);
        assertThat(zhFr.fit(30, 250)).isLessThan(0.01);
    }

    @Test
    void deviationSaysWhichSideIsLonger() {
        LengthModel model = new LengthModel(1.0, 3.0);

        assertThat(model.deviation(100, 150)).isPositive();
        assertThat(model.deviation(100, 50)).isNegative();
        assertThat(model.fit(100, 100)).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void refusesANonPositiveRatio() {
        assertThatThrownBy(() -> new LengthModel(0, 3.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
