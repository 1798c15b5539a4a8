package dev.tandem.cli;

import dev.tandem.config.TandemConfig;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.pipeline.BatchProcessor;
import dev.tandem.pipeline.BatchSummary;
import dev.tandem.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code process PATH... [--out DIR]}: one-shot run over files and folders. Inputs are never moved
 * or deleted; each failed input gets an error sidecar under the output folder's {@code errors/}.
 * Exit status: 0 when every input has a record that did not fail its checks, 1 when any input
 * failed without a record, 3 when all have records but some failed their checks, 2 on a usage
 * or configuration error.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Processes translation files or folders once, writes records, prints a summary.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input has a record (ok, needs_review or duplicate)",
            "1:at least one input failed and has no record (see errors/)", "2:usage or configuration error",
            "3:every input has a record, but at least one record failed its checks (see status --state failed)"})
final class ProcessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Translation files or folders of them.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (tandem.out.dir).")
    Path outDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> extra = new HashMap<>();
        if (outDir != null) {
            extra.put("tandem.out.dir", outDir.toString());
        }
        TandemConfig cfg = config.load(extra);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("tandem: no such file or folder: " + p);
                return 2;
            }
        }
        Clock clock = Clock.systemUTC();
        try (Pipeline pipeline = Pipeline.create(cfg, LanguageIdentifier.of(cfg.languageSet(),
                cfg.languageLowAccuracy()), clock)) {
            return run(pipeline, clock, out, cfg.batchThreads());
        }
    }

    private int run(Pipeline pipeline, Clock clock, PrintWriter out, int threads) {
        BatchProcessor processor = new BatchProcessor(pipeline, clock, threads);
        BatchSummary summary = processor.process(paths);
        out.printf("%s (%d ms)%n", summary.line(), summary.durationMs());
        summary.failuresByStage().forEach((stage, n) -> out.printf("  error at %s: %d%n", stage, n));
        out.println("records: " + pipeline.outDir().resolve("records"));
        if (summary.failed() > 0) {
            out.println("errors:  " + processor.errorsDir());
        }
        return summary.exitStatus();
    }
}
