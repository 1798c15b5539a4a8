package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLimitsTest {

    private static Article articleOf(int paragraphs, int charactersEach) {
        List<Paragraph> list = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            list.add(Paragraph.body("x".repeat(charactersEach)));
        }
        return Article.of(null, null, list);
    }

    @Test
    void acceptsAnArticleAtBothLimits() {
        Article atLimits = articleOf(ArticleLimits.MAX_PARAGRAPHS,
                ArticleLimits.MAX_CHARACTERS / ArticleLimits.MAX_PARAGRAPHS);
        assertThatCode(() -> ArticleLimits.check(atLimits, Stage.INGEST, "the translation")).doesNotThrowAnyException();
    }

    @Test
    void refusesOneCharacterOverTheLimitAtTheGivenStage() {
        Article over = Article.of("T", null, List.of(Paragraph.body("x".repeat(ArticleLimits.MAX_CHARACTERS))));
        assertThatThrownBy(() -> ArticleLimits.check(over, Stage.EXTRACT, "the source page"))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Stage.EXTRACT);
                    assertThat(e.getMessage()).startsWith("the source page has 1,000,001 characters of text")
                            .contains("more than the 1,000,000 an article can have");
                    assertThat(e.details()).containsEntry("characters", 1_000_001L)
                            .containsEntry("maxCharacters", ArticleLimits.MAX_CHARACTERS);
                });
    }

    @Test
    void refusesTooManyShortParagraphs() {
        Article many = articleOf(ArticleLimits.MAX_PARAGRAPHS + 1, 3);
        assertThatThrownBy(() -> ArticleLimits.check(many, Stage.INGEST, "the translation"))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Stage.INGEST);
                    assertThat(e.getMessage()).startsWith("the translation has 10,001 paragraphs");
                });
    }

    @Test
    void textCheckCountsOnlyCharactersThatAreNotWhiteSpace() {
        String spacedOut = "x \n".repeat(ArticleLimits.MAX_CHARACTERS);
        assertThatCode(() -> ArticleLimits.checkText(spacedOut, Stage.INGEST, "the translation"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ArticleLimits.checkText(spacedOut + "y", Stage.INGEST, "the translation"))
                .isInstanceOfSatisfying(StageException.class, e -> assertThat(e.getMessage())
                        .startsWith("the translation has 1,000,001 characters that are not white space"));
    }
}
