package dev.tandem.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void findsItsTermInEachVocabularyWhenAskedByTurns() {
        Vocabulary first = new Vocabulary();
        first.add("mèo");
        first.add("chó");
        Vocabulary second = new Vocabulary();
        second.add("chó");
        Token dog = new Token("Chó", "chó");

        assertThat(dog.idIn(first)).isEqualTo(1);
        assertThat(dog.idIn(second)).isEqualTo(0);
        assertThat(dog.idIn(first)).isEqualTo(1);
        assertThat(new Token("cá", "cá").idIn(second)).isEqualTo(-1);
    }

    @Test
    void isEqualToATokenOfTheSameStrings() {
        Token token = new Token("Chó", "chó");

        assertThat(token).isEqualTo(new Token("Chó", "chó", "chó")).hasSameHashCodeAs(new Token("Chó", "chó"));
        assertThat(token).isNotEqualTo(new Token("chó", "chó"));
    }
}
