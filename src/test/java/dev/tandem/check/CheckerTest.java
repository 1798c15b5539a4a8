package dev.tandem.check;

import static dev.tandem.check.VietFrenchPairs.codes;
import static dev.tandem.check.VietFrenchPairs.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check on small team-written vi-fr pairs: raised where it should be, silent on a faithful pair. */
class CheckerTest {
    /** One sentence each side, in one 1-1 bead; the detector says vi for text with Vietnamese letters. */
    private static Checker.Report pair(String vi, String fr) {
        return pairs(List.of(vi), List.of(fr));
    }

    private static Checker.Report pairs(List<String> vi, List<String> fr) {
        return VietFrenchPairs.check(vi, fr);
    }

    @Test
    void aFaithfulPairHasNoFinding() {
        Checker.Report report = pair("Ngày 18/7, Tổng thống Putin đã tiếp 1.000 đại biểu tại Moskva.",
                "Le 18 juillet, le président Poutine a reçu 1 000 délégués à Moscou.");

        assertThat(report.findings()).isEmpty();
        assertThat(report.state()).isEqualTo("ok");
    }

    @Test
    void numbersThatDifferAreFound() {
        assertThat(codes(pair("Có 1.500 người tham dự.", "Il y avait 1 200 participants."))).containsExactly("NUMBER_MISMATCH");
        assertThat(codes(pair("Tỷ lệ tăng 1,5%.", "Le taux a augmenté de 1,5 %."))).isEmpty();
    }

    @Test
    void timesAndMeasuresTheTranslationRestatesAreNoFinding() {
        assertThat(codes(pair("Trận đấu diễn ra lúc 3 giờ chiều.", "Le match a lieu à 15\u00a0h."))).isEmpty();
        assertThat(codes(pair("Con lợn nặng 550 pound.", "L'animal pesait 250 kg."))).isEmpty();
        assertThat(codes(pair("Trận đấu diễn ra lúc 3 giờ chiều.", "Le match a lieu à 16\u00a0h.")))
                .containsExactly("NUMBER_MISMATCH");
        assertThat(codes(pair("Con lợn nặng 550 pound.", "L'animal pesait 350 kg."))).containsExactly("NUMBER_MISMATCH");
    }

    @Test
    void numbersWrittenInAnotherFormAreNoFinding() {
        // a century in Roman numerals, a decade by its last two digits, a range of years cut short
        assertThat(codes(pair("Đường được xây dựng vào thế kỷ 16.", "La route fut construite au XVIe siècle."))).isEmpty();
        assertThat(codes(pair("Họ chuyển đi vào những năm 1930.", "Ils partirent dans les années 30."))).isEmpty();
        assertThat(codes(pair("Trong thập niên 1920, hòa bình được coi trọng.", "Pendant les années\u00a020, la paix était chère.")))
                .isEmpty();
        assertThat(codes(pair("Chiến tranh Triều Tiên năm 1950-53.", "La guerre de Corée (1950-1953)."))).isEmpty();
        // thousands grouped with a comma, which Vietnamese uses for decimals
        assertThat(codes(pair("Có 10,000 người bên ngoài.", "Il y avait 10 000 personnes dehors."))).isEmpty();
        // the same forms with another number are still found
        assertThat(codes(pair("Đường được xây dựng vào thế kỷ 16.", "La route fut construite au XVIIe siècle.")))
                .containsExactly("NUMBER_MISMATCH");
        assertThat(codes(pair("Họ chuyển đi vào những năm 1930.", "Ils partirent dans les années 40.")))
                .containsExactly("NUMBER_MISMATCH");
        assertThat(codes(pair("Có 10,000 người bên ngoài.", "Il y avait 11 000 personnes dehors.")))
                .containsExactly("NUMBER_MISMATCH");
    }

    @Test
    void aConversionTheTranslationAddsOrATimeWhoseMinutesAgreeIsNoFinding() {
        assertThat(codes(pair("Thủy triều đỏ lan rộng khoảng 130 dặm.", "La marée rouge couvre environ 209 km (130 miles).")))
                .isEmpty();
        assertThat(codes(pair("Động đất xảy ra lúc 10:08 tối.", "Le séisme a eu lieu à 22 h 08."))).isEmpty();
        // the source's own measure, changed beside a conversion that agrees, is still found
        assertThat(codes(pair("Máy bay chìm sâu khoảng 30 mét (100 feet).", "L'avion a coulé à 31 mètres (100 feet).")))
                .containsExactly("NUMBER_MISMATCH");
        assertThat(codes(pair("Động đất xảy ra lúc 10:08 tối.", "Le séisme a eu lieu à 21 h 08.")))
                .containsExactly("NUMBER_MISMATCH");
    }

