package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.lexicon.Lexicon;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the search is charged for a bead, on sentences written for these tests and the shipped word tables. */
class BeadCostsTest {
    private static final List<String> VI = LexicalAlignmentTest.VI;
    private static final String FR_1 = LexicalAlignmentTest.FR_1;
    private static final String FR_2 = LexicalAlignmentTest.FR_2;
    private static final String FR_3 = LexicalAlignmentTest.FR_3;
    private static final String FR_4 = LexicalAlignmentTest.FR_4;
    private static final String UNRELATED = "Le football reste le sport le plus populaire du pays depuis des années.";

    private static BeadCosts costs(List<String> source, List<String> target) {
        Lexicon lexicon = Lexicon.forPair("vi", "fr").orElseThrow();
        int[] from = new int[source.size() + 1];
        int[] to = new int[source.size() + 1];
        Arrays.fill(to, target.size());
        return new BeadCosts(source, target, "vi", "fr", LexicalCoverage.of(lexicon, source, target, from, to));
    }

    @Test
    void chargesAnAdditionThatTheOriginalBesideItTranslates() {
        BeadCosts costs = costs(VI, List.of(FR_1, FR_2, UNRELATED, FR_3, FR_4));

        // FR_2 as an addition beside VI[1], its original, against a sentence from elsewhere.
        double translated = costs.of(2, 2, 1, 2);
        double unrelated = costs.of(2, 2, 2, 3);

        assertThat(translated).isGreaterThan(unrelated + 1);
        assertThat(unrelated).isLessThan(1);
    }

    @Test
    void chargesAMergeWhoseSecondSentenceTheNextTranslationRenders() {
        BeadCosts withItsOwn = costs(VI, List.of(FR_1, FR_2, FR_3, FR_4));
        BeadCosts withoutIt = costs(VI, List.of(FR_1, FR_2, UNRELATED, FR_4));

        // VI[1] and VI[2] merged against FR_2: the next sentence, FR_3, is VI[2]'s own translation.
        double stray = withItsOwn.of(1, 3, 1, 2) - withoutIt.of(1, 3, 1, 2);

        assertThat(stray).isGreaterThan(1);
    }

    @Test
    void chargesAMergedSentencesNumbersAsMuchAsAPairs() {
        String withNumbers = "Ngày 12 tháng 3, mưa lớn đã làm hỏng 450 cánh đồng lúa và 37 ngôi nhà.";
        String withoutNumbers = "Ngày mư tháng b, mưa lớn đã làm hỏng bốn cánh đồng lúa và hai ngôi nhà.";
        BeadCosts numbers = new BeadCosts(List.of(VI.get(0), withNumbers), List.of(FR_1), "vi", "fr", null);
        BeadCosts none = new BeadCosts(List.of(VI.get(0), withoutNumbers), List.of(FR_1), "vi", "fr", null);

        // Three facts the translation lacks cost 7.5: more than a 1-1 bead's cap of 4.
        assertThat(numbers.of(0, 2, 0, 1) - none.of(0, 2, 0, 1)).isGreaterThan(7);
    }

    @Test
    void pricesACopiedSentenceLikeAFullyTranslatedOne() {
        List<String> zh = List.of("村里的人们非常担心天气。", "大雨毁坏了农民的许多稻田。");
        BeadCosts copied = new BeadCosts(zh, List.of(FR_1, zh.get(1)), "zh", "fr", null);

        assertThat(copied.of(1, 2, 1, 2)).isLessThanOrEqualTo(BeadCosts.LEXICAL_WEIGHT * (BeadCosts.LEXICAL_NEUTRAL - 1));
        assertThat(copied.of(0, 1, 1, 2)).isGreaterThan(0);
    }

    @Test
    void creditsATwoTwoBeadWithNoMoreSharedFactsThanItsTwoPairsWouldHave() {
        List<String> vi = List.of("Năm nay có 110, 220, 330, 440, 550 và 660 người.", "Năm sau có 771, 882, 993, 104, 205 và 306 người.");
        List<String> fr = List.of("Cette année, 110, 220, 330, 440, 550 et 660 personnes.", "L'an prochain, 771, 882, 993, 104, 205 et 306 personnes.");
        List<String> viBare = List.of("Năm nay có abc, abc, abc, abc, abc và abc người.", "Năm sau có abc, abc, abc, abc, abc và abc người.");
        List<String> frBare = List.of("Cette année, abc, abc, abc, abc, abc et abc personnes.", "L'an prochain, abc, abc, abc, abc, abc et abc personnes.");
        BeadCosts numbers = new BeadCosts(vi, fr, "vi", "fr", null);
        BeadCosts bare = new BeadCosts(viBare, frBare, "vi", "fr", null);

        double pairsGain = bare.of(0, 1, 0, 1) + bare.of(1, 2, 1, 2) - numbers.of(0, 1, 0, 1) - numbers.of(1, 2, 1, 2);
        double twoTwoGain = bare.of(0, 2, 0, 2) - numbers.of(0, 2, 0, 2);

        assertThat(pairsGain).isGreaterThanOrEqualTo(24);
        assertThat(twoTwoGain).isLessThan(pairsGain);
    }
}
