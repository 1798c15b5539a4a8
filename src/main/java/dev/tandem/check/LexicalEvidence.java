package dev.tandem.check;

import dev.tandem.lexicon.LexicalMatch;
import dev.tandem.lexicon.Lexicon;
import dev.tandem.lexicon.WordTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the word tables ({@link Lexicon}) say about a pair of texts, for the checks: whether the
 * translation renders a name the original spells (an exonym, a demonym, a transliteration), and how
 * much of one text the other translates. A language pair without tables gives no evidence, and the
 * checks then fall back on spelling, numbers and names alone.
 *
 * <p>One instance per language pair, shared: the tables load once (about a second and 7 to 17 MB
 * of heap for a pair, see README, Word tables) and are immutable.
 */
final class LexicalEvidence {
    /** Keyed by the tables (compared by identity: the shipped ones, or those with a glossary) and the pair. */
    private static final Map<List<Object>, LexicalEvidence> BY_PAIR = new ConcurrentHashMap<>();
    private static final String ENGLISH = "en";
    /**
     * Endings that make a demonym or an adjective of a place in French and Spanish, longest first:
     * gallois, écossaise, irlandais, danois, canadienne, américain, escocés.
     */
    private static final List<String> DEMONYM_ENDINGS = List.of("oises", "aises", "iennes", "aines",
            "oise", "aise", "ienne", "aine", "ois", "ais", "ien", "ain", "és", "esa");

    private final Optional<Lexicon> pair;
    private final Optional<Lexicon> fromEnglish;

    private LexicalEvidence(WordTables tables, String sourceLanguage, String targetLanguage) {
        this.pair = tables.forPair(sourceLanguage, targetLanguage);
        // Foreign names in a Vietnamese original are mostly English words and English spellings
        // (Scotland, Wales, Council), which the English tables know and the Vietnamese ones do not.
        this.fromEnglish = sourceLanguage.equals(ENGLISH) || targetLanguage.equals(ENGLISH) ? Optional.empty()
                : tables.forPair(ENGLISH, targetLanguage);
    }

    /** The evidence for a language pair read with {@code tables}, loaded on first use and then shared. */
    static LexicalEvidence of(WordTables tables, String sourceLanguage, String targetLanguage) {
        return BY_PAIR.computeIfAbsent(List.of(tables, sourceLanguage, targetLanguage),
                key -> new LexicalEvidence(tables, sourceLanguage, targetLanguage));
    }

    /** Whether the pair has word tables at all. */
    boolean available() {
        return pair.isPresent();
    }

    /**
     * Whether {@code targetText} renders the name {@code name} that the original spells in Latin
     * letters, read as an English word: "Scotland" by "Écosse" or "écossais", "Council" by
     * "conseil". Foreign names in a Vietnamese original are mostly English words and spellings,
     * which the English tables know; the Vietnamese tables split them into syllables and linked
     * "City", "James" or "Taxi" to common French words. The rendering word must have four letters
     * or more and be no word of the original: IBM Model 1 links a name to the words it keeps
     * company with ("Boston" to "Massachusetts", "Palestine" to "sur"), and those hid 12 of 148
     * names dropped from FLORES vi→fr translations.
     *
     * @param sourceWords keys ({@link NameChecks#key}) of the words of the original's sentence
     */
    boolean rendersName(String name, Set<String> sourceWords, String targetText) {
        if (fromEnglish.isEmpty() || !fromEnglish.get().renders(name, targetText)) {
            return false;
        }
        Lexicon english = fromEnglish.get();
        Lexicon.Sentence target = english.target(targetText);
        boolean[] rendering = english.covered(target, english.source(name));
        for (int k = 0; k < target.size(); k++) {
            String surface = target.tokens().get(k).surface();
            if (rendering[k] && surface.length() >= 4 && !sourceWords.contains(NameChecks.key(surface))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of {@code targetText} is formed from the translation's name for {@code name}
     * by a demonym's ending: "gallois" from "Galles" (Wales), "écossaise" from "Écosse" (Scotland).
     * The tables link a country to its name, rarely to its adjective: the adjective stood for 8 of
     * the 41 names still reported missing on NTREX vi→fr.
     */
    boolean rendersNameByDemonym(String name, Set<String> sourceWords, String targetText) {
        if (fromEnglish.isEmpty()) {
            return false;
        }
        Lexicon english = fromEnglish.get();
        for (dev.tandem.lexicon.Token token : english.target(targetText).tokens()) {
            String word = token.surface().toLowerCase(java.util.Locale.ROOT);
            for (String ending : DEMONYM_ENDINGS) {
                if (word.length() >= ending.length() + 3 && word.endsWith(ending)
                        && !sourceWords.contains(NameChecks.key(word))) {
                    String base = word.substring(0, word.length() - ending.length());
                    if (english.renders(name, base + "e") || english.renders(name, base + "es")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the newsroom's glossary renders {@code name} by a term {@code targetText} holds. */
    boolean glossaryRenders(String name, String targetText) {
        return pair.isPresent() && pair.get().glossaryRenders(name, targetText)
                || fromEnglish.isPresent() && fromEnglish.get().glossaryRenders(name, targetText);
    }

    /** How much of each text the other translates, or empty without tables. */
    Optional<LexicalMatch> match(String sourceText, String targetText) {
        return pair.map(l -> l.match(sourceText, targetText));
    }
}
