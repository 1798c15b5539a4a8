package dev.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated pairs go through the real pipeline as desks' pairs do: the page's
 * article is found without its menus and related links, both languages are told, every sentence
 * is paired. Uses NTREX-128 from ../shared/data/parallel (third-party, read in place); skips
 * without it.
 */
class BenchPairsTest {
    private static final Path DATA = Path.of("../shared/data/parallel");

    @TempDir
    Path dir;

    @Test
    void generatedPairsArePairedWholeByThePipeline() throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("ntrex128")), "NTREX-128 is absent");
        BenchPairs pairs = BenchPairs.load(DATA);
        String base = "http://127.0.0.1:8080";
        try (Pipeline pipeline = Pipeline.create(TestSetup.config(dir, Map.of()), TestSetup.languages(),
                Clock.systemUTC())) {
            for (int i = 0; i < 16; i++) {
                BenchPairs.Pair pair = pairs.pair(i, base);
                String url = base + pair.pagePath();
                String translation = new String(pair.translation(), StandardCharsets.UTF_8);
                assertThat(translation).contains(url);

                Pipeline.Paired paired = pipeline.pair(pipeline.read(pair.translationName(), pair.translation()),
                        PipelineBenchmark.fetched(pair, base, "2026-11-28T00:00:00Z"), Pipeline.History.none());

                String[] languages = pair.translationName().replace(".txt", "").split("-");
                assertThat(paired.sourceLanguage()).as(pair.translationName()).isEqualTo(languages[1]);
                assertThat(paired.translationLanguage()).as(pair.translationName()).isEqualTo(languages[2]);
                assertThat(paired.unpaired()).as(pair.translationName()).isZero();
                assertThat(paired.record().source().paragraphs()).noneMatch(p -> p.text().contains("Giấy phép"));
            }
        }
        assertThat(pairs.pair(3, base).pagePath()).isNotEqualTo(pairs.pair(3 + 8 * 62, base).pagePath());
    }
}
