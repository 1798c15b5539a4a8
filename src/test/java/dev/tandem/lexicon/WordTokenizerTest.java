package dev.tandem.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {
    @Test
    void splitsVietnameseIntoLowerCasedSyllables() {
        assertThat(WordTokenizer.of("vi").terms("Chính phủ Đức đã thông báo.")).containsExactly("chính", "phủ", "đức",
                "đã", "thông", "báo");
    }

    @Test
    void composesDecomposedVietnameseBeforeSplitting() {
        String decomposed = java.text.Normalizer.normalize("Đức", java.text.Normalizer.Form.NFD);
        assertThat(WordTokenizer.of("vi").terms(decomposed)).containsExactly("đức");
    }

    @Test
    void dropsFrenchElisionsAndStems() {
        assertThat(WordTokenizer.of("fr").terms("L'Allemagne qu'il aimait")).containsExactly("allemagn", "il", "aim");
        assertThat(WordTokenizer.of("fr").tokens("l’Écosse").get(0).surface()).isEqualTo("Écosse");
    }

    @Test
    void stemsEnglishInflections() {
        assertThat(WordTokenizer.of("en").terms("governments govern")).containsExactly("govern", "govern");
    }

    @Test
    void splitsHanIntoCharactersAndKeepsKanaRunsAndLatinWords() {
        assertThat(WordTokenizer.of("zh").terms("德国政府 GDP")).containsExactly("德", "国", "政", "府", "gdp");
        assertThat(WordTokenizer.of("ja").terms("ドイツ政府は")).containsExactly("ドイツ", "政", "府", "は");
    }

    @Test
    void normalisesArabicAlefForms() {
        WordTokenizer arabic = WordTokenizer.of("ar");
        assertThat(arabic.terms("أحمد")).isEqualTo(arabic.terms("احمد"));
    }

    @Test
    void leavesNumbersOut() {
        assertThat(WordTokenizer.of("vi").terms("năm 2023 có 12 tháng")).containsExactly("năm", "có", "tháng");
    }

    @Test
    void refusesBlankLanguage() {
        assertThatThrownBy(() -> WordTokenizer.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 639-1");
    }
}
