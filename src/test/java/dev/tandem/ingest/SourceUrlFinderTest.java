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
        "(Source: https://baoquocte.vn/a-1.html)",
        "Source : <https://baoquocte.vn/a-1.html>",
        "Source : [Báo Quốc tế](https://baoquocte.vn/a-1.html)",
        "Source : [https://baoquocte.vn/a-1.html](https://baoquocte.vn/a-1.html)",
        "Source : [Báo Quốc tế](<https://baoquocte.vn/a-1.html>)",
        "Source : [Báo Quốc tế](https://baoquocte.vn/a-1.html \"Báo Quốc tế\")",
        "Source : \"https://baoquocte.vn/a-1.html\"",
        "Source : 'https://baoquocte.vn/a-1.html'",
        "Source : “https://baoquocte.vn/a-1.html”.",
        "Source : «https://baoquocte.vn/a-1.html»",
        "Source : Báo Quốc tế (https://baoquocte.vn/a-1.html)",
        "Source : Báo Quốc tế [https://baoquocte.vn/a-1.html]",
        "Source : https://baoquocte.vn/a-1.html#comments",
        "Source : https://baoquocte.vn/a-1.html; consulté le 19 juillet",
        "Source : https://baoquocte.vn/a-1.html - Báo Quốc tế",
        "Source : https://baoquocte.vn/a-1.html Báo Quốc tế",
        "Source : https://baoquocte.vn/a-1.html (Báo Quốc tế, 18/07/2024)",
        "来源：https://baoquocte.vn/a-1.html。",
        "Source : <https://baoquocte.vn/a-1.html> (Báo Quốc tế)"})
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

    @Test
    void keepsABracketThatBelongsToTheUrl() {
        assertThat(finder.find(List.of("Source: https://en.wikipedia.org/wiki/Mercury_(planet).")))
                .hasValueSatisfying(f -> assertThat(f.url()).hasToString("https://en.wikipedia.org/wiki/Mercury_(planet)"));
        assertThat(finder.find(List.of("Source: [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet))")))
                .hasValueSatisfying(f -> assertThat(f.url()).hasToString("https://en.wikipedia.org/wiki/Mercury_(planet)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source : <https://example.com/my article.html>",
        "Source : [the article](<https://example.com/my article.html>)",
        "Source : \"https://example.com/my article.html\""})
    void readsAWrappedUrlWithASpaceWhole(String line) {
        assertThat(finder.find(List.of("texte", line)))
                .hasValueSatisfying(f -> assertThat(f.url()).hasToString("https://example.com/my%20article.html"));
    }

    @Test
    void reportsAnUnwrappedUrlWithASpaceInsteadOfCuttingIt() {
        String line = "Source : https://example.com/my article.html";
        assertThatThrownBy(() -> finder.find(List.of("texte", line)))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("malformed")
                .hasMessageContaining("'https://example.com/my'")
                .hasMessageContaining("'article.html' after a space")
                .hasMessageContaining(line)
                .satisfies(e -> assertThat(((StageException) e).details()).containsEntry("line", line));
    }

    @Test
    void reportsALineThatNamesTwoUrls() {
        assertThatThrownBy(() -> finder.find(List.of("Source: https://a.example.org/1 - https://b.example.org/2")))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("second URL");
    }

    @Test
    void aBrokenLastSourceLineIsReportedEvenAfterAGoodOne() {
        List<String> lines = List.of("Source: https://a.example.org/1", "texte", "Source: htps://b.example.org/2");
        assertThatThrownBy(() -> finder.find(lines))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("'htps://b.example.org/2' is malformed")
                .hasMessageContaining("Source: htps://b.example.org/2")
                .hasMessageContaining("an earlier source line names https://a.example.org/1")
                .satisfies(e -> assertThat(((StageException) e).stage()).isEqualTo(Stage.INGEST));
    }

    @Test
    void aBrokenEarlierSourceLineGivesWayToAGoodLastOne() {
        assertThat(finder.find(List.of("Source: htps://a.example.org/1", "texte", "Source: https://b.example.org/2")))
                .hasValueSatisfying(f -> assertThat(f.url()).hasToString("https://b.example.org/2"));
    }

    @Test
    void anAttributionAfterTheLinkDoesNotHideIt() {
        assertThat(finder.find(List.of("Source: https://a.example.org/1", "Source : KCNA")))
                .hasValueSatisfying(f -> assertThat(f.url()).hasToString("https://a.example.org/1"));
    }

    @Test
    void parseWritesAnInternationalisedHostInAsciiAndDropsTheFragment() {
        assertThat(SourceUrlFinder.parse("https://bücher.example/a#teil-2"))
                .hasValueSatisfying(u -> assertThat(u).hasToString("https://xn--bcher-kva.example/a"));
        assertThat(SourceUrlFinder.parse("http://www.example.com/a?utm_source=y#x"))
                .hasValueSatisfying(u -> assertThat(u).hasToString("http://www.example.com/a?utm_source=y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source : https//baoquocte.vn/a.html", "Source : htp://baoquocte.vn/a.html",
        "Source : https://baoquocte", "Source : https://bao quocte.vn/a.html", "Source: http://",
        "Source : <https://bao quocte.vn/a.html>", "Source : ://baoquocte.vn/a.html",
        "Source : [Báo Quốc tế](https//baoquocte.vn/a.html)"})
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
