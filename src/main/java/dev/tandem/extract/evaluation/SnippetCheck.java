package dev.tandem.extract.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The snippet-presence test of one document, as trafilatura's evaluation runs it: whitespace runs
 * (Unicode, as Python's {@code \s}) collapsed to one space on both sides, then plain substring
 * search. Keeps the failing snippets so
 * that a report can show what was lost and what leaked in.
 *
 * <pre>{@code
 * SnippetCheck check = SnippetCheck.of(text, List.of("must be there"), List.of("Impressum"));
 * check.score().recall();
 * }</pre>
 *
 * @param score the counts
 * @param missing "with" snippets not found in the text
 * @param leaked "without" snippets found in the text
 */
public record SnippetCheck(SnippetScore score, List<String> missing, List<String> leaked) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public SnippetCheck {
        missing = List.copyOf(missing);
        leaked = List.copyOf(leaked);
    }

    /**
     * Checks {@code text} against the document's snippets.
     *
     * @param text the extracted text; null counts as empty
     * @param with snippets of the main text, which must appear
     * @param without snippets of page furniture, which must not
     */
    public static SnippetCheck of(String text, List<String> with, List<String> without) {
        String haystack = collapse(text);
        List<String> missing = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int tp = 0;
        for (String snippet : with) {
            if (haystack.contains(collapse(snippet))) {
                tp++;
            } else {
                missing.add(snippet);
            }
        }
        int tn = 0;
        for (String snippet : without) {
            if (haystack.contains(collapse(snippet))) {
                leaked.add(snippet);
            } else {
                tn++;
            }
        }
        return new SnippetCheck(new SnippetScore(tp, missing.size(), leaked.size(), tn), missing, leaked);
    }

    private static String collapse(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ");
    }
}
