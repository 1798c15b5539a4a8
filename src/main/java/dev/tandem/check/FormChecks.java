package dev.tandem.check;

import dev.tandem.align.LengthModel;
import dev.tandem.align.SpelledNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation's form, bead by bead: a segment left in the source language or copied unchanged
 * ({@code UNTRANSLATED}, error), a length far from what the language pair's {@link LengthModel}
 * expects ({@code LENGTH_OUTLIER}, info), an empty or repeated segment, brackets and quotes the
 * source balances and the translation does not, and a word written twice.
 */
final class FormChecks {
    /** Deviations beyond this are one pair in a few thousand under the length model. */
    private static final double OUTLIER_DEVIATION = 3.5;
    /** A word and itself again; not the end of a hyphenated word ("Moon Jae-in in the past"). */
    private static final Pattern DOUBLED = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}'’-])([\\p{L}\\p{M}]+)\\s+\\1(?![\\p{L}\\p{M}])");
    /**
     * Words that are rightly written twice: French reflexives, English "had had", "that that", and
     * laughter and sounds that are written doubled ("Ha ha, bien sûr" rendered "Sao cơ" on NTREX).
     */
    private static final Set<String> RIGHTLY_TWICE = Set.of("nous", "vous", "had", "that", "is",
            "ha", "hi", "ho", "hé", "hè", "he", "bla", "tic", "toc");
    /** The word after a doubling: "un un deux" doubles "un" to start a count (a one-two finish). */
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s,-]*([\\p{L}\\p{M}]+)");
    /** How far a count is followed: one to nine. */
    private static final int COUNTED = 9;
    private static final String[][] BRACKETS = {{"(", ")"}, {"[", "]"}, {"（", "）"}};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Runs of white space, compiled once: every bead of every record is compared as copied. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Curly and angle quotation marks that open a quotation, and those that close one. */
    private static final String QUOTE_OPENERS = "“«„";
    private static final String QUOTE_CLOSERS = "”»";
    private static final int SHORTEST_COPY = 3;
    private static final int SHORTEST_DETECTED = 30;

    private FormChecks() {
    }

    static List<Finding> run(CheckInput in) {
        List<Finding> findings = new ArrayList<>();
        LengthModel lengths = LengthModel.of(in.sourceLanguage(), in.targetLanguage(), CheckInput.texts(in.source()),
                CheckInput.texts(in.target()));
        Set<String> sourceWords = words(String.join(" ", CheckInput.texts(in.source())));
        for (CheckInput.Paired pair : in.paired()) {
            List<String> sourceIds = pair.sourceIds();
            List<String> targetIds = pair.targetIds();
            String source = pair.source();
            String target = pair.target();
            untranslated(in, sourceWords, findings, sourceIds, targetIds, source, target);
            double deviation = lengths.deviation(source.length(), target.length());
            if (Math.abs(deviation) > OUTLIER_DEVIATION) {
                findings.add(new Finding("LENGTH_OUTLIER", Finding.INFO, sourceIds, targetIds, String.format(Locale.ROOT,
                        "The translation is %s than the language pair's usual ratio would make it (%d against %d characters).",
                        deviation > 0 ? "much longer" : "much shorter", target.length(), source.length())));
            }
            for (String[] brackets : BRACKETS) {
                if (balanced(source, brackets) && !balanced(target, brackets)) {
                    findings.add(new Finding("UNBALANCED_BRACKETS", Finding.WARNING, sourceIds, targetIds,
                            "The translation opens and closes " + brackets[0] + brackets[1] + " unevenly; the source does not."));
                }
            }
        }
        quotes(in, findings);
        Map<String, String> seen = new HashMap<>();
        String wholeSource = String.join(" ", CheckInput.texts(in.source())).toLowerCase(Locale.ROOT);
        for (CheckInput.Segment segment : in.target()) {
            String text = segment.text().strip();
            if (text.isEmpty()) {
                findings.add(new Finding("EMPTY_SEGMENT", Finding.ERROR, List.of(), List.of(segment.id()),
                        "Translation segment " + segment.id() + " is empty."));
                continue;
            }
            String first = seen.putIfAbsent(text, segment.id());
            if (first != null && text.length() >= 20) {
                findings.add(new Finding("DUPLICATE_SEGMENT", Finding.WARNING, List.of(), List.of(first, segment.id()),
                        "Translation segments " + first + " and " + segment.id() + " are the same text."));
            }
            Matcher doubled = DOUBLED.matcher(text);
            while (doubled.find()) {
                // A doubling the source has too is a name or a sound: the hotel "Roa Roa", "ha ha".
                if (!RIGHTLY_TWICE.contains(doubled.group(1).toLowerCase(Locale.ROOT))
                        && !wholeSource.contains(doubled.group().toLowerCase(Locale.ROOT))
                        && !startsCount(doubled.group(1), text.substring(doubled.end()), in.targetLanguage())) {
                    findings.add(new Finding("DOUBLED_WORD", Finding.WARNING, List.of(), List.of(segment.id()),
                            "\"" + doubled.group() + "\": a word written twice."));
                }
            }
        }
        return findings;
    }

    /**
     * Whether a doubled word is a number the next word counts on from: "obtenir un un deux" (a
     * one-two) is "un" then "un deux".
     */
    private static boolean startsCount(String word, String after, String language) {
        Matcher next = NEXT_WORD.matcher(after);
        if (!next.find()) {
            return false;
        }
        for (int n = 1; n < COUNTED; n++) {
            if (SpelledNumbers.mentions(word, String.valueOf(n), language)) {
                return SpelledNumbers.mentions(next.group(1), String.valueOf(n + 1), language);
            }
        }
        return false;
    }

    private static void untranslated(CheckInput in, Set<String> sourceWords, List<Finding> findings,
            List<String> sourceIds, List<String> targetIds, String source, String target) {
        String s = SPACES.matcher(source.strip()).replaceAll(" ");
        String t = SPACES.matcher(target.strip()).replaceAll(" ");
        if (s.equalsIgnoreCase(t) && t.split(" ").length >= SHORTEST_COPY) {
            findings.add(new Finding("UNTRANSLATED", Finding.ERROR, sourceIds, targetIds,
                    "The translation repeats the source unchanged: \"" + ContentChecks.shortened(t) + "\""));
            return;
        }
        if (t.length() >= SHORTEST_DETECTED && !in.sourceLanguage().equals(in.targetLanguage())
                && mostlySourceWords(t, sourceWords) && in.sourceLanguage().equals(in.languageOf().apply(t))) {
            findings.add(new Finding("UNTRANSLATED", Finding.ERROR, sourceIds, targetIds,
                    "The translation is in " + in.sourceLanguage() + ", the source's language: \""
                            + ContentChecks.shortened(t) + "\""));
        }
    }

    /**
     * Whether at least half the words of {@code text} are words of the source. A segment left in
     * the source's language shares most of its words with the source, function words above all;
     * a translation shares names and numbers. Only such segments go to the language detector,
     * which took a fifth of a batch when asked about every segment.
     */
    private static boolean mostlySourceWords(String text, Set<String> sourceWords) {
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        int shared = 0;
        while (word.find()) {
            words++;
            shared += sourceWords.contains(word.group()) ? 1 : 0;
        }
        return words > 0 && 2 * shared >= words;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /**
     * Quotation marks over the whole text: a quotation often runs over several sentences, and
     * French closes it where the original may not, so sentence by sentence they would be flagged
     * all the time (82 false alarms on NTREX vi-fr).
     */
    private static void quotes(CheckInput in, List<Finding> findings) {
        if (quotesBalanced(CheckInput.texts(in.source())) && !quotesBalanced(CheckInput.texts(in.target()))) {
            findings.add(new Finding("UNBALANCED_QUOTES", Finding.WARNING, List.of(), List.of(),
                    "The translation opens and closes quotation marks unevenly; the source does not."));
        }
    }

    /**
     * Whether the sentences close as many quotations as they open, and use straight quotes in
     * pairs. French typography closes a quotation nested in another with one mark when both end
     * together ("« Je ne pouvais pas lui dire : « Papa, tu ne seras plus là », a-t-il dit."), so a
     * closing mark that ends a nested quotation and is the sentence's last quotation mark closes
     * every quotation the sentence opened. A quotation that runs over several paragraphs opens
     * again at the start of each, in French as in English, and closes only at its end, so a
     * sentence that opens with a quotation mark while one is open goes on with it. These were 2 of
     * the 4 false alarms on NTREX vi-fr; the other 2 are real slips (a closing mark with no opening
     * one).
     */
    static boolean quotesBalanced(List<String> sentences) {
        int open = 0;
        int straight = 0;
        for (String sentence : sentences) {
            int atStart = open;
            int last = lastQuoteMark(sentence);
            for (int i = 0; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                if (QUOTE_OPENERS.indexOf(c) >= 0) {
                    open += open > 0 && sentence.substring(0, i).isBlank() ? 0 : 1;
                } else if (QUOTE_CLOSERS.indexOf(c) >= 0) {
                    open = i == last && open - atStart >= 2 ? atStart : open - 1;
                } else if (c == '"') {
                    straight++;
                }
            }
        }
        return open == 0 && straight % 2 == 0;
    }

    private static int lastQuoteMark(String sentence) {
        for (int i = sentence.length() - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (QUOTE_OPENERS.indexOf(c) >= 0 || QUOTE_CLOSERS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean balanced(String text, String[] pair) {
        int open = count(text, pair[0]);
        int close = count(text, pair[1]);
        return open == close;
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
            n++;
        }
        return n;
    }
}
