package dev.tandem.check;

import dev.tandem.align.NumbersAndDates;
import dev.tandem.align.SpelledNumbers;
import dev.tandem.align.TextMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Facts that must survive translation, compared bead by bead: numbers and dates, read the same way
 * whatever the language wrote them ({@link NumbersAndDates}: "18/7" and "18 juillet" agree,
 * "19/6" and "18 juin" do not), clock times and measures a translation restates
 * ({@link Restatements}), names ({@link NameChecks}), and web and e-mail addresses.
 */
public final class FactChecks {
    private static final Pattern HUNDRED_PERCENT = Pattern.compile("(?<![\\d.,])100[\\s\\u00a0\\u202f]?%");
    /**
     * Words for "completely" or "all" that "100 %" says in figures, per language: grammar words,
     * not names.
     */
    private static final Map<String, Pattern> WHOLE = Map.of(
            "vi", Pattern.compile("(?iu)hoàn toàn|tất cả|toàn bộ|trọn vẹn"),
            "fr", Pattern.compile("(?iu)\\b(?:entièrement|complètement|totalement|intégralement|tout|toute|tous|toutes)\\b"),
            "en", Pattern.compile("(?iu)\\b(?:completely|entirely|fully|totally|wholly|all)\\b"),
            "es", Pattern.compile("(?iu)\\b(?:completamente|totalmente|enteramente|todo|toda|todos|todas)\\b"),
            "de", Pattern.compile("(?iu)\\b(?:vollständig|völlig|ganz|komplett|alle|alles)\\b"));
    private FactChecks() {
    }

    static List<Finding> run(CheckInput in) {
        List<Finding> findings = new ArrayList<>();
        LexicalEvidence lexicon = LexicalEvidence.of(in.tables(), in.sourceLanguage(), in.targetLanguage());
        List<CheckInput.Paired> paired = in.paired();
        List<String> sourceSentences = CheckInput.texts(in.source());
        List<String> targetSentences = CheckInput.texts(in.target());
        List<WeekdayDates.Given> weekdayDates = new ArrayList<>();
        LexicalEvidence fromEnglish = NameContext.fromEnglish(in);
        for (int i = 0; i < paired.size(); i++) {
            CheckInput.Paired pair = paired.get(i);
            List<String> sourceIds = pair.sourceIds();
            List<String> targetIds = pair.targetIds();
            String source = pair.source();
            String target = pair.target();
            numbers(findings, sourceIds, targetIds, NumbersAndDates.read(source, in.sourceLanguage()),
                    NumbersAndDates.read(target, in.targetLanguage()), source, target, in, weekdayDates);
            NameChecks.run(findings, sourceIds, targetIds, source, target, in.sourceLanguage(), in.targetLanguage(),
                    lexicon, NameContext.of(paired, i, sourceIds, targetIds, in, fromEnglish, sourceSentences, targetSentences));
            addresses(findings, sourceIds, targetIds, source, target);
        }
        WeekdayDates.reconcile(findings, weekdayDates);
        return findings;
    }

    private static void numbers(List<Finding> findings, List<String> sourceIds, List<String> targetIds,
            List<String> source, List<String> target, String sourceText, String targetText, CheckInput in,
            List<WeekdayDates.Given> weekdayDates) {
        Map<String, Integer> balance = new HashMap<>();
        source.forEach(v -> balance.merge(v, 1, Integer::sum));
        target.forEach(v -> balance.merge(v, -1, Integer::sum));
        List<String> onlySource = new ArrayList<>();
        List<String> onlyTarget = new ArrayList<>();
        balance.forEach((value, n) -> {
            for (int i = 0; i < Math.abs(n); i++) {
                (n > 0 ? onlySource : onlyTarget).add(value);
            }
        });
        // A number one side writes in digits and the other in words is no difference.
        onlySource.removeIf(v -> SpelledNumbers.mentions(targetText, v, in.targetLanguage()));
        onlyTarget.removeIf(v -> SpelledNumbers.mentions(sourceText, v, in.sourceLanguage()));
        if (!onlySource.isEmpty() || !onlyTarget.isEmpty()) {
            dropRestated(onlySource, onlyTarget, sourceText, targetText, in);
            NumberForms.dropAgreeing(onlySource, onlyTarget, sourceText, targetText, in.sourceLanguage(), in.targetLanguage());
            dateForWeekday(findings, sourceIds, targetIds, onlySource, onlyTarget, sourceText, targetText, in, weekdayDates);
            dateShortened(findings, sourceIds, targetIds, onlySource, onlyTarget, targetText, in);
            wholeInWords(findings, sourceIds, targetIds, onlySource, onlyTarget, sourceText, targetText, in);
        }
        if (onlySource.isEmpty() && onlyTarget.isEmpty()) {
            return;
        }
        onlySource.sort(null);
        onlyTarget.sort(null);
        boolean dates = onlySource.stream().anyMatch(v -> v.contains("/")) || onlyTarget.stream().anyMatch(v -> v.contains("/"));
        findings.add(new Finding(dates ? "DATE_MISMATCH" : "NUMBER_MISMATCH", dates ? Finding.ERROR : Finding.WARNING,
                sourceIds, targetIds, (dates ? "Dates" : "Numbers") + " differ: the source has " + listed(onlySource)
                        + ", the translation has " + listed(onlyTarget) + "."));
    }

