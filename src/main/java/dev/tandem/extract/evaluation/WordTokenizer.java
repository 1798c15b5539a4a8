package dev.tandem.extract.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens the way the benchmarks do: maximal runs of Unicode word characters
 * (regex {@code \w+} with Unicode classes), so Vietnamese, Cyrillic or CJK text gives tokens too.
 * Java's Unicode {@code \w} also counts combining marks as word characters, which Python's does
 * not; for Latin, Cyrillic and CJK text the two agree.
 */
final class WordTokenizer {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private WordTokenizer() {
    }

    /** The tokens of {@code text} in order, case kept; empty for null. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The tokens of {@code text}, lower-cased, for comparisons that ignore case. */
    static List<String> lowerCaseTokens(String text) {
        return tokens(text == null ? null : text.toLowerCase(Locale.ROOT));
    }
}
