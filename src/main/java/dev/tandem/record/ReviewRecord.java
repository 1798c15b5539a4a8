package dev.tandem.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.tandem.check.Checker;
import dev.tandem.fetch.Provenance;
import java.util.List;
import java.util.Map;

/**
 * The bilingual review record written for one translation: both sides laid out unit by unit, the
 * links between them, how the original was fetched, and the review state. Field order here is the
 * order in the JSON.
 *
 * @param id stable id from the source URL and the translation's identity
 * @param recordVersion version of this record's layout
 * @param revision 1 for the first record of a pair; one more each time its translation or its
 *     source changed (earlier revisions are kept as {@code <id>.r<N>.json})
 * @param createdAt when the record was built (ISO-8601 instant)
 * @param source the original
 * @param translation the translation
 * @param alignment which source units each target unit renders
 * @param checks what the translation checks found, the coverage, and the state they put the pair in
 * @param review the reviewer's state, {@code pending} when new
 */
@JsonPropertyOrder({"@context"})
public record ReviewRecord(
        String id,
        int recordVersion,
        int revision,
        String createdAt,
        SourceSide source,
        TranslationSide translation,
        Alignment alignment,
        Checker.Report checks,
        Review review) {

    /** The JSON-LD context: the record is linked data too ({@link RecordContext}). */
    @JsonProperty("@context")
    public Map<String, Object> context() {
        return RecordContext.CONTEXT;
    }

    /** The layout version written now. */
    public static final int VERSION = 4;

    /**
     * A detected language.
     *
     * @param code ISO 639-1 code or {@code und}
     * @param confidence margin over the runner-up, 0..1
     */
    public record Language(String code, double confidence) {
    }

    /**
     * One unit of text: the lead, a paragraph, a heading, a quote or a caption.
     *
     * @param id {@code s1, s2, ...} on the source side, {@code t1, ...} on the translation side;
     *     captions are {@code sc1, ...} and {@code tc1, ...}
     * @param kind lead, body, heading, quote or caption
     * @param text the text, NFC
     * @param language the language detected for this unit alone
     * @param sentences the unit's sentences, as the aligner saw them
     */
    public record Unit(String id, String kind, String text, Language language, List<Sentence> sentences) {
    }

    /**
     * One sentence of a unit.
     *
     * @param id the unit's id, a dot and the sentence's number in it: {@code s3.1}, {@code t12.2}
     * @param text the sentence
     */
    public record Sentence(String id, String text) {
    }

    /**
     * The original.
     *
     * @param fetch provenance of the page the text was extracted from
     * @param workTranslation JSON-LD: the IRI of the translation of this original
     */
    @JsonPropertyOrder({"@type", "@id"})
    public record SourceSide(
            String url,
            String canonicalUrl,
            String siteName,
            String title,
            String author,
            String publishedAt,
            String declaredLanguage,
            Language language,
            List<Unit> paragraphs,
            List<Unit> captions,
            Provenance fetch,
            String workTranslation) {
        /** JSON-LD: the original is a schema.org NewsArticle. */
        @JsonProperty("@type")
        public String type() {
            return "NewsArticle";
        }

        /** JSON-LD: the original's IRI, its address. */
        @JsonProperty("@id")
        public String iri() {
            return url;
        }

        /** JSON-LD: schema.org inLanguage, the detected language. */
        @JsonProperty("inLanguage")
        public String inLanguage() {
            return language.code();
        }
    }

    /**
     * The translation.
     *
     * @param file input file name, when it came from a file
     * @param url the translation's own address, when known
     * @param format text, html or job
     * @param sha256 hex SHA-256 of the input as read
     * @param metadata job-file fields kept as given
     * @param iri JSON-LD {@code @id}: the translation's address, or {@code urn:tandem:translation:<record id>}
     * @param translationOfWork JSON-LD: the original's address
     */
    @JsonPropertyOrder({"@type", "@id"})
    public record TranslationSide(
            String file,
            String url,
            String format,
            String sha256,
            String title,
            String declaredLanguage,
            Language language,
            List<Unit> paragraphs,
            List<Unit> captions,
            Map<String, Object> metadata,
            @JsonProperty("@id") String iri,
            String translationOfWork) {
        /** JSON-LD: the translation is a schema.org NewsArticle too. */
        @JsonProperty("@type")
        public String type() {
            return "NewsArticle";
        }

        /** JSON-LD: schema.org inLanguage, the detected language. */
        @JsonProperty("inLanguage")
        public String inLanguage() {
            return language.code();
        }
    }

    /**
     * A bead linking source units to target units by id.
     *
     * @param type shape such as {@code 1-1}, {@code 0-1} (added) or {@code 1-0} (omitted)
     * @param score the probability that the bead is right, 0..1 (for a paragraph bead, the lowest
     *     of its sentence beads'); calibrated so that beads scored 0.9 or more are right at least
     *     95% of the time on the development data
     */
    public record Pair(String type, List<String> source, List<String> target, double score) {
    }

    /**
     * The links between the two sides.
     *
     * @param method which aligner made them
     * @param paragraphs beads over lead, body, headings and quotes
     * @param sentences beads over the sentences of those units
     * @param captions beads over captions, unit by unit
     * @param counts number of beads of each shape, for {@code paragraphs}, {@code sentences} and
     *     {@code captions}
     */
    public record Alignment(String method, List<Pair> paragraphs, List<Pair> sentences, List<Pair> captions,
            Map<String, Map<String, Integer>> counts) {
    }

    /**
     * The human review of the record.
     *
     * @param state pending, in_review, approved or rejected
     */
    public record Review(String state, String reviewer, String updatedAt, List<Map<String, Object>> notes) {
        public static Review pending() {
            return new Review("pending", null, null, List.of());
        }
    }
}
