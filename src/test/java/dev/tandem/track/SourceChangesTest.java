package dev.tandem.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceChangesTest {
    @TempDir
    Path dir;

    private Path record() throws IOException {
        return Files.writeString(dir.resolve("r.json"), """
                {"source": {"paragraphs": [{"id": "s1", "text": "Ngày 18/7, ông Kim tiếp phái đoàn."},
                                           {"id": "s2", "text": "Hai bên nhấn mạnh hợp tác."}],
                            "captions": [{"id": "sc1", "text": "Ông Kim (phải). (Nguồn: KCNA)"}]}}
                """);
    }

    @Test
    void theSameTextRewrappedIsNoChange() throws IOException {
        SourceChanges.Changes changes = SourceChanges.between(record(), List.of("Ngày 18/7, ông Kim\n tiếp phái đoàn.",
                "Hai bên  nhấn mạnh hợp tác.", "Ông Kim (phải). (Nguồn: KCNA)"));

        assertThat(changes.any()).isFalse();
    }

    @Test
    void namesTheUnitsWhoseTextIsGoneAndCountsNewOnes() throws IOException {
        SourceChanges.Changes changes = SourceChanges.between(record(), List.of("Ngày 19/7, ông Kim tiếp phái đoàn.",
                "Hai bên nhấn mạnh hợp tác.", "Một đoạn mới."));

        assertThat(changes.changed()).containsExactly("s1", "sc1");
        assertThat(changes.added()).isEqualTo(2);
        assertThat(changes.summary()).isEqualTo("[\"s1\",\"sc1\"] +2 new");
    }
}
