package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation keeps of a sentence's form whatever the language: its web addresses, e-mail
 * addresses and handles, written the same way; a question or an exclamation; a quotation; a
 * parenthesis. Full-width CJK marks count as their Latin counterparts.
 */
public final class TextMarks {
    /** Addresses, e-mail addresses, and @handles or #hashtags. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"«»“”]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<![\\w@])[@#]\\w{2,}");
    private static final String QUOTE_OPENERS = "\"“„«「『‘";

    private TextMarks() {
    }

    /**
     * The marks of the text, as short keys: {@code url:...} for each address (lower case, no
     * trailing punctuation, no scheme, no {@code www.}), {@code ?} and {@code !} once each when
     * the text asks or exclaims, {@code "} per quotation opened, {@code (} per parenthesis.
     */
    public static List<String> of(String text) {
        List<String> marks = new ArrayList<>();
        if (mayHoldAddress(text)) {
            Matcher address = ADDRESS.matcher(text);
            while (address.find()) {
                marks.add("url:" + plain(address.group()));
            }
        }
        boolean asks = false;
        boolean exclaims = false;
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '？' || c == '؟') {
                asks = true;
            } else if (c == '!' || c == '！') {
                exclaims = true;
            } else if (c == '(' || c == '（') {
                marks.add("(");
            } else if (QUOTE_OPENERS.indexOf(c) >= 0 && opens(text, i)) {
                quotes++;
            }
        }
        if (asks) {
            marks.add("?");
        }
        if (exclaims) {
            marks.add("!");
        }
        // Straight quotes open and close alike: every other one opens.
        for (int q = 0; q < quotes; q++) {
            marks.add("\"");
        }
        return marks;
    }

    /** Whether the text has what every address, e-mail address and handle has: most texts have none. */
    private static boolean mayHoldAddress(String text) {
        return text.indexOf('@') >= 0 || text.indexOf('#') >= 0 || text.contains("://") || text.contains("www.")
                || text.contains("WWW.");
    }

    /**
     * Whether the quote mark at {@code i} opens a quotation: a straight quote or a single curly
     * one does when it starts the text or follows a space or an opening bracket (an apostrophe
     * follows a letter); the others always open.
     */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c != '"' && c != '‘') {
            return true;
        }
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static String plain(String address) {
        String plain = address.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int end = plain.length();
        while (end > 0 && ".,;:!?)]".indexOf(plain.charAt(end - 1)) >= 0) {
            end--;
        }
        return plain.substring(0, end);
    }
}
