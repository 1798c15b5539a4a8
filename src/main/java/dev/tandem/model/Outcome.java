package dev.tandem.model;

import java.util.Locale;

/**
 * What became of one input, in the words every report uses: the log line, the {@code process}
 * and batch summaries, the exit status and {@code status}.
 *
 * <ul>
 *   <li>{@link #OK}: a record was written and its checks found nothing to look at;</li>
 *   <li>{@link #NEEDS_REVIEW}: a record was written and its checks found warnings or errors;</li>
 *   <li>{@link #FAILED_CHECKS}: a record was written, but the checks say it does not translate
 *       the original as asked (wrong language, too little rendered, mostly untranslated);</li>
 *   <li>{@link #DUPLICATE}: the ledger already holds this translation of this source, nothing written;</li>
 *   <li>{@link #ERROR}: no record, the input failed at a stage; its error sidecar says why.</li>
 * </ul>
 */
public enum Outcome {
    OK("OK"), NEEDS_REVIEW("REVIEW"), FAILED_CHECKS("FAILED"), DUPLICATE("DUP"), ERROR("ERROR");

    private final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }

    /** The outcome of a written record whose checks put it in {@code checkState} ({@code ok}, {@code needs_review}, {@code failed}). */
    public static Outcome ofCheckState(String checkState) {
        return switch (checkState) {
            case "ok" -> OK;
            case "needs_review" -> NEEDS_REVIEW;
            case "failed" -> FAILED_CHECKS;
            default -> throw new IllegalArgumentException("unknown check state: " + checkState);
        };
    }

    /** Lower-case name as written in summaries and JSON: {@code ok}, {@code needs_review}, {@code failed_checks}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word that starts an input's log line, at most six letters: {@code OK}, {@code REVIEW}, {@code FAILED}, {@code DUP}, {@code ERROR}. */
    public String tag() {
        return tag;
    }

    /** Whether the input has a record (a new one, or the one the ledger already held). */
    public boolean hasRecord() {
        return this != ERROR;
    }
}
