package dev.tandem.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a record's source paragraphs a newer version of the page no longer has. Text is
 * compared with runs of white space made single, so a re-wrapped paragraph is no change; a
 * paragraph that is only new in the page is counted apart, since nothing was translated from it.
 */
public final class SourceChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What changed.
     *
     * @param changed ids of the record's source units ({@code s3}, {@code sc1}) whose text the page no longer has
     * @param added how many paragraphs of the page the record does not have
     */
    public record Changes(List<String> changed, int added) {
        public boolean any() {
            return !changed.isEmpty() || added > 0;
        }

        /** As the ledger and the status keep it: {@code ["s3","s5"] +1}. */
        public String summary() {
            try {
                return JSON.writeValueAsString(changed) + (added > 0 ? " +" + added + " new" : "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SourceChanges() {
    }

    /** Compares the source units of the record at {@code record} with the page's current units. */
    public static Changes between(Path record, List<String> current) {
        JsonNode source;
        try {
            source = JSON.readTree(record.toFile()).path("source");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read record " + record, e);
        }
        Set<String> now = new HashSet<>();
        current.forEach(text -> now.add(plain(text)));
        Set<String> before = new HashSet<>();
        List<String> changed = new ArrayList<>();
        for (String field : List.of("paragraphs", "captions")) {
            for (JsonNode unit : source.path(field)) {
                String text = plain(unit.path("text").asText());
                before.add(text);
                if (!now.contains(text)) {
                    changed.add(unit.path("id").asText());
                }
            }
        }
        int added = (int) now.stream().filter(text -> !before.contains(text)).count();
        return new Changes(changed, added);
    }

    private static String plain(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
