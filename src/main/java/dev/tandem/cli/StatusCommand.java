package dev.tandem.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.track.Ledger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code status [--json] [--limit N] [--state STATE]}: what the ledger knows: pairs by state, by
 * check state and by review state, failed inputs, and the stale, failed and pending-review pairs an
 * operator should look at; with {@code --state}, the pairs whose checks say that state.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Prints counts by state and lists stale, failed and pending-review pairs from the ledger.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:printed", "2:usage or configuration error, or no ledger yet"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--json", description = "Print the same as one JSON object.")
    boolean json;

    int limit = 20;

    /** Refuses a limit below one: 0 would list nothing and a negative number means nothing. */
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Most pairs listed per list, at least 1 (default: ${DEFAULT-VALUE}).")
    void limit(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + n);
        }
        limit = n;
    }

    @Option(names = "--state", paramLabel = "STATE",
            description = "List only the pairs whose newest record's checks say STATE: ok, needs_review, failed, unknown.")
    String state;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (state != null && !Ledger.CHECK_STATES.contains(state)) {
            err.println("tandem: unknown --state '" + state + "', expected one of " + Ledger.CHECK_STATES);
            return 2;
        }
        Optional<Path> ledgerFile = ConfigOptions.existingLedger(config.load(Map.of()), err);
        if (ledgerFile.isEmpty()) {
            return 2;
        }
        if (state != null) {
            List<Ledger.Pair> listed;
            try (Ledger ledger = Ledger.open(ledgerFile.get())) {
                listed = ledger.pairsInCheckState(state, limit);
            }
            if (json) {
                writeJson(out, listed);
            } else {
                section(out, "checks " + state, listed.size());
                listed.forEach(p -> pairLine(out, p));
            }
            return 0;
        }
        Ledger.Status status;
        try (Ledger ledger = Ledger.open(ledgerFile.get())) {
            status = ledger.status(limit);
        }
        if (json) {
            writeJson(out, status);
            return 0;
        }
        int pairs = status.pairsByState().values().stream().mapToInt(Integer::intValue).sum();
        out.printf("pairs: %d %s%n", pairs, status.pairsByState());
        out.printf("checks: %s%n", status.pairsByCheck());
        out.printf("review: %s%n", status.pairsByReview());
        out.printf("failed inputs: %d%n", status.failedInputs());
        section(out, "stale (source changed since the translation was paired)", status.stale().size());
        for (Ledger.Pair p : status.stale()) {
            out.printf("  %s r%d %s <- %s: changed %s%n", p.recordId(), p.revision(), p.sourceUrl(),
                    p.translationIdentity(), p.staleParagraphs());
        }
        section(out, "failed", status.failed().size());
        for (Ledger.Failure f : status.failed()) {
            out.printf("  %s at %s: %s%n", f.input(), f.stage(), f.message());
        }
        section(out, "pending review", status.pendingReview().size());
        status.pendingReview().forEach(p -> pairLine(out, p));
        return 0;
    }

    /** {@code <id> r1 fr needs_review <source> <- <translation> (<record>)}. */
    private static void pairLine(PrintWriter out, Ledger.Pair p) {
        out.printf("  %s r%d %s %s %s <- %s (%s)%n", p.recordId(), p.revision(), p.translationLanguage(),
                p.checkState(), p.sourceUrl(), p.translationIdentity(), p.recordPath());
    }

    /** The pairs of one check state as one JSON object: {@code {"pairs": [...]}}. */
    private static void writeJson(PrintWriter out, List<Ledger.Pair> listed) throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            pairs(json, "pairs", listed);
            json.writeEndObject();
        }
        out.println();
    }

    /**
     * The status as one JSON object, its fields named as {@link Ledger.Status}'s. Written with
     * jackson-core's generator: loading jackson-databind's classes for an ObjectMapper took 0.3 s,
     * a third of the command.
     */
    private static void writeJson(PrintWriter out, Ledger.Status status) throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            counts(json, "pairsByState", status.pairsByState());
            counts(json, "pairsByCheck", status.pairsByCheck());
            counts(json, "pairsByReview", status.pairsByReview());
            json.writeNumberField("failedInputs", status.failedInputs());
            pairs(json, "stale", status.stale());
            json.writeArrayFieldStart("failed");
            for (Ledger.Failure f : status.failed()) {
                json.writeStartObject();
                json.writeStringField("input", f.input());
                json.writeStringField("stage", f.stage());
                json.writeStringField("message", f.message());
                json.writeStringField("errorPath", f.errorPath());
                json.writeStringField("at", f.at());
                json.writeEndObject();
            }
            json.writeEndArray();
            pairs(json, "pendingReview", status.pendingReview());
            json.writeEndObject();
        }
        out.println();
    }

    private static void counts(JsonGenerator json, String name, Map<String, Integer> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void pairs(JsonGenerator json, String name, List<Ledger.Pair> pairs) throws IOException {
        json.writeArrayFieldStart(name);
        for (Ledger.Pair p : pairs) {
            json.writeStartObject();
            json.writeStringField("recordId", p.recordId());
            json.writeStringField("sourceUrl", p.sourceUrl());
            json.writeStringField("translationIdentity", p.translationIdentity());
            json.writeNumberField("revision", p.revision());
            json.writeStringField("state", p.state());
            json.writeStringField("reviewState", p.reviewState());
            json.writeStringField("translationLanguage", p.translationLanguage());
            json.writeStringField("checkState", p.checkState());
            json.writeStringField("updatedAt", p.updatedAt());
            json.writeStringField("recordPath", p.recordPath());
            json.writeStringField("staleParagraphs", p.staleParagraphs());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void section(PrintWriter out, String title, int shown) {
        out.printf("%s:%s%n", title, shown == 0 ? " none" : shown >= limit ? " (first " + limit + ")" : "");
    }
}
