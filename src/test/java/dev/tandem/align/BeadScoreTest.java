package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadScoreTest {
    private static SentenceAligner.Evidence pair(double deviation, int shared, int unmatched) {
        return new SentenceAligner.Evidence(List.of(0), List.of(0), deviation, shared, unmatched, 0);
    }

    private static SentenceAligner.Evidence pair(double deviation, int shared, int unmatched, double coverage) {
        return new SentenceAligner.Evidence(List.of(0), List.of(0), deviation, shared, unmatched, 0, coverage);
    }

    @Test
    void unmatchedFactsLowerAndSharedFactsNeverLowerTheScoreOfAPair() {
        double plain = BeadScore.of(pair(0.5, 0, 0), 0);

        // Since the word tables, names written alike count as translated words too: the fit gives
        // shared facts no weight of their own, and they must never count against a bead.
        assertThat(BeadScore.of(pair(0.5, 2, 0), 0)).isGreaterThanOrEqualTo(plain);
        assertThat(BeadScore.of(pair(0.5, 0, 2), 0)).isLessThan(plain);
    }

    @Test
    void translatedWordsRaiseTheScoreOfAPair() {
        double half = BeadScore.of(pair(0.5, 0, 0, 0.5), 0);

        assertThat(BeadScore.of(pair(0.5, 0, 0, 0.9), 0)).isGreaterThan(half);
        assertThat(BeadScore.of(pair(0.5, 0, 0, 0.1), 0)).isLessThan(half);
    }

    @Test
    void aBeadNextToChangesIsLessSure() {
        assertThat(BeadScore.of(pair(0.5, 0, 0), 2)).isLessThan(BeadScore.of(pair(0.5, 0, 0), 0));
    }

    @Test
    void aLongOmissionIsSurerThanAShortOne() {
        SentenceAligner.Evidence shortOne = new SentenceAligner.Evidence(List.of(3), List.of(), 0, 0, 0, 20);
        SentenceAligner.Evidence longOne = new SentenceAligner.Evidence(List.of(3), List.of(), 0, 0, 0, 300);

        assertThat(BeadScore.of(longOne, 0)).isGreaterThan(BeadScore.of(shortOne, 0));
        assertThat(BeadScore.kind(longOne)).isEqualTo(BeadScore.UNPAIRED);
    }

    @Test
    void everyScoreIsAProbability() {
        for (double deviation : new double[] {0, 1, 5, 50}) {
            for (int facts = 0; facts < 10; facts++) {
                assertThat(BeadScore.of(pair(deviation, facts, 9 - facts), facts % 3)).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void aMergeIsLessSureThanAOneToOneWithTheSameEvidence() {
        SentenceAligner.Evidence merge = new SentenceAligner.Evidence(List.of(0, 1), List.of(0), 0.5, 0, 0, 0);

        assertThat(BeadScore.of(merge, 0)).isLessThan(BeadScore.of(pair(0.5, 0, 0), 0));
    }

    @Test
    void kindsFollowTheShape() {
        assertThat(BeadScore.kind(pair(0, 0, 0))).isEqualTo(BeadScore.PAIRED);
        assertThat(BeadScore.kind(new SentenceAligner.Evidence(List.of(0, 1), List.of(0), 0, 0, 0, 0)))
                .isEqualTo(BeadScore.PAIRED);
        assertThat(BeadScore.kind(new SentenceAligner.Evidence(List.of(), List.of(0), 0, 0, 0, 40)))
                .isEqualTo(BeadScore.UNPAIRED);
    }
}
