package dev.tandem.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.config.TandemConfig;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.Samples;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code samples/record-example.json}, the example README shows, identical to what the
 * pipeline writes for the seed. After a deliberate change of the record, regenerate it with
 * {@code mvn test -Dtest=RecordExampleTest -Dtandem.regenerateExample=true}.
 */
class RecordExampleTest {
    static final Path EXAMPLE = Samples.ROOT.resolve("record-example.json");

    @TempDir
    Path dir;

    @Test
    void exampleRecordMatchesWhatThePipelineWrites() throws IOException {
        TandemConfig config = TandemConfig.defaults().with(Map.of(
                "tandem.out.dir", dir.resolve("out").toString(),
                "tandem.snapshot.dir", dir.resolve("snapshots").toString(),
                "tandem.fetch.policy", "offline"));
        Clock clock = Clock.fixed(Instant.parse("2024-07-19T03:05:00Z"), ZoneOffset.UTC);
        Path written = Pipeline.create(config, TestSetup.languages(), clock).process(Samples.SEED).record();

        if (Boolean.getBoolean("tandem.regenerateExample")) {
            Files.copy(written, EXAMPLE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(written).as("samples/record-example.json is out of date; regenerate it as this class says")
                .hasSameTextualContentAs(EXAMPLE);
    }
}
