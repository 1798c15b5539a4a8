package dev.tandem.ingest;

import dev.tandem.model.Article;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * A translation as read from an input, with the link to its original.
 *
 * @param article the translation's text
 * @param sourceUrl the original's address
 * @param format how it came: {@code text}, {@code html} or {@code job}
 * @param file the input file's path below the folder it was found in, or its name; null when it
 *     did not come from a file
 * @param url the translation's own address when it was fetched, or null
 * @param sha256 hex SHA-256 of the translation's bytes as read
 * @param identity what names this translation across revisions: the job's id, its URL, or the
 *     file's path below the folder it was found in (never the content, which may change); with
 *     the original and the detected language it names one pair
 * @param declaredSourceLanguage the original's language as a job file declares it, or null
 * @param declaredLanguage the translation's own language as a job file declares it
 *     ({@code translationLanguage}), or null
 * @param metadata further fields of a job file, kept as given
 */
public record Translation(
        Article article,
        URI sourceUrl,
        String format,
        String file,
        String url,
        String sha256,
        String identity,
        String declaredSourceLanguage,
        String declaredLanguage,
        Map<String, Object> metadata) {

    public Translation {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(sourceUrl, "sourceUrl must not be null");
        Objects.requireNonNull(identity, "identity must not be null");
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
