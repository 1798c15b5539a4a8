package dev.tandem.cli;

import dev.tandem.config.ConfigurationException;
import dev.tandem.config.TandemConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: the configuration file and single-key overrides. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file overriding the defaults (default: $TANDEM_CONFIG, if set).")
    Path file;

    @Option(names = "-D", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Sets one configuration key, over the file and the environment; repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /**
     * The ledger file of the configuration, if it exists; otherwise says so on {@code err}, for
     * the commands that read the ledger.
     */
    static Optional<Path> existingLedger(TandemConfig cfg, PrintWriter err) {
        if (Files.exists(cfg.ledgerFile())) {
            return Optional.of(cfg.ledgerFile());
        }
        err.println("tandem: no ledger at " + cfg.ledgerFile() + " (nothing processed yet, or another tandem.out.dir)");
        return Optional.empty();
    }

    /**
     * Reads the configuration, with {@code extra} (command-specific options) on top.
     *
     * @throws ConfigurationException on any configuration error; {@link TandemCommand} reports it
     *     as one line and exit status 2 for every command
     */
    TandemConfig load(Map<String, String> extra) {
        Map<String, String> env = System.getenv();
        Path configFile = file;
        boolean fromEnv = false;
        if (configFile == null && env.get("TANDEM_CONFIG") != null && !env.get("TANDEM_CONFIG").isBlank()) {
            configFile = Path.of(env.get("TANDEM_CONFIG"));
            fromEnv = true;
        }
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        try {
            return TandemConfig.load(configFile, env, all);
        } catch (ConfigurationException e) {
            if (fromEnv && !Files.exists(configFile)) {
                throw new ConfigurationException(e.getMessage() + " (named by TANDEM_CONFIG)", e);
            }
            throw e;
        }
    }
}
