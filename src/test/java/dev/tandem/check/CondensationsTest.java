package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import dev.tandem.align.SentenceAligner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence the translation shortens is not an omission, but what it lost is still found; a
 * sentence the translation drops is still an omission. Aligned by the real sentence aligner.
 */
class CondensationsTest {
    private static final String FIRST = "Ngày 18/7, Chủ tịch Triều Tiên Kim Jong Un đã tiếp phái đoàn quân sự Nga do Thứ trưởng "
            + "Quốc phòng Alexei Krivoruchko dẫn đầu đang thăm Bình Nhưỡng.";
    private static final String CONDENSED = "Ngày 20/7, ông Krivoruchko đã gặp 1.000 binh sĩ tại một căn cứ quân sự ở ngoại ô "
            + "thủ đô, trao đổi về tình hình huấn luyện, hậu cần và các kế hoạch hợp tác giữa quân đội hai nước trong thời "
            + "gian tới.";
    private static final String LAST = "Ngày 19/6, Tổng thống Nga Vladimir Putin đã có chuyến thăm cấp nhà nước tới Triều Tiên "
            + "và hội đàm với Chủ tịch nước chủ nhà Kim Jong Un.";
    private static final String FIRST_FR = "Le 18 juillet, le président nord-coréen Kim Jong Un a reçu une délégation militaire russe "
            + "conduite par le vice-ministre de la Défense Alexeï Krivoruchko en visite à Pyongyang.";
    private static final String LAST_FR = "Le 19 juin, le président russe Vladimir Poutine a effectué une visite d'État en Corée du "
            + "Nord et s'est entretenu avec Kim Jong Un.";

    private static Checker.Report check(List<String> vi, List<String> fr) {
        return checkPaired(vi, fr, new SentenceAligner("vi", "fr").align(vi, fr));
    }

    private static List<Finding> on(Checker.Report report, String code, String sourceId) {
        return report.findings().stream().filter(f -> f.code().equals(code) && f.source().contains(sourceId)).toList();
    }

    @Test
    void aCondensedSentenceIsNotOmittedButTheDateItDroppedIsFound() {
        Checker.Report report = check(List.of(FIRST, CONDENSED, LAST),
                List.of(FIRST_FR, "M. Krivoruchko a aussi rencontré 1 000 soldats.", LAST_FR));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).isEmpty();
        assertThat(on(report, "DATE_MISMATCH", "s1.2")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the source has 20/7"));
        assertThat(report.state()).isEqualTo("needs_review");
    }

