package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.fetch.Digests;
import dev.tandem.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    void folderRunReadsSubfoldersAndUtf16AndSkipsPartialAndEditorFiles() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path fr = Files.createDirectories(inputs.resolve("fr"));
        Path desk = Files.createDirectories(inputs.resolve("desk/windows"));
        Files.copy(Samples.SEED, fr.resolve("seed.txt"));
        byte[] utf16 = Samples.seedText().replace("Le 18 juillet", "Le jeudi 18 juillet")
                .getBytes(StandardCharsets.UTF_16LE);
        Files.write(desk.resolve("notepad.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
        // Each of these would fail (no source URL) if it were taken as an input.
        for (String name : List.of("seed.txt.part", "seed.txt~", "seed.txt.swp", ".seed.txt.swp", "#seed.txt#",
                "download.crdownload", "old.txt.error.json")) {
            Files.writeString(fr.resolve(name), "Texte sans source.\n");
        }
        Files.createDirectories(inputs.resolve(".hidden"));
        Files.writeString(inputs.resolve(".hidden/x.txt"), "Texte sans source.\n");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = run(inputs.toString(), "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(stderr);
        }

        assertThat(status).as(console.out() + console.err() + log).isZero();
        assertThat(dir.resolve("out/errors")).doesNotExist();
        try (Stream<Path> records = Files.list(dir.resolve("out/records"))) {
            assertThat(records.count()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(dir.resolve("out/manifest.jsonl"))).hasSize(2);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("SKIP " + fr.resolve("seed.txt.part") + ": not an input (a partial download)")
                .contains("SKIP " + fr.resolve("seed.txt~") + ": not an input (an editor's file)")
                .contains("SKIP " + fr.resolve("seed.txt.swp"))
                .doesNotContain(".hidden").doesNotContain(".seed.txt.swp");
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
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
