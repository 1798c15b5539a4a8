package dev.tandem.camel;

import dev.tandem.config.TandemConfig;
import dev.tandem.pipeline.BatchProcessor;
import dev.tandem.pipeline.ErrorSidecar;
import dev.tandem.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The long-running service: Camel Main with the YAML routes from {@code routes/} (read at start,
 * so an operator can change the flow without recompiling) and the beans they call bound by name.
 * Beans are bound explicitly; classpath scanning would cost about a second at start.
 */
public final class TandemService {
    private final Main main;

    /**
     * @param config the configuration; every key is also a Camel property, so routes read
     *     {@code {{tandem.inbox.dir}}}
     * @param pipeline the pipeline the routes run
     * @param routesDir the folder of route files
     */
    public TandemService(TandemConfig config, Pipeline pipeline, Path routesDir, Clock clock) {
        main = new Main();
        main.setAppName("tandem");
        main.configure().withRoutesIncludePattern("file:" + routesDir.toAbsolutePath().normalize() + "/*.yaml");
        main.configure().withShutdownTimeout(30);
        main.setDefaultPropertyPlaceholderLocation("false");
        for (Map.Entry<String, String> e : config.asMap().entrySet()) {
            main.addInitialProperty(e.getKey(), e.getValue());
        }
        BatchProcessor batch = new BatchProcessor(pipeline, clock);
        main.bind("inbox", new InboxHandler(pipeline, new ErrorSidecar(clock)));
        main.bind("batch", new BatchJob(batch, config.batchDir()));
    }

    /** Starts the routes and returns; see {@link #stop()}. */
    public void start() throws Exception {
        main.start();
    }

    /** Runs until the JVM is asked to stop (Ctrl-C, SIGTERM), then shuts down gracefully. */
    public void runUntilStopped() throws Exception {
        main.run();
    }

    /** Stops the routes, letting in-flight files finish. */
    public void stop() throws Exception {
        main.stop();
    }

    /** The running Camel context, for tests and diagnostics. */
    public CamelContext camelContext() {
        return main.getCamelContext();
    }
}
