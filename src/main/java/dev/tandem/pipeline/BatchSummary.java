package dev.tandem.pipeline;

import dev.tandem.model.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run over many inputs did.
 *
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant
 * @param durationMs wall time
 * @param inputs how many inputs were found
 * @param outcomes inputs counted by {@link Outcome#label()}, every outcome listed
 * @param records how many records were written (ok, needs_review or failed_checks); duplicates
 *     wrote none
 * @param failed how many inputs ended in an error, without a record
 * @param failuresByStage errors counted by stage
 * @param results one line per input, in processing order
 */
public record BatchSummary(
        String startedAt,
        String finishedAt,
        long durationMs,
        int inputs,
        Map<String, Integer> outcomes,
        int records,
        int failed,
        Map<String, Integer> failuresByStage,
        List<Result> results) {

    /**
     * One input's outcome.
     *
     * @param outcome an {@link Outcome#label()}
     * @param stage where it failed, for an error
     * @param output the record, or the error sidecar
     * @param ms how long the input took, in milliseconds
     */
    public record Result(String file, String outcome, String stage, String message, String output, long ms) {
    }

    /** The summary of {@code results}, counted. */
    public static BatchSummary of(String startedAt, String finishedAt, long durationMs, List<Result> results) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.label(), 0);
        }
        Map<String, Integer> byStage = new TreeMap<>();
        for (Result r : results) {
            outcomes.merge(r.outcome(), 1, Integer::sum);
            if (r.stage() != null) {
                byStage.merge(r.stage(), 1, Integer::sum);
            }
        }
        int records = outcomes.get(Outcome.OK.label()) + outcomes.get(Outcome.NEEDS_REVIEW.label())
                + outcomes.get(Outcome.FAILED_CHECKS.label());
        return new BatchSummary(startedAt, finishedAt, durationMs, results.size(), outcomes, records,
                outcomes.get(Outcome.ERROR.label()), byStage, results);
    }

    /** How many inputs ended with {@code outcome}. */
    public int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome.label(), 0);
    }

    /**
     * The exit status of a run over these inputs: {@link #EXIT_ERRORS} when any input has no
     * record, else {@link #EXIT_FAILED_CHECKS} when any record failed its checks, else 0.
     */
    public int exitStatus() {
        return failed > 0 ? EXIT_ERRORS : count(Outcome.FAILED_CHECKS) > 0 ? EXIT_FAILED_CHECKS : 0;
    }

    /** Exit status when at least one input failed and has no record. */
    public static final int EXIT_ERRORS = 1;
    /** Exit status when every input has a record but at least one record failed its checks. */
    public static final int EXIT_FAILED_CHECKS = 3;

    /**
     * One line: {@code 5 inputs: 3 records written (1 ok, 1 needs_review, 1 failed_checks), 1
     * duplicate, 1 error}.
     */
    public String line() {
        return String.format("%d inputs: %d records written (%d ok, %d needs_review, %d failed_checks), %d duplicate, %d error",
                inputs, records, count(Outcome.OK), count(Outcome.NEEDS_REVIEW), count(Outcome.FAILED_CHECKS),
                count(Outcome.DUPLICATE), failed);
    }
}
