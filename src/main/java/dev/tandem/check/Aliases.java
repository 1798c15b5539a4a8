package dev.tandem.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names that a translation writes by another name altogether, not by a spelling, an exonym or an
 * acronym of its own letters: the group ISIS is "Daech" or "l'État islamique" in French news, NYC
 * is "New York", a Tory is a "conservateur", a person living with HIV is "séropositif" (or, the
 * virus named before, "le virus"), and a DM (direct message) a "message". Neither the edit
 * distance nor the word tables link these; each stood for a {@code NAME_MISSING} false alarm on
 * NTREX vi→fr (7 of 42). Time zones are left out: "heure locale" for BST spared one false alarm,
 * but hid a GMT dropped beside a local time on FLORES vi→fr. A newsroom adds its own aliases in
 * its glossary ({@link LexicalEvidence}).
 *
 * <p>Each alias is the beginning of a word of the translation, compared without case or accents,
 * so that "conservat" covers "conservateurs" and "conservatrice".
 */
final class Aliases {
    /** By target language, by name as the original writes it, the beginnings of its aliases. */
    private static final Map<String, Map<String, List<String>>> BY_LANGUAGE = Map.of(
            "fr", Map.ofEntries(
                    Map.entry("ISIS", List.of("daech", "daesh", "etat islamique", "ei")),
                    Map.entry("IS", List.of("daech", "daesh", "etat islamique")),
                    Map.entry("NYC", List.of("new york")),
                    Map.entry("Tory", List.of("conservat")),
                    Map.entry("HIV", List.of("seropositi", "virus")),
                    Map.entry("DM", List.of("message"))),
            "en", Map.of(
                    "ISIS", List.of("daesh", "islamic state", "isil"),
                    "NYC", List.of("new york"),
                    "Tory", List.of("conservative"),
                    "DM", List.of("message")));

    private Aliases() {
    }

    /** Whether {@code target}, in {@code language}, writes {@code name} by one of its known aliases. */
    static boolean renders(String name, String language, String target) {
        List<String> aliases = BY_LANGUAGE.getOrDefault(language, Map.of()).get(name);
        if (aliases == null) {
            return false;
        }
        String text = fold(target);
        for (String alias : aliases) {
            String whole = alias.length() <= 2 ? "(?![\\p{L}])" : "";
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(alias) + whole).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
