package dev.tandem.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a text into the {@link Token}s the word tables hold, one tokeniser per language, used
 * alike by {@link LexiconBuilder} and at run time so that a word is always reduced to the same term:
 * <ul>
 * <li>Vietnamese: lower-cased syllables (the language writes one syllable per space-separated unit);</li>
 * <li>English, French, Spanish, German, Russian: lower-cased Snowball stems, French elisions
 * ({@code l'}, {@code qu'}) split off and dropped;</li>
 * <li>Chinese and Japanese: each Han character alone, runs of kana and Latin letters as one word;</li>
 * <li>Arabic: Lucene's normaliser (alef forms, taa marbuta, diacritics) and light stemmer.</li>
 * </ul>
 * Numbers are left out: they have their own evidence in the aligner and the checks. Instances are
 * immutable and thread-safe.
 */
public final class WordTokenizer {
    /** The languages of tandem's default detector set, English first. */
    public static final List<String> LANGUAGES = List.of("en", "vi", "fr", "es", "de", "zh", "ru", "ja", "ar");

    private static final Map<String, WordTokenizer> CACHE = new ConcurrentHashMap<>();
    /** French elided words, dropped with their apostrophe: they carry no content a table can use. */
    private static final List<String> FRENCH_ELISIONS = List.of("l", "d", "j", "m", "n", "s", "t", "c", "qu",
            "lorsqu", "puisqu", "jusqu", "quoiqu");

    /**
     * Words whose term is remembered, per language. News repeats its words (Zipf): remembering the
     * first ones met saves most of the stemming, which was a third of what the word tables added
     * to the aligner's time. Bounded, so a long-running service does not grow without end.
     */
    private static final int REMEMBERED_WORDS = 100_000;

    private final String language;
    private final TermReducer reducer;
    private final Map<String, Token> remembered = new ConcurrentHashMap<>();

    private WordTokenizer(String language, TermReducer reducer) {
        this.language = language;
        this.reducer = reducer;
    }

    /**
     * The tokeniser of a language given as an ISO 639-1 code; a language outside
     * {@link #LANGUAGES} gets lower-cased words without stemming.
     */
    public static WordTokenizer of(String language) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code, not blank");
        }
        return CACHE.computeIfAbsent(language.toLowerCase(Locale.ROOT),
                l -> new WordTokenizer(l, TermReducer.of(l)));
    }

    /** The ISO 639-1 code of this tokeniser's language. */
    public String language() {
        return language;
    }

    /** The tokens of {@code text} in order, numbers and punctuation left out. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        boolean splitsHan = language.equals("zh") || language.equals("ja");
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            WordClass kind = WordClass.of(cp, splitsHan);
            if (kind == WordClass.NONE) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            if (kind != WordClass.HAN) {
                while (i < s.length()) {
                    int next = s.codePointAt(i);
                    WordClass nextKind = WordClass.of(next, splitsHan);
                    if (nextKind == kind || kind == WordClass.WORD && isMark(next)) {
                        i += Character.charCount(next);
                    } else if (kind == WordClass.WORD && isApostrophe(next) && i + 1 < s.length()
                            && WordClass.of(s.codePointAt(i + 1), splitsHan) == WordClass.WORD) {
                        // An apostrophe inside a word: a French elision to split off, or a word of its own.
                        String before = s.substring(start, i);
                        if (!language.equals("fr") || !FRENCH_ELISIONS.contains(before.toLowerCase(Locale.ROOT))) {
                            add(tokens, before);
                        }
                        i++;
                        start = i;
                    } else {
                        break;
                    }
                }
            }
            add(tokens, s.substring(start, i));
        }
        return tokens;
    }

    /** The terms of {@code text}, in order: {@link #tokens} without the surfaces. */
    public List<String> terms(String text) {
        List<Token> tokens = tokens(text);
        List<String> terms = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            terms.add(token.term());
        }
        return terms;
    }

    private void add(List<Token> tokens, String surface) {
        if (isNumber(surface)) {
            return;
        }
        Token token = remembered.get(surface);
        if (token == null) {
            String word = surface.toLowerCase(Locale.ROOT);
            String term = reducer.reduce(word);
            if (term.isEmpty()) {
                return;
            }
            token = new Token(surface, word, term);
            if (remembered.size() < REMEMBERED_WORDS) {
                remembered.put(surface, token);
            }
        }
        tokens.add(token);
    }

    private static boolean isNumber(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (!Character.isDigit(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** What kind of word a character starts or continues. */
    private enum WordClass {
        NONE, WORD, HAN, HIRAGANA, KATAKANA;

        static WordClass of(int cp, boolean splitsHan) {
            if (!Character.isLetterOrDigit(cp)) {
                return NONE;
            }
            if (!splitsHan) {
                return WORD;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return switch (script) {
                case HAN -> HAN;
                case HIRAGANA -> HIRAGANA;
                // The prolonged sound mark (U+30FC) is COMMON but belongs to katakana words.
                case KATAKANA -> KATAKANA;
                default -> cp == 0x30fc ? KATAKANA : WORD;
            };
        }
    }
}