    @Test
    void datesAreComparedAcrossForms() {
        assertThat(codes(pair("Ngày 19/6, hai bên hội đàm.", "Le 18 juin, les deux parties ont discuté.")))
                .containsExactly("DATE_MISMATCH");
        assertThat(codes(pair("Ngày 19/6, hai bên hội đàm.", "Le 19 juin, les deux parties ont discuté."))).isEmpty();
    }

    @Test
    void foreignNamesAndAcronymsMustCarryOver() {
        assertThat(codes(pair("Theo KCNA, ông Krivoruchko đã tới.", "Selon l'agence, le vice-ministre est arrivé.")))
                .containsExactly("NAME_MISSING", "NAME_MISSING");
        assertThat(codes(pair("Theo KCNA, ông Krivoruchko đã tới.", "Selon la KCNA, M. Krivoroutchko est arrivé.")))
                .isEmpty();
        assertThat(codes(pair("Ban Chấp hành Trung ương họp.", "Le Comité central s'est réuni."))).isEmpty();
    }

    @Test
    void aNameTheTranslationSpellsItsOwnWayIsNoFinding() {
        // an adjective or demonym formed from the name
        assertThat(codes(pair("Theo quy định của Indonesia, viện trợ phải được phép.",
                "Selon la réglementation indonésienne, l'aide doit recevoir un permis."))).isEmpty();
        // an exonym that begins as the name does
        assertThat(codes(pair("Một người đi xe đạp đã tử vong tại London.", "À Londres, un cycliste est décédé.")))
                .isEmpty();
        // a country by the translation's own name for it, or a word formed from that name
        assertThat(codes(pair("Ông bị trục xuất khỏi Iceland.", "Il a été exilé d'Islande."))).isEmpty();
        assertThat(codes(pair("Họ rút về biên giới Romania.", "Ils se sont repliés sur la frontière roumaine.")))
                .isEmpty();
        assertThat(codes(pair("Họ rút về biên giới Romania.", "Ils se sont repliés sur la frontière.")))
                .containsExactly("NAME_MISSING");
        // an acronym whose letters the translation reorders
        assertThat(codes(pair("Số ca nhiễm HIV tăng.", "Le nombre de cas de VIH augmente."))).isEmpty();
    }

    @Test
    void aNameTheWordTablesSayTheTranslationRendersIsNoFinding() {
        // exonyms that begin otherwise than the name, and the adjectives formed from them
        assertThat(codes(pair("Họ sống ở Wales từ năm ngoái.", "Ils vivent au pays de Galles depuis l'an dernier.")))
                .isEmpty();
        assertThat(codes(pair("Bà là vận động viên giỏi nhất Scotland.", "Elle est la meilleure athlète d'Écosse.")))
                .isEmpty();
        assertThat(codes(pair("Một nông dân xứ Wales bị thương.", "Un éleveur gallois a été blessé."))).isEmpty();
        // an English word a Vietnamese original keeps
        assertThat(codes(pair("Pháp đã vô địch giải World Cup.", "La France a remporté la Coupe du monde."))).isEmpty();
    }

    @Test
    void aNameTheWordTablesOnlyKeepCompanyWithIsStillMissing() {
        // the tables link Boston with Massachusetts, which the source has too: no rendering of Boston
        assertThat(codes(pair("Tờ Boston Globe cho biết bà đã phát biểu ở Massachusetts.",
                "Le Globe rapporte qu'elle s'est exprimée dans le Massachusetts."))).containsExactly("NAME_MISSING");
        assertThat(codes(pair("Họ sống ở Wales từ năm ngoái.", "Ils vivent au Royaume-Uni depuis l'an dernier.")))
                .containsExactly("NAME_MISSING");
    }

    @Test
    void anAcronymTheTranslationTranslatesIsNoFinding() {
        // spelled out, in any order of its letters
        assertThat(codes(pair("Phán quyết của ICJ được công bố.", "La décision de la Cour internationale de justice est publiée.")))
                .isEmpty();
        // a currency by its name in the translation's language (ICU)
        assertThat(codes(pair("Giá là 500 USD.", "Le prix est de 500 dollars."))).isEmpty();
        // translated into another acronym
        assertThat(codes(pair("Tăng trưởng GDP chậm lại.", "La croissance du PIB ralentit."))).isEmpty();
        // a Roman numeral is no name
        assertThat(codes(pair("Sau Thế chiến II, châu Âu được tái thiết.", "Après la Seconde Guerre mondiale, l'Europe fut reconstruite.")))
                .isEmpty();
    }

