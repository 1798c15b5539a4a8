package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases of the sentence aligner that only the word tables can decide; its sentences serve {@link BeadCostsTest} too. */
class LexicalAlignmentTest {
    static final List<String> VI = List.of(
            "Người dân trong làng rất lo lắng về thời tiết.",
            "Mưa lớn đã làm hỏng nhiều cánh đồng lúa của nông dân.",
            "Trẻ em không thể đến trường vì đường bị ngập nước.",
            "Chính quyền hứa sẽ giúp đỡ các gia đình.");
    static final String FR_1 = "Les habitants du village sont très inquiets à cause du temps.";
    static final String FR_2 = "De fortes pluies ont endommagé de nombreuses rizières des paysans.";
    static final String FR_3 = "Les enfants ne peuvent pas aller à l'école car les routes sont inondées.";
    static final String FR_4 = "Les autorités ont promis d'aider les familles.";

    private final SentenceAligner aligner = new SentenceAligner("vi", "fr");

    @Test
    void findsWhichOfTwoNeighboursWithoutNumbersOrNamesWasDropped() {
        List<Bead> second = aligner.align(VI, List.of(FR_1, FR_3, FR_4));
        List<Bead> third = aligner.align(VI, List.of(FR_1, FR_2, FR_4));

        assertThat(second).extracting(Bead::type).containsExactly("1-1", "1-0", "1-1", "1-1");
        assertThat(third).extracting(Bead::type).containsExactly("1-1", "1-1", "1-0", "1-1");
    }

    @Test
    void lengthsAloneCannotTellWhichWasDropped() {
        SentenceAligner withoutTables = new SentenceAligner("vi", "fr", (Lexicon) null);

        List<Bead> second = withoutTables.align(VI, List.of(FR_1, FR_3, FR_4));
        List<Bead> third = withoutTables.align(VI, List.of(FR_1, FR_2, FR_4));

        // The same omission is placed alike whichever sentence was dropped: one of the two is wrong.
        assertThat(second.get(1).type().equals("1-0") && third.get(2).type().equals("1-0")).isFalse();
    }

    @Test
    void scoresATrueBeadAboveAWrongOneOnWordsAlone() {
        Lexicon lexicon = Lexicon.forPair("vi", "fr").orElseThrow();

        assertThat(lexicon.match(VI.get(2), FR_3).coverage()).isGreaterThan(lexicon.match(VI.get(1), FR_3).coverage());
        assertThat(lexicon.match(VI.get(1), FR_2).coverage()).isGreaterThan(lexicon.match(VI.get(2), FR_2).coverage());
    }

    @Test
    void pairsASentenceLeftInTheOriginalsLanguageWithItsOriginal() {
        List<String> zh = List.of("村里的人们非常担心天气。",
                "上个星期连续下了好几天的大雨，毁坏了农民的许多稻田，很多家庭失去了一年的收成，只能向亲戚借钱生活。",
                "孩子们不能上学，因为道路被洪水淹没了。", "政府承诺帮助这些家庭。");

        List<Bead> beads = new SentenceAligner("zh", "fr").align(zh, List.of(FR_1, zh.get(1), FR_3, FR_4));

        // Paired with its original, the copy is what the checks call UNTRANSLATED; unpaired, it was
        // an addition beside an omission.
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "1-1", "1-1");
    }
}
