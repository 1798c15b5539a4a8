package dev.tandem.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.Locale;
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
    /** Whole words, each as its hyphen-joined tokens ({@code tin-lien-quan}); null for a fragment pattern. */
    private final Set<String> words;
    /** How many tokens the longest word has. */
    private final int maxTokens;
    /** Substrings, for a fragment pattern; null for a word pattern. */
    private final List<String> fragments;
    /** Answers already given, by class or id value: values repeat across elements and pages. */
    private final Map<String, Boolean> results = new ConcurrentHashMap<>();

    private ClassIdPattern(Set<String> words, List<String> fragments) {
        this.words = words;
        this.fragments = fragments;
        this.maxTokens = words == null ? 0
                : words.stream().mapToInt(w -> w.split("-").length).max().orElse(1);
    }

    /**
     * Matches when one of the words appears in the class or id delimited by anything but a letter
     * or digit: {@code "related"} matches {@code box-related} but not {@code unrelatedness}. A
     * word may itself contain hyphens ({@code "tin-lien-quan"}) and is also matched in plural.
     */
    static ClassIdPattern ofWords(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(String.join("-", tokens(normalise(w))));
        }
        return new ClassIdPattern(Set.copyOf(set), null);
    }

    /** Matches when one of the fragments appears anywhere in the class or id. */
    static ClassIdPattern containing(String... fragments) {
        return new ClassIdPattern(null, Arrays.stream(fragments).map(ClassIdPattern::normalise).toList());
    }

    /** Whether the element's class or id matches. */
    boolean matches(Element element) {
        return matchesValue(element.className()) || matchesValue(element.id());
    }

    private boolean matchesValue(String value) {
        if (value.isEmpty()) {
            return false;
        }
        Boolean known = results.get(value);
        if (known == null) {
            known = computeMatch(value);
            if (results.size() >= MAX_CACHED) {
                results.clear();
            }
            results.put(value, known);
        }
        return known;
    }

    private boolean computeMatch(String value) {
        Parsed parsed = parse(value);
        String normalised = parsed.normalised();
        if (fragments != null) {
            for (String fragment : fragments) {
                if (normalised.contains(fragment)) {
                    return true;
                }
            }
            return false;
        }
        // Runs of up to maxTokens consecutive tokens, each tried as written and without a plural s.
        List<String> tokens = parsed.tokens();
        for (int start = 0; start < tokens.size(); start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start; end < tokens.size() && end - start < maxTokens; end++) {
                if (end > start) {
                    run.append('-');
                }
                run.append(tokens.get(end));
                if (isWord(run)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A class or id value, normalised and cut into tokens. */
    private record Parsed(String normalised, List<String> tokens) {
    }

    /**
     * Class and id values repeat across the elements of a page and across the pages of a site,
     * and every element is matched against several patterns: each value is parsed once. The cache
     * is shared by all threads and emptied when it grows past a bound.
     */
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    private static Parsed parse(String value) {
        Parsed parsed = PARSED.get(value);
        if (parsed == null) {
            String normalised = normalise(value);
            parsed = new Parsed(normalised, tokens(normalised));
            if (PARSED.size() >= MAX_CACHED) {
                PARSED.clear();
            }
            PARSED.put(value, parsed);
        }
        return parsed;
    }

    private boolean isWord(CharSequence run) {
        String candidate = run.toString();
        return words.contains(candidate)
                || candidate.endsWith("s") && words.contains(candidate.substring(0, candidate.length() - 1));
    }

    /** The runs of letters and digits of a normalised value. */
    private static List<String> tokens(String normalised) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalised.length(); i++) {
            boolean alnum = i < normalised.length() && isAlnum(normalised.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                tokens.add(normalised.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** camelCase split with a hyphen, lower case, underscores as hyphens; one pass, no regex. */
    private static String normalise(String value) {
        StringBuilder out = new StringBuilder(value.length() + 4);
        char previous = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z' && (previous >= 'a' && previous <= 'z' || previous >= '0' && previous <= '9')) {
                out.append('-');
            }
            out.append(c == '_' ? '-' : Character.toLowerCase(c));
            previous = c;
        }
        return out.toString();
    }
}
