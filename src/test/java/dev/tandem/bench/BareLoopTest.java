package dev.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bare loop does the pipeline's work on generated pairs without failing, and says how fast in
 * the line the benchmark reads. Uses NTREX-128 from ../shared/data/parallel (third-party, read in
 * place); skips without it.
 */
class BareLoopTest {
    private static final Path DATA = Path.of("../shared/data/parallel");

    @TempDir
    Path dir;

    @Test
    void pairsEveryGeneratedPairAndReportsItsRate() throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("ntrex128")), "NTREX-128 is absent");

        BareLoop.Result result = BareLoop.run(BenchPairs.load(DATA), 12, "http://127.0.0.1:8080", dir, Map.of());

        assertThat(result.failed()).isZero();
        assertThat(result.pairsPerSecond()).isPositive();
        assertThat(result.cpuSecondsPerPair()).isPositive();
        Matcher line = BareLoop.RESULT.matcher(result.line(12));
        assertThat(line.find()).isTrue();
        assertThat(Double.parseDouble(line.group(1))).isCloseTo(result.pairsPerSecond(),
                Offset.offset(0.01));
    }

    @Test
    void aFailureIsSaidBesideTheRate() {
        String line = new BareLoop.Result(12.5, 2, 0.0213).line(100);

        assertThat(line).isEqualTo("bare loop: 12.50 pairs/s, 0.0213 CPU-s per pair (2 of 100 pairs failed)");
        assertThat(BareLoop.RESULT.matcher(line).find()).isTrue();
    }
}
