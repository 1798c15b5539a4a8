package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphAlignerTest {
    private final ParagraphAligner aligner = new ParagraphAligner();

    private static final List<String> SOURCE = List.of(
            "Ngày 18/7, Chủ tịch Triều Tiên Kim Jong Un đã tiếp phái đoàn quân sự Nga.",
            "Theo KCNA, hai bên nhấn mạnh tầm quan trọng của hợp tác quân sự giữa Moscow và Bình Nhưỡng nhằm bảo đảm an ninh chung trong khu vực.",
            "Trước đó, ngày 8/7, một phái đoàn quân sự Triều Tiên đã tới Nga.",
            "Ngày 19/6, Tổng thống Nga Vladimir Putin đã có chuyến thăm cấp nhà nước tới Triều Tiên và ký Hiệp ước đối tác chiến lược toàn diện với nước chủ nhà.");
    private static final List<String> TARGET = List.of(
            "Le 18 juillet, le président nord-coréen Kim Jong Un a reçu une délégation militaire russe.",
            "Selon la KCNA, les deux parties ont souligné l'importance de la coopération militaire entre Moscou et Pyongyang pour assurer la sécurité commune dans la région.",
            "Plus tôt, le 8 juillet, une délégation militaire nord-coréenne s'était rendue en Russie.",
            "Le 19 juin, le président russe Vladimir Putin a effectué une visite d'État en Corée du Nord et signé un traité de partenariat stratégique global avec le pays hôte.");

    @Test
    void pairsParallelParagraphsOneToOne() {
        List<Bead> beads = aligner.align(SOURCE, TARGET);
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "1-1", "1-1");
        assertThat(beads).allSatisfy(b -> assertThat(b.score()).isBetween(0.0, 1.0));
    }

    @Test
    void showsDroppedParagraphAsOmission() {
        List<String> target = new ArrayList<>(TARGET);
        target.remove(2);
        List<Bead> beads = aligner.align(SOURCE, target);
        assertThat(beads).anySatisfy(b -> {
            assertThat(b.source()).containsExactly(2);
            assertThat(b.target()).isEmpty();
            assertThat(b.score()).isZero();
        });
        assertThat(beads).filteredOn(b -> b.type().equals("1-1")).hasSize(3);
    }

    @Test
    void showsMergedParagraphsAsTwoToOne() {
        List<String> target = List.of(TARGET.get(0), TARGET.get(1), TARGET.get(2) + " " + TARGET.get(3));
        List<Bead> beads = aligner.align(SOURCE, target);
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "2-1");
    }

    @Test
    void everyUnitIsInExactlyOneBeadInOrder() {
        List<String> target = List.of(TARGET.get(0), "Un paragraphe ajouté par la rédaction.", TARGET.get(1), TARGET.get(3));
        List<Bead> beads = aligner.align(SOURCE, target);
        assertThat(beads.stream().flatMap(b -> b.source().stream()).toList()).containsExactly(0, 1, 2, 3);
        assertThat(beads.stream().flatMap(b -> b.target().stream()).toList()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void emptySidesGiveOnlyOmissionsOrNothing() {
        assertThat(aligner.align(List.of(), List.of())).isEmpty();
        assertThat(aligner.align(List.of("Một."), List.of())).extracting(Bead::type).containsExactly("1-0");
    }
}