    @Test
    void aNameWrittenOtherwiseForAReasonAReviewerAcceptsIsNoFinding() {
        // a French capital without its accent: "Ecosse" is "Écosse"
        assertThat(codes(pair("Ông hy vọng dẫn dắt môn thể thao này ở Scotland.", "Il souhaite guider ce sport en Ecosse.")))
                .isEmpty();
        // an English word of a longer name the translation keeps, translated beside it
        assertThat(codes(pair("Máy bay cố hạ cánh tại sân bay Chuuk Island.", "L'avion essayait d'atterrir à l'aéroport de l'île Chuuk.")))
                .isEmpty();
        // an acronym the English tables translate into a word of the same initial
        assertThat(codes(pair("Không giống như những gì diễn ra trên TV, mọi thứ đều thật.",
                "Contrairement à ce qui se passe à la télévision, tout est réel."))).isEmpty();
        // a two-letter acronym spelled out, a country code by the country's name
        assertThat(codes(pair("Ông là nhà đầu tư về AI ở Bắc Kinh.", "Il est investisseur en intelligence artificielle à Pékin.")))
                .isEmpty();
        assertThat(codes(pair("Guy Cecil, giám đốc Tổ chức Priorities USA, phát biểu.",
                "Guy Cecil, directeur des Priorités des États-Unis, a parlé."))).isEmpty();
        // a name the translation hyphenates; the common era, which French leaves implicit, and
        // "before the common era" written out
        assertThat(codes(pair("Ông đã lắp một chuông cửa WiFi.", "Il a conçu une sonnette Wi-Fi."))).isEmpty();
        assertThat(codes(pair("Nó bắt đầu từ năm 400 TCN và kéo dài đến năm 1100 SCN.",
                "Elle débuta en 400 av. J.-C. et dura jusqu'en 1100."))).isEmpty();
        // an English title before a name
        assertThat(codes(pair("Trung tá Reverend Bernard Vann giành huân chương.", "Le lieutenant-colonel Bernard Vann a gagné la médaille.")))
                .isEmpty();
    }

    @Test
    void theSameNamesDroppedAreStillFound() {
        assertThat(codes(pair("Ông hy vọng dẫn dắt môn thể thao này ở Scotland.", "Il souhaite guider ce sport en Irlande.")))
                .containsExactly("NAME_MISSING");
        // a short word far from the name's kept part is no rendering: the tables give "une" for "News"
        assertThat(codes(pair("Kênh Fox News dẫn đầu với 5 triệu người xem.", "Fox Channel était en tête avec une moyenne de 5 millions de spectateurs.")))
                .containsExactly("NAME_MISSING");
        assertThat(codes(pair("Không giống như những gì diễn ra trên TV, mọi thứ đều thật.",
                "Contrairement à ce qui se passe ailleurs, tout est réel."))).containsExactly("NAME_MISSING");
        assertThat(codes(pair("Ông là nhà đầu tư về AI ở Bắc Kinh.", "Il est investisseur à Pékin."))).containsExactly("NAME_MISSING");
        assertThat(codes(pair("Guy Cecil, giám đốc Tổ chức Priorities USA, phát biểu.",
                "Guy Cecil, directeur des Priorités, a parlé."))).containsExactly("NAME_MISSING");
        // a year whose "before the common era" is lost is another year
        assertThat(codes(pair("Nó bắt đầu từ năm 400 TCN và kéo dài đến năm 1100 SCN.",
                "Elle débuta en 400 et dura jusqu'en 1100."))).containsExactly("NAME_MISSING");
        // the title's name is still a name
        assertThat(codes(pair("Trung tá Reverend Bernard Vann giành huân chương.", "Le lieutenant-colonel a gagné la médaille.")))
                .contains("NAME_MISSING");
        // a word that begins as a country does is no rendering of it: Afrique for Afghanistan
        assertThat(codes(pair("Các chiến trường từ Châu Phi đến Châu Á, tại Afghanistan, Cuba.",
                "Des champs de bataille en Afrique et en Asie, en , à Cuba."))).containsExactly("NAME_MISSING");
        assertThat(codes(pair("Quân đội Afghanistan đã di chuyển vào khu vực.", "Les troupes Afghanes se sont déplacées dans la zone.")))
                .isEmpty();
    }

