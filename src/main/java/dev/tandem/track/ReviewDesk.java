package dev.tandem.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.io.AtomicFiles;
import dev.tandem.record.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records a reviewer's decision and notes on the newest revision of a pair: in the record's
 * {@code review} block, then in the ledger. Notes are added, never replaced, and each names its
 * segment ({@code s3.1}, {@code t2}) or none for the whole record. A revision written since the
 * reviewer opened the record is not reviewed blind: the ledger's revision must be the one read.
 */
public final class ReviewDesk {
    /** Review states, in the order a record goes through them. */
    public static final List<String> STATES = List.of("pending", "in_review", "approved", "rejected");
    private static final Pattern SEGMENT_ID = Pattern.compile("[st]c?\\d+(\\.\\d+)?");

    private ReviewDesk() {
    }

    /** A note on one segment, or on the whole record when {@code segment} is null. */
    public record Note(String segment, String text) {
        /** {@code s3.1=text} is a note on s3.1; any other text is a note on the whole record. */
        public static Note parse(String given) {
            int eq = given.indexOf('=');
            if (eq > 0 && SEGMENT_ID.matcher(given.substring(0, eq).strip()).matches()) {
                return new Note(given.substring(0, eq).strip(), given.substring(eq + 1).strip());
            }
            return new Note(null, given.strip());
        }
    }

    /** Thrown when the review cannot be recorded; the message says why, for the reviewer. */
    public static final class ReviewException extends RuntimeException {
        ReviewException(String message) {
            super(message);
        }
    }

    /**
     * Sets the review state and adds the notes.
     *
     * @return the record file written
     */
    public static Path review(Ledger ledger, String recordId, String state, String reviewer, List<Note> notes,
            Instant at) {
        if (!STATES.contains(state)) {
            throw new ReviewException("unknown review state '" + state + "': use one of " + STATES);
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new ReviewException("a review needs the reviewer's name");
        }
        Ledger.Revision revision = ledger.latest(recordId)
                .orElseThrow(() -> new ReviewException("the ledger has no pair with id " + recordId));
        Path file = Path.of(revision.recordPath());
        ObjectNode record = read(file);
        if (record.path("revision").asInt(-1) != revision.revision()) {
            throw new ReviewException(file + " holds revision " + record.path("revision").asInt(-1)
                    + " but the ledger's newest is " + revision.revision() + "; nothing changed");
        }
        Set<String> segments = segmentIds(record);
        for (Note note : notes) {
            if (note.text().isEmpty()) {
                throw new ReviewException("a note has no text");
            }
            if (note.segment() != null && !segments.contains(note.segment())) {
                throw new ReviewException("the record has no segment " + note.segment() + "; nothing changed");
            }
        }
        ObjectNode review = (ObjectNode) record.path("review");
        review.put("state", state);
        String name = nfc(reviewer.strip());
        review.put("reviewer", name);
        review.put("updatedAt", at.toString());
        ArrayNode list = review.withArray("notes");
        for (Note note : notes) {
            ObjectNode n = list.addObject();
            if (note.segment() == null) {
                n.putNull("segment");
            } else {
                n.put("segment", note.segment());
            }
            n.put("reviewer", name);
            n.put("at", at.toString());
            n.put("text", nfc(note.text()));
        }
        try {
            AtomicFiles.write(file, RecordJson.pretty().writeValueAsBytes(record));
        } catch (IOException e) {
            throw new ReviewException("cannot write " + file + ": " + e.getMessage());
        }
        if (!ledger.setReview(recordId, revision.revision(), state, at.toString())) {
            throw new ReviewException("a new revision of " + recordId + " was written meanwhile; the review went to "
                    + file + ", which is now archived");
        }
        return file;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static ObjectNode read(Path file) {
        try {
            JsonNode node = RecordJson.pretty().readTree(Files.readAllBytes(file));
            if (node instanceof ObjectNode object && object.path("review").isObject()) {
                return object;
            }
            throw new ReviewException(file + " is not a tandem record");
        } catch (IOException e) {
            throw new ReviewException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Every paragraph, sentence and caption id of both sides. */
    private static Set<String> segmentIds(JsonNode record) {
        Set<String> ids = new HashSet<>();
        for (String side : List.of("source", "translation")) {
            for (String part : List.of("paragraphs", "captions")) {
                for (JsonNode unit : record.path(side).path(part)) {
                    ids.add(unit.path("id").asText());
                    unit.path("sentences").forEach(s -> ids.add(s.path("id").asText()));
                }
            }
        }
        return ids;
    }
}
