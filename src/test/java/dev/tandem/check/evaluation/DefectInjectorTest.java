package dev.tandem.check.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefectInjectorTest {
    @Test
    void dropsTheNameEverywhereInTheSentence() {
        String dropped = DefectInjector.dropName("Thành phố Berlin, Đức. Berlin không nằm gần biển.",
                "La ville de Berlin, en Allemagne. Berlin n'est pas près de la mer.", "vi");
        assertThat(dropped).doesNotContain("Berlin").contains("La ville de , en Allemagne.");
    }

    @Test
    void neverCutsANameOutOfAWord() {
        // "Java" begins "Javanais": dropping it there would leave the name in the translation.
        String target = "Les Javanais aiment le sucre de coco.";
        assertThat(DefectInjector.dropName("người Java thích đường", target, "vi")).isEqualTo(target);
        assertThat(DefectInjector.dropName("người Java thích đường", "Les gens de Java aiment le sucre.", "vi"))
                .isEqualTo("Les gens de aiment le sucre.");
    }

    @Test
    void takesNoPieceOfANameWithAccentedLetters() {
        String target = "Vallée de Cochamó, au Chili.";
        assertThat(DefectInjector.dropName("Thung lũng Cochamó ở Chile", target, "vi")).isEqualTo(target);
    }
}
