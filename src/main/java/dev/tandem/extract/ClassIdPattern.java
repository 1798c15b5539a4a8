package dev.tandem.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A pattern matched against an element's {@code class} and {@code id}, the main clue news pages
 * give about what a block is ({@code box-related}, {@code sapo}, {@code image_desc}...).
 *
 * <p>Before matching, camelCase is split ({@code adsInArticle} reads as {@code ads-In-Article}),
 * the text is lower-cased and underscores become hyphens, so {@code fck_detail} and
 * {@code fck-detail} are the same.
 */
final class ClassIdPattern {
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private final Pattern pattern;

    private ClassIdPattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Matches when one of the words appears in the class or id delimited by anything but a letter
     * or digit: {@code "related"} matches {@code box-related} but not {@code unrelatedness}. A
     * word may itself contain hyphens ({@code "tin-lien-quan"}) and is also matched in plural.
     */
    static ClassIdPattern ofWords(String... words) {
        String alternatives = Arrays.stream(words)
                .map(w -> Pattern.quote(normalise(w)))
                .collect(Collectors.joining("|"));
        return new ClassIdPattern(Pattern.compile("(?<![a-z0-9])(?:" + alternatives + ")s?(?![a-z0-9])"));
    }

    /** Matches when one of the fragments appears anywhere in the class or id. */
    static ClassIdPattern containing(String... fragments) {
        String alternatives = Arrays.stream(fragments)
                .map(f -> Pattern.quote(normalise(f)))
                .collect(Collectors.joining("|"));
        return new ClassIdPattern(Pattern.compile(alternatives));
    }

    /** Whether the element's class or id matches. */
    boolean matches(Element element) {
        return matchesValue(element.className()) || matchesValue(element.id());
    }

    private boolean matchesValue(String value) {
        return !value.isEmpty() && pattern.matcher(normalise(value)).find();
    }

    private static String normalise(String value) {
        String split = CAMEL_BOUNDARY.matcher(value).replaceAll("$1-$2");
        return split.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
