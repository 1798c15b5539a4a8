package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.fetch.Digests;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.Provenance;
import dev.tandem.fetch.SnapshotStore;
import dev.tandem.record.RecordIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole pipeline, measured as an operator runs it: {@code java -jar tandem.jar run} in a child
 * JVM with the real routes, its scheduled batch over N generated pairs ({@link BenchPairs}), their
 * originals served by a real HTTP server on 127.0.0.1 or read from the snapshot store. Then single
 * files dropped into the inbox, one at a time, and the same work on the same pairs with no Camel,
 * no files and no network, in a JVM of its own with the service's options ({@link BareLoop}).
 */
public final class PipelineBenchmark {
    private static final Pattern READY = Pattern.compile("tandem ready (\\d+) ms after JVM start");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Linux's USER_HZ: /proc reports CPU time in these ticks. */
    private static final double TICKS_PER_SECOND = 100;

    private PipelineBenchmark() {
    }

    /** Where the originals come from during the run. */
    public enum Source { HTTP, SNAPSHOT }

    /**
     * What to run.
     *
     * @param jvmOptions options for the service's JVM and the bare loop's
     * @param drops files dropped into the inbox one at a time after the batch
     * @param config configuration keys set for the service and the bare loop alike
     */
    public record Settings(Path data, Path work, Path jar, Path routes, int pairs, Source source, int drops,
            List<String> jvmOptions, Map<String, String> config) {
    }

    /**
     * What was measured.
     *
     * @param readyMs JVM start to the service's ready line, as it logs it
     * @param firstRecordMs JVM start to the record of a file that was waiting in the inbox when
     *     the service started: what a restart costs the desk
     * @param batchMs the batch run's wall time, from its summary
     * @param medianMs per-pair time in the batch, median
     * @param p99Ms per-pair time in the batch, 99th percentile
     * @param peakRssKb the service JVM's peak resident memory (VmHWM)
     * @param cpuSecondsPerPair the service's CPU time (user and system) from ready to the batch's end, per pair
     * @param dropMs for each file dropped into the inbox, the time until its record existed
     * @param barePairsPerSecond the bare loop's throughput, on as many threads as the batch
     */
    public record Result(String source, int pairs, int records, int failed, long readyMs, long firstRecordMs,
            long batchMs,
            double pairsPerSecond, long medianMs, long p99Ms, long peakRssKb, double cpuSecondsPerPair,
            List<Long> dropMs, int barePairs, double barePairsPerSecond) {
        /** The pipeline's throughput as a share of the bare loop's. */
        public double shareOfBareLoop() {
            return barePairsPerSecond == 0 ? 0 : pairsPerSecond / barePairsPerSecond;
        }
    }

