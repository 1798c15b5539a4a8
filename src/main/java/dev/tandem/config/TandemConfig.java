package dev.tandem.config;

import dev.tandem.fetch.FetchPolicy;
import dev.tandem.fetch.FetchSettings;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.model.TandemVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.TreeMap;

/**
 * tandem's configuration, read once from layered sources into typed values. Layers, each
 * overriding the one before: the defaults shipped in {@code tandem.properties}, an optional file,
 * environment variables ({@code tandem.out.dir} is {@code TANDEM_OUT_DIR}), and explicit overrides
 * (the command line's {@code -Dkey=value}). Unknown keys in the file or overrides are an error, so
 * that a typo does not silently fall back to a default.
 */
public final class TandemConfig {
    private static final String DEFAULTS = "/tandem.properties";
    private final Map<String, String> values;
    /** Where each key not left at its shipped default was set, for error messages. */
    private final Map<String, String> origins;

    private TandemConfig(Map<String, String> values, Map<String, String> origins) {
        this.values = Map.copyOf(values);
        this.origins = Map.copyOf(origins);
    }

    /** The shipped defaults alone. */
    public static TandemConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    /**
     * Reads every layer.
     *
     * @param file an optional properties file (null for none)
     * @param env the environment, usually {@code System.getenv()}
     * @param overrides highest-precedence values, e.g. from the command line
     * @throws ConfigurationException on an unknown key, a bad value, or a missing or unreadable file
     */
    public static TandemConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>(readDefaults());
        Map<String, String> origins = new TreeMap<>();
        if (file != null) {
            putKnown(values, origins, readFile(file), "configuration file " + file);
        }
        for (String key : List.copyOf(values.keySet())) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
                origins.put(key, "environment variable " + envName(key));
            }
        }
        putKnown(values, origins, overrides, "option -D");
        return validated(values, origins);
    }

    /** Returns a copy with some keys replaced; used by tests and commands that set one value. */
    public TandemConfig with(Map<String, String> overrides) {
        Map<String, String> copy = new TreeMap<>(values);
        Map<String, String> copyOrigins = new TreeMap<>(origins);
        putKnown(copy, copyOrigins, overrides, "override");
        return validated(copy, copyOrigins);
    }

    /**
     * The configuration of {@code values}, once every key has been read as its type. A value's
     * error names where the value was set; every check's message starts with the key it is about,
     * which is how the key's origin is found.
     */
    private static TandemConfig validated(Map<String, String> values, Map<String, String> origins) {
        TandemConfig config = new TandemConfig(values, origins);
        try {
            config.validate();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String origin = origins.entrySet().stream()
                    .filter(o -> message.startsWith(o.getKey() + " "))
                    .map(o -> " (set by " + o.getValue() + ")")
                    .findFirst().orElse("");
            throw new ConfigurationException(message + origin, e);
        }
        return config;
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Every key and value, sorted by key; handed to Camel as its properties. */
    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    public Path outDir() {
        return path("tandem.out.dir");
    }

    public Path inboxDir() {
        return path("tandem.inbox.dir");
    }

    public Path batchDir() {
        return path("tandem.batch.dir");
    }

    public Path snapshotDir() {
        return path("tandem.snapshot.dir");
    }

    /** The ledger's SQLite file: {@code tandem.ledger.file}, or {@code ledger.sqlite} in the output folder. */
    public Path ledgerFile() {
        String value = values.getOrDefault("tandem.ledger.file", "").trim();
        return value.isEmpty() ? outDir().resolve("ledger.sqlite") : Path.of(value);
    }

    /** Extra snapshot folders that are read but never written. */
    public List<Path> snapshotReadDirs() {
        return list("tandem.snapshot.read-dirs").stream().map(Path::of).toList();
    }

    public FetchPolicy fetchPolicy() {
        return FetchPolicy.parse(values.get("tandem.fetch.policy"));
    }

    public Duration fetchTimeout() {
        return Duration.ofMillis(positiveLong("tandem.fetch.timeout-ms"));
    }

    public int fetchMaxBytes() {
        long max = positiveLong("tandem.fetch.max-bytes");
        if (max >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tandem.fetch.max-bytes must be below 2 GiB, got " + max);
        }
        return (int) max;
    }

    /** The User-Agent: the project, its version and the operator's contact page when one is set. */
    public String userAgent() {
        String contact = values.getOrDefault("tandem.fetch.contact-url", "").trim();
        return "tandem/" + TandemVersion.VERSION + " (translation tracker" + (contact.isEmpty() ? "" : "; +" + contact)
                + ")";
    }

    /** Everything {@code tandem.fetch.*} says about how pages are fetched. */
    public FetchSettings fetchSettings() {
        return new FetchSettings(fetchTimeout(), millis("tandem.fetch.connect-timeout-ms"),
                millis("tandem.fetch.read-timeout-ms"), fetchMaxBytes(), userAgent(),
                Duration.ofMillis(wholeNumber("tandem.fetch.host-interval-ms")),
                (int) positiveLong("tandem.fetch.host-concurrency"), (int) wholeNumber("tandem.fetch.retries"),
                millis("tandem.fetch.backoff-ms"), millis("tandem.fetch.max-retry-after-ms"),
                (int) wholeNumber("tandem.fetch.max-redirects"), bool("tandem.fetch.robots"),
                Set.copyOf(list("tandem.fetch.robots-ignore-hosts")), Set.copyOf(list("tandem.fetch.allow-hosts")),
                millis("tandem.fetch.host-retry-ms"), Duration.ofMillis(wholeNumber("tandem.fetch.reuse-ms")));
    }

    private Duration millis(String key) {
        return Duration.ofMillis(positiveLong(key));
    }

    /** A whole number that may be zero. */
    private long wholeNumber(String key) {
        return wholeNumber(key, 0, Long.MAX_VALUE, "zero or a positive whole number");
    }

    /** ISO 639-1 codes of the languages the detector loads. */
    public List<String> languageSet() {
        return list("tandem.language.set");
    }

    /** The operator's site-profile file, or null when only the shipped profiles apply. */
    public Path extractProfiles() {
        String value = values.getOrDefault("tandem.extract.profiles", "").trim();
        return value.isEmpty() ? null : Path.of(value);
    }

    /** The newsroom's glossary for the word tables ({@code tandem.lexicon.glossary}), or null for none. */
    public Path lexiconGlossary() {
        String value = values.getOrDefault("tandem.lexicon.glossary", "").trim();
        return value.isEmpty() ? null : Path.of(value);
    }

    /** Whether the detector loads only Lingua's low-accuracy (trigram) models. */
    public boolean languageLowAccuracy() {
        return bool("tandem.language.low-accuracy");
    }

    /** ISO 639-1 codes an original may be in; empty accepts any but the translation's. */
    public List<String> sourceLanguages() {
        return list("tandem.source.languages");
    }

    /** ISO 639-1 codes translations are ordered in; empty accepts any. */
    public List<String> translationLanguages() {
        return list("tandem.translation.languages");
    }

    /**
     * How long an input must have been still before it is read: {@code tandem.inbox.settle-ms}.
     * The pipeline waits this long again when an input changed while it was processed.
     */
    public Duration inputSettle() {
        return Duration.ofMillis(positiveLong("tandem.inbox.settle-ms"));
    }

    /**
     * {@code tandem.input.write-grace-ms}: an input that fails at ingest within this long of its
     * last change may be a file its writer has paused on; it is looked at again once it has been
     * still this long, and processed again if it changed.
     */
    public Duration inputWriteGrace() {
        return Duration.ofMillis(wholeNumber("tandem.input.write-grace-ms", 0, 600_000, "a whole number from 0 to 600000"));
    }

    /** Inputs a batch works on at once: {@code tandem.batch.threads}, or one per processor when 0. */
    public int batchThreads() {
        int threads = (int) wholeNumber("tandem.batch.threads", 0, 1024, "a whole number from 0 to 1024");
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    private void validate() {
        batchThreads();
        outDir();
        fetchPolicy();
        fetchTimeout();
        fetchMaxBytes();
        fetchSettings();
        positiveLong("tandem.inbox.poll-ms");
        positiveLong("tandem.inbox.settle-ms");
        inputWriteGrace();
        languageLowAccuracy();
        bool("tandem.batch.enabled");
        bool("tandem.recheck.enabled");
        if (languageSet().size() < 2) {
            throw new IllegalArgumentException("tandem.language.set needs at least two languages, got "
                    + values.get("tandem.language.set"));
        }
        knownLanguages("tandem.language.set");
        knownLanguages("tandem.source.languages");
        knownLanguages("tandem.translation.languages");
    }

    /** Refuses a language list naming a code the detector has no model for, before any input waits on it. */
    private void knownLanguages(String key) {
        for (String code : list(key)) {
            if (!LanguageIdentifier.knows(code)) {
                throw new IllegalArgumentException(key + " names '" + code
                        + "', which is not the ISO 639-1 code of a language tandem knows");
            }
        }
    }

    private boolean bool(String key) {
        String value = values.getOrDefault(key, "").trim();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private Path path(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must name a folder");
        }
        return Path.of(value.trim());
    }

    private List<String> list(String key) {
        String value = values.getOrDefault(key, "");
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
    }

    private long positiveLong(String key) {
        return wholeNumber(key, 1, Long.MAX_VALUE, "a positive whole number");
    }

    /** The key's value as a whole number from {@code least} to {@code most}; {@code what} says so in the error. */
    private long wholeNumber(String key, long least, long most, String what) {
        String value = values.get(key);
        try {
            long n = Long.parseLong(value.trim());
            if (n < least || n > most) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be " + what + ", got '" + value + "'");
        }
    }

    private static void putKnown(Map<String, String> values, Map<String, String> origins, Map<String, String> layer,
            String origin) {
        for (Map.Entry<String, String> e : layer.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new ConfigurationException("unknown configuration key '" + e.getKey() + "' in " + origin
                        + " (README's Configuration table lists the keys)");
            }
            values.put(e.getKey(), e.getValue());
            origins.put(e.getKey(), origin);
        }
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in = TandemConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            return toMap(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return toMap(in);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("configuration file " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ConfigurationException("configuration file " + file + " cannot be read: permission denied", e);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getMessage();
            throw new ConfigurationException("configuration file " + file + " cannot be read: " + reason, e);
        }
    }

    private static Map<String, String> toMap(InputStream in) throws IOException {
        Properties props = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        Map<String, String> map = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }
}
