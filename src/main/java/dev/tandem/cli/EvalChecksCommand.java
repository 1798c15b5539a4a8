package dev.tandem.cli;

import dev.tandem.align.evaluation.AlignmentEvaluation;
import dev.tandem.align.evaluation.ParallelCorpus;
import dev.tandem.check.evaluation.CheckEvaluation;
import dev.tandem.check.evaluation.OmissionSweep;
import dev.tandem.language.LanguageIdentifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-checks}: false alarms of the translation checks on real parallel articles, and their
 * recall on defects injected one at a time (CheckEvaluation), for NTREX-128 and FLORES-200.
 */
@Command(name = "eval-checks", mixinStandardHelpOptions = true,
        description = "Measures the translation checks' false alarms and recall on NTREX-128 and FLORES-200.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated, or skipped because the data is absent", "1:a data file could not be read",
            "2:usage error"})
final class EvalChecksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding ntrex128/ and flores200/ (default: ${DEFAULT-VALUE}).")
    Path data = AlignmentEvaluation.DEFAULT_DATA_DIR;

    @Option(names = "--pairs", split = ",", paramLabel = "SRC-TGT", description = "Language pairs (default: ${DEFAULT-VALUE}).")
    List<String> pairs = List.of("vi-fr", "vi-en");

    @Option(names = "--sweep", description = "Also drop each translation sentence in turn, and join each two neighbours "
            + "in turn, and count omissions found and alarms raised on the joins (slower: one check per sentence).")
    boolean sweep;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the injected defects (default: ${DEFAULT-VALUE}).")
    long seed = AlignmentEvaluation.DEFAULT_SEED;

    @Option(names = "--details", description = "Also list every false alarm and every injected defect not found, with their sentences.")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ParallelCorpus.hasData(data)) {
            out.println("eval-checks: no parallel data at " + data.toAbsolutePath().normalize() + "; skipped");
            return 0;
        }
        out.printf(Locale.ROOT, "%-7s %-6s %9s %13s %7s  %s%n", "corpus", "pair", "segments", "false alarms",
                "per 100", "recall on injected defects (found / injected)");
        try {
            for (String pair : pairs) {
                String[] l = pair.split("-");
                if (l.length != 2 || !ParallelCorpus.supports(l[0]) || !ParallelCorpus.supports(l[1])) {
                    err.println("tandem: unknown language pair '" + pair + "', expected e.g. vi-fr");
                    return 2;
                }
                LanguageIdentifier languages = LanguageIdentifier.of(List.of(l[0], l[1], "en", "fr", "vi"));
                CheckEvaluation evaluation = new CheckEvaluation(l[0], l[1], text -> languages.detect(text).code());
                for (String corpus : List.of("ntrex", "flores")) {
                    CheckEvaluation.Result r = evaluation.run(AlignmentEvaluation.corpus(data, corpus, l[0], l[1]), seed);
                    StringBuilder recall = new StringBuilder();
                    for (Map.Entry<String, int[]> e : r.recall().entrySet()) {
                        recall.append(String.format(Locale.ROOT, "%s %d/%d; ", e.getKey(), e.getValue()[1], e.getValue()[0]));
                    }
                    out.printf(Locale.ROOT, "%-7s %-6s %9d %13d %7.2f  %s%n", corpus, pair, r.segments(), r.falseAlarms(),
                            r.falseAlarmsPer100(), recall);
                    out.printf(Locale.ROOT, "        false alarms by code: %s (infos: %d)%n", r.falseAlarmsByCode(), r.infos());
                    out.printf(Locale.ROOT, "        failed their checks: %d/%d as published, %d/%d against another article's original"
                            + " (%d with WRONG_ORIGINAL)%n", r.faithfulFailed(), r.documents(), r.wrongOriginalsFailed(),
                            r.wrongOriginals(), r.wrongOriginalsFlagged());
                    if (sweep) {
                        OmissionSweep.Result w = new OmissionSweep(evaluation)
                                .run(AlignmentEvaluation.corpus(data, corpus, l[0], l[1]));
                        out.printf(Locale.ROOT, "        every sentence dropped in turn: %d/%d found; every two neighbours "
                                + "joined in turn: %d alarms on %d joins%n", w.found(), w.dropped(), w.joinAlarms(), w.joins());
                    }
                    if (details) {
                        for (CheckEvaluation.FalseAlarm alarm : r.details()) {
                            out.printf(Locale.ROOT, "        %s %s %s%n          source: %s%n          target: %s%n",
                                    alarm.document(), alarm.finding().code(), alarm.finding().message(), alarm.source(),
                                    alarm.target());
                        }
                        for (CheckEvaluation.Missed miss : r.missed()) {
                            out.printf(Locale.ROOT, "        %s missed %s (found there: %s)%n          source: %s%n          target: %s%n",
                                    miss.document(), miss.kind(), miss.instead(), miss.source(), miss.target());
                        }
                    }
                }
            }
        } catch (IOException e) {
            err.println("tandem: cannot read the parallel data: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
