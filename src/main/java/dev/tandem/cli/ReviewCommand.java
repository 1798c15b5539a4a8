package dev.tandem.cli;

import dev.tandem.track.Ledger;
import dev.tandem.track.ReviewDesk;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review ID --state approved --reviewer NAME [--note s3.1=TEXT]...}: records a review of the
 * newest revision of a pair in its record and in the ledger.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Sets the review state of a pair's newest record and adds notes, in the record and the ledger.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:recorded", "1:the review could not be recorded (the message says why; nothing changed)",
            "2:usage or configuration error, or no ledger yet"})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(index = "0", paramLabel = "ID", description = "The record id, as `status` lists it.")
    String recordId;

    @Option(names = "--state", required = true, paramLabel = "STATE",
            description = "pending, in_review, approved or rejected.")
    String state;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who reviews.")
    String reviewer;

    @Option(names = "--note", paramLabel = "[SEGMENT=]TEXT",
            description = "A note on one segment (s3.1=..., t2=...) or, without a segment, on the whole record; repeatable.")
    List<String> notes = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> ledgerFile = ConfigOptions.existingLedger(config.load(Map.of()), err);
        if (ledgerFile.isEmpty()) {
            return 2;
        }
        List<ReviewDesk.Note> parsed = notes.stream().map(ReviewDesk.Note::parse).toList();
        try (Ledger ledger = Ledger.open(ledgerFile.get())) {
            Path written = ReviewDesk.review(ledger, recordId, state, reviewer, parsed, Instant.now());
            out.printf("%s: %s by %s, %d note(s) added -> %s%n", recordId, state, reviewer.strip(), parsed.size(), written);
            return 0;
        } catch (ReviewDesk.ReviewException e) {
            err.println("tandem: " + e.getMessage());
            return 1;
        }
    }
}