    @Test
    void aCondensedSentenceThatKeptItsDateHasNoMismatch() {
        Checker.Report report = check(List.of(FIRST, CONDENSED, LAST),
                List.of(FIRST_FR, "Le 20 juillet, M. Krivoruchko a rencontré 1 000 soldats.", LAST_FR));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).isEmpty();
        assertThat(on(report, "DATE_MISMATCH", "s1.2")).isEmpty();
        assertThat(report.coverage().sourceSentences()).isEqualTo(1.0);
    }

    @Test
    void aDroppedSentenceIsStillOmitted() {
        Checker.Report report = check(List.of(FIRST, CONDENSED, LAST), List.of(FIRST_FR, LAST_FR));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).hasSize(1);
        assertThat(report.findings()).extracting(Finding::code).doesNotContain(Condensations.CONDENSED);
    }

    @Test
    void aRenderingTheAlignerGaveToTheNeighbourIsTakenBackByItsWords() {
        List<CheckInput.Segment> source = List.of(
                new CheckInput.Segment("s1.1", "\"Quan điểm cho rằng chế tài trừng phạt có thể khiến chúng tôi quỳ gối khuất phục chỉ "
                        + "là giấc mơ hoang đường của những kẻ chẳng hiểu gì về chúng tôi."),
                new CheckInput.Segment("s1.2", "Nhưng vấn đề ở đây là các lệnh trừng phạt vẫn đang duy trì này tiếp tục đánh mất "
                        + "lòng tin của chúng tôi.\""));
        List<CheckInput.Segment> target = List.of(
                new CheckInput.Segment("t1.1", "« Ceux qui pensent que ces sanctions peuvent nous faire ployer ne nous connaissent pas."),
                new CheckInput.Segment("t1.2", "Le problème est que le maintien des sanctions accroît notre méfiance. »"));
        // as the aligner had it on NTREX: both renderings with the first sentence, the second omitted
        List<Bead> beads = List.of(new Bead(List.of(0), List.of(0, 1), 0.12), new Bead(List.of(1), List.of(), 0.7));
        Checker.Report report = Checker.check(new CheckInput("vi", "fr", source, target, beads, List.of("s1"),
                List.of("t1"), List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null));

        assertThat(report.findings()).extracting(Finding::code).doesNotContain("OMITTED_SENTENCE", "UNCERTAIN_PAIR");
        assertThat(report.findings()).filteredOn(f -> f.code().equals(Condensations.REALIGNED)).singleElement()
                .satisfies(f -> {
                    assertThat(f.source()).containsExactly("s1.2");
                    assertThat(f.target()).containsExactly("t1.2");
                    assertThat(f.severity()).isEqualTo(Finding.INFO);
                });
        assertThat(report.coverage().sourceSentences()).isEqualTo(1.0);
    }

    private static final List<String> FACTORY = List.of(
            "Bà Lan cho biết nhà máy ở Hải Phòng sẽ mở cửa vào năm 2025 với 500 công nhân.",
            "Người dân trong khu phố lo ngại về tiếng ồn và khói bụi từ các xe tải chở hàng.",
            "Chính quyền thành phố hứa sẽ xây một con đường mới cho xe tải.");
    private static final String NEIGHBOURS_FR = "Les habitants du quartier s'inquiètent du bruit et de la poussière des camions "
            + "de livraison.";
    private static final String ROAD_FR = "La municipalité promet de construire une nouvelle route pour les camions.";

    /** The checks on {@code vi} and {@code fr} paired as {@code beads}, the aligner's result set by hand. */
    static Checker.Report checkPaired(List<String> vi, List<String> fr, List<Bead> beads) {
        List<CheckInput.Segment> source = new ArrayList<>();
        List<CheckInput.Segment> target = new ArrayList<>();
        for (int i = 0; i < vi.size(); i++) {
            source.add(new CheckInput.Segment("s1." + (i + 1), vi.get(i)));
        }
        for (int i = 0; i < fr.size(); i++) {
            target.add(new CheckInput.Segment("t1." + (i + 1), fr.get(i)));
        }
        return Checker.check(new CheckInput("vi", "fr", source, target, beads, List.of("s1"), List.of("t1"),
                List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null));
    }

    @Test
    void anOmissionTheAlignerSlidOntoTheNextSentenceIsReportedWhereItIs() {
        // the first sentence is dropped; the aligner paired it with the second one's rendering
        Checker.Report report = checkPaired(FACTORY, List.of(NEIGHBOURS_FR, ROAD_FR), List.of(
                new Bead(List.of(0), List.of(0), 0.9), new Bead(List.of(1), List.of(), 0.9),
                new Bead(List.of(2), List.of(1), 1)));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.1")).hasSize(1);
        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).isEmpty();
        assertThat(on(report, Condensations.REALIGNED, "s1.2")).hasSize(1);
        assertThat(on(report, "NAME_MISSING", "s1.1")).isEmpty();
    }

    @Test
    void anOmissionNextToAFaithfulPairingStaysWhereTheAlignerPutIt() {
        String factoryFr = "Mme Lan a indiqué que l'usine de Hải Phòng ouvrira en 2025 avec 500 ouvriers.";
        Checker.Report report = checkPaired(FACTORY, List.of(factoryFr, ROAD_FR), List.of(
                new Bead(List.of(0), List.of(0), 1), new Bead(List.of(1), List.of(), 0.9),
                new Bead(List.of(2), List.of(1), 1)));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).hasSize(1);
        assertThat(report.findings()).extracting(Finding::code).doesNotContain(Condensations.REALIGNED);
    }

    @Test
    void aSlidOmissionWithoutNamesOrNumbersIsMovedOnItsWords() {
        List<String> vi = List.of("Mùa đông năm nay trời rất lạnh và nhiều người phải ở trong nhà.", FACTORY.get(1),
                FACTORY.get(2));
        Checker.Report report = checkPaired(vi, List.of(NEIGHBOURS_FR, ROAD_FR), List.of(
                new Bead(List.of(0), List.of(0), 0.9), new Bead(List.of(1), List.of(), 0.9),
                new Bead(List.of(2), List.of(1), 1)));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.1")).hasSize(1);
        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).isEmpty();
    }

    @Test
    void aShortSentenceLeftOutBesideASlidPairingIsGivenItsRendering() {
        // the quote is dropped; the aligner paired it with the short sentence's rendering, which
        // renders two of the short sentence's few words and almost none of the quote's
        List<String> vi = List.of("Bà Lan nói: \"Chúng tôi phải suy nghĩ thật kỹ về kế hoạch của chính mình\".",
                "Mọi người đã ra về.", FACTORY.get(2));
        Checker.Report report = checkPaired(vi, List.of("Tout le monde est rentré à présent.", ROAD_FR), List.of(
                new Bead(List.of(0), List.of(0), 0.9), new Bead(List.of(1), List.of(), 0.9),
                new Bead(List.of(2), List.of(1), 1)));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.1")).hasSize(1);
        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).isEmpty();
        assertThat(on(report, Condensations.REALIGNED, "s1.2")).hasSize(1);
    }

    private static final List<String> CALLS_FR = List.of("Mme Lan a appelé ses collègues de Da Nang toute la soirée.",
            "Ses appels sont restés sans réponse.", "« Je crois que le réseau téléphonique a été coupé », dit-elle.");

    /** The calls article with {@code second} as its second sentence, paired as the aligner had a condensed one. */
    private static Checker.Report checkCalls(String second) {
        List<String> vi = List.of("Bà Lan đã gọi điện cho các đồng nghiệp ở Đà Nẵng suốt cả buổi tối.", second,
                "“Tôi nghĩ rằng mạng điện thoại đã bị cắt,” bà nói.");
        // the aligner gave the short rendering to the next sentence, in a split it doubts
        return checkPaired(vi, CALLS_FR, List.of(new Bead(List.of(0), List.of(0), 1),
                new Bead(List.of(1), List.of(), 0.8), new Bead(List.of(2), List.of(1, 2), 0.11)));
    }

    @Test
    void aSentenceCondensedIntoAFewWordsOfItsOwnIsNotOmitted() {
        Checker.Report report = checkCalls("Tuy nhiên, điện thoại của bà không có tín hiệu nào trả lời.");

        assertThat(report.findings()).extracting(Finding::code).doesNotContain("OMITTED_SENTENCE", "UNCERTAIN_PAIR");
        assertThat(on(report, Condensations.REALIGNED, "s1.2")).hasSize(1);
    }

    @Test
    void aRenderingThatLacksTheOrphansNumbersIsNotTakenFromADoubtedSplit() {
        Checker.Report report = checkCalls("Tuy nhiên, 40% cuộc gọi của bà không có tín hiệu nào trả lời.");

        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).hasSize(1);
    }

    @Test
    void aRenderingThatHoldsTheSplitsOwnNamesIsNotTakenFromADoubtedSplit() {
        // the edge names WAFB, as the split's own sentence does and the rest of the split does not:
        // it renders that sentence, and the dropped one stays omitted
        List<String> vi = List.of("Bà Lan đã gọi điện cho các đồng nghiệp ở Đà Nẵng suốt cả buổi tối.",
                "Tuy nhiên, điện thoại của bà không có tín hiệu nào trả lời.",
                "Theo đài WAFB, bà nói rằng mạng điện thoại đã bị cắt.");
        List<String> fr = List.of("Mme Lan a appelé ses collègues de Da Nang toute la soirée.",
                "Selon WAFB, son téléphone est resté sans réponse.",
                "« Je crois que le réseau téléphonique a été coupé », dit-elle.");
        Checker.Report report = checkPaired(vi, fr, List.of(new Bead(List.of(0), List.of(0), 1),
                new Bead(List.of(1), List.of(), 0.8), new Bead(List.of(2), List.of(1, 2), 0.11)));

        assertThat(on(report, "OMITTED_SENTENCE", "s1.2")).hasSize(1);
        assertThat(on(report, Condensations.REALIGNED, "s1.2")).isEmpty();
    }
}