    /** Runs the benchmark; progress goes to {@code log}. */
    public static Result run(Settings s, PrintWriter log) throws IOException, InterruptedException {
        Path work = s.work().toAbsolutePath();
        deleteTree(work);
        Path pages = work.resolve("pages");
        Path batch = work.resolve("batch");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path out = work.resolve("out");
        Path snapshots = work.resolve("snapshots");
        BenchPairs generator = BenchPairs.load(s.data());
        try (PageServer server = new PageServer(pages)) {
            String base = server.baseUrl();
            long t0 = System.nanoTime();
            Files.createDirectories(pages);
            Files.createDirectories(batch);
            SnapshotStore store = s.source() == Source.SNAPSHOT ? new SnapshotStore(snapshots, List.of()) : null;
            String now = Instant.now().toString();
            List<BenchPairs.Pair> dropped = new ArrayList<>();
            BenchPairs.Pair waiting = null;
            for (int i = 0; i <= s.pairs() + s.drops(); i++) {
                BenchPairs.Pair pair = generator.pair(i, base);
                Files.write(pages.resolve(pair.pagePath().substring(pair.pagePath().lastIndexOf('/') + 1)), pair.page());
                if (i < s.pairs()) {
                    Files.write(batch.resolve(pair.translationName()), pair.translation());
                } else if (i < s.pairs() + s.drops()) {
                    dropped.add(pair);
                } else {
                    waiting = pair;
                    Files.write(inbox.resolve(pair.translationName()), pair.translation());
                }
                if (store != null) {
                    store.save(fetched(pair, base, now));
                }
            }
            log.printf("generated %d pairs (+%d to drop, 1 waiting in the inbox) in %.1f s under %s%n", s.pairs(), s.drops(),
                    (System.nanoTime() - t0) / 1e9, work);
            log.flush();

            Process service = start(s, base, work, batch, inbox, out, snapshots);
            // Stopped with Ctrl-C, the benchmark must not leave the service running behind it.
            Thread stopService = new Thread(service::destroyForcibly);
            Runtime.getRuntime().addShutdownHook(stopService);
            try {
                Path logFile = work.resolve("service.log");
                long readyMs = awaitReady(service, logFile);
                long readyTicks = cpuTicks(service.pid());
                log.printf("service ready %d ms after JVM start; batch running%n", readyMs);
                log.flush();
                long firstRecordMs = awaitRecord(recordOf(out, base, waiting), service);
                JsonNode summary = awaitSummary(service, out.resolve("batches"));
                long batchTicks = cpuTicks(service.pid());
                List<Long> dropMs = dropAll(dropped, inbox, out, base);
                long peakRss = peakRssKb(service.pid());
                Result measured = summarize(s, summary, readyMs, firstRecordMs,
                        (batchTicks - readyTicks) / TICKS_PER_SECOND, peakRss, dropMs);
                log.printf("batch: %d pairs, %d records, %d failed in %d ms%n", measured.pairs(), measured.records(),
                        measured.failed(), measured.batchMs());
                log.flush();
                service.destroy();
                service.waitFor();
                int bare = s.pairs();
                double bareRate = bareLoop(s, bare, base, work);
                return new Result(measured.source(), measured.pairs(), measured.records(), measured.failed(),
                        measured.readyMs(), measured.firstRecordMs(), measured.batchMs(), measured.pairsPerSecond(), measured.medianMs(),
                        measured.p99Ms(), measured.peakRssKb(), measured.cpuSecondsPerPair(), measured.dropMs(), bare,
                        bareRate);
            } finally {
                service.destroyForcibly();
                Runtime.getRuntime().removeShutdownHook(stopService);
            }
        }
    }

    /**
     * Runs {@link BareLoop} over {@code n} pairs in a JVM of its own, with the service's options,
     * so that both run under the same heap and collector; gives its pairs per second.
     */
    private static double bareLoop(Settings s, int n, String base, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(s.jvmOptions());
        command.addAll(List.of("-cp", s.jar().toAbsolutePath().toString(), BareLoop.class.getName(),
                s.data().toAbsolutePath().toString(), Integer.toString(n), base, work.resolve("bare-out").toString()));
        s.config().forEach((key, value) -> command.add(key + "=" + value));
        Path output = work.resolve("bare-loop.log");
        Process loop = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        int status = loop.waitFor();
        Matcher m = BareLoop.RESULT.matcher(Files.readString(output, StandardCharsets.UTF_8));
        if (status != 0 || !m.find()) {
            throw new IOException("the bare loop failed (exit " + status + "); see " + output);
        }
        return Double.parseDouble(m.group(1));
    }

    /** The pair's original as if just fetched from its address. */
    static FetchedPage fetched(BenchPairs.Pair pair, String base, String fetchedAt) {
        String url = base + pair.pagePath();
        return new FetchedPage(pair.page(), new Provenance(url, url, 200, fetchedAt, "text/html; charset=utf-8", "UTF-8",
                Digests.sha256(pair.page()), pair.page().length, false, "network", null, null, null, null));
    }

