package dev.tandem.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How large an article tandem pairs: at most {@link #MAX_CHARACTERS} characters of text in at most
 * {@link #MAX_PARAGRAPHS} paragraphs, on either side. Work and the record grow with the text (the
 * record holds each sentence twice, once in its paragraph and once on its own, plus a bead and
 * often a finding per sentence), so a text far beyond any article is refused before that work, with
 * an error that says so, instead of running the service out of memory.
 *
 * <p>Both limits sit far above real articles: the longest article in the extraction test data
 * ({@code ../shared/data/extraction}, AEB, Fundus and trafilatura sets) has 53,372 characters in
 * 479 paragraphs. At the limits, the heaviest input measured (1,000,000 characters in 10,000
 * paragraphs of 81,000 three-word sentences) was paired under {@code -Xmx448m}, the service's
 * recommended heap (see README, Limits).
 */
public final class ArticleLimits {
    /** About 19 times the longest article measured (53,372 characters). */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** About 20 times the paragraphs of the longest article measured (479). */
    public static final int MAX_PARAGRAPHS = 10_000;

    private ArticleLimits() {
    }

    /**
     * Refuses, before the text is even split into paragraphs, a text that holds more than
     * {@link #MAX_CHARACTERS} characters that are not white space: its article would hold at least
     * as many. Counts without copying the text.
     *
     * @param side what the text is, for the message: "the translation" or "the source page"
     * @throws StageException at {@code stage} when the text is too large
     */
    public static void checkText(CharSequence text, Stage stage, String side) {
        long visible = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                visible++;
            }
        }
        if (visible > MAX_CHARACTERS) {
            throw tooLarge(stage, side, format(visible) + " characters that are not white space", visible, -1);
        }
    }

    /**
     * Refuses an article over either limit; title, lead and every paragraph count.
     *
     * @param side what the article is, for the message: "the translation" or "the source page"
     * @throws StageException at {@code stage} when the article is too large
     */
    public static void check(Article article, Stage stage, String side) {
        List<Paragraph> paragraphs = article.paragraphs();
        long characters = length(article.title()) + length(article.lead());
        for (Paragraph p : paragraphs) {
            characters += p.text().length();
        }
        if (characters > MAX_CHARACTERS) {
            throw tooLarge(stage, side, format(characters) + " characters of text", characters, paragraphs.size());
        }
        if (paragraphs.size() > MAX_PARAGRAPHS) {
            throw new StageException(stage, side + " has " + format(paragraphs.size()) + " paragraphs, more than the "
                    + format(MAX_PARAGRAPHS) + " an article can have (the longest news article measured has 479)",
                    Map.of("paragraphs", paragraphs.size(), "maxParagraphs", MAX_PARAGRAPHS), null);
        }
    }

    private static StageException tooLarge(Stage stage, String side, String what, long characters, int paragraphs) {
        Map<String, Object> details = paragraphs < 0
                ? Map.of("characters", characters, "maxCharacters", MAX_CHARACTERS)
                : Map.of("characters", characters, "maxCharacters", MAX_CHARACTERS, "paragraphs", paragraphs);
        return new StageException(stage, side + " has " + what + ", more than the " + format(MAX_CHARACTERS)
                + " an article can have (the longest news article measured has 53,372): it is not one article",
                details, null);
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
