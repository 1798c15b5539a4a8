package dev.tandem.check;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sentences around a bead, read to tell a name the translation moved or replaced by a pronoun
 * from a name it dropped. Both are ordinary translation: a translator joins or splits sentences
 * differently and carries a name into the neighbouring one, and does not repeat a person's name
 * where a pronoun reads better. Each stays visible as an info finding with its own code, so a
 * reviewer still sees it; the name counts as missing when neither holds.
 *
 * @param before the beads with both sides just before this one, nearest last (up to
 *     {@link #PRONOUN_REACH})
 * @param after the bead with both sides just after this one, or null
 * @param sourceIds the ids of this bead's source sentences
 * @param targetIds the ids of this bead's target sentences
 * @param sourceLanguage ISO 639-1 code of the original
 * @param targetLanguage ISO 639-1 code of the translation
 * @param fromEnglish the word tables from English into the original's language, which tell an
 *     original that writes a name in its own words
 * @param sourceSentences every sentence of the original
 * @param targetSentences every sentence of the translation
 */
record NameContext(List<CheckInput.Paired> before, CheckInput.Paired after, List<String> sourceIds,
        List<String> targetIds, String sourceLanguage, String targetLanguage, LexicalEvidence fromEnglish,
        List<String> sourceSentences, List<String> targetSentences) {
    /**
     * How many sentences back a pronoun may point to a name: a paragraph's worth. A pronoun
     * further from its name would leave a reader guessing, and is the translation's fault.
     */
    static final int PRONOUN_REACH = 3;
    /**
     * Third-person pronouns and possessives that open a sentence in place of a name: "Il prit sa
     * décision" for "Flake đã đưa ra quyết định", "Son choix" for "Sự lựa chọn của Flake".
     * Grammar words of each language, not names.
     */
    private static final Map<String, Set<String>> PRONOUNS = Map.of(
            "fr", Set.of("il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "celui-ci", "celle-ci"),
            "en", Set.of("he", "she", "they", "his", "her", "their", "its"),
            "es", Set.of("él", "ella", "ellos", "ellas", "su", "sus"),
            "de", Set.of("er", "sie", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer"),
            "vi", Set.of("ông", "bà", "anh", "chị", "cô", "họ", "nó", "hắn", "cậu"),
            "zh", Set.of("他", "她", "它", "其"),
            "ja", Set.of("彼", "彼女"));
    private static final Pattern FIRST_WORD = Pattern.compile(
            "^[^\\p{L}\\d]*([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)?)(?![\\p{L}\\p{M}\\d])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A capitalised word right after a lower-case one: a name inside a sentence. */
    private static final Pattern INNER_NAME = Pattern.compile("(?<=\\p{Ll}[\\p{L}\\p{M}]{0,30}\\s)(\\p{Lu}[\\p{L}\\p{M}]*)");

    NameContext {
        before = List.copyOf(before);
        sourceIds = List.copyOf(sourceIds);
        targetIds = List.copyOf(targetIds);
    }

    /**
     * The context of bead {@code k} of {@code paired}, in an article of the sentences given;
     * {@code fromEnglish} is {@link #fromEnglish(CheckInput)}, looked up once per article.
     */
    static NameContext of(List<CheckInput.Paired> paired, int k, List<String> sourceIds, List<String> targetIds,
            CheckInput in, LexicalEvidence fromEnglish, List<String> sourceSentences, List<String> targetSentences) {
        return new NameContext(paired.subList(Math.max(0, k - PRONOUN_REACH), k),
                k + 1 < paired.size() ? paired.get(k + 1) : null, sourceIds, targetIds, in.sourceLanguage(),
                in.targetLanguage(), fromEnglish, sourceSentences, targetSentences);
    }

    /** The word tables from English into the original's language, as {@link #fromEnglish()} reads them. */
    static LexicalEvidence fromEnglish(CheckInput in) {
        return LexicalEvidence.of(in.tables(), "en", in.sourceLanguage());
    }

    /**
     * The info finding that explains why {@code name}, which this bead's source has and its
     * translation {@code target} lacks, is no missing name, or empty when nothing explains it.
     */
    Optional<Finding> explain(String name, String source, String target) {
        String key = NameChecks.key(name);
        for (CheckInput.Paired neighbour : neighbours()) {
            if (holds(neighbour.target(), key) && latinOnly(neighbour.source()) && !spells(neighbour.source(), name)
                    && !fromEnglish.rendersTerm(name, neighbour.source()) && ownNamesKept(neighbour)
                    && holding(sourceSentences, name) == holding(targetSentences, name)) {
                return Optional.of(new Finding("NAME_MOVED", Finding.INFO, sourceIds, targetIds, "\"" + name
                        + "\" is not in this sentence of the translation but in " + String.join(", ", neighbour.targetIds())
                        + ", whose original does not have it: the translation moved it."));
            }
        }
        if (!Acronyms.is(name) && opensWithPronoun(target, targetLanguage) && !opensWithPronoun(source, sourceLanguage)
                && before.stream().anyMatch(b -> holds(b.target(), key))) {
            return Optional.of(new Finding("NAME_AS_PRONOUN", Finding.INFO, sourceIds, targetIds, "\"" + name
                    + "\" is not in the translation, which opens the sentence with a pronoun and names it just before."));
        }
        return Optional.empty();
    }

    /**
     * The beads right before and after this one: a sentence split or joined otherwise carries a
     * name only as far as its neighbour.
     */
    private List<CheckInput.Paired> neighbours() {
        CheckInput.Paired previous = before.isEmpty() ? null : before.get(before.size() - 1);
        return Stream.of(previous, after).filter(Objects::nonNull).toList();
    }

    /**
     * Whether the text opens with a third-person pronoun or possessive of its language. A
     * translation whose sentence opens with one that renders the original's own ("Ông được ...
     * tiếp đón" as "He was greeted") puts it for no name.
     */
    private static boolean opensWithPronoun(String text, String language) {
        if (language.equals("zh") || language.equals("ja")) {
            String plain = text.strip();
            return PRONOUNS.get(language).stream().anyMatch(plain::startsWith);
        }
        Matcher first = FIRST_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        return first.find() && PRONOUNS.getOrDefault(language, Set.of())
                .contains(first.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the translation spells every name the bead's original writes inside a sentence (a
     * capitalised word after a lower-case one). An original that names something in its own words
     * ("Tổ chức Bác sĩ Không biên giới") may be what the translation gives as the name; then the
     * name did not move.
     */
    private static boolean ownNamesKept(CheckInput.Paired bead) {
        Matcher name = INNER_NAME.matcher(bead.source());
        while (name.find()) {
            if (!spells(bead.target(), name.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** How many of the sentences spell the name: a name moved, not dropped, is in as many on each side. */
    private static long holding(List<String> sentences, String name) {
        return sentences.stream().filter(text -> spells(text, name)).count();
    }

    /**
     * Whether every letter of the text is in the Latin script. An original in another script
     * spells a name its own way ("联邦调查局" for FBI), so its lacking the Latin name tells nothing.
     */
    private static boolean latinOnly(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * Whether the text spells the name as the name check would accept it: within a letter or two
     * ("Poutine"), or an acronym with its letters in another order (VIH for HIV).
     */
    private static boolean spells(String text, String name) {
        Set<String> keys = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            keys.add(NameChecks.key(word.group()));
        }
        return NameChecks.nearAny(NameChecks.key(name), keys) || Acronyms.reordered(name, text);
    }

    /** Whether a word of {@code text} has the name's key. */
    private static boolean holds(String text, String key) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (NameChecks.key(word.group()).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
