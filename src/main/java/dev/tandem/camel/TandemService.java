package dev.tandem.camel;

import dev.tandem.config.TandemConfig;
import dev.tandem.pipeline.BatchProcessor;
import dev.tandem.pipeline.ErrorSidecar;
import dev.tandem.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.CamelContext;
import java.lang.management.ManagementFactory;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.SimpleMainShutdownStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running service: Camel Main with the YAML routes from {@code routes/} (read at start,
 * so an operator can change the flow without recompiling) and the beans they call bound by name.
 * Beans are bound explicitly; classpath scanning would cost about a second at start.
 */
public final class TandemService {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");

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
        // Camel's own strategy adds a JVM shutdown hook that ends once Camel has stopped, so the JVM
        // could halt while the caller was still closing the ledger. The plain strategy adds none:
        // the caller decides when to stop (requestStop) and finishes before the JVM exits.
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        main.setDefaultPropertyPlaceholderLocation("false");
        // Quartz would start a JMX server for its scheduler: a quarter of a second at start, for an
        // interface nobody here reads.
        main.addInitialProperty("camel.component.quartz.enableJmx", "false");
        for (Map.Entry<String, String> e : config.asMap().entrySet()) {
            main.addInitialProperty(e.getKey(), e.getValue());
        }
        BatchProcessor batch = new BatchProcessor(pipeline, clock, config.batchThreads());
        main.bind("inbox", new InboxHandler(pipeline, new ErrorSidecar(clock)));
        main.bind("batch", new BatchJob(batch, config.batchDir()));
        main.bind("recheck", new RecheckJob(pipeline));
        main.addMainListener(new LifecycleLog(config, pipeline));
    }

    /** Tells the operator in one line that the service is ready. */
    private static final class LifecycleLog extends MainListenerSupport {
        private final TandemConfig config;
        private final Pipeline pipeline;

        LifecycleLog(TandemConfig config, Pipeline pipeline) {
            this.config = config;
            this.pipeline = pipeline;
        }

        @Override
        public void afterStart(BaseMainSupport main) {
            pipeline.awaitLanguageModels(); // loaded while Camel started; ready means ready to detect
            LOG.info("tandem ready {} ms after JVM start: inbox {}, batch {} over {} ({}), records to {}",
                    ManagementFactory.getRuntimeMXBean().getUptime(), config.inboxDir().toAbsolutePath(),
                    config.asMap().get("tandem.batch.cron"), config.batchDir().toAbsolutePath(),
                    Boolean.parseBoolean(config.asMap().get("tandem.batch.enabled")) ? "enabled" : "disabled",
                    config.outDir().toAbsolutePath());
            pipeline.prepareFetching();
        }
    }

    /** Starts the routes and returns; see {@link #stop()}. */
    public void start() throws Exception {
        main.start();
    }

    /**
     * Starts the routes and runs until {@link #requestStop()}, then stops them, letting in-flight
     * files finish (up to 30 s), and returns. It does not watch for signals: the caller does, and
     * closes what it opened after this returns.
     */
    public void runUntilStopped() throws Exception {
        main.run();
    }

    /**
     * Asks {@link #runUntilStopped()} to stop and return; safe from any thread, at any time. Asked
     * before the service started, the service does not start.
     */
    public void requestStop() {
        main.completed();
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
