package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.fetch.Digests;
import dev.tandem.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot command as a shell or cron job runs it, on the samples and their shipped snapshots. */
class ProcessCommandTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("process", "-Dtandem.fetch.policy=offline",
                "-Dtandem.snapshot.dir=" + dir.resolve("snapshots")));
        all.addAll(List.of(args));
        return console.run(all.toArray(String[]::new));
    }

    @Test
    void processesSamplesOfflineAndLeavesInputsAlone() throws IOException {
        Map<String, String> before = hashes(Samples.ROOT.resolve("inbox"));

        int status = run(Samples.ROOT.resolve("inbox").toString(), "--out", dir.resolve("out").toString());

        assertThat(status).as(console.err()).isZero();
        assertThat(console.out()).contains(
                "3 inputs: 3 records written (1 ok, 2 needs_review, 0 failed_checks), 0 duplicate, 0 error");
        try (Stream<Path> records = Files.list(dir.resolve("out/records"))) {
            assertThat(records.count()).isEqualTo(3);
        }
        assertThat(Files.readAllLines(dir.resolve("out/manifest.jsonl"))).hasSize(3);
        assertThat(hashes(Samples.ROOT.resolve("inbox"))).isEqualTo(before);
    }

    @Test
    void failedInputGetsSidecarUnderErrorsAndNonZeroStatus() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.SEED, inputs.resolve("seed.txt"));
        Path bad = Files.writeString(inputs.resolve("bad.txt"), "Texte sans source.\n");

        int status = run(inputs.toString(), "--out", dir.resolve("out").toString());

        assertThat(status).isEqualTo(1);
        assertThat(console.out()).contains("2 inputs: 1 records written (1 ok, 0 needs_review, 0 failed_checks), 0 duplicate, 1 error")
                .contains("error at ingest: 1");
        assertThat(dir.resolve("out/errors/bad.txt.error.json")).exists();
        assertThat(bad).exists();
        assertThat(inputs.resolve("seed.txt")).exists();
    }

    @Test
    void missingPathIsUsageError() {
        assertThat(run(dir.resolve("nothing-here").toString())).isEqualTo(2);
        assertThat(console.err()).contains("no such file or folder");
    }

    @Test
    void unknownConfigurationKeyIsUsageError() {
        assertThat(run("-Dtandem.fetch.polcy=offline", Samples.SEED.toString())).isEqualTo(2);
        assertThat(console.err()).contains("unknown configuration key 'tandem.fetch.polcy'");
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(f).toString(), Digests.sha256(Files.readAllBytes(f)));
            }
        }
        return hashes;
    }
}
