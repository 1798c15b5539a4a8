package dev.tandem.pipeline;

import dev.tandem.ingest.InputNames;
import dev.tandem.io.AtomicFiles;
import dev.tandem.model.Outcome;
import dev.tandem.record.RecordJson;
import dev.tandem.track.IdentityClaims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over files and folders without moving or deleting any input: each input ends
 * with a record, or with an error sidecar under the output folder's {@code errors/}. Used by the
 * {@code process} command and by the scheduled batch route.
 */
public final class BatchProcessor {
    private static final DateTimeFormatter SUMMARY_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final Logger LOG = LoggerFactory.getLogger("tandem");

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
     * Processes every input under {@code paths}: files as given, folders walked for the files that
     * {@link InputNames} calls inputs (no hidden, partial, editor or sidecar files).
     */
    public BatchSummary process(List<Path> paths) {
        Instant start = clock.instant();
        List<Input> inputs = expand(paths);
        Set<String> sidecarNames = ConcurrentHashMap.newKeySet();
        IdentityClaims claims = new IdentityClaims();
        List<BatchSummary.Result> results = run(inputs, input -> processOne(input, sidecarNames, claims));
        Instant end = clock.instant();
        return BatchSummary.of(start.toString(), end.toString(), Duration.between(start, end).toMillis(), results);
    }

    /** Every input's result, in the inputs' order, worked on by up to {@link #threads} threads. */
    private List<BatchSummary.Result> run(List<Input> inputs, Function<Input, BatchSummary.Result> one) {
        if (threads == 1 || inputs.size() < 2) {
            return inputs.stream().map(one).toList();
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), r -> {
            Thread t = new Thread(r, "tandem-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BatchSummary.Result>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(workers.submit(() -> one.apply(input)));
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

    /**
     * Runs one input; {@code sidecarNames} keeps two failed inputs of the same name apart, and
     * {@code claims} two inputs of this run that are one translation.
     */
    private BatchSummary.Result processOne(Input in, Set<String> sidecarNames, IdentityClaims claims) {
        Path input = in.file();
        String name = in.name();
        long start = System.nanoTime();
        try {
            Pipeline.Result result = pipeline.process(input, name, claims);
            OutcomeLine.log(name, result);
            return new BatchSummary.Result(name, result.outcome().label(), null, null, result.record().toString(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | OutOfMemoryError e) {
            String keptAs = name;
            for (int n = 2; !sidecarNames.add(keptAs); n++) {
                keptAs = name + "-" + n;
            }
            Path sidecar = sidecars.write(errorsDir(), input, keptAs, e);
            pipeline.noteFailure(input, e, sidecar);
            OutcomeLine.logFailure(name, e, sidecar);
            return new BatchSummary.Result(name, Outcome.ERROR.label(), ErrorSidecar.stageOf(e),
                    ErrorSidecar.messageOf(e), sidecar.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Files as given (an operator who names a file wants it read), folders walked into subfolders
     * for the files {@link InputNames} calls inputs. Hidden folders are not entered; each other
     * file that is not an input gets a log line, so that nothing is left out unseen.
     */
    /**
     * An input file and the name it is known by: its path below the folder it was found in, with
     * {@code /} between folders, or its own name when it was given alone.
     */
    private record Input(Path file, String name) {
    }

    private static List<Input> expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                walk(path, found);
                found.stream().sorted().forEach(file -> inputs.add(new Input(file,
                        path.relativize(file).toString().replace(java.io.File.separatorChar, '/'))));
            } else {
                inputs.add(new Input(path, path.getFileName().toString()));
            }
        }
        return inputs;
    }

    /** Adds to {@code inputs} the inputs under {@code folder}, not following symbolic links to folders. */
    private static void walk(Path folder, List<Path> inputs) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(folder) || InputNames.isWalked(dir.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!Files.isRegularFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Optional<String> why = InputNames.whyNotInput(folder.relativize(file));
                    if (why.isEmpty()) {
                        inputs.add(file);
                    } else if (!why.get().equals(InputNames.HIDDEN)) {
                        LOG.info("SKIP {}: not an input ({})", file, why.get());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
