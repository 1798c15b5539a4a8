package dev.tandem.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar tandem.jar <command>}: the entry point. Each command is a thin shell over the
 * same classes the routes use.
 */
@Command(name = "tandem", mixinStandardHelpOptions = true, version = "tandem 0.1.0",
        description = "Pairs translations of news articles with their originals and writes bilingual review records.",
        subcommands = {RunCommand.class, ProcessCommand.class, ExtractCommand.class, SnapshotCommand.class,
            AlignCommand.class, StatusCommand.class, ReviewCommand.class, EvalLanguageCommand.class, EvalExtractionCommand.class,
            EvalAlignmentCommand.class, EvalChecksCommand.class, BenchCommand.class})
public final class TandemCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new TandemCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
