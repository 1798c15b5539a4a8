package dev.tandem.check;

import dev.tandem.align.Bead;
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

    /** The shortest word that renders a name (see {@link #rendersName}). */
    private static final int RENDERING_LETTERS = 4;
    /** How near a kept word of the same name a short rendering must be: "Chariots de feu" is two words. */
    private static final int NEIGHBOURING = 3;
    /** The shortest word that renders an acronym: "télévision" for TV, not "nous" for US. */
    private static final int ACRONYM_RENDERING_LETTERS = 5;
    /** A capital E without its accent, beginning a word: French often writes "Ecosse", "Etats-Unis". */
    private static final java.util.regex.Pattern UNACCENTED_CAPITAL_E = java.util.regex.Pattern.compile("(?<![\\p{L}])E(?=[\\p{Ll}])");

    private final String targetLanguage;
    private final Optional<Lexicon> pair;
    private final Optional<Lexicon> fromEnglish;

    private LexicalEvidence(WordTables tables, String sourceLanguage, String targetLanguage) {
        this.targetLanguage = targetLanguage;
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
     * "City", "James" or "Taxi" to common French words. The rendering word must have
     * {@link #RENDERING_LETTERS} letters or more and be no word of the original: IBM Model 1 links a
     * name to the words it keeps company with ("Boston" to "Massachusetts", "Palestine" to "sur"),
     * and those hid 12 of 148 names dropped from FLORES vi→fr translations. A French capital written
     * without its accent ("Ecosse") is read with it.
     *
     * @param sourceWords keys ({@link NameChecks#key}) of the words of the original's sentence
     * @param acronym whether the name is an acronym: its rendering must then begin with its first
     *     letter and have {@link #ACRONYM_RENDERING_LETTERS} letters or more ("télévision" for TV);
     *     the tables read a two-letter acronym as an English word ("us" as "nous", "am" as "matin")
     * @param neighbour the key of a word of a longer name the translation spells, of which this
     *     name is part ("chariots" for Fire in "Chariots of Fire"), or null: a rendering of three
     *     letters within {@link #NEIGHBOURING} words of it then counts ("Chariots de feu", "l'île
     *     Chuuk"). Anywhere in the sentence, the tables gave three-letter words such as "une" for
     *     "News".
     */
    boolean rendersName(String name, Set<String> sourceWords, String targetText, boolean acronym, String neighbour) {
        if (fromEnglish.isEmpty()) {
            return false;
        }
        if (rendersName(name, sourceWords, targetText, acronym, neighbour, fromEnglish.get())) {
            return true;
        }
        String accented = targetLanguage.equals("fr") ? UNACCENTED_CAPITAL_E.matcher(targetText).replaceAll("É") : targetText;
        return !accented.equals(targetText) && rendersName(name, sourceWords, accented, acronym, neighbour, fromEnglish.get());
    }

    private static boolean rendersName(String name, Set<String> sourceWords, String targetText, boolean acronym,
            String neighbour, Lexicon english) {
        if (!english.renders(name, targetText)) {
            return false;
        }
        Lexicon.Sentence target = english.target(targetText);
        boolean[] rendering = english.covered(target, english.source(name));
        String initial = NameChecks.key(name.substring(0, 1));
        for (int k = 0; k < target.size(); k++) {
            String surface = target.tokens().get(k).surface();
            int least = acronym ? ACRONYM_RENDERING_LETTERS
                    : nearNeighbour(target, k, neighbour) ? RENDERING_LETTERS - 1 : RENDERING_LETTERS;
            if (rendering[k] && surface.length() >= least && !sourceWords.contains(NameChecks.key(surface))
                    && (!acronym || NameChecks.key(surface).startsWith(initial))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code neighbour} (a key) is within {@link #NEIGHBOURING} words of word {@code k}. */
    private static boolean nearNeighbour(Lexicon.Sentence target, int k, String neighbour) {
        if (neighbour == null) {
            return false;
        }
        for (int j = Math.max(0, k - NEIGHBOURING); j <= Math.min(target.size() - 1, k + NEIGHBOURING); j++) {
            if (NameChecks.key(target.tokens().get(j).surface()).equals(neighbour)) {
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

    /**
     * Whether {@code text}, in this evidence's target language, holds a translation of the
     * English word {@code term} by this pair's tables (evidence read from English): an original
     * that writes a name in its own words ("Bác sĩ không biên giới" for Médecins Sans Frontières).
     */
    boolean rendersTerm(String term, String text) {
        return pair.isPresent() && pair.get().renders(term, text);
    }

    /** Whether the newsroom's glossary renders {@code name} by a term {@code targetText} holds. */
    boolean glossaryRenders(String name, String targetText) {
        return pair.isPresent() && pair.get().glossaryRenders(name, targetText)
                || fromEnglish.isPresent() && fromEnglish.get().glossaryRenders(name, targetText);
    }

    /**
     * How many words of the original the tables can judge, and how many of them the sentences the
     * aligner paired them with translate ({@code rendered}): each sentence is read once for the
     * document, not once per bead and again per segment. A word counts as translated when some word
     * of a sentence paired with its own renders it, which is what {@link #match} finds on the
     * bead's sentences joined; a newsroom glossary's terms are not counted (a handful of names in
     * an article). Empty without tables.
     */
    Optional<Coverage> documentCoverage(List<String> source, List<String> target, List<Bead> beads) {
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Lexicon lexicon = pair.get();
        List<Lexicon.Sentence> sources = source.stream().map(lexicon::source).toList();
        List<Lexicon.Sentence> targets = target.stream().map(lexicon::target).toList();
        long judged = 0;
        for (Lexicon.Sentence s : sources) {
            for (int k = 0; k < s.size(); k++) {
                judged += s.known(k) ? 1 : 0;
            }
        }
        long rendered = 0;
        for (Bead b : beads) {
            if (b.source().isEmpty() || b.target().isEmpty()) {
                continue;
            }
            for (int i : b.source()) {
                Lexicon.Sentence s = sources.get(i);
                boolean[] covered = new boolean[s.size()];
                for (int j : b.target()) {
                    boolean[] byThis = lexicon.covered(s, targets.get(j));
                    for (int k = 0; k < covered.length; k++) {
                        covered[k] |= byThis[k];
                    }
                }
                for (boolean c : covered) {
                    rendered += c ? 1 : 0;
                }
            }
        }
        return Optional.of(new Coverage(judged, rendered));
    }

    /** What {@link #documentCoverage} counts: words the tables judge, and words translated. */
    record Coverage(long judged, long rendered) {
    }

    /**
     * How the words of two neighbouring source sentences share one translation sentence, read in
     * order: the translation is cut in two where that renders the most source words, the first
     * sentence read against the words before the cut and the second against those after it. What
     * each sentence gains from having its own part, over the other sentence having the whole
     * translation, says whether the translation renders it at all: a translator who joins two
     * sentences writes one after the other, while a translation of the second alone renders the
     * first only where the two repeat each other (a headline and its lead), and only by taking
     * words from the second. Empty without tables.
     */
    Optional<Halves> halves(String first, String second, String targetText) {
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Lexicon lexicon = pair.get();
        Lexicon.Sentence a = lexicon.source(first);
        Lexicon.Sentence b = lexicon.source(second);
        Lexicon.Sentence t = lexicon.target(targetText);
        int n = t.size();
        // firstBefore[c]: words of the first rendered by a word before the cut c; secondFrom[c]: of
        // the second, by a word at c or after.
        int[] firstBefore = new int[n + 2];
        int[] secondFrom = new int[n + 2];
        int firstJudged = 0;
        for (int k = 0; k < a.size(); k++) {
            int j = 0;
            while (j < n && !lexicon.linked(a, k, t, j)) {
                j++;
            }
            firstBefore[j + 1]++;
            firstJudged += j < n || a.known(k) ? 1 : 0;
        }
        int secondJudged = 0;
        for (int k = 0; k < b.size(); k++) {
            int j = n - 1;
            while (j >= 0 && !lexicon.linked(b, k, t, j)) {
                j--;
            }
            secondFrom[j + 1]++;
            secondJudged += j >= 0 || b.known(k) ? 1 : 0;
        }
        for (int c = 1; c <= n; c++) {
            firstBefore[c] += firstBefore[c - 1];
        }
        for (int c = n; c >= 0; c--) {
            secondFrom[c] += secondFrom[c + 1];
        }
        int best = 0;
        for (int c = 0; c <= n; c++) {
            best = Math.max(best, firstBefore[c] + secondFrom[c + 1]);
        }
        return Optional.of(new Halves(best - secondFrom[1], firstJudged, best - firstBefore[n], secondJudged));
    }

    /**
     * What {@link #halves} found.
     *
     * @param firstOwn how many more source words the best cut renders than the second sentence alone
     *     against the whole translation: what the first sentence adds
     * @param firstJudged words of the first sentence the tables can judge
     * @param secondOwn the same for the second sentence
     * @param secondJudged words of the second sentence the tables can judge
     */
    record Halves(int firstOwn, int firstJudged, int secondOwn, int secondJudged) {
        /** {@code firstOwn} over {@code firstJudged}, 0 when none is judged. */
        double firstShare() {
            return firstJudged == 0 ? 0 : (double) firstOwn / firstJudged;
        }

        /** {@code secondOwn} over {@code secondJudged}, 0 when none is judged. */
        double secondShare() {
            return secondJudged == 0 ? 0 : (double) secondOwn / secondJudged;
        }
    }

    /** How much of each text the other translates, or empty without tables. */
    Optional<LexicalMatch> match(String sourceText, String targetText) {
        return pair.map(l -> l.match(sourceText, targetText));
    }
}
