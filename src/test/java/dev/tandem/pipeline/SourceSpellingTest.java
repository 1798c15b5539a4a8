package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One original written in different ways is one original: one record id, one set of snapshots. */
class SourceSpellingTest {
    @TempDir
    Path dir;

    @Test
    void aTrackedSpellingOfTheOriginalKeepsTheRecordIdAndFindsTheSnapshot() throws IOException {
        String plain;
        Pipeline.Result first;
        try (LocalHttpServer server = SourcePages.serveAll(new LocalHttpServer())) {
            plain = server.url(SourcePages.SEED_PATH);
            first = pipeline("network-first").process(seed(plain));
        }
        Pipeline.Result again = pipeline("offline").process(seed(plain + "?utm_source=zalo&fbclid=x#binh-luan"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.fetchOrigin()).isEqualTo("snapshot");
        JsonNode record = new ObjectMapper().readTree(again.record().toFile());
        assertThat(record.at("/source/url").asText()).isEqualTo(plain + "?utm_source=zalo&fbclid=x");
        assertThat(record.at("/source/fetch/requestedUrl").asText()).isEqualTo(plain);
    }

    private Pipeline pipeline(String policy) {
        return Pipeline.create(TestSetup.config(dir, Map.of("tandem.fetch.policy", policy)), TestSetup.languages(),
                Clock.systemUTC());
    }

    /** The seed pointing at {@code url}, written over the same file each time, so the translation stays one. */
    private Path seed(String url) throws IOException {
        return Files.writeString(dir.resolve("seed.txt"), Samples.seedPointingAt(url));
    }
}
