package dev.tandem.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a run over many inputs did.
 *
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant
 * @param durationMs wall time
 * @param inputs how many inputs were found
 * @param records how many have a record: a new one, or one the ledger already held for the same content
 * @param failed how many failed
 * @param failuresByStage failures counted by stage
 * @param results one line per input, in processing order
 */
public record BatchSummary(
        String startedAt,
        String finishedAt,
        long durationMs,
        int inputs,
        int records,
        int failed,
        Map<String, Integer> failuresByStage,
        List<Result> results) {

    /**
     * One input's outcome.
     *
     * @param outcome {@code record}, {@code duplicate} (nothing new to write) or {@code failed}
     * @param output the record, or the error sidecar
     * @param ms how long the input took, in milliseconds
     */
    public record Result(String file, String outcome, String stage, String message, String output, long ms) {
    }

    /** Whether every input produced a record. */
    public boolean allSucceeded() {
        return failed == 0;
    }
}
