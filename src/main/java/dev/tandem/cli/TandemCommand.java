package dev.tandem.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar tandem.jar <command>}: the entry point. Each command is a thin shell over the
 * same classes the routes use.
 */
@Command(name = "tandem", mixinStandardHelpOptions = true, version = "tandem 0.1.0",
        description = "Pairs translations of news articles with their originals and writes bilingual review records.",
        subcommands = {RunCommand.class, ProcessCommand.class, ExtractCommand.class, SnapshotCommand.class,
            AlignCommand.class, StatusCommand.class, EvalLanguageCommand.class, EvalExtractionCommand.class,
            EvalAlignmentCommand.class, EvalChecksCommand.class})
public final class TandemCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // Starting Log4j takes about 0.7 s on this 2-core machine, and picocli reading the commands
        // about as long; on a second thread they overlap: `status` over 100,000 pairs went from
        // 1.6-1.9 s to 1.45-1.56 s wall time.
        Thread logging = new Thread(() -> LoggerFactory.getLogger("tandem"), "tandem-logging-start");
        logging.setDaemon(true);
        logging.start();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new TandemCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
