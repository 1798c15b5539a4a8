package dev.tandem.cli;

import dev.tandem.config.ConfigurationException;
import dev.tandem.model.TandemVersion;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar tandem.jar <command>}: the entry point. Each command is a thin shell over the
 * same classes the routes use.
 */
@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = TandemCommand.Version.class,
        description = "Pairs translations of news articles with their originals and writes bilingual review records.")
public final class TandemCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Every command, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, ProcessCommand.class, ExtractCommand.class,
            SnapshotCommand.class, AlignCommand.class, StatusCommand.class, ReviewCommand.class,
            EvalLanguageCommand.class, EvalExtractionCommand.class, EvalAlignmentCommand.class, EvalChecksCommand.class,
            BenchCommand.class, BuildLexiconCommand.class);

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every command, for tests. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line for {@code args}: with only the command they name, when they name one.
     * Picocli reads every registered command's annotations up front, a third of a second for all
     * of them, which every start of the service and every {@code status} would pay.
     */
    static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return commandLine(List.of(command));
                }
            }
        }
        return commandLine(COMMANDS);
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine line = new CommandLine(new TandemCommand());
        for (Class<?> command : commands) {
            line.addSubcommand(command);
        }
        // Each command's own --version says the same as tandem's.
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        return line.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(TandemCommand::configurationError);
    }

    /**
     * Reports a configuration error of any command as one line and exit status 2, as every
     * command's help promises; any other exception goes on to picocli, which prints its stack trace
     * and exits 1, since it is a fault of tandem rather than of the operator's settings.
     */
    private static int configurationError(Exception e, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (e instanceof ConfigurationException) {
            command.getErr().println("tandem: " + e.getMessage());
            command.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        }
        throw e;
    }

    /** {@code --version}: the version the build wrote, the same the User-Agent names. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tandem " + TandemVersion.VERSION};
        }
    }
}
