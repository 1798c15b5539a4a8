package dev.tandem.cli;

import dev.tandem.camel.TandemService;
import dev.tandem.config.TandemConfig;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the long-running service (inbox and schedule) until stopped with Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watches the inbox and runs the scheduled batch until stopped.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--routes", paramLabel = "DIR", defaultValue = "routes",
            description = "Folder of the YAML route files (default: ${DEFAULT-VALUE}).")
    Path routes;

    @Override
    public Integer call() throws Exception {
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
            new TandemService(cfg, pipeline, routes, clock).runUntilStopped();
        }
        return 0;
    }
}
