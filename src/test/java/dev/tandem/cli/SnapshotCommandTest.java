package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot command: a saved page becomes a snapshot, and a missing page is said plainly. */
class SnapshotCommandTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    @Test
    void storesASavedPageAndPrintsWhere() throws IOException {
        Path page = Files.write(dir.resolve("page.html"), Samples.seedSourcePage());

        int status = console.run("snapshot", "--url", Samples.SEED_SOURCE_URL,
                "-Dtandem.snapshot.dir=" + dir.resolve("snaps"), page.toString());

        assertThat(status).isZero();
        assertThat(console.out().strip()).isNotEmpty();
        assertThat(Files.list(dir.resolve("snaps")).count()).isPositive();
    }

    @Test
    void saysNoSuchFileForAMissingPageAndExitsTwo() {
        Path missing = dir.resolve("missing.html");

        int status = console.run("snapshot", "--url", Samples.SEED_SOURCE_URL,
                "-Dtandem.snapshot.dir=" + dir.resolve("snaps"), missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: no such file: " + missing + System.lineSeparator());
        assertThat(dir.resolve("snaps")).doesNotExist();
    }
}
