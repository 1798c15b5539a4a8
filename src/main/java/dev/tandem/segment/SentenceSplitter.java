package dev.tandem.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits a paragraph into sentences for one language.
 *
 * <p>ICU's sentence rules keep numbers and dates whole ({@code 1.000}, {@code 1,5}, {@code 18/7})
 * and know CJK sentence punctuation, but, measured here, both ICU and the JDK break after
 * Vietnamese abbreviations ({@code TS.}, {@code PGS.TS.}, {@code Tp.}, {@code Q.}) and after French
 * {@code Dr.}. Breaks after the abbreviations CLDR lists for the language, and after those in
 * {@code segment/<language>.abbreviations} on the classpath, are suppressed. Thai marks the end of
 * a sentence with a space, which ICU does not break at: Thai text is also split there.
 *
 * <p>Immutable and thread-safe: each call works on its own copy of the break iterator.
 */
public final class SentenceSplitter {
    private final String language;
    private final BreakIterator prototype;

    private SentenceSplitter(String language, BreakIterator prototype) {
        this.language = language;
        this.prototype = prototype;
    }

    /**
     * The splitter for a language.
     *
     * @param languageTag a BCP-47 tag ({@code vi}, {@code fr-FR}, {@code zh-CN}); its primary
     *     language chooses the rules
     */
    public static SentenceSplitter forLanguage(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag must not be null");
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        ULocale locale = new ULocale(language);
        FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(locale);
        for (String abbreviation : abbreviations(language)) {
            filter.suppressBreakAfter(abbreviation);
        }
        return new SentenceSplitter(language, filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale)));
    }

    /** The primary language whose rules this splitter applies. */
    public String language() {
        return language;
    }

    /** The sentences of {@code paragraph}, trimmed, in order; none for blank text. */
    public List<String> split(String paragraph) {
        Objects.requireNonNull(paragraph, "paragraph must not be null");
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = (BreakIterator) prototype.clone();
        breaks.setText(paragraph);
        int start = breaks.first();
        int lastStart = start;
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = paragraph.substring(start, end).strip();
            int closing = closingLength(sentence);
            if (language.equals("th")) {
                splitThai(sentence, sentences);
            } else if (closing > 0 && !sentences.isEmpty()) {
                // French sets a closing guillemet apart ("… le contrôle. » Puis…"), and ICU breaks
                // before it: closing marks at the head of a piece close the sentence before it.
                int head = paragraph.indexOf(sentence, start) + closing;
                sentences.set(sentences.size() - 1, paragraph.substring(lastStart, head).strip());
                String rest = paragraph.substring(head, end).strip();
                if (!rest.isEmpty()) {
                    sentences.add(rest);
                    lastStart = head;
                }
            } else if (!sentence.isEmpty()) {
                sentences.add(sentence);
                lastStart = start;
            }
        }
        return sentences;
    }

    /**
     * The length of the closing quotes and brackets that begin {@code sentence} when they stand
     * apart (the whole piece, or followed by a space); 0 otherwise. A German {@code »Wir} opens a
     * quotation and is left alone.
     */
    private static int closingLength(String sentence) {
        int i = 0;
        while (i < sentence.length() && isClosing(sentence.charAt(i))) {
            i++;
        }
        return i > 0 && (i == sentence.length() || Character.isWhitespace(sentence.charAt(i))) ? i : 0;
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION;
    }

    /** Splits at each run of spaces between two Thai characters. */
    private static void splitThai(String text, List<String> sentences) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            int end = i;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (end > 0 && i < text.length() && isThai(text.charAt(end - 1)) && isThai(text.charAt(i))) {
                sentences.add(text.substring(start, end));
                start = i;
            }
        }
        String last = text.substring(start).strip();
        if (!last.isEmpty()) {
            sentences.add(last);
        }
    }

    private static boolean isThai(char c) {
        return c >= '\u0e00' && c <= '\u0e7f';
    }

    /** The abbreviations shipped for a language, one per line; none when no file exists. */
    private static List<String> abbreviations(String language) {
        List<String> abbreviations = new ArrayList<>();
        String resource = "/segment/" + language + ".abbreviations";
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                return abbreviations;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    abbreviations.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return abbreviations;
    }
}
