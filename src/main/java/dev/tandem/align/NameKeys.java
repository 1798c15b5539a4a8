package dev.tandem.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The names, acronyms and other capitalised words of a sentence, as keys that survive translation:
 * without diacritics ({@code Nguyễn Phú Trọng} and {@code Nguyen Phu Trong} agree), without
 * hyphens and spaces inside a run of capitalised words ({@code Kim Jong Un}, {@code Kim Jong-un};
 * {@code Hà Nội}, {@code Hanoï}), and spelled by a rough transliteration skeleton that French,
 * English and German spellings of the same Russian or Ukrainian name share
 * ({@code Krivoruchko}, {@code Krivoroutchko}).
 */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Spellings that differ between transliteration conventions, and what each becomes. */
    private static final String[][] SKELETON = {
        {"tch", "ch"}, {"tsch", "ch"}, {"sch", "sh"}, {"ou", "u"}, {"kh", "h"}, {"zh", "j"}, {"dj", "j"},
        {"y", "i"}, {"w", "v"}, {"ck", "k"}, {"c", "k"}, {"q", "k"}, {"ph", "f"}, {"ï", "i"}};

    private static final int REMEMBERED = 100_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private NameKeys() {
    }

    /**
     * The keys of the text's capitalised words and of each run of them, in order, without repeats.
     * A lone capitalised word at the very start of the text is left out: it is capitalised because
     * it starts the sentence.
     */
    public static Set<String> of(String text) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        boolean runAtStart = false;
        int runEnd = -1;
        int textStart = 0;
        while (textStart < text.length() && Character.isWhitespace(text.charAt(textStart))) {
            textStart++;
        }
        for (int start = capitalised(text, 0); start >= 0; start = capitalised(text, runEnd)) {
            int end = wordEnd(text, start);
            boolean continues = runEnd >= 0 && blank(text, runEnd, start);
            if (!continues) {
                addRun(run, runAtStart, keys);
                runAtStart = start == textStart;
            }
            run.add(text.substring(start, end));
            runEnd = end;
        }
        addRun(run, runAtStart, keys);
        return keys;
    }

    /**
     * Where the next capitalised word starts from {@code from} on, or -1: an upper-case letter,
     * even inside a word ("iPhone" holds "Phone"). Scanned by hand: a regular expression tried at
     * every offset of every sentence was a fifth of reading a sentence's facts.
     */
    private static int capitalised(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Where the capitalised word at {@code start} ends: letters, marks and ASCII digits, and
     * hyphenated parts of them ({@code Jong-un}); a hyphen not followed by one is left out.
     */
    private static int wordEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        end = partEnd(text, end);
        while (end + 1 < text.length() && text.charAt(end) == '-' && isWordPart(text.codePointAt(end + 1))) {
            end = partEnd(text, end + 1);
        }
        return end;
    }

    private static int partEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWordPart(int cp) {
        if (cp >= '0' && cp <= '9' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds a key per word of a run and one for the whole run, then empties the run. A run at the
     * start of the text may begin with a word capitalised only for that ("Tại Hà Nội"): its first
     * word gets no key of its own, and the rest of the run is keyed as a run too.
     */
    private static void addRun(List<String> run, boolean atStart, Set<String> keys) {
        if (run.size() > 1) {
            keys.add(joined(run));
        }
        List<String> named = atStart ? run.subList(1, run.size()) : run;
        named.forEach(word -> keys.add(key(word)));
        if (atStart && named.size() > 1) {
            keys.add(joined(named));
        }
        run.clear();
    }

    private static String joined(List<String> words) {
        StringBuilder whole = new StringBuilder();
        words.forEach(word -> whole.append(key(word)));
        return whole.toString();
    }

    /**
     * Lower case, no diacritics ({@code đ} as {@code d}), no hyphens, then the skeleton. Names
     * recur from sentence to sentence, so keys are remembered, up to {@link #REMEMBERED} of them.
     */
    public static String key(String word) {
        String key = KEYS.get(word);
        if (key == null) {
            if (KEYS.size() >= REMEMBERED) {
                KEYS.clear();
            }
            key = keyOf(word);
            KEYS.put(word, key);
        }
        return key;
    }

    private static String keyOf(String word) {
        String plain = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .replace("đ", "d").replace("Đ", "D").replace("-", "").toLowerCase(Locale.ROOT);
        for (String[] spelling : SKELETON) {
            plain = plain.replace(spelling[0], spelling[1]);
        }
        StringBuilder single = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i == 0 || plain.charAt(i) != plain.charAt(i - 1)) {
                single.append(plain.charAt(i));
            }
        }
        return single.toString();
    }
}
