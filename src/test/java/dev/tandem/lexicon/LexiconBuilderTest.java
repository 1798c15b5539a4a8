package dev.tandem.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconBuilderTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "lexicon-sources");

    @TempDir
    Path out;

    @Test
    void learnsWordTranslationsFromSentencesAndEntries() throws Exception {
        new LexiconBuilder(new LexiconSources(FIXTURE)).build("vi", out);

        Lexicon viEn = WordTables.in(out).forPair("vi", "en").orElseThrow();
        assertThat(viEn.renders("chó", "The dog sleeps.")).isTrue();
        assertThat(viEn.renders("mèo", "dog")).isFalse();
        assertThat(viEn.renders("cá", "fish")).isTrue();
    }

    @Test
    void writesTheSameBytesTwice() throws Exception {
        LexiconBuilder builder = new LexiconBuilder(new LexiconSources(FIXTURE));
        Path first = builder.build("fr", out.resolve("a")).file();
        Path second = builder.build("fr", out.resolve("b")).file();

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void skipsDictionaryWordsInAnotherScript() throws Exception {
        List<String[]> pairs = new LexiconSources(FIXTURE).pairs("vi");

        assertThat(pairs).noneMatch(p -> p[0].equals("狗"));
        assertThat(pairs).anyMatch(p -> p[0].equals("con mèo") && p[1].equals("cat"));
    }

    @Test
    void refusesAMissingSourcesFolder() {
        assertThatThrownBy(() -> new LexiconSources(out.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lexicon sources folder");
    }

    @Test
    void refusesALanguageWithoutSources() {
        assertThatThrownBy(() -> new LexiconBuilder(new LexiconSources(FIXTURE)).build("de", out))
                .hasMessageContaining("no pairs for language 'de'");
    }
}
