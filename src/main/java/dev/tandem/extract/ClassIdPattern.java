package dev.tandem.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * A pattern matched against an element's {@code class} and {@code id}, the main clue news pages
 * give about what a block is ({@code box-related}, {@code sapo}, {@code image_desc}...).
 *
 * <p>Values are matched as {@link ClassNameWords} reads them: camelCase split
 * ({@code adsInArticle} reads as {@code ads-in-article}), lower case, underscores as hyphens (so
 * {@code fck_detail} and {@code fck-detail} are the same), a BEM name by its element, and the word
 * after a negation left out.
 */
final class ClassIdPattern {
    /** Each pattern is one bit of a value's hints. */
    private static final int MAX_PATTERNS = Long.SIZE;
    /**
     * Hints remembered by value in a direct-mapped table: values repeat within a page and across a
     * site's pages, while a large share is unique (generated ids). The table never grows.
     */
    private static final int CACHE_SLOTS = 1 << 14;
    private static final Hints[] CACHE = new Hints[CACHE_SLOTS];
    /** Every word of every word pattern, as its hyphen-joined tokens, with the bits of its patterns. */
    private static final Map<String, Long> WORD_BITS = new HashMap<>();
    /** The first tokens of the words with several ({@code tin} of {@code tin-lien-quan}). */
    private static final Set<String> RUN_STARTS = new HashSet<>();
    /** {@link #WORD_BITS} and {@link #RUN_STARTS} as tables read without cutting values into strings. */
    private static volatile WordTable words = WordTable.of(Map.of());
    private static volatile WordTable runStarts = WordTable.of(Map.of());
    private static final List<ClassIdPattern> FRAGMENT_PATTERNS = new CopyOnWriteArrayList<>();
    /** How many tokens the longest word of any pattern has. */
    private static volatile int maxTokens = 1;
    /** Patterns made so far; hints computed when fewer existed are computed again. */
    private static volatile int registered;

    private final long bit;
    /** Substrings, for a fragment pattern; null for a word pattern. */
    private final List<String> fragments;

    /**
     * The patterns a value matches, as bits, and how many patterns existed when they were
     * computed. Immutable, so a slot of the cache read by another thread holds a whole entry.
     */
    private record Hints(String value, int hash, long bits, int patterns) {
    }

