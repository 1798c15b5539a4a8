package dev.tandem.check.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.evaluation.AlignmentEvaluation;
import dev.tandem.align.evaluation.ParallelCorpus;
import dev.tandem.language.LanguageIdentifier;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Regression guard: the translation checks' figures on the development data (vi→fr, as
 * {@code eval-checks} measures them) must stay within these bounds. Runs only where the
 * third-party corpora in ../shared/data/parallel are present. Bounds are a little looser than the
 * figures measured when they were set; tighten them when the checks improve.
 */
class CheckEvaluationTest {
    private static final double NTREX_FALSE_ALARMS_PER_100 = 3.0;    // measured 2.78 (4.17 before); issue 17 asks <= 3
    private static final double FLORES_FALSE_ALARMS_PER_100 = 2.0;   // measured 1.58 (2.27 before)
    private static final double NTREX_WRONG_ORIGINALS_FAILED = 0.99; // measured 186/186
    private static final double FLORES_WRONG_ORIGINALS_FAILED = 0.975; // measured 830/843 = 0.985
    private static final double NUMBER_RECALL = 0.97;                // measured 57/58, 115/117
    private static final double NAME_RECALL = 0.95;                  // measured 59/61, 137/144 = 0.951 (names dropped whole)
    private static final double OMISSION_RECALL = 0.95;              // measured 61/62, 226/231 (58/62 before)

    private static CheckEvaluation.Result run(String corpus) throws Exception {
        LanguageIdentifier languages = LanguageIdentifier.of(List.of("vi", "fr", "en"));
        return new CheckEvaluation("vi", "fr", text -> languages.detect(text).code()).run(
                AlignmentEvaluation.corpus(AlignmentEvaluation.DEFAULT_DATA_DIR, corpus, "vi", "fr"),
                AlignmentEvaluation.DEFAULT_SEED);
    }

    private static double recall(CheckEvaluation.Result r, String kind) {
        int[] counts = r.recall().get(kind);
        return (double) counts[1] / counts[0];
    }

    @Test
    void staysWithinBoundsOnTheDevelopmentData() throws Exception {
        Assumptions.assumeTrue(ParallelCorpus.hasData(AlignmentEvaluation.DEFAULT_DATA_DIR),
                "parallel corpora are absent at " + AlignmentEvaluation.DEFAULT_DATA_DIR.toAbsolutePath()
                        + "; regression guard skipped");
        CheckEvaluation.Result ntrex = run("ntrex");
        CheckEvaluation.Result flores = run("flores");

        assertThat(ntrex.falseAlarmsPer100()).as("NTREX vi-fr false alarms per 100").isLessThanOrEqualTo(NTREX_FALSE_ALARMS_PER_100);
        assertThat(flores.falseAlarmsPer100()).as("FLORES vi-fr false alarms per 100").isLessThanOrEqualTo(FLORES_FALSE_ALARMS_PER_100);
        assertThat(ntrex.faithfulFailed() + flores.faithfulFailed()).as("faithful translations failing").isZero();
        assertThat((double) ntrex.wrongOriginalsFailed() / ntrex.wrongOriginals()).as("NTREX wrong originals failing")
                .isGreaterThanOrEqualTo(NTREX_WRONG_ORIGINALS_FAILED);
        assertThat((double) flores.wrongOriginalsFailed() / flores.wrongOriginals()).as("FLORES wrong originals failing")
                .isGreaterThanOrEqualTo(FLORES_WRONG_ORIGINALS_FAILED);
        for (CheckEvaluation.Result r : List.of(ntrex, flores)) {
            assertThat(recall(r, "changed number")).as("changed numbers found").isGreaterThanOrEqualTo(NUMBER_RECALL);
            assertThat(recall(r, "changed date")).as("changed dates found").isEqualTo(1.0);
            assertThat(recall(r, "dropped name")).as("dropped names found").isGreaterThanOrEqualTo(NAME_RECALL);
            assertThat(recall(r, "untranslated sentence")).as("untranslated sentences found").isEqualTo(1.0);
            assertThat(recall(r, "omitted sentence")).as("omitted sentences found").isGreaterThanOrEqualTo(OMISSION_RECALL);
        }
    }
}
