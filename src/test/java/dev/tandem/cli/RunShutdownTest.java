package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem run} in a child JVM, stopped with SIGTERM ({@link Process#destroy()}) again and
 * again: every stop exits 0, logs "tandem stopped" last, leaves no ledger {@code -wal}/{@code -shm}
 * file behind, and a translation dropped in the inbox just before the signal is not lost (it has a
 * record, or is still in the inbox untouched for the next start).
 */
class RunShutdownTest {
    private static final int STOPS = 10;

    @TempDir
    Path dir;

    /**
     * The service, with the two languages of the seed and the fast models, so it starts in a few
     * seconds (and the quick compiler only: the stops, not the speed, are under test). Its log
     * goes to a file: {@link Process#destroy()} closes the child's pipes.
     */
    private Process start(Path out, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx448m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.tandem.cli.TandemCommand", "run",
                "--routes", Path.of("routes").toAbsolutePath().toString(),
                "-Dtandem.inbox.dir=" + dir.resolve("inbox"), "-Dtandem.out.dir=" + out,
                "-Dtandem.batch.dir=" + dir.resolve("batch"), "-Dtandem.batch.enabled=false",
                "-Dtandem.recheck.enabled=false", "-Dtandem.inbox.poll-ms=50", "-Dtandem.inbox.settle-ms=100",
                "-Dtandem.fetch.policy=offline", "-Dtandem.snapshot.dir=" + dir.resolve("snapshots"),
                "-Dtandem.snapshot.read-dirs=" + Samples.ROOT.resolve("snapshots").toAbsolutePath(),
                "-Dtandem.language.set=vi,fr", "-Dtandem.language.low-accuracy=true"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> lines(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static void awaitLine(Path log, String text, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(log).stream().noneMatch(l -> l.contains(text))) {
            assertThat(child.isAlive()).as("the service is running; its log: %s", lines(log)).isTrue();
            assertThat(System.nanoTime()).as("'%s' within 60 s; log: %s", text, lines(log)).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> ledgerLeftovers(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("-wal") || n.endsWith("-shm") || n.endsWith("-journal")).toList();
        }
    }

    @Test
    void everySigtermStopsInOrderAndExitsZero() throws Exception {
        Path out = dir.resolve("out");
        int finished = 0;
        for (int stop = 0; stop < STOPS; stop++) {
            Path logFile = dir.resolve("run-" + stop + ".log");
            Process service = start(out, logFile);
            awaitLine(logFile, "tandem ready", service);
            Path dropped = null;
            if (stop % 2 == 1) {
                // A file arrives as the stop begins: it is processed in full or left for the next start.
                // From 0.85 s to 2.85 s after it lands: before it is taken (the inbox's first poll is a
                // second after start), while it is processed, after.
                dropped = dir.resolve("inbox").resolve("t" + stop + ".txt");
                Files.writeString(dropped, Samples.seedText().replace("\n\n", "\n\n(" + stop + ") "));
                Thread.sleep(600 + 250L * stop);
            }
            service.destroy();

            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stop %d ends", stop).isTrue();
            List<String> log = lines(logFile);
            assertThat(service.exitValue()).as("stop %d exit status; log: %s", stop, log).isZero();
            assertThat(log).as("stop %d log", stop).isNotEmpty();
            assertThat(log.get(log.size() - 1)).as("stop %d: the last line; log: %s", stop, log)
                    .contains("tandem stopped");
            assertThat(ledgerLeftovers(out)).as("stop %d: ledger files left open", stop).isEmpty();
            if (dropped != null) {
                String name = dropped.getFileName().toString();
                boolean waiting = Files.exists(dropped);
                boolean done = Files.exists(dir.resolve("inbox/.done").resolve(name));
                boolean failed = Files.exists(dir.resolve("inbox/.error").resolve(name));
                assertThat(waiting || done).as("stop %d: the dropped file is kept (failed: %s); log: %s", stop,
                        failed, log).isTrue();
                finished += done ? 1 : 0;
            }
        }
        assertThat(finished).as("dropped files that became records before the service stopped").isPositive();
    }
}
