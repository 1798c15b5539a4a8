package dev.tandem.pipeline;

import dev.tandem.check.Finding;
import dev.tandem.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line per input, naming it by its path below the folder it was found in, that tells an operator what happened to it, starting with its
 * {@link Outcome#tag()}: {@code OK}, {@code REVIEW}, {@code FAILED} (a record whose checks
 * failed), {@code DUP} or {@code ERROR} (no record).
 */
public final class OutcomeLine {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");
    /** Codes named in a line at most; the record has them all. */
    private static final int CODES_SHOWN = 4;

    private OutcomeLine() {
    }

    /**
     * {@code REVIEW seed.txt -> out/records/<id>.json (vi -> fr, 9 pairs, 0 unpaired, source from
     * network; checks: 2 warnings: NAME_MISSING, NUMBER_MISMATCH)}, or {@code DUP} when the ledger
     * already holds this translation of this source.
     */
    public static String succeeded(String input, Pipeline.Result r) {
        String head = String.format("%-6s %s -> %s", r.outcome().tag(), input, r.record());
        if (r.outcome() == Outcome.DUPLICATE) {
            return head + " (revision " + r.revision() + " already has this translation of this source; "
                    + r.note() + "; nothing written)";
        }
        Pipeline.Paired p = r.paired();
        return head + (r.revision() > 1 ? " (revision " + r.revision() + ")" : "") + " (" + p.sourceLanguage()
                + " -> " + p.translationLanguage() + ", " + p.pairs() + " pairs, " + p.unpaired()
                + " unpaired, source from " + r.fetchOrigin() + "; checks: " + findings(p.record().checks().findings())
                + ")" + (r.note() == null ? "" : " (" + r.note() + ")");
    }

    /** {@code ERROR bad.txt at fetch: HTTP 404 ... -> inbox/.error/bad.txt.error.json}. */
    public static String failed(String input, Throwable failure, Path sidecar) {
        return String.format("%-6s %s at %s: %s -> %s", Outcome.ERROR.tag(), input,
                ErrorSidecar.stageOf(failure), ErrorSidecar.messageOf(failure), sidecar);
    }

    /** Logs {@link #succeeded}: a warning when the record failed its checks, else information. */
    public static void log(String input, Pipeline.Result r) {
        if (r.outcome() == Outcome.FAILED_CHECKS) {
            LOG.warn(succeeded(input, r));
        } else {
            LOG.info(succeeded(input, r));
        }
    }

    /** Logs {@link #failed} as a warning. */
    public static void logFailure(String input, Throwable failure, Path sidecar) {
        LOG.warn(failed(input, failure, sidecar));
    }

    /** {@code none}, or counts by severity with the first codes: {@code 1 error, 2 warnings: WRONG_LANGUAGE, ...}. */
    static String findings(List<Finding> findings) {
        Map<String, Integer> bySeverity = new TreeMap<>();
        List<String> codes = findings.stream().filter(f -> !f.severity().equals(Finding.INFO))
                .sorted((a, b) -> Boolean.compare(!a.severity().equals(Finding.ERROR), !b.severity().equals(Finding.ERROR)))
                .map(Finding::code).distinct().toList();
        for (Finding f : findings) {
            if (!f.severity().equals(Finding.INFO)) {
                bySeverity.merge(f.severity(), 1, Integer::sum);
            }
        }
        if (bySeverity.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        bySeverity.forEach((severity, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(severity).append(n == 1 ? "" : "s"));
        b.append(": ").append(String.join(", ", codes.subList(0, Math.min(CODES_SHOWN, codes.size()))));
        return b + (codes.size() > CODES_SHOWN ? ", ..." : "");
    }
}
