package dev.tandem.testing;

import dev.tandem.config.TandemConfig;
import dev.tandem.fetch.FetchSettings;
import dev.tandem.language.LanguageIdentifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Configuration and shared parts for tests that run the whole pipeline in a temporary folder. */
public final class TestSetup {
    private static LanguageIdentifier languages;

    private TestSetup() {
    }

    /** The default language set, loaded once for all tests (the models are the slow part). */
    public static synchronized LanguageIdentifier languages() {
        if (languages == null) {
            TandemConfig defaults = TandemConfig.defaults();
            languages = LanguageIdentifier.of(defaults.languageSet(), defaults.languageLowAccuracy());
        }
        return languages;
    }

    /**
     * The defaults with every folder inside {@code dir}, no shipped snapshots, a fast inbox poll,
     * the schedule off, 127.0.0.1 allowed and no politeness delays, plus {@code extra} on top.
     */
    public static TandemConfig config(Path dir, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("tandem.inbox.dir", dir.resolve("inbox").toString());
        values.put("tandem.out.dir", dir.resolve("out").toString());
        values.put("tandem.batch.dir", dir.resolve("batch").toString());
        values.put("tandem.snapshot.dir", dir.resolve("snapshots").toString());
        values.put("tandem.snapshot.read-dirs", "");
        values.put("tandem.inbox.poll-ms", "100");
        values.put("tandem.batch.enabled", "false");
        values.put("tandem.recheck.enabled", "false");
        values.put("tandem.fetch.timeout-ms", "5000");
        // The test servers listen on 127.0.0.1, which the fetcher refuses unless allowed; tests
        // that are not about politeness or retries should not wait for them.
        values.put("tandem.fetch.allow-hosts", "127.0.0.1");
        values.put("tandem.fetch.host-interval-ms", "0");
        values.put("tandem.fetch.host-concurrency", "4");
        values.put("tandem.fetch.backoff-ms", "20");
        values.putAll(extra);
        return TandemConfig.defaults().with(values);
    }

    /** Fetch settings for tests against a server on 127.0.0.1: allowed, no delays between requests, fast retries. */
    public static FetchSettings localFetch() {
        return FetchSettings.defaults().withAllowedHosts(Set.of("127.0.0.1")).withPoliteness(Duration.ZERO, 4)
                .withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(5))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
