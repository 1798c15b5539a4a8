package dev.tandem.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.fetch.FetchPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TandemConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreUsable() {
        TandemConfig config = TandemConfig.defaults();
        assertThat(config.fetchPolicy()).isEqualTo(FetchPolicy.NETWORK_FIRST);
        assertThat(config.outDir()).isEqualTo(Path.of("out"));
        assertThat(config.languageSet()).contains("vi", "fr", "en");
        assertThat(config.snapshotReadDirs()).containsExactly(Path.of("samples/snapshots"));
        assertThat(config.sourceLanguages()).isEmpty();
    }

    @Test
    void readsTheGlossaryFileOnlyWhenSet() {
        assertThat(TandemConfig.defaults().lexiconGlossary()).isNull();
        assertThat(TandemConfig.defaults().with(Map.of("tandem.lexicon.glossary", "terms.tsv")).lexiconGlossary())
                .isEqualTo(Path.of("terms.tsv"));
    }

    @Test
    void layersOverrideInOrderFileThenEnvironmentThenOptions() throws IOException {
        Path file = Files.writeString(dir.resolve("t.properties"),
                "tandem.out.dir=from-file\ntandem.inbox.dir=from-file\ntandem.batch.dir=from-file\n");
        TandemConfig config = TandemConfig.load(file,
                Map.of("TANDEM_INBOX_DIR", "from-env", "TANDEM_BATCH_DIR", "from-env"),
                Map.of("tandem.batch.dir", "from-option"));
        assertThat(config.outDir()).isEqualTo(Path.of("from-file"));
        assertThat(config.inboxDir()).isEqualTo(Path.of("from-env"));
        assertThat(config.batchDir()).isEqualTo(Path.of("from-option"));
    }

    @Test
    void environmentNameOfKey() {
        assertThat(TandemConfig.envName("tandem.fetch.timeout-ms")).isEqualTo("TANDEM_FETCH_TIMEOUT_MS");
    }

    @Test
    void rejectsUnknownKeySoTyposAreNotIgnored() {
        assertThatThrownBy(() -> TandemConfig.load(null, Map.of(), Map.of("tandem.fetch.polcy", "offline")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tandem.fetch.polcy");
    }

    @Test
    void rejectsBadValuesWithTheKeyNamed() {
        assertThatThrownBy(() -> TandemConfig.defaults().with(Map.of("tandem.fetch.policy", "sometimes")))
                .hasMessageContaining("tandem.fetch.policy");
        assertThatThrownBy(() -> TandemConfig.defaults().with(Map.of("tandem.fetch.timeout-ms", "-3")))
                .hasMessageContaining("tandem.fetch.timeout-ms");
        assertThatThrownBy(() -> TandemConfig.defaults().with(Map.of("tandem.language.set", "vi")))
                .hasMessageContaining("tandem.language.set");
    }
}
