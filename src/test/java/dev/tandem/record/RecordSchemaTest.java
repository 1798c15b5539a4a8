package dev.tandem.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.testing.RecordSchema;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RecordSchemaTest {
    @Test
    void theExampleRecordIsValid() {
        assertThat(RecordSchema.errors(RecordExampleTest.EXAMPLE)).isEmpty();
    }

    @Test
    void aRecordMissingItsChecksOrWithAnUnknownStateIsNot() throws IOException {
        ObjectNode record = (ObjectNode) new ObjectMapper().readTree(RecordExampleTest.EXAMPLE.toFile());
        ObjectNode withoutChecks = record.deepCopy();
        withoutChecks.remove("checks");
        ObjectNode badState = record.deepCopy();
        ((ObjectNode) badState.get("review")).put("state", "done");
        ObjectNode badId = record.deepCopy();
        ((ObjectNode) badId.withArray("/alignment/sentences").get(0)).putArray("source").add("x1");

        assertThat(RecordSchema.errors(withoutChecks)).isNotEmpty().anyMatch(e -> e.contains("checks"));
        assertThat(RecordSchema.errors(badState)).isNotEmpty();
        assertThat(RecordSchema.errors(badId)).isNotEmpty();
    }

    @Test
    void aReviewNoteNeedsItsSegmentReviewerTimeAndText() throws IOException {
        ObjectNode record = (ObjectNode) new ObjectMapper().readTree(RecordExampleTest.EXAMPLE.toFile());
        ObjectNode good = record.deepCopy();
        ((ObjectNode) good.withArray("/review/notes").addObject()).put("segment", "s1.1").put("reviewer", "Lan")
                .put("at", "2026-11-28T10:00:00Z").put("text", "Date vérifiée.");
        ObjectNode noText = record.deepCopy();
        ((ObjectNode) noText.withArray("/review/notes").addObject()).put("segment", "s1.1").put("reviewer", "Lan")
                .put("at", "2026-11-28T10:00:00Z");
        ObjectNode badSegment = good.deepCopy();
        ((ObjectNode) badSegment.withArray("/review/notes").get(0)).put("segment", "p1");

        assertThat(RecordSchema.errors(good)).isEmpty();
        assertThat(RecordSchema.errors(noText)).isNotEmpty();
        assertThat(RecordSchema.errors(badSegment)).isNotEmpty();
    }
}
