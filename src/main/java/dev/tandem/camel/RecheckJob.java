package dev.tandem.camel;

import dev.tandem.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scheduled re-check route's bean: fetches every tracked source again and marks stale pairs. */
public final class RecheckJob {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");

    private final Pipeline pipeline;

    public RecheckJob(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** One re-check of every pair; returns what it found, which is also logged. */
    public Pipeline.RecheckSummary run() {
        Pipeline.RecheckSummary summary = pipeline.recheck();
        LOG.info("recheck: {} pairs, {} unchanged, {} newly stale, {} sources unreachable", summary.pairs(),
                summary.unchanged(), summary.stale(), summary.unreachable());
        return summary;
    }
}
