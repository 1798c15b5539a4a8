package dev.tandem.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tandem.config.TandemConfig;
import dev.tandem.track.Ledger;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code status [--json] [--limit N]}: what the ledger knows: pairs by state and by review state,
 * failed inputs, and the stale, failed and pending-review pairs an operator should look at.
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

    @Option(names = "--limit", paramLabel = "N", description = "Most pairs listed per list (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TandemConfig cfg = config.load(Map.of());
        if (!Files.exists(cfg.ledgerFile())) {
            err.println("tandem: no ledger at " + cfg.ledgerFile() + " (nothing processed yet, or another tandem.out.dir)");
            return 2;
        }
        Ledger.Status status;
        try (Ledger ledger = Ledger.open(cfg.ledgerFile())) {
            status = ledger.status(Math.max(0, limit));
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(status));
            return 0;
        }
        int pairs = status.pairsByState().values().stream().mapToInt(Integer::intValue).sum();
        out.printf("pairs: %d %s%n", pairs, status.pairsByState());
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
        for (Ledger.Pair p : status.pendingReview()) {
            out.printf("  %s r%d %s <- %s (%s)%n", p.recordId(), p.revision(), p.sourceUrl(), p.translationIdentity(),
                    p.recordPath());
        }
        return 0;
    }

    private void section(PrintWriter out, String title, int shown) {
        out.printf("%s:%s%n", title, shown == 0 ? " none" : shown >= limit ? " (first " + limit + ")" : "");
    }
}
