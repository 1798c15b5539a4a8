package dev.tandem.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetCheckTest {
    private static final String TEXT = "Anbieter von Fernwärme haben innerhalb ihres\nLeitungsnetzes ein Monopol.\n"
            + "Auch hier gilt der Grundsatz, dass Preise billig sein müssen.";

    @Test
    void findsSnippetsAcrossLineBreaks() {
        SnippetCheck check = SnippetCheck.of(TEXT, List.of("innerhalb ihres  Leitungsnetzes ein Monopol"), List.of());

        assertThat(check.score()).isEqualTo(new SnippetScore(1, 0, 0, 0));
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void countsMissingAndLeakedSnippets() {
        SnippetCheck check = SnippetCheck.of(TEXT + "\nImpressum",
                List.of("Auch hier gilt der Grundsatz,", "(Billigkeitskontrolle nach § 315 BGB)"),
                List.of("Impressum", "Twitter"));

        assertThat(check.score()).isEqualTo(new SnippetScore(1, 1, 1, 1));
        assertThat(check.missing()).containsExactly("(Billigkeitskontrolle nach § 315 BGB)");
        assertThat(check.leaked()).containsExactly("Impressum");
    }

    @Test
    void matchesCaseSensitively() {
        assertThat(SnippetCheck.of(TEXT, List.of("auch hier gilt"), List.of()).score().truePositives()).isZero();
    }

    @Test
    void treatsNoBreakSpaceAsWhitespace() {
        assertThat(SnippetCheck.of("14.372,4\u00a0millones", List.of("14.372,4 millones"), List.of())
                .score().truePositives()).isEqualTo(1);
    }

    @Test
    void poolsCountsBeforeDividing() {
        SnippetScore pooled = new SnippetScore(3, 1, 0, 2).plus(new SnippetScore(0, 2, 2, 0));

        assertThat(pooled).isEqualTo(new SnippetScore(3, 3, 2, 2));
        assertThat(pooled.precision()).isEqualTo(0.6);
        assertThat(pooled.recall()).isEqualTo(0.5);
        assertThat(pooled.f1()).isCloseTo(6.0 / 11, within(1e-9));
    }

    @Test
    void emptyTextFindsNothing() {
        SnippetScore score = SnippetCheck.of(null, List.of("a"), List.of("b")).score();

        assertThat(score).isEqualTo(new SnippetScore(0, 1, 0, 1));
        assertThat(score.recall()).isZero();
    }
}
