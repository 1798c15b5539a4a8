package dev.tandem.cli;

import dev.tandem.config.TandemConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares: the configuration file and single-key overrides. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file overriding the defaults (default: $TANDEM_CONFIG, if set).")
    Path file;

    @Option(names = "-D", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Sets one configuration key, over the file and the environment; repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Reads the configuration, with {@code extra} (command-specific options) on top. */
    TandemConfig load(Map<String, String> extra) {
        Map<String, String> env = System.getenv();
        Path configFile = file;
        if (configFile == null && env.get("TANDEM_CONFIG") != null && !env.get("TANDEM_CONFIG").isBlank()) {
            configFile = Path.of(env.get("TANDEM_CONFIG"));
        }
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return TandemConfig.load(configFile, env, all);
    }
}
