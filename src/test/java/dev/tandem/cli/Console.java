package dev.tandem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The tandem command line run in this JVM, as the command tests use it: status and what each run printed. */
final class Console {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs {@code tandem args...}; what it prints replaces what the last run printed. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = TandemCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    /** What the last run printed on standard output. */
    String out() {
        return out.toString();
    }

    /** What the last run printed on standard error. */
    String err() {
        return err.toString();
    }
}
