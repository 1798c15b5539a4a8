package dev.tandem.extract;

import java.util.List;

/**
 * Chooses the article's headline among the versions a page declares: the JSON-LD headline, the
 * Open Graph title, the visible {@code <h1>}s and the {@code <title>}.
 *
 * <p>The declared versions are often the headline plus something: a site suffix
 * ({@code "Headline | Site"}, {@code "Headline - Site.de"}) or a kicker in front
 * ({@code "Topic: Headline"}). When the preferred version is another version with such an
 * addition, the shorter one is the headline. Without agreement between two versions nothing is
 * cut, except a suffix naming the site itself.
 */
final class HeadlineChooser {
    /** Between a headline and a site suffix; also between a kicker and the headline. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", "：", ": ", " :: ");
    /** A kicker is a few words; longer prefixes are part of the headline (Fundus: up to 5 words seen). */
    private static final int MAX_KICKER_WORDS = 6;

    private HeadlineChooser() {
    }

    /**
     * The headline.
     *
     * @param declared the headline as the page declares it, in order of trust (JSON-LD, Open
     *     Graph, Dublin Core); nulls and blanks allowed
     * @param fallbacks versions to take when nothing is declared (first {@code <h1>}, {@code <title>})
     * @param headings the page's {@code <h1>} texts, evidence of where a declared version ends
     * @param siteName the publication's name, or null
     * @return the headline, or null when no version is present
     */
    static String choose(List<String> declared, List<String> fallbacks, List<String> headings, String siteName) {
        String chosen = firstPresent(declared);
        if (chosen == null) {
            chosen = firstPresent(fallbacks);
        }
        if (chosen == null) {
            return null;
        }
        chosen = withoutSiteName(chosen, siteName);
        for (List<String> versions : List.of(declared, headings)) {
            for (String version : versions) {
                String other = WhitespaceCollapser.collapse(version);
                if (hasSuffix(chosen, other)) {
                    chosen = other;
                }
            }
        }
        for (String version : declared) {
            String other = WhitespaceCollapser.collapse(version);
            if (hasKicker(chosen, other)) {
                chosen = other;
            }
        }
        return chosen;
    }

    private static String firstPresent(List<String> versions) {
        for (String version : versions) {
            String collapsed = WhitespaceCollapser.collapse(version);
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return null;
    }

    /** Whether {@code full} is {@code headline} followed by a separator and more ({@code " | Site"}). */
    private static boolean hasSuffix(String full, String headline) {
        return !headline.isEmpty() && headline.length() < full.length() && full.startsWith(headline)
                && startsWithSeparator(full.substring(headline.length()));
    }

    /**
     * Whether {@code full} is a short kicker, a separator and {@code headline} ({@code "Topic: Headline"}).
     * Only declared versions count as evidence: an {@code <h1>} without its kicker is often the
     * page's breadcrumb, while the article's headline keeps it.
     */
    private static boolean hasKicker(String full, String headline) {
        if (headline.isEmpty() || headline.length() >= full.length() || !full.endsWith(headline)) {
            return false;
        }
        String kicker = full.substring(0, full.length() - headline.length());
        return endsWithSeparator(kicker) && kicker.strip().split(" ").length <= MAX_KICKER_WORDS;
    }

    private static String withoutSiteName(String title, String siteName) {
        String name = WhitespaceCollapser.collapse(siteName);
        if (name.isEmpty() || !title.endsWith(name) || title.length() == name.length()) {
            return title;
        }
        String rest = title.substring(0, title.length() - name.length());
        for (String separator : SEPARATORS) {
            if (rest.endsWith(separator) && rest.length() > separator.length()) {
                return rest.substring(0, rest.length() - separator.length()).strip();
            }
        }
        return title;
    }

    private static boolean startsWithSeparator(String rest) {
        return SEPARATORS.stream().anyMatch(separator -> rest.startsWith(separator) && rest.length() > separator.length());
    }

    private static boolean endsWithSeparator(String kicker) {
        return SEPARATORS.stream().anyMatch(separator -> kicker.endsWith(separator) && kicker.length() > separator.length());
    }
}
