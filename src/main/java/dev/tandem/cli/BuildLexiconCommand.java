package dev.tandem.cli;

import dev.tandem.lexicon.LexiconBuilder;
import dev.tandem.lexicon.LexiconSources;
import dev.tandem.lexicon.WordTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code build-lexicon [--sources DIR] [--out DIR] [--languages vi,fr,...]}: rebuilds the word
 * tables of each language against English from the Tatoeba and Wiktionary sources
 * ({@link LexiconBuilder}). When the sources are absent it says so and exits 0, leaving the shipped
 * tables as they are.
 */
@Command(name = "build-lexicon", mixinStandardHelpOptions = true,
        description = "Builds the word tables (each language against English) from Tatoeba and Wiktionary sources.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:built, or skipped because the sources are absent", "1:a source could not be read or a table written",
            "2:usage error"})
final class BuildLexiconCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "DIR", description = "Folder of the sources (default: ${DEFAULT-VALUE}).")
    Path sources = Path.of("..", "shared", "lexicon-sources");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder the tables are written to (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src", "main", "resources", "lexicon");

    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "Languages to build, ISO 639-1 (default: every language but English).")
    List<String> languages = WordTokenizer.LANGUAGES.subList(1, WordTokenizer.LANGUAGES.size());

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String language : languages) {
            if (language.equals("en") || !WordTokenizer.LANGUAGES.contains(language)) {
                err.println("tandem: no word table for language '" + language + "'; expected one of "
                        + WordTokenizer.LANGUAGES.subList(1, WordTokenizer.LANGUAGES.size()));
                return 2;
            }
        }
        if (!Files.isDirectory(sources)) {
            out.println("build-lexicon: no sources at " + sources.toAbsolutePath().normalize() + "; skipped");
            return 0;
        }
        LexiconBuilder builder = new LexiconBuilder(new LexiconSources(sources));
        for (String language : languages) {
            long start = System.nanoTime();
            try {
                LexiconBuilder.Built built = builder.build(language, this.out);
                out.printf(Locale.ROOT, "%s-en: %d pairs, %d entries, %.1f kB, %.1f s -> %s%n", language, built.pairs(),
                        built.entries(), built.bytes() / 1024.0, (System.nanoTime() - start) / 1e9, built.file());
                out.flush();
            } catch (IOException e) {
                err.println("tandem: cannot build the " + language + " table: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }
}
