package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock times and measures read on each side, and when two of them say the same. */
class RestatementsTest {
    private static Restatements.Found one(String text, String language) {
        List<Restatements.Found> found = Restatements.read(text, language);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void clockTimesAgreeAcrossClocksAndForms() {
        assertThat(Restatements.agree(one("vào lúc 3 giờ chiều thứ Tư", "vi"), one("mercredi à 15 h", "fr"))).isTrue();
        assertThat(Restatements.agree(one("lúc 7.55 giờ sáng", "vi"), one("À 07h55, la femme", "fr"))).isTrue();
        assertThat(Restatements.agree(one("là 5.30 chiều thứ bảy", "vi"), one("est 17 h 30 le samedi", "fr"))).isTrue();
        assertThat(Restatements.agree(one("Vào lúc 2 giờ ngoài", "vi"), one("À 14 h, deux fourgons", "fr"))).isTrue();
        assertThat(Restatements.agree(one("at 3 p.m. on Wednesday", "en"), one("mercredi à 15 h", "fr"))).isTrue();
    }

    @Test
    void differentTimesDoNotAgree() {
        assertThat(Restatements.agree(one("vào lúc 3 giờ chiều", "vi"), one("à 16 h", "fr"))).isFalse();
        assertThat(Restatements.agree(one("lúc 7.55 giờ sáng", "vi"), one("à 19h55", "fr"))).isFalse();
    }

    @Test
    void measuresAgreeAcrossUnitsWithinRounding() {
        assertThat(Restatements.agree(one("con lợn nặng 550 pound", "vi"), one("l'animal pesant 250 kg", "fr"))).isTrue();
        assertThat(Restatements.agree(one("trong vòng 40 dặm", "vi"), one("à 64 km de la frontière", "fr"))).isTrue();
        assertThat(Restatements.agree(one("tốc độ 85 dặm trên giờ", "vi"), one("jusqu'à 135 km/h", "fr"))).isTrue();
        assertThat(Restatements.agree(one("cái nóng 80 độ", "vi"), one("il faisait 26 degrés", "fr"))).isTrue();
    }

    @Test
    void aChangedMeasureDoesNotAgree() {
        assertThat(Restatements.agree(one("con lợn nặng 550 pound", "vi"), one("l'animal pesant 280 kg", "fr"))).isFalse();
        // the same unit both sides: nothing to round
        assertThat(Restatements.agree(one("cách 100 dặm", "vi"), one("100 miles away", "en"))).isTrue();
        assertThat(Restatements.agree(one("cách 100 dặm", "vi"), one("101 miles away", "en"))).isFalse();
        // a length is no mass
        assertThat(Restatements.agree(one("nặng 5 pound", "vi"), one("à 2,3 km", "fr"))).isFalse();
    }

    @Test
    void decimalsAndDatesAreNoTimes() {
        assertThat(Restatements.read("Tăng trưởng đạt 7.55 phần trăm", "vi")).isEmpty();
        assertThat(Restatements.read("Ngày 18/7, hai bên hội đàm", "vi")).isEmpty();
    }

    private static boolean allAgree(String source, String sourceLanguage, String target, String targetLanguage) {
        List<Restatements.Found> sources = Restatements.read(source, sourceLanguage);
        List<Restatements.Found> targets = Restatements.read(target, targetLanguage);
        assertThat(sources).as(source).hasSameSizeAs(targets);
        for (int i = 0; i < sources.size(); i++) {
            if (!Restatements.agree(sources.get(i), targets.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void chineseUnitsRunOnIntoTheirSentence() {
        assertThat(Restatements.agree(one("这头 550 磅重的公猪", "zh"), one("l'animal pesant 250 kg", "fr"))).isTrue();
        assertThat(Restatements.agree(one("这头 550 磅重的公猪", "zh"), one("l'animal pesant 280 kg", "fr"))).isFalse();
        assertThat(Restatements.read("大约 5 mai", "fr")).isEmpty();
    }

    @Test
    void aRangeStartTakesTheUnitOfItsEnd() {
        assertThat(allAgree("lượng mưa khoảng 2 đến 4 inch", "vi", "prévoient 5 à 10 cm de précipitations", "fr")).isTrue();
        assertThat(allAgree("từ 3 đến 6 inch", "vi", "entre 7,5 et 15 cm de précipitations", "fr")).isTrue();
        assertThat(allAgree("từ 3 đến 6 inch", "vi", "entre 9 et 15 cm de précipitations", "fr")).isFalse();
    }

    @Test
    void aConversionRoundedToHalfItsLeadingPlaceAgrees() {
        assertThat(Restatements.agree(one("trong vòng 200 dặm", "vi"), one("dans un périmètre de 300 km", "fr"))).isTrue();
        assertThat(Restatements.agree(one("trong vòng 200 dặm", "vi"), one("dans un périmètre de 301 km", "fr"))).isFalse();
        assertThat(Restatements.agree(one("trong vòng 200 dặm", "vi"), one("dans un périmètre de 350 km", "fr"))).isFalse();
    }

    @Test
    void aMeasureInWordsAgreesWithItsConversion() {
        assertThat(Restatements.agree(one("cách khoảng một dặm", "vi"), one("à environ 1,5 km", "fr"))).isTrue();
        assertThat(Restatements.agree(one("rộng những sáu dặm", "vi"), one("atteignant parfois 10 km", "fr"))).isTrue();
        assertThat(Restatements.agree(one("rộng những sáu dặm", "vi"), one("atteignant parfois 12 km", "fr"))).isFalse();
        assertThat(one("cách khoảng một dặm", "vi").values()).isEmpty();
    }
}
