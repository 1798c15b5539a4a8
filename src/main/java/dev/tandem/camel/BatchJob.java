package dev.tandem.camel;

import dev.tandem.pipeline.BatchProcessor;
import dev.tandem.pipeline.BatchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled batch route's bean: processes the whole batch folder, leaving the inputs in place,
 * and writes a summary of the run into the output folder's {@code batches/}.
 */
public final class BatchJob {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");

    private final BatchProcessor processor;
    private final Path folder;

    public BatchJob(BatchProcessor processor, Path folder) {
        this.processor = processor;
        this.folder = folder;
    }

    /** One run over the folder; returns the summary, which is also written to a file. */
    public BatchSummary run() {
        if (!Files.isDirectory(folder)) {
            LOG.warn("batch folder {} does not exist: nothing to do", folder);
        }
        BatchSummary summary = processor.process(Files.isDirectory(folder) ? List.of(folder) : List.of());
        Path written = processor.writeSummary(summary);
        String line = String.format("batch over %s: %s in %d ms; summary %s", folder, summary.line(),
                summary.durationMs(), written);
        if (summary.exitStatus() == 0) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
        return summary;
    }
}