    private ClassIdPattern(Set<String> patternWords, List<String> fragments) {
        synchronized (ClassIdPattern.class) {
            if (registered == MAX_PATTERNS) {
                throw new IllegalStateException("at most " + MAX_PATTERNS + " class and id patterns can exist");
            }
            this.bit = 1L << registered;
            this.fragments = fragments;
            if (patternWords != null) {
                for (String word : patternWords) {
                    WORD_BITS.merge(word, bit, (a, b) -> a | b);
                    String[] wordTokens = word.split("-");
                    if (wordTokens.length > 1) {
                        RUN_STARTS.add(wordTokens[0]);
                    }
                    maxTokens = Math.max(maxTokens, wordTokens.length);
                }
                words = WordTable.of(WORD_BITS);
                Map<String, Long> starts = new HashMap<>();
                RUN_STARTS.forEach(start -> starts.put(start, 1L));
                runStarts = WordTable.of(starts);
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
        return new ClassIdPattern(null, Arrays.stream(fragments).map(f -> String.join("-", tokens(normalise(f))))
                .toList());
    }

    /** Whether the element's class or id matches. */
    boolean matches(Element element) {
        return in(hintsOf(element));
    }

    /**
     * Every pattern the element's class or id matches, as bits for {@link #in}: for a pass that
     * asks several patterns about each element.
     */
    static long hintsOf(Element element) {
        if (element.attributesSize() == 0) {
            return 0;
        }
        // The HTML parser lower-cases attribute names: an exact lookup, no case folding.
        Attributes attributes = element.attributes();
        return hints(attributes.get("class")) | hints(attributes.get("id"));
    }

    /** Whether this pattern is among the hints of {@link #hintsOf}. */
    boolean in(long hints) {
        return (hints & bit) != 0;
    }

    /**
     * The bits of every pattern the value matches. All patterns are answered at once: each element
     * is asked about several, and reading the value is the costly part.
     */
    private static long hints(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        int patterns = registered;
        int hash = sampledHash(value);
        int slot = (hash ^ hash >>> 16) & (CACHE_SLOTS - 1);
        Hints known = CACHE[slot];
        // The same String comes back for the same element, and Jsoup shares short values: compare
        // references and hashes before characters.
        if (known == null || known.patterns() != patterns
                || known.value() != value && (known.hash() != hash || !known.value().equals(value))) {
            known = new Hints(value, hash, computeHints(value), patterns);
            CACHE[slot] = known;
        }
        return known.bits();
    }

    /**
     * A hash of the length and eight characters spread over the value, for the cache. Values are
     * new strings on every page, so {@link String#hashCode} would read each one whole; a hit is
     * confirmed by {@link String#equals}, which the JIT compiles to a vectorised comparison.
     */
    private static int sampledHash(String value) {
        int length = value.length();
        int hash = length;
        int step = Math.max(1, length >>> 3);
        for (int i = length - 1; i >= 0; i -= step) {
            hash = 31 * hash + value.charAt(i);
        }
        return hash;
    }

    /**
     * Reads the value's words ({@link ClassNameWords}), then looks up each word and each run of
     * words that starts a longer one, as written and without a plural s, by hash, without making
     * strings. Fragments are matched on the whole value.
     */
    static long computeHints(String value) {
        ClassNameWords read = ClassNameWords.read(value);
        long bits = fragmentBits(read.whole());
        char[] buffer = read.buffer();
        int length = read.length();
        WordTable table = words;
        WordTable starts = runStarts;
        int longest = maxTokens;
        boolean negated = false;
        for (int start = 0; start < length; ) {
            int end = tokenEnd(buffer, start, length);
            if (negated) {
                // "non-paywall", "no-sidebar": the word after a negation names what the block is not.
                negated = ClassNameWords.silencesNext(buffer, start, end);
                start = end + 1;
                continue;
            }
            negated = ClassNameWords.silencesNext(buffer, start, end);
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + buffer[i];
            }
            bits |= lookUp(table, buffer, start, end, hash);
            if (longest > 1 && starts.find(buffer, start, end, hash) != 0) {
                int runEnd = end;
                for (int tokens = 2; tokens <= longest && runEnd < length; tokens++) {
                    int next = tokenEnd(buffer, runEnd + 1, length);
                    for (int i = runEnd; i < next; i++) {
                        hash = 31 * hash + buffer[i];
                    }
                    runEnd = next;
                    bits |= lookUp(table, buffer, start, runEnd, hash);
                }
            }
            start = end + 1;
        }
        return bits;
    }

    /** The run {@code [from, to)} as a word, and without its last letter when that is a plural s. */
    private static long lookUp(WordTable table, char[] buffer, int from, int to, int hash) {
        long bits = table.find(buffer, from, to, hash);
        if (to - from > 1 && buffer[to - 1] == 's') {
            // String hashes are polynomial: the hash without the last character is recovered exactly.
            int singular = (hash - 's') * INVERSE_OF_31;
            bits |= table.find(buffer, from, to - 1, singular);
        }
        return bits;
    }

    /** 31 * INVERSE_OF_31 == 1 in int arithmetic. */
    private static final int INVERSE_OF_31 = -1108378657;

    private static int tokenEnd(char[] buffer, int from, int length) {
        int end = from;
        while (end < length && buffer[end] != '-') {
            end++;
        }
        return end;
    }

    private static long fragmentBits(String whole) {
        long bits = 0;
        for (ClassIdPattern pattern : FRAGMENT_PATTERNS) {
            for (String fragment : pattern.fragments) {
                if (whole.contains(fragment)) {
                    bits |= pattern.bit;
                    break;
                }
            }
        }
        return bits;
    }

    /** Words and their bits in an open-addressing table keyed by {@link String#hashCode}. */
    private static final class WordTable {
        private final String[] keys;
        private final int[] hashes;
        private final long[] bits;
        private final int mask;

        private WordTable(int slots) {
            keys = new String[slots];
            hashes = new int[slots];
            bits = new long[slots];
            mask = slots - 1;
        }

        static WordTable of(Map<String, Long> entries) {
            int slots = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
            WordTable table = new WordTable(slots);
            entries.forEach((word, wordBits) -> {
                int slot = spread(word.hashCode()) & table.mask;
                while (table.keys[slot] != null) {
                    slot = (slot + 1) & table.mask;
                }
                table.keys[slot] = word;
                table.hashes[slot] = word.hashCode();
                table.bits[slot] = wordBits;
            });
            return table;
        }

        long find(char[] buffer, int from, int to, int hash) {
            for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && regionEquals(keys[slot], buffer, from, to)) {
                    return bits[slot];
                }
            }
            return 0;
        }

        private static boolean regionEquals(String word, char[] buffer, int from, int to) {
            if (word.length() != to - from) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) != buffer[from + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }
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
