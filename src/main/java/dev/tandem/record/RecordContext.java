package dev.tandem.record;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD context every record carries, so that a record is also linked data: the original and
 * the translation are schema.org {@code NewsArticle}s, in their {@code inLanguage}, at their
 * {@code url}, published at {@code datePublished}, linked by {@code translationOfWork} and
 * {@code workTranslation}. Every other term falls under tandem's own vocabulary
 * ({@code urn:tandem:record:}), so a JSON-LD processor reads the whole record.
 */
final class RecordContext {
    /** Where tandem's own terms live. */
    static final String VOCABULARY = "urn:tandem:record:";
    static final Map<String, Object> CONTEXT = context();

    private RecordContext() {
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@vocab", VOCABULARY);
        c.put("schema", "https://schema.org/");
        c.put("NewsArticle", "schema:NewsArticle");
        c.put("url", Map.of("@id", "schema:url", "@type", "@id"));
        c.put("inLanguage", "schema:inLanguage");
        c.put("title", "schema:headline");
        c.put("publishedAt", "schema:datePublished");
        c.put("translationOfWork", Map.of("@id", "schema:translationOfWork", "@type", "@id"));
        c.put("workTranslation", Map.of("@id", "schema:workTranslation", "@type", "@id"));
        return Map.copyOf(c);
    }

    /** The translation's IRI: its own address when it has one, else a name made of the record id. */
    static String translationIri(String url, String recordId) {
        return url != null ? url : "urn:tandem:translation:" + recordId;
    }
}
