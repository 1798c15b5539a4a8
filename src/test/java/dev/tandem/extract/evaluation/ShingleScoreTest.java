package dev.tandem.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void identicalTextsScorePerfect() {
        String text = "Chiều 18/7, tại Hà Nội, Bộ trưởng";
        ShingleScore score = ShingleScore.compare(text, text);

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void ignoresPunctuationAndWhitespaceButKeepsCase() {
        assertThat(ShingleScore.compare("one two three four", "one, two;\n three... four!").f1()).isEqualTo(1.0);
        assertThat(ShingleScore.compare("one two three four", "One two three four").f1()).isEqualTo(0.0);
    }

    @Test
    void countsBoilerplateAgainstPrecision() {
        // truth: a b c d e -> 2 shingles; prediction adds "x y" -> 4 shingles, the 2 true ones among them
        ShingleScore score = ShingleScore.compare("a b c d e", "a b c d e x y");

        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void countsRepeatedShinglesOnlyAsOftenAsTrue() {
        // the predicted text repeats the whole article: every shingle counted twice, plus a seam shingle
        ShingleScore score = ShingleScore.compare("a b c d", "a b c d a b c d");

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0 / 5);
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(ShingleScore.shingles(WordTokenizer.tokens("two words"))).containsExactly("two words");
        assertThat(ShingleScore.compare("two words", "two words").f1()).isEqualTo(1.0);
        assertThat(ShingleScore.compare("two words", "two other").f1()).isEqualTo(0.0);
    }

    @Test
    void emptyTextsFollowTheBenchmarkConvention() {
        assertThat(ShingleScore.compare("", "")).isEqualTo(new ShingleScore(1, 1));
        assertThat(ShingleScore.compare("a b c d", "")).isEqualTo(new ShingleScore(1, 0));
        assertThat(ShingleScore.compare("", "a b c d")).isEqualTo(new ShingleScore(0, 1));
        assertThat(ShingleScore.compare("a b c d", null)).isEqualTo(new ShingleScore(1, 0));
    }

    @Test
    void meanAveragesPagesThenTakesF1OfTheMeans() {
        ShingleScore mean = ShingleScore.mean(List.of(new ShingleScore(1, 0), new ShingleScore(0.5, 1)));

        assertThat(mean.precision()).isEqualTo(0.75);
        assertThat(mean.recall()).isEqualTo(0.5);
        assertThat(mean.f1()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void tokenizesNonLatinScripts() {
        assertThat(WordTokenizer.tokens("Đại sứ Pháp, Москва; 東京"))
                .containsExactly("Đại", "sứ", "Pháp", "Москва", "東京");
    }
}
