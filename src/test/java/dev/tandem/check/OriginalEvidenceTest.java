package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling a translation of another article from a translation of this original, on small vi-fr pairs. */
class OriginalEvidenceTest {
    private static final List<String> PUTIN = List.of(
            "Ngày 18/7, ông Putin tiếp 1.000 đại biểu của NATO tại Moskva.",
            "Có 250 quan chức từ Kremlin tham dự cuộc gặp.");

    /** Sentence {@code i} of each side in one 1-1 bead of the given score. */
    private static Checker.Report check(List<String> vi, List<String> fr, double score) {
        return check("vi", "fr", vi, fr, score);
    }

    private static Checker.Report check(String sourceLanguage, String targetLanguage, List<String> vi, List<String> fr,
            double score) {
        List<CheckInput.Segment> source = new ArrayList<>();
        List<CheckInput.Segment> target = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < vi.size(); i++) {
            source.add(new CheckInput.Segment("s1." + (i + 1), vi.get(i)));
            target.add(new CheckInput.Segment("t1." + (i + 1), fr.get(i)));
            beads.add(new Bead(List.of(i), List.of(i), score));
        }
        return Checker.check(new CheckInput(sourceLanguage, targetLanguage, source, target, beads, List.of("s1"), List.of("t1"),
                List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null));
    }

    private static List<String> codes(Checker.Report report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aTranslationOfThisOriginalIsNoWrongOriginal() {
        Checker.Report report = check(PUTIN, List.of(
                "Le 18 juillet, M. Poutine a reçu 1 000 délégués de l'OTAN à Moscou.",
                "250 responsables du Kremlin ont assisté à la rencontre."), 0.95);

        assertThat(codes(report)).doesNotContain(Checker.WRONG_ORIGINAL);
        assertThat(report.state()).isNotEqualTo("failed");
    }

    @Test
    void aTranslationSharingNoneOfTheOriginalsFactsFailsWithWrongOriginal() {
        // the aligner believed both pairs: only the facts tell
        Checker.Report report = check(PUTIN, List.of(
                "Le métro de Hanoï a ouvert samedi avec 8 stations sur 12 kilomètres.",
                "Pendant 15 jours, les passagers voyagent gratuitement."), 0.95);

        assertThat(report.findings()).filteredOn(f -> f.code().equals(Checker.WRONG_ORIGINAL)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.ERROR);
                    assertThat(f.source()).isEmpty();
                    assertThat(f.target()).isEmpty();
                    assertThat(f.message()).contains("0 of the original's 7 numbers, dates and names");
                });
        assertThat(report.state()).isEqualTo("failed");
    }

    @Test
    void sentencesTheWordTablesDoNotTranslateFailWithWrongOriginalEvenWhenTheAlignerBelievesThem() {
        List<String> vi = List.of("Trời mưa lớn suốt đêm qua ở thủ đô và nhiều khu vực lân cận.",
                "Nhiều con đường bị ngập sâu và giao thông bị tắc nghẽn trong nhiều giờ.",
                "Chính quyền thành phố đã huy động lực lượng cứu hộ để giúp người dân.",
                "Các trường học đóng cửa và học sinh được nghỉ học.");
        Checker.Report unrelated = check(vi, List.of("Le match de football a été reporté à la semaine prochaine.",
                "Les supporters sont rentrés chez eux très déçus après l'annonce.",
                "L'entraîneur a déclaré que ses joueurs étaient prêts à jouer.",
                "Le club devra payer une amende à la fédération."), 0.95);
        Checker.Report faithful = check(vi, List.of(
                "Il a plu très fort toute la nuit dernière dans la capitale et dans plusieurs zones voisines.",
                "De nombreuses routes ont été profondément inondées et la circulation a été bloquée pendant des heures.",
                "Les autorités de la ville ont mobilisé les secours pour aider les habitants.",
                "Les écoles ont fermé et les élèves n'ont pas eu cours."), 0.4);

        assertThat(unrelated.findings()).filteredOn(f -> f.code().equals(Checker.WRONG_ORIGINAL)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("of the original's words"));
        assertThat(unrelated.state()).isEqualTo("failed");
        // the aligner doubted these pairs; the tables say they translate each other
        assertThat(codes(faithful)).doesNotContain(Checker.WRONG_ORIGINAL);
    }

    @Test
    void withoutWordTablesPairsTheAlignerDoesNotBelieveFailWithWrongOriginal() {
        // Italian and Dutch have no tables: only how much the aligner believes its pairs tells
        List<String> it = List.of("Ha piovuto molto tutta la notte.", "Molte strade sono state allagate.");
        List<String> nl = List.of("De wedstrijd is uitgesteld.", "De supporters zijn naar huis gegaan.");

        assertThat(codes(check("it", "nl", it, nl, 0.4))).contains(Checker.WRONG_ORIGINAL);
        assertThat(check("it", "nl", it, nl, 0.4).state()).isEqualTo("failed");
        assertThat(codes(check("it", "nl", it, nl, 0.9))).doesNotContain(Checker.WRONG_ORIGINAL);
    }

    @Test
    void tooFewFactsDecideNothing() {
        // three facts, none carried over (the translation converts the measure): not enough to tell
        Checker.Report report = check(List.of("Con lợn của ông Smith nặng 550 pound, theo BBC."),
                List.of("Le cochon de l'éleveur pesait 250 kg, selon la chaîne."), 0.95);

        assertThat(codes(report)).doesNotContain(Checker.WRONG_ORIGINAL);
    }
}
