package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.testing.Samples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command's interface, which benchmarks drive: fields, order of lines, errors, exit status. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Console console = new Console();

    private Path seedPage() throws IOException {
        return Files.write(dir.resolve("page.html"), Samples.seedSourcePage());
    }

    @Test
    void printsOneArticleObject() throws IOException {
        int status = console.run("extract", "--url", Samples.SEED_SOURCE_URL, seedPage().toString());

        assertThat(status).isZero();
        JsonNode article = JSON.readTree(console.out());
        assertThat(article.path("title").asText()).isEqualTo("Phái đoàn quân sự Nga thăm Triều Tiên");
        assertThat(article.path("lead").asText()).startsWith("Ngày 18/7");
        assertThat(article.path("paragraphs")).hasSize(6);
        assertThat(article.path("captions").get(0).asText()).endsWith("(Nguồn: KCNA)");
        assertThat(article.path("author").asText()).isEqualTo("Ngọc Anh");
        assertThat(article.path("publishedAt").asText()).isEqualTo("2024-07-19T08:15:00+07:00");
        assertThat(article.path("language").asText()).isEqualTo("vi");
        assertThat(article.has("error")).isFalse();
        List<String> fields = List.of("file", "url", "title", "lead", "paragraphs", "captions", "author", "publishedAt");
        assertThat(article.fieldNames()).toIterable().startsWith(fields.toArray(String[]::new));
    }

    @Test
    void batchKeepsOrderReadsGzipAndReportsFailuresPerLine() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Samples.seedSourcePage());
        }
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");
        Path list = Files.writeString(dir.resolve("list.tsv"), String.join("\n",
                Samples.SEED_SOURCE_URL + "\t" + gz,
                "https://example.org/empty\t" + empty,
                "no tab on this line",
                Samples.SEED_SOURCE_URL + "\t" + seedPage()) + "\n");

        int status = console.run("extract", "--batch", list.toString());

        assertThat(status).isEqualTo(1);
        List<String> lines = console.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).path("file").asText()).isEqualTo(gz.toString());
        assertThat(JSON.readTree(lines.get(0)).path("paragraphs")).hasSize(6);
        assertThat(JSON.readTree(lines.get(1)).path("error").asText()).contains("no article text");
        assertThat(JSON.readTree(lines.get(2)).path("error").asText()).contains("URL<TAB>PATH");
        assertThat(JSON.readTree(lines.get(3)).has("error")).isFalse();
    }

    @Test
    void saysNoSuchFileForAMissingPageAndExitsTwo() {
        Path missing = dir.resolve("missing.html");

        int status = console.run("extract", "--url", Samples.SEED_SOURCE_URL, missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: no such file: " + missing + System.lineSeparator());
        assertThat(console.out()).isEmpty();
    }

    @Test
    void batchSaysNoSuchFileForAMissingPageOnItsLine() throws IOException {
        Path missing = dir.resolve("missing.html");
        Path list = Files.writeString(dir.resolve("list.tsv"), Samples.SEED_SOURCE_URL + "\t" + missing + "\n");

        int status = console.run("extract", "--batch", list.toString());

        assertThat(status).isEqualTo(1);
        assertThat(JSON.readTree(console.out()).path("error").asText()).isEqualTo("no such file: " + missing);
    }

    @Test
    void saysNoSuchFileForAMissingListAndExitsTwo() {
        Path missing = dir.resolve("missing.tsv");

        int status = console.run("extract", "--batch", missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).isEqualTo("tandem: no such file: " + missing + System.lineSeparator());
    }
}
