package dev.tandem.cli;

import dev.tandem.align.evaluation.AlignmentEvaluation;
import dev.tandem.align.evaluation.ParallelCorpus;
import dev.tandem.bench.ProcessEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-process}: the checks as an operator meets them, through one real {@code process}
 * run over NTREX-128 articles served on 127.0.0.1 (ProcessEvaluation): false alarms on faithful
 * translations, wrong originals that fail, and injected dropped sentences and changed numbers found.
 */
@Command(name = "eval-process", mixinStandardHelpOptions = true,
        description = "Measures verdicts end to end: one process run over NTREX-128 translations whose originals are served on 127.0.0.1.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated, or skipped because the data is absent", "1:the data or the run failed",
            "2:usage error"})
final class EvalProcessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding ntrex128/ (default: ${DEFAULT-VALUE}).")
    Path data = AlignmentEvaluation.DEFAULT_DATA_DIR;

    @Option(names = "--pair", paramLabel = "SRC-TGT", description = "Language pair (default: ${DEFAULT-VALUE}).")
    String pair = "vi-fr";

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the injected defects (default: ${DEFAULT-VALUE}).")
    long seed = AlignmentEvaluation.DEFAULT_SEED;

    @Option(names = "--jar", paramLabel = "FILE", description = "The tandem jar process runs from (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("target", "tandem.jar");

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target", "eval-process");

    @Option(names = "--jvm", paramLabel = "OPTION", description = "An option for process's JVM; repeatable (default: -Xmx640m -XX:+UseParallelGC).")
    List<String> jvm = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String[] l = pair.split("-");
        if (l.length != 2 || !ParallelCorpus.supports(l[0]) || !ParallelCorpus.supports(l[1])) {
            err.println("tandem: unknown language pair '" + pair + "', expected e.g. vi-fr");
            return 2;
        }
        if (!ParallelCorpus.hasData(data)) {
            out.println("eval-process: no parallel data at " + data.toAbsolutePath().normalize() + "; skipped");
            return 0;
        }
        if (!Files.isRegularFile(jar)) {
            err.println("tandem: no jar at " + jar + "; build it with mvn package");
            return 1;
        }
        try {
            ProcessEvaluation.Result r = new ProcessEvaluation(ProcessEvaluation.jarLaunch(jar,
                    jvm.isEmpty() ? BenchCommand.RECOMMENDED_JVM : jvm), work.toAbsolutePath())
                    .run(ParallelCorpus.ntrex(data, l[0], l[1]), l[0], l[1], seed);
            out.printf(Locale.ROOT, "NTREX %s, %d articles, one process run (exit %d)%n", pair, r.articles(), r.exitStatus());
            out.printf(Locale.ROOT, "  faithful: %s; %d warnings or errors in %d sentences, %.2f per 100%n",
                    r.faithfulStates(), r.falseAlarms(), r.faithfulSentences(), r.falseAlarmsPer100());
            out.printf(Locale.ROOT, "            by code: %s%n", r.falseAlarmsByCode());
            out.printf(Locale.ROOT, "  wrong original: %s%n", r.wrongStates());
            out.printf(Locale.ROOT, "  dropped sentence found on it: %d/%d%n", r.droppedFound(), r.dropped());
            out.printf(Locale.ROOT, "  changed number found on it: %d/%d%n", r.changedFound(), r.changed());
            return 0;
        } catch (IOException e) {
            err.println("tandem: eval-process failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
