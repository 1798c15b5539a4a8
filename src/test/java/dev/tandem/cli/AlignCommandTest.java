package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The align command's interface, which benchmarks drive: one bead per line, every sentence once. */
class AlignCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Console console = new Console();

    @Test
    void printsOneBeadPerLineWithEverySentenceOnce() throws IOException {
        Path source = Files.writeString(dir.resolve("src.txt"), """
                Chiều 18/7, Bộ trưởng đã tiếp Đại sứ Pháp tại Hà Nội.
                Hai bên nhất trí thúc đẩy hợp tác kinh tế và giáo dục.

                Kim ngạch thương mại năm 2023 đạt 7,5 tỷ USD.
                """, StandardCharsets.UTF_8);
        Path target = Files.writeString(dir.resolve("tgt.txt"), """
                Le 18 juillet, le ministre a reçu l'ambassadeur de France à Hanoï.

                Les deux parties ont convenu de promouvoir la coopération économique et éducative.
                Les échanges ont atteint 7,5 milliards de dollars en 2023.
                """, StandardCharsets.UTF_8);

        int status = console.run("align", "--source-lang", "vi", "--target-lang", "fr", source.toString(), target.toString());

        assertThat(status).isZero();
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (String line : console.out().strip().split("\n")) {
            JsonNode bead = JSON.readTree(line);
            assertThat(bead.fieldNames()).toIterable().containsExactly("source", "target", "score");
            bead.path("source").forEach(i -> sources.add(i.asInt()));
            bead.path("target").forEach(j -> targets.add(j.asInt()));
            assertThat(bead.path("score").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(sources).containsExactly(0, 1, 2);
        assertThat(targets).containsExactly(0, 1, 2);
        assertThat(console.out().strip().split("\n")).hasSize(3);
    }

    @Test
    void reportsAMissingFile() {
        int status = console.run("align", "--source-lang", "vi", "--target-lang", "fr", "missing.txt", "missing.txt");

        assertThat(status).isEqualTo(1);
        assertThat(console.err()).contains("no such file");
    }

    @Test
    void requiresBothLanguages() {
        assertThat(console.run("align", "--source-lang", "vi", "a.txt", "b.txt")).isEqualTo(2);
    }

    @Test
    void refusesATargetLanguageItDoesNotKnow() throws IOException {
        Path source = Files.writeString(dir.resolve("src.txt"), "Xin chào.\n", StandardCharsets.UTF_8);
        Path target = Files.writeString(dir.resolve("tgt.txt"), "Bonjour.\n", StandardCharsets.UTF_8);

        int status = console.run("align", "--source-lang", "vi", "--target-lang", "xx", source.toString(),
                target.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).contains("--target-lang 'xx' is not the ISO 639-1 code of a language tandem knows");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void refusesASourceLanguageItDoesNotKnow() throws IOException {
        Path source = Files.writeString(dir.resolve("src.txt"), "Xin chào.\n", StandardCharsets.UTF_8);
        Path target = Files.writeString(dir.resolve("tgt.txt"), "Bonjour.\n", StandardCharsets.UTF_8);

        int status = console.run("align", "--source-lang", "vietnamese", "--target-lang", "fr", source.toString(),
                target.toString());

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).contains("--source-lang 'vietnamese' is not the ISO 639-1 code");
    }
}
