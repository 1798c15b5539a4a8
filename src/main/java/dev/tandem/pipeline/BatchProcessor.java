package dev.tandem.pipeline;

import dev.tandem.io.AtomicFiles;
import dev.tandem.record.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over files and folders without moving or deleting any input: each input ends
 * with a record, or with an error sidecar under the output folder's {@code errors/}. Used by the
 * {@code process} command and by the scheduled batch route.
 */
public final class BatchProcessor {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");

    private static final DateTimeFormatter SUMMARY_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Pipeline pipeline;
    private final ErrorSidecar sidecars;
    private final Clock clock;
    private final int threads;

    /** A processor that works on one input at a time. */
    public BatchProcessor(Pipeline pipeline, Clock clock) {
        this(pipeline, clock, 1);
    }

    /**
     * A processor that works on up to {@code threads} inputs at once. The pipeline's stages are
     * safe to share; the ledger takes one write at a time.
     */
    public BatchProcessor(Pipeline pipeline, Clock clock, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.sidecars = new ErrorSidecar(clock);
        this.clock = clock;
        this.threads = threads;
    }

    /** Where error sidecars of this processor go. */
    public Path errorsDir() {
        return pipeline.outDir().resolve("errors");
    }

    /**
     * Processes every input under {@code paths}: files as given, folders walked for files, hidden
     * files and folders (names starting with a dot) and error sidecars left out.
     */
    public BatchSummary process(List<Path> paths) {
        Instant start = clock.instant();
        Map<String, Integer> byStage = new TreeMap<>();
        List<Path> inputs = expand(paths);
        Set<String> sidecarNames = ConcurrentHashMap.newKeySet();
        List<BatchSummary.Result> results = run(inputs, sidecarNames);
        for (BatchSummary.Result result : results) {
            if (result.stage() != null) {
                byStage.merge(result.stage(), 1, Integer::sum);
            }
        }
        Instant end = clock.instant();
        int failed = byStage.values().stream().mapToInt(Integer::intValue).sum();
        return new BatchSummary(start.toString(), end.toString(), Duration.between(start, end).toMillis(),
                inputs.size(), inputs.size() - failed, failed, byStage, results);
    }

    /** Every input's result, in the inputs' order, worked on by up to {@link #threads} threads. */
    private List<BatchSummary.Result> run(List<Path> inputs, Set<String> sidecarNames) {
        if (threads == 1 || inputs.size() < 2) {
            return inputs.stream().map(input -> processOne(input, sidecarNames)).toList();
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), r -> {
            Thread t = new Thread(r, "tandem-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BatchSummary.Result>> futures = new ArrayList<>();
            for (Path input : inputs) {
                futures.add(workers.submit(() -> processOne(input, sidecarNames)));
            }
            List<BatchSummary.Result> results = new ArrayList<>();
            for (Future<BatchSummary.Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            // processOne turns every failure of an input into its result; this is a bug or an Error.
            throw new IllegalStateException("batch worker failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Writes {@code summary} to {@code batches/<start time>.json} in the output folder. */
    public Path writeSummary(BatchSummary summary) {
        Path dir = pipeline.outDir().resolve("batches");
        Path file = dir.resolve(SUMMARY_NAME.format(Instant.parse(summary.startedAt())) + ".json");
        try {
            AtomicFiles.write(file, RecordJson.pretty().writeValueAsBytes(summary));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write batch summary " + file, e);
        }
    }

    /** Runs one input; {@code sidecarNames} keeps two failed inputs of the same name apart. */
    private BatchSummary.Result processOne(Path input, Set<String> sidecarNames) {
        String name = input.getFileName().toString();
        long start = System.nanoTime();
        try {
            Pipeline.Outcome outcome = pipeline.process(input);
            LOG.info(OutcomeLine.succeeded(input, outcome));
            return new BatchSummary.Result(name, outcome.duplicate() ? "duplicate" : "record", null, null,
                    outcome.record().toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | OutOfMemoryError e) {
            String keptAs = name;
            for (int n = 2; !sidecarNames.add(keptAs); n++) {
                keptAs = name + "-" + n;
            }
            Path sidecar = sidecars.write(errorsDir(), input, keptAs, e);
            pipeline.noteFailure(input, e, sidecar);
            LOG.warn(OutcomeLine.failed(input, e, sidecar));
            return new BatchSummary.Result(name, "failed", ErrorSidecar.stageOf(e), ErrorSidecar.messageOf(e),
                    sidecar.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .filter(p -> !p.getFileName().toString().endsWith(".error.json"))
                            .sorted()
                            .forEach(inputs::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                inputs.add(path);
            }
        }
        return inputs;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
