package dev.tandem.camel;

import dev.tandem.model.Outcome;
import dev.tandem.pipeline.ErrorSidecar;
import dev.tandem.pipeline.OutcomeLine;
import dev.tandem.pipeline.Pipeline;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;

/**
 * The inbox route's bean: runs the pipeline on a file the route picked up (in the inbox or one of
 * its subfolders), and on failure writes the error sidecar into the inbox's {@code .error/} folder,
 * beside the file the route moves there.
 *
 * <p>It also chooses the name the file is kept under in {@code .done/}, {@code .failed-checks/} or
 * {@code .error/}: its path below the inbox ({@code en/article.txt} for a file dropped into the
 * subfolder {@code en/}), or,
 * when a file of that path is already kept there (a translation dropped again after a revision),
 * the name with a counter ({@code en/article-2.txt}), so that no earlier input is overwritten.
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
        String relative = relativeOf(exchange);
        exchange.getMessage().setHeader(ARCHIVE_NAME, archiveName(inboxOf(exchange), relative));
        Pipeline.Result result = pipeline.process(file, relative, null);
        exchange.getMessage().setHeader(ARCHIVE_DIR, result.outcome() == Outcome.FAILED_CHECKS ? FAILED_CHECKS_DIR : DONE_DIR);
        OutcomeLine.log(relative, result);
    }

    /** Writes the sidecar for the exchange's failure and logs it in one line. */
    public void failed(Exchange exchange) {
        Path file = fileOf(exchange);
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        String kept = exchange.getMessage().getHeader(ARCHIVE_NAME, relativeOf(exchange), String.class);
        Path sidecar = sidecars.write(inboxOf(exchange).resolve(ERROR_DIR), file, kept, failure);
        pipeline.noteFailure(file, failure, sidecar);
        OutcomeLine.logFailure(relativeOf(exchange), failure, sidecar);
    }

    /**
     * The file's path below the inbox ({@code relative}, e.g. {@code en/article.txt}) if no kept
     * folder of {@code inbox} has it yet, else the first free {@code en/article-N.txt}: files of
     * one name in two subfolders never meet in {@code .done/} or {@code .error/}.
     */
    static String archiveName(Path inbox, String relative) {
        int slash = relative.lastIndexOf('/');
        String folder = relative.substring(0, slash + 1);
        String name = relative.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = relative;
        for (int n = 2; taken(inbox, candidate); n++) {
            candidate = folder + stem + "-" + n + ext;
        }
        return candidate;
    }

    private static boolean taken(Path inbox, String relative) {
        return Files.exists(inbox.resolve(DONE_DIR).resolve(relative))
                || Files.exists(inbox.resolve(FAILED_CHECKS_DIR).resolve(relative))
                || Files.exists(inbox.resolve(ERROR_DIR).resolve(relative));
    }

    /** The picked-up file's path below the inbox, with {@code /} between folders. */
    private static String relativeOf(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        return name != null ? name.replace(File.separatorChar, '/') : fileOf(exchange).getFileName().toString();
    }

    /** The inbox folder the picked-up file was found in: its path less its path below the inbox. */
    private static Path inboxOf(Exchange exchange) {
        Path file = fileOf(exchange).toAbsolutePath();
        Path relative = Path.of(relativeOf(exchange));
        if (!file.endsWith(relative)) {
            throw new IllegalStateException("the inbox file " + file + " does not end with its name " + relative);
        }
        Path inbox = file;
        for (int i = 0; i < relative.getNameCount(); i++) {
            inbox = inbox.getParent();
        }
        return inbox;
    }

    private static Path fileOf(Exchange exchange) {
        String path = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
        if (path == null) {
            throw new IllegalStateException("the inbox route must come from a file endpoint");
        }
        return Path.of(path);
    }
}
