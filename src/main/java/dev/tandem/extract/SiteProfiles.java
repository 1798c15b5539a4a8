package dev.tandem.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The site profiles in force: those shipped in {@code site-profiles.json} and, over them, those of
 * an operator's file in the same format, read once at start. A profile of the operator's file
 * that names a host of a shipped one replaces it. Every selector is checked when loading, so a
 * typo is reported at start, not on the first page of that site.
 *
 * <pre>{@code
 * {"profiles": [{"name": "VnExpress", "hosts": ["vnexpress.net"], "title": "h1.title-detail",
 *   "lead": "p.description", "body": "article.fck_detail", "captions": "figcaption", "drop": []}]}
 * }</pre>
 */
public final class SiteProfiles {
    private static final String SHIPPED = "/site-profiles.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<SiteProfile> profiles;

    private SiteProfiles(List<SiteProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** No profiles: the generic extractor alone. */
    public static SiteProfiles none() {
        return new SiteProfiles(List.of());
    }

    /** The shipped profiles. */
    public static SiteProfiles shipped() {
        try (InputStream in = SiteProfiles.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            return new SiteProfiles(read(in, "shipped " + SHIPPED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped profiles with those of {@code file} over them.
     *
     * @throws IllegalArgumentException when the file cannot be read or a profile is invalid
     */
    public static SiteProfiles load(Path file) {
        SiteProfiles shipped = shipped();
        if (file == null) {
            return shipped;
        }
        List<SiteProfile> own;
        try (InputStream in = Files.newInputStream(file)) {
            own = read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read site profiles " + file + ": " + e.getMessage(), e);
        }
        List<SiteProfile> merged = new ArrayList<>(own);
        for (SiteProfile p : shipped.profiles) {
            boolean replaced = own.stream().anyMatch(o -> o.hosts().stream().anyMatch(p.hosts()::contains));
            if (!replaced) {
                merged.add(p);
            }
        }
        return new SiteProfiles(merged);
    }

    /** The profile for a page at {@code url}, if any. */
    public Optional<SiteProfile> forUrl(String url) {
        if (url == null || url.isBlank() || profiles.isEmpty()) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return profiles.stream().filter(p -> p.appliesTo(host)).findFirst();
    }

    /** How many profiles are in force. */
    public int size() {
        return profiles.size();
    }

    private static List<SiteProfile> read(InputStream in, String origin) throws IOException {
        Map<String, List<SiteProfile>> root;
        try {
            root = JSON.readValue(in, new TypeReference<Map<String, List<SiteProfile>>>() { });
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("site profiles in " + origin + " are not valid: " + e.getMessage(), e);
        }
        List<SiteProfile> profiles = root.getOrDefault("profiles", List.of());
        for (SiteProfile p : profiles) {
            check(p.title(), p, "title", origin);
            check(p.lead(), p, "lead", origin);
            check(p.body(), p, "body", origin);
            check(p.captions(), p, "captions", origin);
            p.drop().forEach(d -> check(d, p, "drop", origin));
        }
        return profiles;
    }

    private static void check(String selector, SiteProfile p, String field, String origin) {
        if (selector == null) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("site profile '" + p.name() + "' in " + origin + ": " + field
                    + " selector '" + selector + "' is not valid CSS: " + e.getMessage(), e);
        }
    }
}
