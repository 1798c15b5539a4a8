package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.testing.Samples;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation of 19 MB, under the 20 MiB file limit and far over any article, processed by a real
 * {@code tandem process} in a child JVM under the recommended heap ({@code -Xmx448m}): it used to
 * run out of memory and end the run with a stack trace, no sidecar and no summary. It is now refused
 * at ingest with a sidecar that says why, the next input still gets its record, the summary is
 * printed and the exit status is 1.
 */
class LargeInputTest {
    /** Under the documented 20 MiB input limit, as in the report that found the fault. */
    private static final long LARGE_BYTES = 19_000_000;

    @TempDir
    Path dir;

    @Test
    void refusesA19MegabyteTextAtIngestUnderTheRecommendedHeapAndGoesOn() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path large = writeLargeTranslation(inputs.resolve("a-long.txt"));
        assertThat(Files.size(large)).isBetween(LARGE_BYTES, 20L * 1024 * 1024);
        Files.writeString(inputs.resolve("b-seed.txt"), Samples.seedText());
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");

        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx448m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), "dev.tandem.cli.TandemCommand", "process",
                "--out", out.toString(), "-Dtandem.fetch.policy=offline",
                "-Dtandem.snapshot.dir=" + dir.resolve("snapshots"),
                "-Dtandem.snapshot.read-dirs=" + Samples.ROOT.resolve("snapshots").toAbsolutePath(),
                "-Dtandem.language.set=vi,fr", inputs.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the run finishes").isTrue();
        String output = Files.readString(log);

        assertThat(child.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("2 inputs: 1 records written").contains("1 error").contains("error at ingest: 1")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        JsonNode sidecar = new ObjectMapper().readTree(out.resolve("errors/a-long.txt.error.json").toFile());
        assertThat(sidecar.get("stage").asText()).isEqualTo("ingest");
        assertThat(sidecar.get("error").asText()).startsWith("the translation has ")
                .contains("more than the 1,000,000 an article can have");
        assertThat(out.resolve("errors/b-seed.txt.error.json")).doesNotExist();
        try (var records = Files.list(out.resolve("records"))) {
            assertThat(records.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(1);
        }
    }

    /** The seed's paragraphs over and over, then its Source line, as one very long translation. */
    private static Path writeLargeTranslation(Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        String source = null;
        for (String line : Samples.seedText().split("\n")) {
            if (line.startsWith("Source :")) {
                source = line;
            } else if (!line.isBlank()) {
                body.append(line).append('\n');
            }
        }
        byte[] chunk = body.toString().getBytes(StandardCharsets.UTF_8);
        try (Writer w = Files.newBufferedWriter(file)) {
            for (long written = 0; written < LARGE_BYTES; written += chunk.length) {
                w.write(body.toString());
            }
            w.write(source + "\n");
        }
        return file;
    }
}
