package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name written by another name altogether is rendered; the same sentence without it is not. */
class AliasesTest {
    @Test
    void readsDaechForIsis() {
        assertThat(Aliases.renders("ISIS", "fr", "Il regardait des vidéos de Daech sur son téléphone.")).isTrue();
        assertThat(Aliases.renders("ISIS", "fr", "Il regardait des vidéos sur son téléphone.")).isFalse();
    }

    @Test
    void readsAnAliasAsTheBeginningOfAWordWithoutAccents() {
        assertThat(Aliases.renders("Tory", "fr", "les nouveaux régimes conservateurs")).isTrue();
        assertThat(Aliases.renders("HIV", "fr", "le nombre de personnes séropositives")).isTrue();
        assertThat(Aliases.renders("ISIS", "fr", "l'État islamique a revendiqué l'attaque")).isTrue();
    }

    @Test
    void takesNoLocalTimeForATimeZone() {
        // "heure locale" beside a dropped GMT is the other time of the sentence
        assertThat(Aliases.renders("GMT", "fr", "à 7 h 19 heure locale (21 h 19 vendredi)")).isFalse();
    }

    @Test
    void takesATwoLetterAliasOnlyAsAWholeWord() {
        assertThat(Aliases.renders("ISIS", "fr", "Il a été élu en 2018.")).isFalse();
        assertThat(Aliases.renders("ISIS", "fr", "Les combattants de l'EI ont fui.")).isTrue();
    }

    @Test
    void knowsNoAliasForOtherNamesOrLanguages() {
        assertThat(Aliases.renders("Lakers", "fr", "les conservateurs de Daech")).isFalse();
        assertThat(Aliases.renders("ISIS", "vi", "Daech")).isFalse();
    }
}
