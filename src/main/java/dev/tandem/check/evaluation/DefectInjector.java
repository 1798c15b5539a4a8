package dev.tandem.check.evaluation;

import dev.tandem.align.NumbersAndDates;
import dev.tandem.align.evaluation.ParallelDocument;
import dev.tandem.check.NameChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one defect into a published translation, on a sentence drawn at random among those where
 * the defect can be made: a sentence omitted, the first number changed, a date's day moved by one,
 * a foreign name or acronym dropped, a sentence left in the source language.
 */
final class DefectInjector {
    /** The kinds of defect, with the finding codes that count as finding each. */
    static final Map<String, List<String>> DEFECTS = Map.of(
            "omitted sentence", List.of("OMITTED_SENTENCE", "OMITTED_PARAGRAPH"),
            "changed number", List.of("NUMBER_MISMATCH", "DATE_MISMATCH"),
            "changed date", List.of("DATE_MISMATCH"),
            "dropped name", List.of("NAME_MISSING"),
            "untranslated sentence", List.of("UNTRANSLATED"));
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /**
     * An acronym, or a capitalised word of ASCII letters, whole: the name check reads whole words,
     * and a piece of one ("Cocham" of "Cochamó", "Catalan" of "Catalans") is no name it looks for.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:\\p{Lu}{2,}|\\p{Lu}[a-z]{3,})(?![\\p{L}\\p{M}])");

    private final String sourceLanguage;
    private final String targetLanguage;

    DefectInjector(String sourceLanguage, String targetLanguage) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    /**
     * A changed translation, with the segment the defect is in on either side ({@code -} for a
     * target sentence that is no more).
     */
    record Injected(List<String> target, String sourceId, String targetId) {
    }

    /** The translation of {@code doc} with one defect of {@code kind}, or null when none can be made. */
    Injected inject(String kind, ParallelDocument doc, Random random) {
        List<String> target = new ArrayList<>(doc.target());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            if (eligible(kind, doc.source().get(i), target.get(i), doc.target().size())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int i = candidates.get(random.nextInt(candidates.size()));
        String sourceId = "s1." + (i + 1);
        String targetId = "t1." + (i + 1);
        switch (kind) {
            case "omitted sentence" -> {
                target.remove(i);
                return new Injected(target, sourceId, "-");
            }
            case "changed number" -> target.set(i, changeFirstNumber(target.get(i)));
            case "changed date" -> target.set(i, changeDay(target.get(i)));
            case "dropped name" -> target.set(i, dropName(doc.source().get(i), target.get(i), sourceLanguage));
            case "untranslated sentence" -> target.set(i, doc.source().get(i));
            default -> throw new IllegalArgumentException(kind);
        }
        return new Injected(target, sourceId, targetId);
    }

    private boolean eligible(String kind, String source, String target, int sentences) {
        return switch (kind) {
            case "omitted sentence" -> sentences >= 3;
            case "changed number" -> !NumbersAndDates.read(target, targetLanguage).isEmpty();
            case "changed date" -> NumbersAndDates.read(target, targetLanguage).stream().anyMatch(v -> v.contains("/"))
                    && !changeDay(target).equals(target);
            case "dropped name" -> !dropName(source, target, sourceLanguage).equals(target);
            case "untranslated sentence" -> source.length() >= 30;
            default -> false;
        };
    }

    /** The first number with one more added to it. */
    static String changeFirstNumber(String text) {
        Matcher m = DIGITS.matcher(text);
        if (!m.find()) {
            return text;
        }
        String digits = m.group();
        String changed = String.valueOf(Long.parseLong(digits.length() > 15 ? digits.substring(0, 15) : digits) + 1);
        return text.substring(0, m.start()) + changed + text.substring(m.end());
    }

    /** The day of the first date read, one day later, where the day is written as a number. */
    String changeDay(String text) {
        for (String value : NumbersAndDates.read(text, targetLanguage)) {
            if (!value.contains("/")) {
                continue;
            }
            int day = Integer.parseInt(value.substring(0, value.indexOf('/')));
            if (day >= 28) {
                continue;
            }
            Matcher m = Pattern.compile("(?<!\\d)" + day + "(?!\\d)").matcher(text);
            if (m.find()) {
                return text.substring(0, m.start()) + (day + 1) + text.substring(m.end());
            }
        }
        return text;
    }

    /**
     * The target without the first name it shares with the source that the name check looks for:
     * an acronym, or in a Vietnamese source a word that cannot be a Vietnamese syllable. The name
     * is dropped as a whole word, everywhere in the sentence: cutting "Java" out of "Javanais", or
     * dropping the first of two "Berlin", left the name in the translation, and the check was
     * counted wrong for not finding a defect that was not there (8 of 13 names missed on FLORES
     * vi→fr).
     */
    static String dropName(String source, String target, String sourceLanguage) {
        Matcher m = NAME.matcher(source);
        while (m.find()) {
            String name = m.group();
            boolean acronym = name.chars().allMatch(Character::isUpperCase);
            boolean foreign = sourceLanguage.equals("vi") && !NameChecks.couldBeVietnamese(name);
            if (m.start() == 0 || !acronym && !foreign) {
                continue;
            }
            Matcher inTarget = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(name) + "(?![\\p{L}\\p{M}])")
                    .matcher(target);
            if (inTarget.find()) {
                return inTarget.replaceAll("").replace("  ", " ");
            }
        }
        return target;
    }
}
