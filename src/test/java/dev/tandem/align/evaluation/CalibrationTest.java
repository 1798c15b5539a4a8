package dev.tandem.align.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import dev.tandem.align.BeadScore;
import dev.tandem.align.SentenceAligner;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final List<String> VI = List.of(
            "Chiều 18/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Pháp tại Hà Nội.",
            "Hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại, giáo dục và văn hóa trong thời gian tới.",
            "Kim ngạch thương mại song phương năm 2023 đạt 7,5 tỷ USD, tăng 12 % so với năm trước.",
            "Đại sứ cảm ơn sự hỗ trợ của các bộ, ngành Việt Nam trong nhiệm kỳ công tác.");
    private static final List<String> FR = List.of(
            "Le 18 juillet, le ministre des Affaires étrangères Bui Thanh Son a reçu l'ambassadeur de France à Hanoï.",
            "Les deux parties ont convenu de promouvoir la coopération économique, commerciale, éducative et culturelle.",
            "Les échanges commerciaux bilatéraux ont atteint 7,5 milliards de dollars en 2023, en hausse de 12 %.",
            "L'ambassadeur a remercié les ministères vietnamiens pour leur soutien pendant son mandat.");

    private static AlignmentCase identity() {
        List<Bead> truth = List.of(new Bead(List.of(0), List.of(0), 1), new Bead(List.of(1), List.of(1), 1),
                new Bead(List.of(2), List.of(2), 1), new Bead(List.of(3), List.of(3), 1));
        return new AlignmentCase("doc", List.of(VI), List.of(FR), truth);
    }

    /** The same sentences, with a truth that says the first two pairs are the wrong way round. */
    private static AlignmentCase crossed() {
        List<Bead> truth = List.of(new Bead(List.of(0, 1), List.of(0, 1), 1), new Bead(List.of(2), List.of(2), 1),
                new Bead(List.of(3), List.of(3), 1));
        return new AlignmentCase("doc", List.of(VI), List.of(FR), truth);
    }

    @Test
    void learnsThatBeadsItOftenGetsWrongDeserveALowScore() {
        SentenceAligner aligner = new SentenceAligner("vi", "fr");
        Calibration mostlyRight = new Calibration();
        Calibration oftenWrong = new Calibration();
        for (int i = 0; i < 20; i++) {
            mostlyRight.add(aligner, List.of(i % 10 == 0 ? crossed() : identity()));
            oftenWrong.add(aligner, List.of(i % 2 == 0 ? crossed() : identity()));
        }

        double[] right = mostlyRight.fit()[0];
        double[] wrong = oftenWrong.fit()[0];
        double[] features = {1, 0, 0.2, 1, 0, 0};
        assertThat(BeadScore.of(right, features))
                .isGreaterThan(BeadScore.of(wrong, features));
        assertThat(mostlyRight.summary()).contains("1-1, 2-1, 1-2, 2-2: 80 beads, 76 right");
    }

    @Test
    void writesWeightsAsJava() {
        assertThat(Calibration.java(new double[][] {{1.5, -0.25}, {2}}))
                .contains("{1.500, -0.250},").contains("{2.000},").startsWith("    private static final double[][] WEIGHTS");
    }
}