    /**
     * A date the translation gives where the source names only the day of the week ("vào Thứ
     * Bảy" as "le 29 septembre"): the translator looked the day up, which is no error, so it is an
     * info ({@code DATE_FOR_WEEKDAY}) and no {@code DATE_MISMATCH}. It holds only when the source
     * has no date of its own left over, the translation names no weekday, and one date is left
     * over: a changed date of the source is still a mismatch. The dates given for weekdays are then
     * held against each other ({@link WeekdayDates}).
     */
    private static void dateForWeekday(List<Finding> findings, List<String> sourceIds, List<String> targetIds,
            List<String> onlySource, List<String> onlyTarget, String sourceText, String targetText, CheckInput in,
            List<WeekdayDates.Given> weekdayDates) {
        List<String> dates = onlyTarget.stream().filter(v -> v.contains("/")).toList();
        if (dates.size() != 1 || onlySource.stream().anyMatch(v -> v.contains("/"))
                || !CalendarNames.of(in.sourceLanguage()).namesWeekday(sourceText)
                || CalendarNames.of(in.targetLanguage()).namesWeekday(targetText)) {
            return;
        }
        onlyTarget.remove(dates.get(0));
        Finding info = new Finding("DATE_FOR_WEEKDAY", Finding.INFO, sourceIds, targetIds, "The translation gives the date "
                + dates.get(0) + " where the source names the day of the week.");
        findings.add(info);
        // Held against the other weekdays the article dates, once all its beads are read.
        CalendarNames.of(in.sourceLanguage()).weekday(sourceText)
                .map(day -> WeekdayDates.Given.of(info, day, dates.get(0)))
                .ifPresent(weekdayDates::add);
    }

    /**
     * A date the translation gives by its month alone ("ngày 10 tháng 10" as "en octobre
     * dernier"): less precise, not another date, so an info ({@code DATE_SHORTENED}) and no
     * {@code DATE_MISMATCH}. It holds only when the translation has no date of its own left over
     * and names the source date's month: a changed day or month is still a mismatch.
     */
    private static void dateShortened(List<Finding> findings, List<String> sourceIds, List<String> targetIds,
            List<String> onlySource, List<String> onlyTarget, String targetText, CheckInput in) {
        if (onlyTarget.stream().anyMatch(v -> v.contains("/"))) {
            return;
        }
        Set<Integer> months = null;
        for (String date : List.copyOf(onlySource)) {
            if (!date.contains("/")) {
                continue;
            }
            if (months == null) {
                months = CalendarNames.of(in.targetLanguage()).monthsNamed(targetText);
            }
            if (months.contains(Integer.parseInt(date.substring(date.indexOf('/') + 1)))) {
                onlySource.remove(date);
                findings.add(new Finding("DATE_SHORTENED", Finding.INFO, sourceIds, targetIds, "The translation gives "
                        + "the month of " + date + " without its day."));
            }
        }
    }

