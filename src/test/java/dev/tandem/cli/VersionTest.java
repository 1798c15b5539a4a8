package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.config.TandemConfig;
import dev.tandem.fetch.FetchSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --version} and the User-Agent name one version, the one pom.xml states. */
class VersionTest {
    private static String pomVersion;

    private final Console console = new Console();

    /** The project's own version: the first {@code <version>} after its artifactId. */
    @BeforeAll
    static void readPom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>tandem</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("pom.xml states tandem's version").isTrue();
        pomVersion = m.group(1);
    }

    @Test
    void versionOptionSaysThePomsVersion() {
        int status = console.run("--version");

        assertThat(status).isZero();
        assertThat(console.out().strip()).isEqualTo("tandem " + pomVersion);
    }

    @Test
    void eachCommandsVersionOptionSaysTheSame() {
        for (String command : new String[] {"run", "process", "status", "align"}) {
            console.run(command, "--version");

            assertThat(console.out().strip()).as(command).isEqualTo("tandem " + pomVersion);
        }
    }

    @Test
    void userAgentNamesThePomsVersion() {
        String expected = "tandem/" + pomVersion + " (translation tracker";

        assertThat(TandemConfig.defaults().userAgent()).startsWith(expected);
        assertThat(TandemConfig.defaults().with(java.util.Map.of("tandem.fetch.contact-url", "https://example.org/who"))
                .fetchSettings().userAgent()).isEqualTo(expected + "; +https://example.org/who)");
        assertThat(FetchSettings.defaults().userAgent()).isEqualTo(expected + ")");
    }
}
