package dev.tandem.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.check.Checker;
import dev.tandem.fetch.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesUtf8NfcWithoutEscapes() throws IOException {
        // "Việt" with combining marks (NFD) must come out precomposed (NFC).
        String decomposed = "Vie\u0323\u0302t Nam";
        Path written = new RecordWriter(dir).write(record("abc", decomposed));
        String json = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(json).contains("\"title\" : \"Việt Nam\"").doesNotContain("\\u").doesNotContain("\u0323");
    }

    @Test
    void sameRecordGivesSameBytes() throws IOException {
        RecordWriter writer = new RecordWriter(dir);
        byte[] first = Files.readAllBytes(writer.write(record("abc", "Tiêu đề")));
        byte[] second = Files.readAllBytes(writer.write(record("abc", "Tiêu đề")));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void appendsOneManifestLinePerWriteAndLeavesNoTemporaryFile() throws IOException {
        RecordWriter writer = new RecordWriter(dir);
        writer.write(record("one", "A"));
        writer.write(record("two", "B"));
        List<String> lines = Files.readAllLines(dir.resolve("manifest.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"one\",\"record\":\"records/one.json\"");
        try (Stream<Path> files = Files.list(dir.resolve("records"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.json", "two.json");
        }
    }

    @Test
    void idIsStableAndDependsOnBothSides() {
        assertThat(RecordIds.of("https://a.vn/1", "fr.txt")).isEqualTo(RecordIds.of("https://a.vn/1", "fr.txt"))
                .hasSize(16)
                .isNotEqualTo(RecordIds.of("https://a.vn/1", "en.txt"))
                .isNotEqualTo(RecordIds.of("https://a.vn/2", "fr.txt"));
    }

    private static ReviewRecord record(String id, String title) {
        ReviewRecord.Language vi = new ReviewRecord.Language("vi", 0.5);
        ReviewRecord.Language fr = new ReviewRecord.Language("fr", 0.5);
        ReviewRecord.SourceSide source = new ReviewRecord.SourceSide("https://a.vn/1", null, null, title, null, null,
                "vi", vi, List.of(new ReviewRecord.Unit("s1", "body", "Một.", vi,
                        List.of(new ReviewRecord.Sentence("s1.1", "Một.")))), List.of(),
                new Provenance("https://a.vn/1", "https://a.vn/1", 200, "2024-07-19T03:00:00Z", "text/html", "UTF-8",
                        "00", 2, false, "network", null, null, null, null), "urn:tandem:translation:x");
        ReviewRecord.TranslationSide translation = new ReviewRecord.TranslationSide("fr.txt", null, "text", "11", null,
                null, fr, List.of(new ReviewRecord.Unit("t1", "body", "Un.", fr,
                        List.of(new ReviewRecord.Sentence("t1.1", "Un.")))), List.of(), Map.of("b", 1, "a", 2), "urn:tandem:translation:x", "https://a.vn/1");
        ReviewRecord.Alignment alignment = new ReviewRecord.Alignment("test",
                List.of(new ReviewRecord.Pair("1-1", List.of("s1"), List.of("t1"), 0.9)),
                List.of(new ReviewRecord.Pair("1-1", List.of("s1.1"), List.of("t1.1"), 0.9)), List.of(),
                Map.of("paragraphs", Map.of("1-1", 1)));
        return new ReviewRecord(id, ReviewRecord.VERSION, 1, "2024-07-19T03:00:00Z", source, translation, alignment,
                new Checker.Report("ok", new Checker.Coverage(1, 1, 1, Map.of("1-1", 1)), List.of()),
                ReviewRecord.Review.pending());
    }
}
