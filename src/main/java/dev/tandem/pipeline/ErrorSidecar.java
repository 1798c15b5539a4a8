package dev.tandem.pipeline;

import dev.tandem.io.AtomicFiles;
import dev.tandem.model.StageException;
import dev.tandem.record.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code <name>.error.json} beside a failed input: which input, at which stage, what went
 * wrong and the facts behind it (URL, HTTP status), so that an operator can fix the input and drop
 * it again without reading logs.
 */
public final class ErrorSidecar {
    private final Clock clock;

    public ErrorSidecar(Clock clock) {
        this.clock = clock;
    }

    /** The sidecar's name for an input named {@code inputName}. */
    public static String nameFor(String inputName) {
        return inputName + ".error.json";
    }

    /**
     * Writes the sidecar for {@code input} into {@code dir}.
     *
     * @param dir folder of the sidecar, created if needed
     * @param input the failed input where it was read
     * @param keptAs the name the input is kept under beside the sidecar
     * @param failure what went wrong; a {@link StageException} names its stage, anything else is
     *     reported as an internal error
     * @return the sidecar's path
     */
    public Path write(Path dir, Path input, String keptAs, Throwable reported) {
        Throwable failure = unwrap(reported);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", keptAs);
        report.put("input", input.toAbsolutePath().normalize().toString());
        report.put("stage", stageOf(failure));
        report.put("error", messageOf(failure));
        report.put("details", failure instanceof StageException se ? se.details() : Map.of());
        Throwable cause = failure instanceof StageException && failure.getCause() != null ? failure.getCause() : failure;
        report.put("cause", cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        report.put("failedAt", clock.instant().toString());
        Path sidecar = dir.resolve(nameFor(keptAs));
        try {
            AtomicFiles.write(sidecar, RecordJson.pretty().writeValueAsBytes(report));
            return sidecar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write error sidecar " + sidecar, e);
        }
    }

    /** The stage label of a failure, {@code internal} when it is not a stage's failure. */
    public static String stageOf(Throwable reported) {
        return unwrap(reported) instanceof StageException se ? se.stage().label() : "internal";
    }

    /** The operator-facing message of a failure. */
    public static String messageOf(Throwable reported) {
        Throwable failure = unwrap(reported);
        if (failure instanceof StageException) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            return "out of memory: the input needed more than the " + maxHeapMiB() + " MiB heap (-Xmx) holds, "
                    + "beside the inputs processed at the same time; it may pass alone (tandem.batch.threads=1) "
                    + "or with a larger heap";
        }
        return "unexpected " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** The heap's limit in MiB, as {@code -Xmx} set it, for messages about running out of memory. */
    public static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /**
     * The failure to report: a {@link StageException} or an {@link OutOfMemoryError} that a wrapper
     * (Camel's {@code CamelExecutionException}, for one) carries as its cause, else {@code failure}
     * itself.
     */
    static Throwable unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StageException || t instanceof OutOfMemoryError) {
                return t;
            }
        }
        return failure;
    }
}