    /**
     * "100 %" on one side where the other says "completely" or "all" ("hoàn toàn tránh xa ánh
     * nắng" as "vous protéger du soleil à 100 %"): the same thing said in words, so an info
     * ({@code PERCENT_IN_WORDS}) and no {@code NUMBER_MISMATCH}. It holds only when 100 is all
     * that is left over and the other side has a word for the whole.
     */
    private static void wholeInWords(List<Finding> findings, List<String> sourceIds, List<String> targetIds,
            List<String> onlySource, List<String> onlyTarget, String sourceText, String targetText, CheckInput in) {
        boolean inTarget = onlySource.isEmpty() && onlyTarget.equals(List.of("100")) && HUNDRED_PERCENT.matcher(targetText).find()
                && saysWhole(sourceText, in.sourceLanguage());
        boolean inSource = onlyTarget.isEmpty() && onlySource.equals(List.of("100")) && HUNDRED_PERCENT.matcher(sourceText).find()
                && saysWhole(targetText, in.targetLanguage());
        if (inTarget || inSource) {
            (inTarget ? onlyTarget : onlySource).clear();
            findings.add(new Finding("PERCENT_IN_WORDS", Finding.INFO, sourceIds, targetIds, "The "
                    + (inTarget ? "translation" : "source") + " has 100 % where the "
                    + (inTarget ? "source" : "translation") + " says it in words."));
        }
    }

    private static boolean saysWhole(String text, String language) {
        Pattern words = WHOLE.get(language);
        // NTREX's Vietnamese is decomposed: "hoàn toàn" with combining marks
        return words != null && words.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)).find();
    }

    /**
     * Drops the numbers of a clock time or a measure the translation restates ({@link Restatements}).
     * A time or a measure on each side counts when both have numbers left over: in "10:08 tối" and
     * "22 h 08" the minutes agree, and only the hours are left. When one side has nothing left
     * over, the other's left-over time or measure counts if it agrees with one of the first side's:
     * in "130 dặm" and "209 km (130 miles)" only the conversion is left. A left-over number on the
     * first side keeps the second's: "30 mét (100 feet)" as "31 mètres (100 feet)" is a change.
     */
    private static void dropRestated(List<String> onlySource, List<String> onlyTarget, String sourceText,
            String targetText, CheckInput in) {
        List<Restatements.Found> sources = Restatements.read(sourceText, in.sourceLanguage());
        List<Restatements.Found> targets = new ArrayList<>(Restatements.read(targetText, in.targetLanguage()));
        for (Restatements.Found s : sources) {
            for (Restatements.Found t : targets) {
                if (leftOver(s, onlySource) && leftOver(t, onlyTarget) && Restatements.agree(s, t)) {
                    s.values().forEach(onlySource::remove);
                    t.values().forEach(onlyTarget::remove);
                    targets.remove(t);
                    break;
                }
            }
        }
        if (onlySource.isEmpty()) {
            dropConversions(targets, sources, onlyTarget);
        } else if (onlyTarget.isEmpty()) {
            dropConversions(sources, targets, onlySource);
        }
    }

    private static boolean leftOver(Restatements.Found found, List<String> onlyOneSide) {
        return found.values().stream().anyMatch(onlyOneSide::contains);
    }

    /** Drops the left-over numbers of each of {@code found} that agrees with one of {@code other}. */
    private static void dropConversions(List<Restatements.Found> found, List<Restatements.Found> other,
            List<String> onlyOneSide) {
        for (Restatements.Found f : found) {
            if (leftOver(f, onlyOneSide) && other.stream().anyMatch(o -> Restatements.agree(f, o))) {
                f.values().forEach(onlyOneSide::remove);
            }
        }
    }

    private static void addresses(List<Finding> findings, List<String> sourceIds, List<String> targetIds,
            String source, String target) {
        Set<String> s = urls(source);
        Set<String> t = urls(target);
        for (String url : s) {
            if (!t.contains(url)) {
                findings.add(new Finding("ADDRESS_MISSING", Finding.WARNING, sourceIds, targetIds,
                        "The address " + url.substring(4) + " is in the source but not in the translation."));
            }
        }
        for (String url : t) {
            if (!s.contains(url)) {
                findings.add(new Finding("ADDRESS_ADDED", Finding.WARNING, sourceIds, targetIds,
                        "The address " + url.substring(4) + " is in the translation but not in the source."));
            }
        }
    }

    private static Set<String> urls(String text) {
        Set<String> urls = new LinkedHashSet<>();
        TextMarks.of(text).stream().filter(m -> m.startsWith("url:")).forEach(urls::add);
        return urls;
    }

    private static String listed(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }
}
