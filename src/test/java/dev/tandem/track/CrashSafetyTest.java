package dev.tandem.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.record.RecordIds;
import dev.tandem.testing.Samples;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a batch of 1,000 inputs, then the same batch again, in a real child
 * process (java running {@code tandem process}): every input ends with exactly one record or one
 * error, no record file is partial, and the ledger agrees with the output folder.
 */
class CrashSafetyTest {
    private static final int INPUTS = 1000;

    @TempDir
    Path dir;

    private Process start(Path inputs, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.tandem.cli.TandemCommand", "process",
                "-Dtandem.out.dir=" + out, "-Dtandem.fetch.policy=offline",
                "-Dtandem.snapshot.dir=" + dir.resolve("snapshots"),
                "-Dtandem.snapshot.read-dirs=" + Samples.ROOT.resolve("snapshots"),
                "-Dtandem.language.set=vi,fr", inputs.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static long recordFiles(Path out) throws IOException {
        Path records = out.resolve("records");
        if (!Files.isDirectory(records)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(records)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

    @Test
    void killedMidBatchAndRunAgainEveryInputEndsOnce() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        String seed = Samples.seedText();
        for (int i = 0; i < INPUTS; i++) {
            Files.writeString(inputs.resolve(String.format("t%04d.txt", i)), seed);
        }
        // Twice, killed at different points: the second run also meets what the first crash left.
        for (long killAfter : new long[] {40, 400}) {
            Path out = dir.resolve("out-" + killAfter);
            Process first = start(inputs, out);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (recordFiles(out) < killAfter && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(first.isAlive()).as("the first run is still going when it is killed").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(recordFiles(out)).as("killed mid-batch").isLessThan(INPUTS);

            Process second = start(inputs, out);
            assertThat(second.waitFor(5, TimeUnit.MINUTES)).as("the second run finishes").isTrue();
            assertThat(second.exitValue()).isZero();

            checkEveryInputEndedOnce(out);
        }
    }

    private void checkEveryInputEndedOnce(Path out) throws IOException {
        Path records = out.resolve("records");
        Set<String> files;
        try (Stream<Path> list = Files.list(records)) {
            files = list.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(files).as("no unfinished write left").noneMatch(name -> name.endsWith(".tmp"));
        assertThat(files).as("one record per input, no revision").hasSize(INPUTS).allMatch(n -> !n.contains(".r"));
        try (Ledger ledger = Ledger.open(out.resolve("ledger.sqlite"))) {
            List<Ledger.Pair> pairs = ledger.pairs();
            assertThat(pairs).hasSize(INPUTS);
            for (int i = 0; i < INPUTS; i++) {
                String name = String.format("t%04d.txt", i);
                String id = RecordIds.of(Samples.SEED_SOURCE_URL, name, "fr");
                Path record = records.resolve(id + ".json");
                assertThat(record).as(name).exists();
                assertThat(Files.readString(record)).as("record of %s is whole", name).endsWith("}\n");
                assertThat(out.resolve("errors").resolve(name + ".error.json")).doesNotExist();
                assertThat(ledger.revisions(id)).as(name).singleElement()
                        .satisfies(r -> assertThat(r.recordPath()).isEqualTo(record.toString()));
            }
            assertThat(ledger.status(1).failedInputs()).isZero();
        }
        assertThat(new File(out.toFile(), "records").list()).hasSize(INPUTS);
    }
}
