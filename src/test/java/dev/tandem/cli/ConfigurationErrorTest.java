package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A configuration error in any command that reads configuration is one {@code tandem: ...} line on
 * standard error and exit status 2, as each command's help says, never a stack trace.
 */
class ConfigurationErrorTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    /** Every command that takes {@code --config} and {@code -D}, with arguments that would otherwise be valid. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"status"}),
                Arguments.of((Object) new String[] {"review", "some-id", "--state", "approved", "--reviewer", "Ana"}),
                Arguments.of((Object) new String[] {"snapshot", "--url", "https://example.org/a", "pom.xml"}),
                Arguments.of((Object) new String[] {"process", "samples/inbox"}),
                Arguments.of((Object) new String[] {"run"}),
                Arguments.of((Object) new String[] {"extract", "--url", "https://example.org/a", "pom.xml"}),
                Arguments.of((Object) new String[] {"eval-language"}));
    }

    private int run(String[] command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(more));
        return console.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void refusesAnUnknownKeyOnTheCommandLineWithOneLine(String[] command) {
        int status = run(command, "-Dfoo=bar", "-Dtandem.out.dir=" + dir);

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).startsWith("tandem: unknown configuration key 'foo' in option -D")
                .hasLineCount(1);
        assertThat(console.out()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void refusesAnUnknownKeyInTheConfigFileNamingTheFile(String[] command) throws IOException {
        Path file = Files.writeString(dir.resolve("tandem.properties"), "tandem.fetch.polcy=offline\n");

        int status = run(command, "--config", file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: unknown configuration key 'tandem.fetch.polcy'"
                + " in configuration file " + file + " (README's Configuration table lists the keys)" + System.lineSeparator());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void saysAMissingConfigFileDoesNotExist(String[] command) {
        Path missing = dir.resolve("absent.properties");

        int status = run(command, "--config", missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: configuration file " + missing + " does not exist"
                + System.lineSeparator());
    }

    @Test
    void namesTheOptionThatSetABadValue() {
        int status = console.run("status", "-Dtandem.fetch.timeout-ms=abc");

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: tandem.fetch.timeout-ms must be a positive whole number, got 'abc'"
                + " (set by option -D)" + System.lineSeparator());
    }

    @Test
    void refusesALanguageTheDetectorDoesNotKnowBeforeProcessing() {
        int status = console.run("process", "-Dtandem.language.set=vi,xx", "-Dtandem.out.dir=" + dir, "samples/inbox");

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: tandem.language.set names 'xx', which is not the ISO 639-1 code"
                + " of a language tandem knows (set by option -D)" + System.lineSeparator());
        assertThat(dir.resolve("records")).doesNotExist();
    }

    /** The environment cannot be changed inside this JVM, so this one runs tandem in a child JVM. */
    @Test
    void namesTheEnvironmentVariableThatSetABadValueWithoutAStackTrace() throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.tandem.cli.TandemCommand", "status",
                "-Dtandem.out.dir=" + dir)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        child.environment().put("TANDEM_FETCH_TIMEOUT_MS", "abc");
        child.environment().remove("TANDEM_CONFIG");
        Process process = child.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEqualTo(
                "tandem: tandem.fetch.timeout-ms must be a positive whole number, got 'abc'"
                        + " (set by environment variable TANDEM_FETCH_TIMEOUT_MS)" + System.lineSeparator());
    }
}
