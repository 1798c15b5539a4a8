package dev.tandem.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter vi = SentenceSplitter.forLanguage("vi");
    private final SentenceSplitter fr = SentenceSplitter.forLanguage("fr-FR");

    @Test
    void keepsVietnameseTitlesWithTheName() {
        assertThat(vi.split("PGS.TS. Nguyễn Văn An cho biết như vậy. TS. Lê Bình đồng ý. ThS. Hà Chi thì không."))
                .containsExactly("PGS.TS. Nguyễn Văn An cho biết như vậy.", "TS. Lê Bình đồng ý.", "ThS. Hà Chi thì không.");
    }

    @Test
    void keepsVietnamesePlacesWhole() {
        assertThat(vi.split("Tp. Hồ Chí Minh có nhiều quận. Q. 1 là trung tâm, còn P. Bến Nghé ở Q. 1."))
                .containsExactly("Tp. Hồ Chí Minh có nhiều quận.", "Q. 1 là trung tâm, còn P. Bến Nghé ở Q. 1.");
    }

    @Test
    void keepsEnglishTitlesAndSaintsWholeInVietnamese() {
        assertThat(vi.split("Mục sư David Johnson, người kế vị tại St. Martin’s, tự hào về dàn chuông. Mr. Bean cũng đến."))
                .containsExactly("Mục sư David Johnson, người kế vị tại St. Martin’s, tự hào về dàn chuông.", "Mr. Bean cũng đến.");
    }

    @Test
    void keepsDatesAndNumbersWhole() {
        assertThat(vi.split("Ngày 18/7, đoàn có 1.000 người. Tăng trưởng đạt 1,5 %."))
                .containsExactly("Ngày 18/7, đoàn có 1.000 người.", "Tăng trưởng đạt 1,5 %.");
        assertThat(fr.split("Le 18/7, 1.000 personnes sont venues. La hausse atteint 1,5 %."))
                .containsExactly("Le 18/7, 1.000 personnes sont venues.", "La hausse atteint 1,5 %.");
    }

    @Test
    void keepsFrenchTitlesWithTheName() {
        assertThat(fr.split("M. Dupont est arrivé. Dr. Martin l'a reçu avec Mme Durand."))
                .containsExactly("M. Dupont est arrivé.", "Dr. Martin l'a reçu avec Mme Durand.");
    }

    @Test
    void keepsAFrenchClosingGuillemetWithItsSentence() {
        assertThat(fr.split("Ils veulent le contrôle, et nous n’allons pas le leur donner. » Les démocrates ont répondu."))
                .containsExactly("Ils veulent le contrôle, et nous n’allons pas le leur donner. »", "Les démocrates ont répondu.");
        assertThat(fr.split("« Vous le voyez. » (Applaudissements.) Il a continué."))
                .containsExactly("« Vous le voyez. »", "(Applaudissements.)", "Il a continué.");
    }

    @Test
    void breaksAtTheEndOfASentenceThatEndsWithAQuote() {
        assertThat(vi.split("Ông nói: \"Tốt lắm.\" Sau đó ông rời đi."))
                .containsExactly("Ông nói: \"Tốt lắm.\"", "Sau đó ông rời đi.");
    }

    @Test
    void splitsChineseAndJapaneseAtTheirPunctuation() {
        assertThat(SentenceSplitter.forLanguage("zh-CN").split("我们今天开会。他说：“好的！”明天见？"))
                .containsExactly("我们今天开会。", "他说：“好的！”", "明天见？");
        assertThat(SentenceSplitter.forLanguage("ja").split("今日は晴れです。明日は雨でしょう！"))
                .containsExactly("今日は晴れです。", "明日は雨でしょう！");
    }

    @Test
    void splitsThaiAtTheSpacesThatEndItsSentences() {
        assertThat(SentenceSplitter.forLanguage("th").split("วันนี้อากาศดี ฉันไปตลาดกับแม่  พรุ่งนี้ฝนตก"))
                .containsExactly("วันนี้อากาศดี", "ฉันไปตลาดกับแม่", "พรุ่งนี้ฝนตก");
    }

    @Test
    void keepsLatinWordsInsideThaiText() {
        assertThat(SentenceSplitter.forLanguage("th").split("บริษัท Apple เปิดตัว iPhone รุ่นใหม่"))
                .containsExactly("บริษัท Apple เปิดตัว iPhone รุ่นใหม่");
    }

    @Test
    void givesNothingForBlankText() {
        assertThat(vi.split("  \n ")).isEmpty();
    }

    @Test
    void usesThePrimaryLanguageOfTheTag() {
        assertThat(SentenceSplitter.forLanguage("vi-VN").language()).isEqualTo("vi");
    }
}
