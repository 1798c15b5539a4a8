package dev.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.evaluation.AlignmentEvaluation;
import dev.tandem.align.evaluation.ParallelCorpus;
import dev.tandem.align.evaluation.ParallelDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the verdicts of one real {@code process} run above floors just under what
 * {@code eval-process} measured (README, Translation checks), on the first 20 NTREX vi→fr articles:
 * tandem runs in a JVM of its own from this build's class path, as the command runs it from the jar.
 */
class ProcessEvaluationTest {
    @Test
    void faithfulTranslationsPassAndWrongOriginalsAndDefectsAreFound(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(ParallelCorpus.hasData(AlignmentEvaluation.DEFAULT_DATA_DIR),
                "no parallel data under ../shared/data");
        List<ParallelDocument> docs = ParallelCorpus.ntrex(AlignmentEvaluation.DEFAULT_DATA_DIR, "vi", "fr").subList(0, 20);
        List<String> launch = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx448m",
                "-cp", System.getProperty("java.class.path"), "dev.tandem.cli.TandemCommand");

        ProcessEvaluation.Result r = new ProcessEvaluation(launch, work).run(docs, "vi", "fr", AlignmentEvaluation.DEFAULT_SEED);

        assertThat(r.faithfulStates()).containsEntry("(no record)", 0).doesNotContainKey("failed");
        assertThat(r.wrongStates()).containsEntry("(no record)", 0);
        assertThat(r.wrongStates().getOrDefault("failed", 0)).isGreaterThanOrEqualTo(17);
        assertThat(r.falseAlarmsPer100()).isLessThan(16.5);
        assertThat(r.changedFound()).isEqualTo(r.changed());
        assertThat(r.droppedFound()).isGreaterThanOrEqualTo(r.dropped() * 7 / 10);
        assertThat(r.exitStatus()).isEqualTo(3);
    }
}
