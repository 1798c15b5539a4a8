package dev.tandem.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
    /** Each pattern is one bit of a value's hints. */
    private static final int MAX_PATTERNS = Long.SIZE;
    /**
     * Values whose hints are remembered. Values repeat within a page and across a site's pages,
     * but a large share is unique (generated ids): the bound keeps a long-running service small.
     */
    private static final int MAX_CACHED = 50_000;
    /** Every word of every word pattern, as its hyphen-joined tokens, with the bits of its patterns. */
    private static final Map<String, Long> WORD_BITS = new ConcurrentHashMap<>();
    /** The first tokens of the words with several ({@code tin} of {@code tin-lien-quan}). */
    private static final Set<String> RUN_STARTS = ConcurrentHashMap.newKeySet();
    private static final List<ClassIdPattern> FRAGMENT_PATTERNS = new CopyOnWriteArrayList<>();
    private static final Map<String, Hints> HINTS = new ConcurrentHashMap<>();
    /** How many tokens the longest word of any pattern has. */
    private static volatile int maxTokens = 1;
    /** Patterns made so far; hints computed when fewer existed are computed again. */
    private static volatile int registered;

    private final long bit;
    /** Substrings, for a fragment pattern; null for a word pattern. */
    private final List<String> fragments;

    /** The patterns a value matches, as bits, and how many patterns existed when they were computed. */
    private record Hints(long bits, int patterns) {
    }

    private ClassIdPattern(Set<String> words, List<String> fragments) {
        synchronized (ClassIdPattern.class) {
            if (registered == MAX_PATTERNS) {
                throw new IllegalStateException("at most " + MAX_PATTERNS + " class and id patterns can exist");
            }
            this.bit = 1L << registered;
            this.fragments = fragments;
            if (words != null) {
                for (String word : words) {
                    WORD_BITS.merge(word, bit, (a, b) -> a | b);
                    String[] wordTokens = word.split("-");
                    if (wordTokens.length > 1) {
                        RUN_STARTS.add(wordTokens[0]);
                    }
                    maxTokens = Math.max(maxTokens, wordTokens.length);
                }
            } else {
                FRAGMENT_PATTERNS.add(this);
            }
            registered++;
        }
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
        return new ClassIdPattern(set, null);
    }

    /** Matches when one of the fragments appears anywhere in the class or id. */
    static ClassIdPattern containing(String... fragments) {
        return new ClassIdPattern(null, Arrays.stream(fragments).map(ClassIdPattern::normalise).toList());
    }

    /** Whether the element's class or id matches. */
    boolean matches(Element element) {
        return ((hints(element.className()) | hints(element.id())) & bit) != 0;
    }

    /**
     * The bits of every pattern the value matches. All patterns are answered at once: each element
     * is asked about several, and cutting the value into tokens is the costly part.
     */
    private static long hints(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        int patterns = registered;
        Hints known = HINTS.get(value);
        if (known == null || known.patterns() != patterns) {
            known = new Hints(computeHints(value), patterns);
            if (HINTS.size() >= MAX_CACHED) {
                HINTS.clear();
            }
            HINTS.put(value, known);
        }
        return known.bits();
    }

    private static long computeHints(String value) {
        String normalised = normalise(value);
        long bits = 0;
        for (ClassIdPattern pattern : FRAGMENT_PATTERNS) {
            for (String fragment : pattern.fragments) {
                if (normalised.contains(fragment)) {
                    bits |= pattern.bit;
                    break;
                }
            }
        }
        // Each token, and the runs of up to maxTokens tokens starting with the first token of a
        // longer word; each tried as written and without a plural s.
        List<String> tokens = tokens(normalised);
        int longest = maxTokens;
        for (int start = 0; start < tokens.size(); start++) {
            String run = tokens.get(start);
            bits |= wordBits(run);
            if (!RUN_STARTS.contains(run)) {
                continue;
            }
            for (int end = start + 1; end < tokens.size() && end - start < longest; end++) {
                run = run + '-' + tokens.get(end);
                bits |= wordBits(run);
            }
        }
        return bits;
    }

    private static long wordBits(String run) {
        Long bits = WORD_BITS.get(run);
        long found = bits == null ? 0 : bits;
        if (run.length() > 1 && run.charAt(run.length() - 1) == 's') {
            Long singular = WORD_BITS.get(run.substring(0, run.length() - 1));
            found |= singular == null ? 0 : singular;
        }
        return found;
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

    /** Whether the value has no upper case and no underscore: most class names. */
    private static boolean isNormal(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '_' || c > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** camelCase split with a hyphen, lower case, underscores as hyphens; one pass, no regex. */
    private static String normalise(String value) {
        if (isNormal(value)) {
            return value;
        }
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
