package dev.tandem.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Fundus's hand-written parser extracts from one test page, read from one version entry of a
 * publisher's JSON file: title, summary (the lead), body sections (sub-headlines and paragraphs in
 * order) and image captions.
 *
 * @param title the headline; empty when the entry has none
 * @param summary lead paragraphs, possibly none
 * @param sectionTexts every section headline and paragraph, in reading order
 * @param captions image captions that are neither null nor blank
 */
record FundusTruth(String title, List<String> summary, List<String> sectionTexts, List<String> captions) {
    private static final String SEPARATOR = "\n\n";

    FundusTruth {
        summary = List.copyOf(summary);
        sectionTexts = List.copyOf(sectionTexts);
        captions = List.copyOf(captions);
    }

    /** Reads one version entry ({@code {"title", "body": {"summary", "sections"}, "images"}}). */
    static FundusTruth from(JsonNode entry) {
        JsonNode body = entry.path("body");
        List<String> sections = new ArrayList<>();
        for (JsonNode section : body.path("sections")) {
            sections.addAll(strings(section.path("headline")));
            sections.addAll(strings(section.path("paragraphs")));
        }
        List<String> captions = new ArrayList<>();
        for (JsonNode image : entry.path("images")) {
            JsonNode caption = image.path("caption");
            if (caption.isTextual() && !caption.asText().isBlank()) {
                captions.add(caption.asText());
            }
        }
        return new FundusTruth(entry.path("title").asText(""), strings(body.path("summary")), sections, captions);
    }

    /** The summary paragraphs joined by blank lines. */
    String lead() {
        return String.join(SEPARATOR, summary);
    }

    /** Section headlines and paragraphs joined by blank lines; no summary, no captions. */
    String body() {
        return String.join(SEPARATOR, sectionTexts);
    }

    /** Summary, then sections. */
    String leadAndBody() {
        List<String> all = new ArrayList<>(summary);
        all.addAll(sectionTexts);
        return String.join(SEPARATOR, all);
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isTextual() && !item.asText().isBlank()) {
                strings.add(item.asText());
            }
        }
        return strings;
    }
}
