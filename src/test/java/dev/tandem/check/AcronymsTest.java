package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ways a translation renders an acronym without writing it. */
class AcronymsTest {
    @Test
    void aTwoLetterAcronymIsSpelledOutByTwoLongNeighbouringWords() {
        assertThat(Acronyms.spelledOut("AI", "l'investisseur et expert en intelligence artificielle Kai-Fu Lee")).isTrue();
        assertThat(Acronyms.spelledOut("AM", "Des membres de l’Assemblée du pays de Galles")).isTrue();
        // short words, or long ones far apart, are no spelling
        assertThat(Acronyms.spelledOut("AI", "il a dit à Ian")).isFalse();
        assertThat(Acronyms.spelledOut("AI", "une annonce faite hier par notre journal importante")).isFalse();
    }

    @Test
    void aCountryCodeIsRenderedByTheCountrysName() {
        assertThat(Acronyms.countryNamed("USA", "fr", "directeur des Priorités des États-Unis")).isTrue();
        assertThat(Acronyms.countryNamed("USA", "fr", "directeur des Priorités des Etats-Unis")).isTrue();
        assertThat(Acronyms.countryNamed("UK", "fr", "le Royaume-Uni a voté")).isTrue();
        assertThat(Acronyms.countryNamed("USA", "fr", "directeur des Priorités des États")).isFalse();
        // a two-letter ISO code is no country: TV is Tuvalu's
        assertThat(Acronyms.countryNamed("TV", "fr", "les Tuvalu")).isFalse();
    }
}
