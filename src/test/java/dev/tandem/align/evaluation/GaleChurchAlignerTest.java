package dev.tandem.align.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

class GaleChurchAlignerTest {
    private final GaleChurchAligner aligner = new GaleChurchAligner();

    @Test
    void pairsSentencesOfMatchingLengths() {
        List<Bead> beads = aligner.align(
                List.of("Hai nước nhất trí tăng cường hợp tác.", "Đại sứ cảm ơn sự hỗ trợ của các bộ, ngành trong nhiệm kỳ."),
                List.of("Les deux pays renforcent leur coopération.", "L'ambassadeur remercie les ministères de leur soutien pendant son mandat."));

        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1");
    }

    @Test
    void findsTwoSentencesRenderedAsOne() {
        List<Bead> beads = aligner.align(
                List.of("Chiều 18/7, Bộ trưởng đã tiếp Đại sứ Pháp tại Hà Nội.", "Đại sứ sắp kết thúc nhiệm kỳ.",
                        "Hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại, giáo dục và văn hóa trong thời gian tới."),
                List.of("Le 18 juillet, le ministre a reçu à Hanoï l'ambassadeur de France, dont le mandat s'achève.",
                        "Les deux parties ont convenu de promouvoir la coopération économique, commerciale, éducative et culturelle."));

        assertThat(beads).extracting(Bead::type).containsExactly("2-1", "1-1");
    }
}
