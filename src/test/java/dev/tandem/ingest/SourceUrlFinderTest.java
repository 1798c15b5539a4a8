package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceUrlFinderTest {
    private final SourceUrlFinder finder = new SourceUrlFinder();

    @ParameterizedTest
    @ValueSource(strings = {
        "Source : https://baoquocte.vn/a-1.html",
        "Source: https://baoquocte.vn/a-1.html",
        "Nguồn: https://baoquocte.vn/a-1.html",
        "Quelle: https://baoquocte.vn/a-1.html",
        "Fuente: https://baoquocte.vn/a-1.html.",
        "Fonte : https://baoquocte.vn/a-1.html",
        "Источник: https://baoquocte.vn/a-1.html",
        "来源：https://baoquocte.vn/a-1.html",
        "出典: https://baoquocte.vn/a-1.html",
        "출처: https://baoquocte.vn/a-1.html",
        "  SOURCE : Báo Quốc tế, https://baoquocte.vn/a-1.html",
        "(Source: https://baoquocte.vn/a-1.html)"})
    void findsLabelledLinkInManyLanguages(String line) {
        assertThat(finder.find(List.of("Un paragraphe.", line)))
                .hasValueSatisfying(f -> {
                    assertThat(f.url()).hasToString("https://baoquocte.vn/a-1.html");
                    assertThat(f.line()).isEqualTo(1);
                });
    }

    @Test
    void readsANumericHostAsBrowsersDoInsteadOfCallingItMalformed() {
        assertThat(finder.find(List.of("Source : http://127.1:8080/a.html")).orElseThrow().url())
                .hasToString("http://127.0.0.1:8080/a.html");
        assertThat(finder.find(List.of("Source : http://0177.0.0.1/a.html")).orElseThrow().url())
                .hasToString("http://127.0.0.1/a.html");
        assertThatThrownBy(() -> finder.find(List.of("Source : http://1.2.3.4.5/a.html")))
                .isInstanceOf(StageException.class).hasMessageContaining("malformed");
    }

    @Test
    void attributionWithoutUrlIsNotASourceLink() {
        assertThat(finder.find(List.of("Le président reçoit le vice-ministre. (Source : KCNA) |", "Source : KCNA")))
                .isEmpty();
    }

    @Test
    void urlInsideAParagraphIsNotASourceLink() {
        assertThat(finder.find(List.of("Voir https://example.org/x pour le détail."))).isEmpty();
    }

    @Test
    void lastLabelledLineWins() {
        assertThat(finder.find(List.of("Source: https://a.example.org/1", "texte", "Source: https://b.example.org/2")))
                .hasValueSatisfying(f -> assertThat(f.url().getHost()).isEqualTo("b.example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source : https//baoquocte.vn/a.html", "Source : htp://baoquocte.vn/a.html",
        "Source : https://baoquocte", "Source : https://bao quocte.vn/a.html", "Source: http://"})
    void reportsMalformedLink(String line) {
        assertThatThrownBy(() -> finder.find(List.of("texte", line)))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("malformed")
                .satisfies(e -> assertThat(((StageException) e).stage()).isEqualTo(Stage.INGEST));
    }

    @Test
    void acceptsSchemeLessWwwLink() {
        assertThat(finder.find(List.of("Source: www.vietnamplus.vn/x-post1.vnp")))
                .hasValueSatisfying(f -> assertThat(f.url()).hasToString("https://www.vietnamplus.vn/x-post1.vnp"));
    }
}
