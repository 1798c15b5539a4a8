package dev.tandem.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param targetLanguage ISO 639-1 code of the translation
 */
record NameContext(List<CheckInput.Paired> before, CheckInput.Paired after, List<String> sourceIds,
        List<String> targetIds, String targetLanguage) {
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
            "de", Set.of("er", "sie", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer"));
    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\p{L}]*([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)?)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    NameContext {
        before = List.copyOf(before);
        sourceIds = List.copyOf(sourceIds);
        targetIds = List.copyOf(targetIds);
    }

    /** The context of bead {@code k} of {@code paired}. */
    static NameContext of(List<CheckInput.Paired> paired, int k, List<String> sourceIds, List<String> targetIds,
            String targetLanguage) {
        return new NameContext(paired.subList(Math.max(0, k - PRONOUN_REACH), k),
                k + 1 < paired.size() ? paired.get(k + 1) : null, sourceIds, targetIds, targetLanguage);
    }

    /**
     * The info finding that explains why {@code name}, which this bead's source has and its
     * translation {@code target} lacks, is no missing name, or empty when nothing explains it.
     */
    Optional<Finding> explain(String name, String target) {
        String key = NameChecks.key(name);
        for (CheckInput.Paired neighbour : neighbours()) {
            if (holds(neighbour.target(), key) && !holds(neighbour.source(), key)) {
                return Optional.of(new Finding("NAME_MOVED", Finding.INFO, sourceIds, targetIds, "\"" + name
                        + "\" is not in this sentence of the translation but in " + String.join(", ", neighbour.targetIds())
                        + ", whose original does not have it: the translation moved it."));
            }
        }
        if (opensWithPronoun(target) && before.stream().anyMatch(b -> holds(b.target(), key))) {
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
        return java.util.stream.Stream.of(previous, after).filter(java.util.Objects::nonNull).toList();
    }

    private boolean opensWithPronoun(String target) {
        Matcher first = FIRST_WORD.matcher(target);
        return first.find() && PRONOUNS.getOrDefault(targetLanguage, Set.of())
                .contains(first.group(1).toLowerCase(Locale.ROOT));
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
