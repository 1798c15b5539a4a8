package dev.tandem.extract.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an expected caption was extracted. Fundus and tandem cut captions differently
 * (one keeps the photo credit, the other drops it; one splits a caption in two), so exact equality
 * would undercount: after collapsing whitespace and lower-casing, a caption is found when it contains
 * or is contained in one of ours, or when their token F1 is at least {@link #MIN_TOKEN_F1}.
 */
final class CaptionMatcher {
    /** Token F1 at which two captions count as the same despite small differences. */
    static final double MIN_TOKEN_F1 = 0.8;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private CaptionMatcher() {
    }

    /** Whether {@code expected} is found among {@code extracted}. */
    static boolean found(String expected, List<String> extracted) {
        String want = normalise(expected);
        if (want.isEmpty()) {
            return true;
        }
        for (String caption : extracted) {
            String got = normalise(caption);
            if (got.isEmpty()) {
                continue;
            }
            if (got.contains(want) || want.contains(got) || TokenOverlap.f1(want, got) >= MIN_TOKEN_F1) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
