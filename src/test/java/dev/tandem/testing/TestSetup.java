package dev.tandem.testing;

import dev.tandem.config.TandemConfig;
import dev.tandem.language.LanguageIdentifier;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
     * The defaults with every folder inside {@code dir}, no shipped snapshots, a fast inbox poll
     * and the schedule off, plus {@code extra} on top.
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
        values.put("tandem.fetch.timeout-ms", "5000");
        values.putAll(extra);
        return TandemConfig.defaults().with(values);
    }
}
