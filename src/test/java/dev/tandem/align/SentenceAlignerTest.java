package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
    private static final String VI_1 = "Chiều 18/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Pháp tại Hà Nội.";
    private static final String VI_2 = "Hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại, giáo dục và văn hóa trong thời gian tới.";
    private static final String VI_3 = "Kim ngạch thương mại song phương năm 2023 đạt 7,5 tỷ USD, tăng 12 % so với năm trước.";
    private static final String VI_4 = "Đại sứ cảm ơn sự hỗ trợ của các bộ, ngành Việt Nam trong nhiệm kỳ công tác.";
    private static final String FR_1 = "Le 18 juillet, le ministre des Affaires étrangères Bui Thanh Son a reçu l'ambassadeur de France à Hanoï.";
    private static final String FR_2 = "Les deux parties ont convenu de promouvoir la coopération économique, commerciale, éducative et culturelle.";
    private static final String FR_3 = "Les échanges commerciaux bilatéraux ont atteint 7,5 milliards de dollars en 2023, en hausse de 12 %.";
    private static final String FR_4 = "L'ambassadeur a remercié les ministères vietnamiens pour leur soutien pendant son mandat.";

    private final SentenceAligner aligner = new SentenceAligner("vi", "fr");

    @Test
    void pairsSentenceForSentence() {
        List<Bead> beads = aligner.align(List.of(VI_1, VI_2, VI_3, VI_4), List.of(FR_1, FR_2, FR_3, FR_4));

        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "1-1", "1-1");
        assertThat(beads.get(2).score()).isGreaterThan(0.7);
    }

    @Test
    void showsAnOmittedSentenceWhoseNumbersAreMissing() {
        List<Bead> beads = aligner.align(List.of(VI_1, VI_2, VI_3, VI_4), List.of(FR_1, FR_2, FR_4));

        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "1-0", "1-1");
        assertThat(beads.get(2).source()).containsExactly(2);
    }

    @Test
    void showsAnAddedSentence() {
        String added = "Selon l'INSEE, 3 400 entreprises françaises exportaient vers l'Asie du Sud-Est en 2019.";

        List<Bead> beads = aligner.align(List.of(VI_1, VI_2, VI_3, VI_4), List.of(FR_1, FR_2, added, FR_3, FR_4));

        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "0-1", "1-1", "1-1");
    }

    @Test
    void findsTwoSentencesMergedIntoOne() {
        List<Bead> beads = aligner.align(List.of(VI_1, VI_2, VI_3, VI_4), List.of(FR_1 + " " + FR_2, FR_3, FR_4));

        assertThat(beads).extracting(Bead::type).containsExactly("2-1", "1-1", "1-1");
    }

    @Test
    void findsASentenceSplitInTwo() {
        List<Bead> beads = aligner.align(List.of(VI_1, VI_2, VI_3, VI_4),
                List.of(FR_1, FR_2, "Les échanges commerciaux bilatéraux ont atteint 7,5 milliards de dollars en 2023.",
                        "C'est une hausse de 12 %.", FR_4));

        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "1-2", "1-1");
    }

    @Test
    void putsEverySentenceInExactlyOneBead() {
        List<Bead> beads = aligner.align(List.of(VI_1, VI_2, VI_3, VI_4), List.of(FR_2, FR_4));

        assertThat(beads.stream().flatMap(b -> b.source().stream()).toList()).containsExactly(0, 1, 2, 3);
        assertThat(beads.stream().flatMap(b -> b.target().stream()).toList()).containsExactly(0, 1);
    }
}