    private static Process start(Settings s, String base, Path work, Path batch, Path inbox, Path out, Path snapshots)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(s.jvmOptions());
        command.addAll(List.of("-jar", s.jar().toAbsolutePath().toString(), "run", "--routes",
                s.routes().toAbsolutePath().toString(),
                "-Dtandem.inbox.dir=" + inbox, "-Dtandem.batch.dir=" + batch, "-Dtandem.out.dir=" + out,
                "-Dtandem.snapshot.dir=" + snapshots, "-Dtandem.snapshot.read-dirs=",
                // Once, well after the service is ready: Quartz refuses a one-time trigger whose
                // time has passed when the route starts. The batch's own time is what is measured.
                "-Dtandem.batch.cron=" + onceAt(ZonedDateTime.now(ZoneId.systemDefault()).plusSeconds(20)),
                "-Dtandem.recheck.enabled=false"));
        s.config().forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (s.source() == Source.SNAPSHOT) {
            command.add("-Dtandem.fetch.policy=offline");
        } else {
            // The local server is the operator's own: no politeness interval, a few requests at once.
            command.addAll(List.of("-Dtandem.fetch.policy=network-first", "-Dtandem.fetch.allow-hosts=127.0.0.1",
                    "-Dtandem.fetch.host-interval-ms=0", "-Dtandem.fetch.host-concurrency=4"));
        }
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile()).start();
    }

    /** A Quartz cron expression that fires once, at {@code at} (to the second). */
    private static String onceAt(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("s m H d M '?' yyyy").format(at);
    }

    private static long awaitReady(Process service, Path logFile) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(logFile)) {
                Matcher m = READY.matcher(Files.readString(logFile, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            if (!service.isAlive()) {
                throw new IOException("the service stopped before it was ready; see " + logFile);
            }
            Thread.sleep(20);
        }
        throw new IOException("the service was not ready after 120 s; see " + logFile);
    }

    /** The record of {@code pair} dropped into the inbox: its identity is its name there. */
    private static Path recordOf(Path out, String base, BenchPairs.Pair pair) {
        return out.resolve("records").resolve(RecordIds.of(base + pair.pagePath(), pair.translationName(),
                pair.translationLanguage()) + ".json");
    }

    /** Waits for {@code record} and gives its time since the service's JVM started, in ms. */
    private static long awaitRecord(Path record, Process service) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(record)) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("no record of the file waiting in the inbox at start: " + record);
            }
            Thread.sleep(5);
        }
        Instant started = service.info().startInstant().orElseThrow();
        return Files.getLastModifiedTime(record).toMillis() - started.toEpochMilli();
    }

    private static JsonNode awaitSummary(Process service, Path batches) throws IOException, InterruptedException {
        while (true) {
            if (Files.isDirectory(batches)) {
                try (Stream<Path> files = Files.list(batches)) {
                    Optional<Path> first = files.filter(f -> f.toString().endsWith(".json")).min(Comparator.naturalOrder());
                    if (first.isPresent()) {
                        return JSON.readTree(first.get().toFile());
                    }
                }
            }
            if (!service.isAlive()) {
                throw new IOException("the service stopped before the batch ended");
            }
            Thread.sleep(20);
        }
    }

    /** Drops each file into the inbox and waits for its record. */
    private static List<Long> dropAll(List<BenchPairs.Pair> pairs, Path inbox, Path out, String base)
            throws IOException, InterruptedException {
        List<Long> latencies = new ArrayList<>();
        for (BenchPairs.Pair pair : pairs) {
            Path record = recordOf(out, base, pair);
            // Written now, under a name the inbox ignores, then renamed: a fresh file, as a desk drops one.
            long start = System.nanoTime();
            Path part = inbox.resolve(pair.translationName() + ".part");
            Files.write(part, pair.translation());
            Files.move(part, inbox.resolve(pair.translationName()), StandardCopyOption.ATOMIC_MOVE);
            long deadline = start + 30_000_000_000L;
            while (!Files.exists(record) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            latencies.add(Files.exists(record) ? (System.nanoTime() - start) / 1_000_000 : -1);
        }
        return latencies;
    }

    private static Result summarize(Settings s, JsonNode summary, long readyMs, long firstRecordMs,
            double cpuSeconds, long peakRss, List<Long> dropMs) {
        List<Long> times = new ArrayList<>();
        summary.path("results").forEach(r -> times.add(r.path("ms").asLong()));
        times.sort(null);
        int inputs = summary.path("inputs").asInt();
        long batchMs = summary.path("durationMs").asLong();
        return new Result(s.source().name().toLowerCase(), inputs, summary.path("records").asInt(),
                summary.path("failed").asInt(), readyMs, firstRecordMs, batchMs, batchMs == 0 ? 0 : inputs * 1000.0 / batchMs,
                percentile(times, 0.5), percentile(times, 0.99), peakRss, inputs == 0 ? 0 : cpuSeconds / inputs, dropMs,
                0, 0);
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }


    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** Deletes {@code dir} and everything under it, if it exists. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
