package dev.tandem.check;

import static dev.tandem.check.VietFrenchPairs.check;
import static dev.tandem.check.VietFrenchPairs.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names a sentence of the translation lacks because it moved them, or put a pronoun for them. */
class NameContextTest {
    @Test
    void aNameMovedToTheNeighbouringSentenceIsAnInfo() {
        Checker.Report report = check(List.of(
                "Chuyên gia chơi dàn chuông hồi tháng 7 gọi nó là một bảo vật văn hóa.",
                "Chuyên gia Tiffany Ng cũng lưu ý rằng đây là dàn chuông đầu tiên như vậy."), List.of(
                "Tiffany Ng, qui en jouait en juillet, l’appelle un trésor culturel.",
                "Elle mentionne également qu’il s’agit du premier carillon de ce genre."));

        assertThat(codes(report)).containsExactly("NAME_MOVED");
        assertThat(report.findings().get(0).source()).containsExactly("s2.1");
        assertThat(report.state()).isEqualTo("ok");
    }

    @Test
    void aNameDroppedFromBothSentencesIsStillMissing() {
        assertThat(codes(check(List.of(
                "Chuyên gia chơi dàn chuông hồi tháng 7 gọi nó là một bảo vật văn hóa.",
                "Chuyên gia Tiffany Ng cũng lưu ý rằng đây là dàn chuông đầu tiên như vậy."), List.of(
                "La professionnelle qui en jouait en juillet l’appelle un trésor culturel.",
                "Elle mentionne également qu’il s’agit du premier carillon de ce genre."))))
                .containsExactly("NAME_MISSING");
    }

    @Test
    void aNameTheNeighbourRepeatsFromItsOwnOriginalIsStillMissing() {
        // the next sentence names Flake because its original does: nothing moved
        assertThat(codes(check(List.of(
                "Sau đó, Flake đã đưa ra quyết định của mình.",
                "Flake nói rằng ông sẽ bỏ phiếu."), List.of(
                "Par la suite, la décision fut prise.",
                "Flake a dit qu’il voterait."))))
                .containsExactly("NAME_MISSING");
    }

    @Test
    void aPronounForANameJustNamedIsAnInfo() {
        assertThat(codes(check(List.of(
                "Jeff Flake là trung tâm của tấn kịch.",
                "Ông đã nói chuyện với các thượng nghị sĩ khác.",
                "Sau cuộc trò chuyện, Flake đã đưa ra quyết định của mình."), List.of(
                "Jeff Flake était au centre du drame.",
                "Il s’est entretenu avec d’autres sénateurs.",
                "Il prit sa décision après cet entretien."))))
                .containsExactly("NAME_AS_PRONOUN");
    }

    @Test
    void aNameDroppedWithoutAPronounOrNotNamedBeforeIsStillMissing() {
        // no pronoun opens the sentence
        assertThat(codes(check(List.of(
                "Jeff Flake là trung tâm của tấn kịch.",
                "Ông đã nói chuyện với các thượng nghị sĩ khác.",
                "Sau cuộc trò chuyện, Flake đã đưa ra quyết định của mình."), List.of(
                "Jeff Flake était au centre du drame.",
                "Il s’est entretenu avec d’autres sénateurs.",
                "Une décision fut prise après cet entretien."))))
                .containsExactly("NAME_MISSING");
        // the translation has not named him before: the pronoun points to nobody
        assertThat(codes(check(List.of(
                "Thượng nghị sĩ là trung tâm của tấn kịch.",
                "Sau cuộc trò chuyện, Flake đã đưa ra quyết định của mình."), List.of(
                "Le sénateur était au centre du drame.",
                "Il prit sa décision après cet entretien."))))
                .containsExactly("NAME_MISSING");
    }

    @Test
    void aNameTheNeighboursOriginalWritesInItsOwnWordsIsStillMissing() {
        assertThat(codes(check(List.of(
                "Tổ chức Bác sĩ Không biên giới nói rằng dịch bệnh rất tồi tệ.",
                "Người phát ngôn của Medecins Sans Frontieres đã nói điều đó."), List.of(
                "Médecins Sans Frontières dit que l’épidémie est très grave.",
                "Le porte-parole l’a dit."))))
                .containsOnly("NAME_MISSING");
    }

    @Test
    void aNameTheTranslationWritesMoreOftenThanTheOriginalDidNotMove() {
        // the translation names HIV where its original says "virus", and drops it where the original names it
        assertThat(codes(check(List.of(
                "Trước đây, virus lây lan nhanh chóng.",
                "Số người nhiễm HIV theo cách này đã giảm.",
                "Căn bệnh này vẫn nguy hiểm."), List.of(
                "Historiquement, le HIV s’est propagé rapidement.",
                "Le nombre de personnes infectées de cette manière a baissé.",
                "Le HIV reste dangereux."))))
                .contains("NAME_MISSING").doesNotContain("NAME_MOVED");
    }

    @Test
    void aPronounThatRendersTheOriginalsOwnIsNoNameReplaced() {
        // "Ông" (he) opens the original too: "Il" renders it, and Singapore is dropped
        assertThat(codes(check(List.of(
                "Tổng thống đã đến Singapore hôm thứ Tư.",
                "Ông được Thủ tướng Singapore tiếp đón."), List.of(
                "Le président est arrivé à Singapour mercredi.",
                "Il a été accueilli par le Premier ministre."))))
                .containsExactly("NAME_MISSING");
    }
}
