package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void dropsDiacritics() {
        String name = NameKeys.key("Nguyen") + NameKeys.key("Phu") + NameKeys.key("Trong");

        assertThat(NameKeys.of("Ông Nguyễn Phú Trọng phát biểu.")).contains(name);
        assertThat(NameKeys.of("M. Nguyen Phu Trong a parlé.")).contains(name);
    }

    @Test
    void joinsRunsOfCapitalisedWords() {
        assertThat(NameKeys.of("Lãnh đạo Kim Jong Un cho biết.")).contains("kimjongun");
        assertThat(NameKeys.of("Le dirigeant Kim Jong-un a déclaré.")).contains("kimjongun");
        assertThat(NameKeys.of("Hôm qua tại Hà Nội.")).contains("hanoi");
        assertThat(NameKeys.of("Tại Hà Nội hôm qua.")).contains("hanoi").doesNotContain("tai");
        assertThat(NameKeys.of("Hier à Hanoï.")).contains("hanoi");
    }

    @Test
    void matchesTransliterationsOfTheSameName() {
        assertThat(NameKeys.key("Krivoruchko")).isEqualTo(NameKeys.key("Krivoroutchko"));
        assertThat(NameKeys.key("Zelensky")).isEqualTo(NameKeys.key("Zelenski"));
        assertThat(NameKeys.key("Krivoruchko")).isNotEqualTo(NameKeys.key("Kravchenko"));
    }

    @Test
    void leavesOutTheWordThatOnlyStartsTheSentence() {
        assertThat(NameKeys.of("Trong khi đó, NATO họp tại Brussels.")).containsExactly("nato", "brusels");
        assertThat(NameKeys.of("Kim Jong Un nói.")).contains("kimjongun");
    }

    @Test
    void keepsAcronyms() {
        assertThat(NameKeys.of("Các nước ASEAN và WHO.")).containsExactly("asean", "vho");
    }
}