    @Test
    void aVietnameseTitleAbbreviatedBeforeANameIsNoName() {
        assertThat(codes(pair("Chính quyền của TT. Trump muốn tăng xuất khẩu.", "L'administration Trump veut augmenter les exportations.")))
                .isEmpty();
        // the same letters as an acronym, without the full stop of a title, are still a name
        assertThat(codes(pair("Theo TT Trump, xuất khẩu sẽ tăng.", "Selon Trump, les exportations augmenteront.")))
                .containsExactly("NAME_MISSING");
    }

    @Test
    void aShortNameIsNotTakenForAShortWord() {
        // "LSU" is two edits from "is": short names must match closely
        assertThat(codes(pair("Huấn luyện viên LSU nói đội bóng bị sốc.", "Le coach a dit que l'équipe est choquée.")))
                .containsExactly("NAME_MISSING");
    }

    @Test
    void aNameDroppedBesideAnotherNameIsStillFound() {
        // "Londres" accounts for London only: it begins otherwise than Croydon
        assertThat(codes(pair("Cửa hàng đầu tiên mở tại Croydon, phía nam London.",
                "Le premier magasin a ouvert dans le sud de Londres."))).containsExactly("NAME_MISSING");
        // a longer word that merely shares the first letters is not the name's adjective
        assertThat(codes(pair("Ông Martinez phát biểu.", "M. Marti a pris la parole."))).containsExactly("NAME_MISSING");
        // an acronym of other letters is no rendering
        assertThat(codes(pair("Số ca nhiễm HIV tăng.", "Le nombre de cas de sida augmente."))).containsExactly("NAME_MISSING");
    }

    @Test
    void aTranslationNotInTheLanguageOrderedIsFound() {
        CheckInput input = input(List.of("Ngày 18/7, hai bên hội đàm."), List.of("Le 18 juillet, les deux parties ont discuté."));

        Checker.Report ordered = Checker.check(input.withOrdered(new OrderedLanguage(List.of("en"), "the job says en", true)));
        Checker.Report declared = Checker.check(input.withOrdered(new OrderedLanguage(List.of("en"), "the page declares en", false)));
        Checker.Report right = Checker.check(input.withOrdered(new OrderedLanguage(List.of("fr", "en"), "the desk", true)));

        assertThat(codes(ordered)).containsExactly("WRONG_LANGUAGE");
        assertThat(ordered.state()).isEqualTo("failed");
        assertThat(ordered.findings().get(0).message()).isEqualTo("The translation reads as fr, but the job says en.");
        assertThat(declared.findings()).extracting(Finding::severity).containsExactly(Finding.WARNING);
        assertThat(declared.state()).isEqualTo("needs_review");
        assertThat(codes(right)).isEmpty();
        assertThat(right.state()).isEqualTo("ok");
    }

    @Test
    void addressesMustCarryOver() {
        assertThat(codes(pair("Xem thêm tại https://baoquocte.vn/a.html.", "Plus d'informations sur le site du journal.")))
                .containsExactly("ADDRESS_MISSING");
        assertThat(codes(pair("Xem thêm tại https://baoquocte.vn/a.html.", "Voir https://baoquocte.vn/a.html."))).isEmpty();
    }

    @Test
    void omittedAndAddedSentencesAreFound() {
        Checker.Report omitted = pairs(List.of("Câu thứ nhất về kinh tế.", "Câu thứ hai về văn hóa."),
                List.of("La première phrase, sur l'économie."));
        Checker.Report added = pairs(List.of("Câu thứ nhất về kinh tế."),
                List.of("La première phrase, sur l'économie.", "Une phrase ajoutée par le traducteur."));

        assertThat(codes(omitted)).containsExactly("OMITTED_PARAGRAPH");
        assertThat(codes(added)).containsExactly("ADDED_CONTENT");
    }

    @Test
    void untranslatedSegmentsAreFound() {
        assertThat(codes(pair("Hai nước ký thỏa thuận hợp tác.", "Hai nước ký thỏa thuận hợp tác.")))
                .containsExactly("UNTRANSLATED");
        assertThat(codes(pair("Hai nước ký thỏa thuận hợp tác quan trọng.",
                "Hai nước đã ký một thỏa thuận hợp tác quan trọng."))).containsExactly("UNTRANSLATED");
        Checker.Report copied = pair("Hai nước ký thỏa thuận hợp tác.", "Hai nước ký thỏa thuận hợp tác.");
        assertThat(copied.state()).isEqualTo("failed");
    }

    @Test
    void aLengthFarFromTheRatioIsNoted() {
        assertThat(codes(pair("Hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại, giáo dục và văn hóa trong thời gian tới.",
                "Accord."))).containsExactly("LENGTH_OUTLIER");
    }

