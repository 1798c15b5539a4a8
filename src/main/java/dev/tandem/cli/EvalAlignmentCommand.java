package dev.tandem.cli;

import dev.tandem.align.SentenceAligner;
import dev.tandem.lexicon.Lexicon;
import dev.tandem.align.evaluation.AlignmentCase;
import dev.tandem.align.evaluation.AlignmentEvaluation;
import dev.tandem.align.evaluation.AlignmentScore;
import dev.tandem.align.evaluation.Calibration;
import dev.tandem.align.evaluation.CaseBuilder;
import dev.tandem.align.evaluation.LengthLearner;
import dev.tandem.align.evaluation.LexiconEvaluation;
import dev.tandem.align.evaluation.ParallelCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-alignment [--data DIR] [--pairs vi-fr,...] [--seed N]}: builds realistic alignment
 * cases from NTREX-128 and FLORES-200 (sentences omitted, merged, split and added; independent
 * paragraphs) and prints bead precision, recall and F1, omission and insertion detection, and
 * speed, for Gale-Church and for tandem's aligner. The data is third-party and read in place; when
 * it is absent the command says so and exits 0.
 */
@Command(name = "eval-alignment", mixinStandardHelpOptions = true,
        description = "Scores sentence alignment on cases built from NTREX-128 and FLORES-200, beside Gale-Church.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated, or skipped because the data is absent", "1:a data file could not be read",
            "2:usage error"})
final class EvalAlignmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding ntrex128/ and flores200/ (default: ${DEFAULT-VALUE}, relative to the working folder).")
    Path data = AlignmentEvaluation.DEFAULT_DATA_DIR;

    @Option(names = "--pairs", split = ",", paramLabel = "SRC-TGT",
            description = "Language pairs as ISO 639-1 codes (default: ${DEFAULT-VALUE}).")
    List<String> pairs = List.of("vi-fr", "vi-en", "fr-vi", "zh-fr");

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the cases (default: ${DEFAULT-VALUE}).")
    long seed = AlignmentEvaluation.DEFAULT_SEED;

    @Option(names = "--changes", paramLabel = "ONE|ALL",
            description = "Kinds of change per document: ONE drawn at random, or ALL of them (default: ${DEFAULT-VALUE}).")
    CaseBuilder.Changes changes = CaseBuilder.Changes.ONE;

    @Option(names = "--learn-lengths", paramLabel = "FILE",
            description = "Learn the length model of every language pair from NTREX-128, write it to FILE and stop.")
    Path learnLengths;

    @Option(names = "--lexicon",
            description = "Score the word tables alone: AUC of telling each true sentence pair from its neighbours, and stop.")
    boolean lexicon;

    @Option(names = "--calibrate",
            description = "Fit the bead score on the NTREX cases of the pairs, print the weights and stop.")
    boolean calibrate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String pair : pairs) {
            String[] languages = pair.split("-");
            if (languages.length != 2 || !ParallelCorpus.supports(languages[0]) || !ParallelCorpus.supports(languages[1])) {
                err.println("tandem: unknown language pair '" + pair + "', expected e.g. vi-fr");
                return 2;
            }
        }
        if (!ParallelCorpus.hasData(data)) {
            out.println("eval-alignment: no parallel data at " + data.toAbsolutePath().normalize() + "; skipped");
            return 0;
        }
        if (learnLengths != null) {
            try {
                Files.writeString(learnLengths, LengthLearner.table(data));
            } catch (IOException e) {
                err.println("tandem: cannot learn the length model: " + e.getMessage());
                return 1;
            }
            out.println("eval-alignment: length model written to " + learnLengths);
            return 0;
        }
        if (lexicon) {
            return evaluateLexicon(out, err);
        }
        if (calibrate) {
            try {
                Calibration calibration = new Calibration();
                for (String pair : pairs) {
                    String[] languages = pair.split("-");
                    calibration.add(new SentenceAligner(languages[0], languages[1]), AlignmentEvaluation.cases(
                            AlignmentEvaluation.corpus(data, "ntrex", languages[0], languages[1]), languages[1], seed,
                            changes));
                }
                out.print(calibration.summary());
                out.print(Calibration.java(calibration.fit()));
                out.flush();
            } catch (IOException e) {
                err.println("tandem: cannot read the parallel data: " + e.getMessage());
                return 1;
            }
            return 0;
        }
        out.println("data: " + data.toAbsolutePath().normalize() + " (third-party corpora, read in place); seed " + seed);
        out.printf(Locale.ROOT, "%-7s %-6s %-12s %6s %7s  %-17s  %-17s  %-16s %-13s %8s%n", "corpus", "pair", "aligner",
                "cases", "beads", "bead P / R / F1", "omission P / R", "insertion P / R", "score>=0.9 right",
                "sent/s");
        try {
            for (String corpus : List.of("ntrex", "flores")) {
                for (String pair : pairs) {
                    String[] languages = pair.split("-");
                    List<AlignmentCase> cases = AlignmentEvaluation.cases(
                            AlignmentEvaluation.corpus(data, corpus, languages[0], languages[1]), languages[1], seed, changes);
                    for (AlignmentEvaluation.Row row : AlignmentEvaluation.run(corpus, pair, cases)) {
                        print(out, row);
                    }
                }
            }
        } catch (IOException e) {
            err.println("tandem: cannot read the parallel data: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private int evaluateLexicon(PrintWriter out, PrintWriter err) {
        out.printf(Locale.ROOT, "%-7s %-6s %8s %10s %7s %10s%n", "corpus", "pair", "true", "neighbour", "AUC", "us/match");
        try {
            for (String corpus : List.of("ntrex", "flores")) {
                for (String pair : pairs) {
                    String[] languages = pair.split("-");
                    Optional<Lexicon> lexicon = Lexicon.forPair(languages[0], languages[1]);
                    if (lexicon.isEmpty()) {
                        out.printf(Locale.ROOT, "%-7s %-6s no word tables for this pair%n", corpus, pair);
                        continue;
                    }
                    LexiconEvaluation.Result r = LexiconEvaluation.run(lexicon.get(),
                            AlignmentEvaluation.corpus(data, corpus, languages[0], languages[1]));
                    out.printf(Locale.ROOT, "%-7s %-6s %8d %10d %7.3f %10.1f%n", corpus, pair, r.truePairs(),
                            r.neighbourPairs(), r.auc(), r.microsPerMatch());
                    out.flush();
                }
            }
        } catch (IOException e) {
            err.println("tandem: cannot read the parallel data: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void print(PrintWriter out, AlignmentEvaluation.Row row) {
        AlignmentScore s = row.score();
        out.printf(Locale.ROOT, "%-7s %-6s %-12s %6d %7d  %.3f/%.3f/%.3f  %.3f / %.3f    %.3f / %.3f   %5.3f of %4d %8.0f%n",
                row.corpus(), row.pair(), row.aligner(), row.cases(), s.beads().truth(),
                s.beads().precision(), s.beads().recall(), s.beads().f1(),
                s.omissions().precision(), s.omissions().recall(),
                s.insertions().precision(), s.insertions().recall(),
                s.confident().precision(), s.confident().predicted(), row.sentencesPerSecond());
    }
}
