package dev.tandem.camel;

import dev.tandem.model.Outcome;
import dev.tandem.pipeline.ErrorSidecar;
import dev.tandem.pipeline.OutcomeLine;
import dev.tandem.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;

/**
 * The inbox route's bean: runs the pipeline on a file the route picked up, and on failure writes
 * the error sidecar into the inbox's {@code .error/} folder, beside the file the route moves there.
 *
 * <p>It also chooses the name the file is kept under in {@code .done/} or {@code .error/}: its own
 * name, or, when a file of that name is already kept there (a translation dropped again after a
 * revision), the name with a counter ({@code seed-2.txt}), so that no earlier input is overwritten.
 */
public final class InboxHandler {
    /** Folder, inside the inbox, that failed inputs are moved to; the route names the same one. */
    public static final String ERROR_DIR = ".error";
    /** Folder, inside the inbox, that processed inputs are moved to; the route names the same one. */
    public static final String DONE_DIR = ".done";
    /**
     * Folder, inside the inbox, that inputs whose record failed its checks are moved to: the record
     * is written, but the translation is not what was asked (wrong language, another original...).
     */
    public static final String FAILED_CHECKS_DIR = ".failed-checks";
    /** Header holding the folder a processed file is kept in; the route's move option reads it. */
    public static final String ARCHIVE_DIR = "tandemArchiveDir";
    /** Header holding the name the file is kept under; the route's move options read it. */
    public static final String ARCHIVE_NAME = "tandemArchiveName";

    private final Pipeline pipeline;
    private final ErrorSidecar sidecars;

    public InboxHandler(Pipeline pipeline, ErrorSidecar sidecars) {
        this.pipeline = pipeline;
        this.sidecars = sidecars;
    }

    /** Processes the picked-up file; a failure propagates so that the route moves the file to {@code .error/}. */
    public void process(Exchange exchange) {
        Path file = fileOf(exchange);
        exchange.getMessage().setHeader(ARCHIVE_NAME, archiveName(file));
        Pipeline.Result result = pipeline.process(file);
        exchange.getMessage().setHeader(ARCHIVE_DIR, result.outcome() == Outcome.FAILED_CHECKS ? FAILED_CHECKS_DIR : DONE_DIR);
        OutcomeLine.log(file, result);
    }

    /** Writes the sidecar for the exchange's failure and logs it in one line. */
    public void failed(Exchange exchange) {
        Path file = fileOf(exchange);
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        String kept = exchange.getMessage().getHeader(ARCHIVE_NAME, file.getFileName().toString(), String.class);
        Path sidecar = sidecars.write(file.resolveSibling(ERROR_DIR), file, kept, failure);
        pipeline.noteFailure(file, failure, sidecar);
        OutcomeLine.logFailure(file, failure, sidecar);
    }

    /** The file's own name if no kept folder has it yet, else the first free {@code name-N.ext}. */
    static String archiveName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; taken(file, candidate); n++) {
            candidate = stem + "-" + n + ext;
        }
        return candidate;
    }

    private static boolean taken(Path file, String name) {
        return Files.exists(file.resolveSibling(DONE_DIR).resolve(name))
                || Files.exists(file.resolveSibling(FAILED_CHECKS_DIR).resolve(name))
                || Files.exists(file.resolveSibling(ERROR_DIR).resolve(name));
    }

    private static Path fileOf(Exchange exchange) {
        String path = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
        if (path == null) {
            throw new IllegalStateException("the inbox route must come from a file endpoint");
        }
        return Path.of(path);
    }
}
