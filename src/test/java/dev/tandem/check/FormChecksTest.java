package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the translation's quotation marks are counted over the whole article. */
class FormChecksTest {
    @Test
    void aNestedQuotationClosedWithTheOuterOneIsBalanced() {
        assertThat(FormChecks.quotesBalanced(List.of(
                "« Je ne pouvais pas lui dire : « Papa, tu ne seras plus là », a-t-il dit."))).isTrue();
        // the published pair it came from raises no finding
        assertThat(VietFrenchPairs.codes(VietFrenchPairs.check(
                List.of("\"Tôi đã không thể nói với ông rằng 'cha không thể ngồi ở hàng ghế đầu nữa rồi',\" anh nói."),
                List.of("« Je ne pouvais pas lui dire : « Papa, tu ne seras plus là », a-t-il dit."))))
                .doesNotContain("UNBALANCED_QUOTES");
    }

    @Test
    void aQuotationLeftOpenIsStillFound() {
        // a nested quotation closed, then more quoted words with no closing mark
        assertThat(FormChecks.quotesBalanced(List.of("« Il dit : « Papa », puis « au revoir."))).isFalse();
        assertThat(FormChecks.quotesBalanced(List.of("Aujourd’hui, « on ne se fréquente plus, explique-t-il."))).isFalse();
        assertThat(VietFrenchPairs.codes(VietFrenchPairs.check(
                List.of("Ông nói \"Con người có nhiều cách để quảng giao.\""),
                List.of("Aujourd’hui, « on ne se fréquente plus de la même façon, explique-t-il."))))
                .contains("UNBALANCED_QUOTES");
    }

    @Test
    void aQuotationOpenedAgainOnItsNextParagraphIsBalanced() {
        assertThat(FormChecks.quotesBalanced(List.of(
                "Aujourd’hui, « on ne se fréquente plus de la même façon, explique-t-il.",
                "« Avant, on allait au bar comme chez son voisin, mais ce n’est plus le cas. »"))).isTrue();
    }

    @Test
    void aClosingMarkWithoutItsOpeningOneIsFound() {
        assertThat(FormChecks.quotesBalanced(List.of(
                "« Cependant, nous ne voyons aucune réponse », a-t-il regretté.",
                "En l’absence de confiance, il est exclu que nous désarmions. »"))).isFalse();
        // a sentence opening with a quotation mark when none is open opens one
        assertThat(FormChecks.quotesBalanced(List.of("« Il est parti.", "Personne ne l’a revu."))).isFalse();
    }
}
