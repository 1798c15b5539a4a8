package dev.tandem.cli;

import dev.tandem.config.TandemConfig;
import dev.tandem.language.LanguageEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-language [--languages vi,fr,...] [--low-accuracy] [--categories ...] [--data DIR]
 * [--limit N]}: measures language identification on Lingua's own labelled test data and prints
 * accuracy per language and category, model load time, heap after load and throughput. It is how
 * {@code tandem.language.set} and the accuracy mode are chosen. The data is third-party and read in
 * place; when it is absent the command says so and exits 0, so CI without the data still passes.
 */
@Command(name = "eval-language", mixinStandardHelpOptions = true,
        description = "Measures language identification accuracy, load time, heap and speed on Lingua's test data.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated, or skipped because the data folder is absent",
            "1:a test file could not be read", "2:usage or configuration error"})
final class EvalLanguageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "ISO 639-1 codes to load (default: tandem.language.set).")
    List<String> languages;

    @Option(names = "--low-accuracy", description = "Use Lingua's low accuracy mode (default: tandem.language.low-accuracy).")
    boolean lowAccuracy;

    @Option(names = "--categories", split = ",", paramLabel = "NAME",
            description = "Any of sentences, word-pairs, single-words (default: sentences,word-pairs).")
    List<String> categories = LanguageEvaluation.DEFAULT_CATEGORIES;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Test data folder (default: ${DEFAULT-VALUE}, relative to the working folder).")
    Path data = LanguageEvaluation.DEFAULT_DATA_DIR;

    @Option(names = "--limit", paramLabel = "N", description = "Items per file, from the top; 0 for all (default).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TandemConfig cfg = config.load(Map.of());
        List<String> codes = languages != null ? languages : cfg.languageSet();
        boolean low = lowAccuracy || cfg.languageLowAccuracy();
        String badCategory = categories.stream().filter(c -> !LanguageEvaluation.CATEGORIES.contains(c))
                .findFirst().orElse(null);
        if (badCategory != null) {
            err.println("tandem: unknown category '" + badCategory + "', expected any of "
                    + String.join(",", LanguageEvaluation.CATEGORIES));
            return 2;
        }
        if (limit < 0) {
            err.println("tandem: --limit must not be negative, got " + limit);
            return 2;
        }
        if (!LanguageEvaluation.hasData(data)) {
            out.println("eval-language: no test data at " + data.toAbsolutePath().normalize()
                    + " (expected sentences/, word-pairs/, single-words/); evaluation skipped.");
            return 0;
        }
        LanguageEvaluation evaluation;
        try {
            evaluation = LanguageEvaluation.withLingua(codes, low);
        } catch (IllegalArgumentException e) {
            err.println("tandem: " + e.getMessage());
            return 2;
        }
        try {
            LanguageEvaluation.Report report = evaluation.run(data, categories, limit);
            out.println("data: " + data.toAbsolutePath().normalize() + " (Lingua test data, third-party, read in place)");
            out.print(report.toTable());
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("tandem: cannot read test data: " + e.getMessage());
            return 1;
        }
    }
}
