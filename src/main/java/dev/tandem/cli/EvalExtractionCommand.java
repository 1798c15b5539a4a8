package dev.tandem.cli;

import dev.tandem.extract.evaluation.Dataset;
import dev.tandem.extract.evaluation.ExtractionEvaluation;
import dev.tandem.extract.evaluation.ExtractionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-extraction [--data DIR] [--only aeb|fundus|trafilatura] [--details]}: scores the
 * article extractor on three third-party benchmarks (Zyte's article-extraction-benchmark, Fundus's
 * parser test pages, trafilatura's snippet corpus), times it against bare parsing, and prints one
 * table with published figures of other extractors beside ours. {@code --details} adds the worst
 * pages of each data set with what went wrong, to steer the next extractor change. The data is read
 * in place; a missing data set is reported as skipped and the command still exits 0, so CI without
 * the data passes.
 */
@Command(name = "eval-extraction", mixinStandardHelpOptions = true,
        description = "Scores article extraction on the aeb, Fundus and trafilatura benchmarks and times it.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated, or skipped because the data is absent",
            "1:a data file could not be read", "2:usage error"})
final class EvalExtractionCommand implements Callable<Integer> {
    /** Worst pages listed per data set by {@code --details}. */
    static final int DETAIL_PAGES = 15;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding aeb/, fundus/, trafilatura/ "
                    + "(default: ${DEFAULT-VALUE}, relative to the working folder).")
    Path data = ExtractionEvaluation.DEFAULT_DATA_DIR;

    @Option(names = "--only", paramLabel = "SET", description = "Evaluate one data set: aeb, fundus or trafilatura.")
    String only;

    @Option(names = "--details", description = "Also list the " + DETAIL_PAGES + " worst pages of each data set.")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Dataset> datasets = EnumSet.allOf(Dataset.class);
        if (only != null) {
            Optional<Dataset> one = Dataset.named(only);
            if (one.isEmpty()) {
                err.println("tandem: unknown data set '" + only + "' for --only, expected one of "
                        + Arrays.stream(Dataset.values()).map(Dataset::folder).collect(Collectors.joining(", ")));
                return 2;
            }
            datasets = EnumSet.of(one.get());
        }
        Path dir = data.toAbsolutePath().normalize();
        try {
            ExtractionReport report = new ExtractionEvaluation(data).run(datasets, true);
            out.println("data: " + dir + " (third-party benchmarks, read in place)");
            if (report.nothingEvaluated()) {
                out.println("eval-extraction: no benchmark data at " + dir
                        + " (expected " + datasets.stream().map(d -> d.folder() + "/").collect(Collectors.joining(", "))
                        + "); evaluation skipped.");
            }
            out.print(report.toTable());
            if (details) {
                out.print(report.toDetails(DETAIL_PAGES));
            }
            out.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("tandem: cannot read benchmark data: " + e.getMessage());
            return 1;
        }
    }
}
