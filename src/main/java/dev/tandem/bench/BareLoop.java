package dev.tandem.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.tandem.config.TandemConfig;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.record.RecordJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The bare loop of {@link PipelineBenchmark}: the pipeline's own work on N pairs, with no Camel, no
 * files, no network and no ledger. Each pair's translation is read from memory, its original taken
 * from memory, then extracted, detected, aligned, checked, assembled and serialised to bytes, on as
 * many threads as the batch uses.
 *
 * <p>It runs in a JVM of its own, started with the service's options, so that the two are measured
 * under the same heap and collector. The pairs cycle through the first {@value #POOL} generated:
 * keeping 10,000 pages in memory would take more heap than the service has, and the loop would
 * measure the collector instead of the pipeline.
 */
public final class BareLoop {
    /** The line the loop ends with; {@link PipelineBenchmark} reads it. */
    static final Pattern RESULT = Pattern.compile("bare loop: ([0-9.]+) pairs/s");
    static final int POOL = 500;

    private BareLoop() {
    }

    /** {@code BareLoop DATA N BASE_URL SCRATCH [KEY=VALUE]...}; prints pairs per second. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4) {
            System.err.println("usage: BareLoop DATA N BASE_URL SCRATCH [KEY=VALUE]...");
            System.exit(2);
        }
        Map<String, String> keys = new HashMap<>();
        for (int i = 4; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            keys.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        int n = Integer.parseInt(args[1]);
        Result result = run(BenchPairs.load(Path.of(args[0])), n, args[2], Path.of(args[3]), keys);
        System.out.println(result.line(n));
    }

    /** Pairs per second over {@code n} pairs, and how many of them failed. */
    record Result(double pairsPerSecond, int failed, double cpuSecondsPerPair) {
        /**
         * What the loop prints last, which {@link #RESULT} reads; the CPU time its threads spent per
         * pair follows, which stays comparable on a busy machine where the rate does not.
         */
        String line(int n) {
            String rate = String.format(Locale.ROOT, "bare loop: %.2f pairs/s, %.4f CPU-s per pair", pairsPerSecond,
                    cpuSecondsPerPair);
            return failed == 0 ? rate : rate + " (" + failed + " of " + n + " pairs failed)";
        }
    }

    static Result run(BenchPairs generator, int n, String base, Path scratch, Map<String, String> keys)
            throws InterruptedException {
        Map<String, String> overrides = new HashMap<>(keys);
        overrides.putAll(Map.of("tandem.out.dir", scratch.toString(), "tandem.fetch.policy", "offline",
                "tandem.snapshot.dir", scratch.resolve("snapshots").toString()));
        TandemConfig config = TandemConfig.load(null, Map.of(), overrides);
        List<BenchPairs.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(n, POOL); i++) {
            pairs.add(generator.pair(i, base));
        }
        String now = Instant.now().toString();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (Pipeline pipeline = Pipeline.create(config,
                LanguageIdentifier.of(config.languageSet(), config.languageLowAccuracy()), Clock.systemUTC())) {
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    BenchPairs.Pair pair = pairs.get(i % pairs.size());
                    FetchedPage page = PipelineBenchmark.fetched(pair, base, now);
                    try {
                        Pipeline.Paired paired = pipeline.pair(
                                pipeline.read(pair.translationName(), pair.translation()), page, Pipeline.History.none());
                        RecordJson.pretty().writeValueAsBytes(paired.record());
                    } catch (RuntimeException | IOException e) {
                        failed.incrementAndGet(); // done, with no record, as the batch counts a failure
                    }
                }
            };
            List<Thread> workers = new ArrayList<>();
            // The whole process's CPU time: Lingua works on the common fork-join pool, and the collector on threads of its own.
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (int t = 0; t < config.batchThreads(); t++) {
                Thread thread = new Thread(worker, "bare-loop-" + t);
                thread.start();
                workers.add(thread);
            }
            for (Thread thread : workers) {
                thread.join();
            }
            return new Result(n * 1e9 / (System.nanoTime() - start), failed.get(), (os.getProcessCpuTime() - cpuStart) / 1e9 / n);
        }
    }
}
