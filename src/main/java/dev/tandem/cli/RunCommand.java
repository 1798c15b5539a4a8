package dev.tandem.cli;

import dev.tandem.camel.TandemService;
import dev.tandem.config.TandemConfig;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run}: the long-running service (inbox and schedule) until stopped with Ctrl-C or SIGTERM.
 *
 * <p>A stop is one ordered sequence on this thread, complete before the JVM exits: the routes stop
 * taking files and let in-flight ones finish ({@link TandemService#runUntilStopped()}), the
 * pipeline closes the ledger, "tandem stopped" is logged, and the command exits 0. See
 * {@link ShutdownSignals} for why the signals are handled here rather than by the JVM.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watches the inbox and runs the scheduled batch until stopped.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");
    /**
     * How long a JVM shutdown (other than SIGTERM and SIGINT) waits for the ordered stop: the
     * routes' 30 s for in-flight files ({@link TandemService}) plus 15 s to close the ledger.
     */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(45);
    @Mixin
    ConfigOptions config;

    @Option(names = "--routes", paramLabel = "DIR", defaultValue = "routes",
            description = "Folder of the YAML route files (default: ${DEFAULT-VALUE}).")
    Path routes;

    @Override
    public Integer call() throws Exception {
        // First of all: from here on a signal is a request the stop below answers, whenever it comes.
        ShutdownSignals signals = ShutdownSignals.install(STOP_PATIENCE);
        try {
            return runUntilStopped(signals);
        } finally {
            signals.finished();
        }
    }

    private int runUntilStopped(ShutdownSignals signals) throws Exception {
        TandemConfig cfg = config.load(Map.of());
        if (!Files.isDirectory(routes)) {
            System.err.println("tandem: no routes folder at " + routes.toAbsolutePath()
                    + " (run from the project root or give --routes)");
            return 2;
        }
        Clock clock = Clock.systemUTC();
        // The models load while the pipeline and Camel start; the service says it is ready after both.
        try (Pipeline pipeline = Pipeline.create(cfg, LanguageIdentifier.loading(cfg.languageSet(),
                cfg.languageLowAccuracy()), clock)) {
            TandemService service = new TandemService(cfg, pipeline, routes, clock);
            signals.onRequest(service::requestStop);
            service.runUntilStopped();
        }
        LOG.info("tandem stopped");
        return 0;
    }
}