    @Test
    void bracketsQuotesDoublesAndRepeatsAreFound() {
        assertThat(codes(pair("Hãng thông tấn (KCNA) cho biết.", "L'agence (KCNA a indiqué.")))
                .containsExactly("UNBALANCED_BRACKETS");
        assertThat(codes(pair("Ông nói rằng hai bên sẽ hợp tác.", "Il a dit que les les deux parties coopéreront.")))
                .containsExactly("DOUBLED_WORD");
        assertThat(codes(pair("Chúng ta tự hỏi.", "Nous nous demandons."))).isEmpty();
        // a doubling the source has too (a name), and the end of a hyphenated name before a word
        assertThat(codes(pair("Họ mắc kẹt trong khách sạn Roa Roa.", "Ils étaient bloqués dans le Roa Roa.")))
                .isEmpty();
        assertThat(codes(pair("Ông Moon Jae-in phát biểu.", "M. Moon Jae-in in fine a parlé."))).isEmpty();
        // laughter written doubled, and a number doubled to start a count (a one-two finish)
        assertThat(codes(pair("Sao cơ.", "Ha ha, bien sûr."))).isEmpty();
        assertThat(codes(pair("Đội đã giành ngôi vị số một và số hai.", "L'équipe a réussi à obtenir un un deux.")))
                .isEmpty();
        assertThat(codes(pair("Đội đã giành ngôi vị số một và số hai.", "L'équipe a réussi à obtenir un un trois.")))
                .containsExactly("DOUBLED_WORD");
        assertThat(codes(pairs(List.of("Câu một về kinh tế.", "Câu hai về văn hóa."),
                List.of("Une phrase répétée sur l'économie.", "Une phrase répétée sur l'économie."))))
                .containsExactly("DUPLICATE_SEGMENT");
    }

    @Test
    void coverageCountsWhatIsRendered() {
        Checker.Report omitted = pairs(List.of("Câu thứ nhất về kinh tế.", "Câu thứ hai về văn hóa."),
                List.of("La première phrase, sur l'économie."));

        assertThat(omitted.coverage().sourceSentences()).isEqualTo(0.5);
        assertThat(omitted.coverage().targetWithSource()).isEqualTo(1.0);
        assertThat(omitted.coverage().beads()).containsEntry("1-1", 1).containsEntry("1-0", 1);
        assertThat(omitted.state()).isEqualTo("needs_review");
    }

    @Test
    void aBeadTheAlignerDoesNotBelieveIsNotRenderedAndIsAFinding() {
        List<CheckInput.Segment> source = List.of(new CheckInput.Segment("s1.1", "Hà Nội mưa lớn suốt đêm qua."),
                new CheckInput.Segment("s1.2", "Giá vàng tăng mạnh trong tuần."));
        List<CheckInput.Segment> target = List.of(new CheckInput.Segment("t1.1", "Il a plu fort à Hanoï toute la nuit."),
                new CheckInput.Segment("t1.2", "Le match a été reporté."));
        List<Bead> beads = List.of(new Bead(List.of(0), List.of(0), 0.97), new Bead(List.of(1), List.of(1), 0.12));
        Checker.Report report = Checker.check(new CheckInput("vi", "fr", source, target, beads, List.of("s1"),
                List.of("t1"), List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null));

        assertThat(report.findings()).filteredOn(f -> f.code().equals("UNCERTAIN_PAIR")).singleElement()
                .satisfies(f -> {
                    assertThat(f.source()).containsExactly("s1.2");
                    assertThat(f.target()).containsExactly("t1.2");
                    assertThat(f.severity()).isEqualTo(Finding.WARNING);
                });
        assertThat(report.coverage().sourceSentences()).isEqualTo(0.5);
        double firstShare = 36.0 / (36 + 23);
        assertThat(report.coverage().targetWithSource()).isCloseTo(firstShare, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void anOriginalNoBeadOfWhichIsBelievedFailsTheChecks() {
        List<CheckInput.Segment> source = List.of(new CheckInput.Segment("s1.1", "Giá vàng tăng mạnh trong tuần."));
        List<CheckInput.Segment> target = List.of(new CheckInput.Segment("t1.1", "Le match a été reporté."));
        List<Bead> beads = List.of(new Bead(List.of(0), List.of(0), 0.0));
        Checker.Report report = Checker.check(new CheckInput("vi", "fr", source, target, beads, List.of("s1"),
                List.of("t1"), List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null));

        assertThat(report.coverage().sourceCharacters()).isZero();
        assertThat(report.state()).isEqualTo("failed");
    }
}
