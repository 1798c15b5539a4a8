package dev.tandem.check.evaluation;

import dev.tandem.align.Bead;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.evaluation.ParallelDocument;
import dev.tandem.check.CheckInput;
import dev.tandem.check.Checker;
import dev.tandem.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Measures the checks on real parallel articles: the findings raised on the translations as they
 * are (every error or warning there is a false alarm), and, with one defect injected at a time
 * ({@link DefectInjector}), whether the check for it fires on the segment concerned. It also checks
 * each translation against other articles' originals, as if it named the wrong page, and counts
 * how many of those fail their checks beside how many faithful translations do.
 */
public final class CheckEvaluation {
    /** The kinds of defect injected, with the codes that count as finding each. */
    public static final Map<String, List<String>> DEFECTS = DefectInjector.DEFECTS;
    /**
     * How many other articles' originals each translation is checked against: the next three. One
     * gave a figure that moved by a few points with the seed's luck of which article came next;
     * three triple the cases (843 on FLORES) at three more alignments per article.
     */
    public static final int WRONG_ORIGINALS_PER_TRANSLATION = 3;

    private final String sourceLanguage;
    private final String targetLanguage;
    private final Function<String, String> languageOf;
    private final SentenceAligner aligner;
    private final DefectInjector injector;

    public CheckEvaluation(String sourceLanguage, String targetLanguage, Function<String, String> languageOf) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.languageOf = languageOf;
        this.aligner = new SentenceAligner(sourceLanguage, targetLanguage);
        this.injector = new DefectInjector(sourceLanguage, targetLanguage);
    }

    /**
     * One error or warning raised on a published translation, with the sentences it names.
     *
     * @param document the article's id
     * @param source the source sentences the finding names, joined
     * @param target the translation sentences it names, joined
     */
    public record FalseAlarm(String document, Finding finding, String source, String target) {
    }

    /**
     * An injected defect no check of its kind found.
     *
     * @param kind the kind of defect
     * @param source the source sentence concerned
     * @param target the changed translation sentence, or the omitted one
     * @param instead the codes of the findings raised on that segment instead
     */
    public record Missed(String document, String kind, String source, String target, List<String> instead) {
    }

    /**
     * What the evaluation measured.
     *
     * @param segments translation sentences checked as published
     * @param falseAlarms errors and warnings on them
     * @param infos infos on them, counted apart
     * @param falseAlarmsByCode false alarms by finding code
     * @param recall per kind of defect: how many were injected, how many found
     * @param documents how many articles were checked as published
     * @param faithfulFailed how many of those failed their checks
     * @param wrongOriginals how many (translation, other article's original) pairs were checked
     * @param wrongOriginalsFailed how many of those failed their checks
     * @param wrongOriginalsFlagged how many of those have a {@code WRONG_ORIGINAL} finding
     * @param details every false alarm, in document order
     * @param missed every injected defect not found, in document order
     */
    public record Result(int segments, int falseAlarms, int infos, Map<String, Integer> falseAlarmsByCode,
            Map<String, int[]> recall, int documents, int faithfulFailed, int wrongOriginals, int wrongOriginalsFailed,
            int wrongOriginalsFlagged, List<FalseAlarm> details, List<Missed> missed) {
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
        List<FalseAlarm> details = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        int faithfulFailed = 0;
        int wrong = 0;
        int wrongFailed = 0;
        int wrongFlagged = 0;
        for (int d = 0; d < documents.size(); d++) {
            ParallelDocument doc = documents.get(d);
            segments += doc.target().size();
            Checker.Report asPublished = check(doc.source(), doc.target());
            faithfulFailed += failed(asPublished) ? 1 : 0;
            for (int k = 1; k <= WRONG_ORIGINALS_PER_TRANSLATION && k < documents.size(); k++) {
                Checker.Report other = check(documents.get((d + k) % documents.size()).source(), doc.target());
                wrong++;
                wrongFailed += failed(other) ? 1 : 0;
                wrongFlagged += other.findings().stream().anyMatch(f -> f.code().equals("WRONG_ORIGINAL")) ? 1 : 0;
            }
            for (Finding f : asPublished.findings()) {
                if (f.severity().equals(Finding.INFO)) {
                    infos++;
                } else {
                    falseAlarms++;
                    byCode.merge(f.code(), 1, Integer::sum);
                    details.add(new FalseAlarm(doc.id(), f, named(doc.source(), f.source()), named(doc.target(), f.target())));
                }
            }
            for (String kind : recall.keySet()) {
                DefectInjector.Injected injected = injector.inject(kind, doc, random);
                if (injected == null) {
                    continue;
                }
                recall.get(kind)[0]++;
                List<Finding> there = check(doc.source(), injected.target()).findings().stream()
                        .filter(f -> f.source().contains(injected.sourceId()) || f.target().contains(injected.targetId()))
                        .toList();
                boolean found = there.stream().anyMatch(f -> DEFECTS.get(kind).contains(f.code()));
                recall.get(kind)[1] += found ? 1 : 0;
                if (!found) {
                    int i = Integer.parseInt(injected.sourceId().substring(3)) - 1;
                    missed.add(new Missed(doc.id(), kind, doc.source().get(i),
                            injected.targetId().equals("-") ? doc.target().get(i) : injected.target().get(i),
                            there.stream().map(Finding::code).toList()));
                }
            }
        }
        return new Result(segments, falseAlarms, infos, byCode, recall, documents.size(), faithfulFailed, wrong,
                wrongFailed, wrongFlagged, details, missed);
    }

    private static boolean failed(Checker.Report report) {
        return report.state().equals("failed");
    }

    /** The checks on {@code target} as a translation of {@code source}, each article one paragraph. */
    Checker.Report check(List<String> source, List<String> target) {
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

    /** The sentences a finding names by id ({@code s1.3}), joined by " | ". */
    private static String named(List<String> sentences, List<String> ids) {
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
            int dot = id.indexOf('.');
            if (dot > 0) {
                texts.add(sentences.get(Integer.parseInt(id.substring(dot + 1)) - 1));
            }
        }
        return String.join(" | ", texts);
    }
}
