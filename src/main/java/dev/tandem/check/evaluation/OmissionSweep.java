package dev.tandem.check.evaluation;

import dev.tandem.align.evaluation.ParallelDocument;
import dev.tandem.check.Checker;
import dev.tandem.check.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the omission checks on every case a corpus allows rather than on one drawn per article:
 * each translation sentence dropped in turn (is the omission reported on the source sentence it
 * translated?), and each two neighbouring translation sentences joined into one, as a translator
 * who merges sentences would (is anything reported missing, added or doubted?). The corpora pair
 * sentences one to one, so without the joins no faithful two-to-one bead is ever checked, and a
 * rule that finds omissions inside such beads could raise any number of false alarms unseen.
 */
public final class OmissionSweep {
    /** The codes that say a joined translation misses, adds or may not render something. */
    private static final List<String> JOIN_ALARMS = List.of("OMITTED_SENTENCE", "OMITTED_PARAGRAPH", "ADDED_CONTENT",
            "UNCERTAIN_PAIR");

    private final CheckEvaluation evaluation;

    public OmissionSweep(CheckEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /**
     * What the sweep counted.
     *
     * @param dropped sentences dropped, one at a time, from translations of three sentences or more
     * @param found of those, how many were reported omitted on their source sentence
     * @param joins pairs of neighbouring translation sentences joined, one pair at a time
     * @param joinAlarms warnings and errors with a code of {@link #JOIN_ALARMS} on the joined translations
     */
    public record Result(int dropped, int found, int joins, int joinAlarms) {
    }

    /** Drops and joins every sentence of {@code documents} in turn. */
    public Result run(List<ParallelDocument> documents) {
        int dropped = 0;
        int found = 0;
        int joins = 0;
        int alarms = 0;
        for (ParallelDocument doc : documents) {
            List<String> target = doc.target();
            for (int i = 0; target.size() >= 3 && i < target.size(); i++) {
                List<String> changed = new ArrayList<>(target);
                changed.remove(i);
                String sourceId = "s1." + (i + 1);
                dropped++;
                found += evaluation.check(doc.source(), changed).findings().stream().anyMatch(f -> f.source()
                        .contains(sourceId) && CheckEvaluation.DEFECTS.get("omitted sentence").contains(f.code())) ? 1 : 0;
            }
            for (int i = 0; i + 1 < target.size(); i++) {
                List<String> changed = new ArrayList<>(target);
                changed.set(i, target.get(i) + " " + target.get(i + 1));
                changed.remove(i + 1);
                joins++;
                Checker.Report report = evaluation.check(doc.source(), changed);
                for (Finding f : report.findings()) {
                    alarms += !f.severity().equals(Finding.INFO) && JOIN_ALARMS.contains(f.code()) ? 1 : 0;
                }
            }
        }
        return new Result(dropped, found, joins, alarms);
    }
}
