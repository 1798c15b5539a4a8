package dev.tandem.check.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.evaluation.AlignmentEvaluation;
import dev.tandem.align.evaluation.ParallelCorpus;
import dev.tandem.align.evaluation.ParallelDocument;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The sweep drops and joins every sentence of an article once; on the development data (NTREX
 * vi→fr, where present) omissions found and alarms on joined sentences stay within bounds a little
 * looser than measured.
 */
class OmissionSweepTest {
    private static final double NTREX_FOUND = 0.94;        // measured 957/1007 = 0.950 (936 before)
    private static final double NTREX_JOIN_ALARMS = 0.07;  // measured 56 on 945 joins = 0.059 (78 before)

    private static final ParallelDocument ARTICLE = new ParallelDocument("lan", List.of(
            "Bà Lan cho biết nhà máy ở Hải Phòng sẽ mở cửa vào năm 2025 với 500 công nhân.",
            "Người dân trong khu phố lo ngại về tiếng ồn và khói bụi từ các xe tải chở hàng.",
            "Chính quyền thành phố hứa sẽ xây một con đường mới cho xe tải."), List.of(
            "Mme Lan a indiqué que l'usine de Hải Phòng ouvrira en 2025 avec 500 ouvriers.",
            "Les habitants du quartier s'inquiètent du bruit et de la poussière des camions de livraison.",
            "La municipalité promet de construire une nouvelle route pour les camions."));

    @Test
    void dropsEachSentenceAndJoinsEachTwoNeighboursOnce() {
        OmissionSweep.Result r = new OmissionSweep(new CheckEvaluation("vi", "fr", text -> "und")).run(List.of(ARTICLE));

        assertThat(r.dropped()).isEqualTo(3);
        assertThat(r.found()).isEqualTo(3);
        assertThat(r.joins()).isEqualTo(2);
        assertThat(r.joinAlarms()).isZero();
    }

    @Test
    void staysWithinBoundsOnTheDevelopmentData() throws Exception {
        Assumptions.assumeTrue(ParallelCorpus.hasData(AlignmentEvaluation.DEFAULT_DATA_DIR),
                "parallel corpora are absent; regression guard skipped");
        OmissionSweep.Result r = new OmissionSweep(new CheckEvaluation("vi", "fr", text -> "und")).run(
                AlignmentEvaluation.corpus(AlignmentEvaluation.DEFAULT_DATA_DIR, "ntrex", "vi", "fr"));

        assertThat((double) r.found() / r.dropped()).as("NTREX vi-fr omissions found, every sentence dropped")
                .isGreaterThanOrEqualTo(NTREX_FOUND);
        assertThat((double) r.joinAlarms() / r.joins()).as("NTREX vi-fr alarms per joined pair of sentences")
                .isLessThanOrEqualTo(NTREX_JOIN_ALARMS);
    }
}
