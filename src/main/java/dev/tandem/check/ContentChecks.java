package dev.tandem.check;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;

/**
 * Content present on one side only: a source paragraph none of whose sentences was translated
 * ({@code OMITTED_PARAGRAPH}, error), a source sentence with no counterpart inside a translated
 * paragraph ({@code OMITTED_SENTENCE}, warning), and translation text with no source
 * ({@code ADDED_CONTENT}, warning).
 */
final class ContentChecks {
    private ContentChecks() {
    }

    static List<Finding> run(CheckInput in) {
        List<Finding> findings = new ArrayList<>();
        List<String> omittedParagraphs = new ArrayList<>();
        for (Bead p : in.paragraphs()) {
            if (p.target().isEmpty()) {
                List<String> ids = p.source().stream().map(i -> in.sourceParagraphs().get(i)).toList();
                omittedParagraphs.addAll(ids);
                findings.add(new Finding("OMITTED_PARAGRAPH", Finding.ERROR, ids, List.of(),
                        "Source paragraph " + String.join(", ", ids) + " has no counterpart in the translation."));
            }
        }
        for (Bead b : in.sentences()) {
            if (b.target().isEmpty()) {
                List<String> ids = CheckInput.ids(in.source(), b.source());
                if (ids.stream().noneMatch(id -> omittedParagraphs.contains(paragraphOf(id)))) {
                    findings.add(new Finding("OMITTED_SENTENCE", Finding.WARNING, ids, List.of(),
                            "Source sentence " + String.join(", ", ids) + " has no counterpart in the translation: \""
                                    + shortened(CheckInput.text(in.source(), b.source())) + "\""));
                }
            } else if (b.source().isEmpty()) {
                List<String> ids = CheckInput.ids(in.target(), b.target());
                findings.add(new Finding("ADDED_CONTENT", Finding.WARNING, List.of(), ids,
                        "Translation sentence " + String.join(", ", ids) + " renders nothing in the source: \""
                                + shortened(CheckInput.text(in.target(), b.target())) + "\""));
            }
        }
        return findings;
    }

    /** {@code s3} of the sentence id {@code s3.2}. */
    static String paragraphOf(String sentenceId) {
        int dot = sentenceId.indexOf('.');
        return dot < 0 ? sentenceId : sentenceId.substring(0, dot);
    }

    static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
