package dev.tandem.check.evaluation;

import dev.tandem.align.Bead;
import dev.tandem.align.NumbersAndDates;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.evaluation.ParallelDocument;
import dev.tandem.check.CheckInput;
import dev.tandem.check.Checker;
import dev.tandem.check.NameChecks;
import dev.tandem.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the checks on real parallel articles: the findings raised on the translations as they
 * are (every error or warning there is a false alarm), and, with one defect injected at a time,
 * whether the check for it fires on the segment concerned. Defects: a sentence omitted, a number
 * changed, a date's day changed, a foreign name or acronym dropped, a sentence left untranslated.
 */
public final class CheckEvaluation {
    /** The kinds of defect injected, with the codes that count as finding each. */
    public static final Map<String, List<String>> DEFECTS = Map.of(
            "omitted sentence", List.of("OMITTED_SENTENCE", "OMITTED_PARAGRAPH"),
            "changed number", List.of("NUMBER_MISMATCH", "DATE_MISMATCH"),
            "changed date", List.of("DATE_MISMATCH"),
            "dropped name", List.of("NAME_MISSING"),
            "untranslated sentence", List.of("UNTRANSLATED"));
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}{2,}\\b|(?<![\\p{L}\\p{M}])\\p{Lu}[a-z]{3,}");

    private final String sourceLanguage;
    private final String targetLanguage;
    private final Function<String, String> languageOf;
    private final SentenceAligner aligner;

    public CheckEvaluation(String sourceLanguage, String targetLanguage, Function<String, String> languageOf) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.languageOf = languageOf;
        this.aligner = new SentenceAligner(sourceLanguage, targetLanguage);
    }

    /** False alarms on the unchanged articles, and per defect how many were injected and found. */
    /**
     * @param documents how many articles were checked as published
     * @param faithfulFailed how many of those failed their checks
     * @param wrongOriginalsFailed how many translations failed when checked against another
     *     article's original (each article's translation against the next article's source)
     */
    public record Result(int segments, int falseAlarms, int infos, Map<String, Integer> falseAlarmsByCode,
            Map<String, int[]> recall, int documents, int faithfulFailed, int wrongOriginalsFailed) {
        public double falseAlarmsPer100() {
            return segments == 0 ? 0 : 100.0 * falseAlarms / segments;
        }
    }

    /** Runs the evaluation over {@code documents} with a fixed seed. */
    public Result run(List<ParallelDocument> documents, long seed) {
        Random random = new Random(seed);
        int segments = 0;
        int falseAlarms = 0;
        int infos = 0;
        Map<String, Integer> byCode = new LinkedHashMap<>();
        Map<String, int[]> recall = new LinkedHashMap<>();
        DEFECTS.keySet().stream().sorted().forEach(kind -> recall.put(kind, new int[2]));
        int faithfulFailed = 0;
        int wrongFailed = 0;
        for (int d = 0; d < documents.size(); d++) {
            ParallelDocument doc = documents.get(d);
            segments += doc.target().size();
            Checker.Report asPublished = check(doc.source(), doc.target());
            faithfulFailed += asPublished.state().equals("failed") ? 1 : 0;
            List<String> otherSource = documents.get((d + 1) % documents.size()).source();
            wrongFailed += documents.size() > 1 && check(otherSource, doc.target()).state().equals("failed") ? 1 : 0;
            for (Finding f : asPublished.findings()) {
                if (f.severity().equals(Finding.INFO)) {
                    infos++;
                } else {
                    falseAlarms++;
                    byCode.merge(f.code(), 1, Integer::sum);
                }
            }
            for (String kind : recall.keySet()) {
                Injected injected = inject(kind, doc, random);
                if (injected == null) {
                    continue;
                }
                recall.get(kind)[0]++;
                boolean found = check(doc.source(), injected.target()).findings().stream()
                        .anyMatch(f -> DEFECTS.get(kind).contains(f.code())
                                && (f.source().contains(injected.sourceId()) || f.target().contains(injected.targetId())));
                recall.get(kind)[1] += found ? 1 : 0;
            }
        }
        return new Result(segments, falseAlarms, infos, byCode, recall, documents.size(), faithfulFailed, wrongFailed);
    }

    private Checker.Report check(List<String> source, List<String> target) {
        List<CheckInput.Segment> s = segments("s", source);
        List<CheckInput.Segment> t = segments("t", target);
        List<Bead> beads = aligner.align(source, target);
        Bead whole = new Bead(List.of(0), target.isEmpty() ? List.of() : List.of(0), 1);
        return Checker.check(new CheckInput(sourceLanguage, targetLanguage, s, t, beads, List.of("s1"), List.of("t1"),
                List.of(whole), languageOf, null));
    }

    /** Each article is one paragraph: the sentences are {@code s1.1, s1.2, ...}. */
    private static List<CheckInput.Segment> segments(String prefix, List<String> sentences) {
        List<CheckInput.Segment> segments = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            segments.add(new CheckInput.Segment(prefix + "1." + (i + 1), sentences.get(i)));
        }
        return segments;
    }

    /** A changed translation, with the segment the defect is in on either side. */
    private record Injected(List<String> target, String sourceId, String targetId) {
    }

    private Injected inject(String kind, ParallelDocument doc, Random random) {
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
    private static String changeFirstNumber(String text) {
        Matcher m = DIGITS.matcher(text);
        if (!m.find()) {
            return text;
        }
        String digits = m.group();
        String changed = String.valueOf(Long.parseLong(digits.length() > 15 ? digits.substring(0, 15) : digits) + 1);
        return text.substring(0, m.start()) + changed + text.substring(m.end());
    }

    /** The day of the first date read, one day later, where the day is written as a number. */
    private String changeDay(String text) {
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
     * an acronym, or in a Vietnamese source a word that cannot be a Vietnamese syllable.
     */
    private static String dropName(String source, String target, String sourceLanguage) {
        Matcher m = NAME.matcher(source);
        while (m.find()) {
            String name = m.group();
            boolean acronym = name.chars().allMatch(Character::isUpperCase);
            boolean foreign = sourceLanguage.equals("vi") && !NameChecks.couldBeVietnamese(name);
            if (m.start() == 0 || !acronym && !foreign) {
                continue;
            }
            int at = target.indexOf(name);
            if (at >= 0) {
                return (target.substring(0, at) + target.substring(at + name.length())).replace("  ", " ");
            }
        }
        return target;
    }
}
