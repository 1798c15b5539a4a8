package dev.tandem.align.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentScoreTest {
    private static final List<Bead> TRUTH = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of()),
            bead(List.of(2, 3), List.of(1)), bead(List.of(), List.of(2)));

    @Test
    void countsABeadOnlyWhenIdentical() {
        List<Bead> predicted = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of()),
                bead(List.of(2), List.of(1)), bead(List.of(3), List.of(2)));

        AlignmentScore score = AlignmentScore.of(predicted, TRUTH);

        assertThat(score.beads()).isEqualTo(new AlignmentScore.Counts(4, 4, 2));
        assertThat(score.beads().f1()).isEqualTo(0.5);
    }

    @Test
    void scoresOmissionsAndInsertionsBySentence() {
        List<Bead> predicted = List.of(bead(List.of(0), List.of()), bead(List.of(), List.of(0)),
                bead(List.of(1, 2, 3), List.of(1, 2)));

        AlignmentScore score = AlignmentScore.of(predicted, TRUTH);

        assertThat(score.omissions()).isEqualTo(new AlignmentScore.Counts(1, 1, 0));
        assertThat(score.insertions()).isEqualTo(new AlignmentScore.Counts(1, 1, 0));
    }

    @Test
    void addsCountsOverCases() {
        AlignmentScore one = AlignmentScore.of(TRUTH, TRUTH);

        AlignmentScore two = one.plus(one);

        assertThat(two.beads()).isEqualTo(new AlignmentScore.Counts(8, 8, 8));
        assertThat(two.omissions().recall()).isEqualTo(1.0);
    }

    private static Bead bead(List<Integer> source, List<Integer> target) {
        return new Bead(source, target, 1.0);
    }
}
