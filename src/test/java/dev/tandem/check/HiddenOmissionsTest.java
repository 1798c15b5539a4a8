package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import dev.tandem.lexicon.WordTables;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence joined to its neighbour in a two-to-one bead is omitted when the translation renders
 * only the neighbour, and rendered when the translator joined the two. Read with the shipped word
 * tables.
 */
class HiddenOmissionsTest {
    private static final String HEADLINE = "Hà Nội sẽ xây thêm ba cây cầu qua sông Hồng";
    private static final String LEAD = "Thành phố Hà Nội cho biết sẽ xây thêm ba cây cầu qua sông Hồng trong năm năm tới "
            + "để giảm ùn tắc giao thông, theo kế hoạch được công bố hôm thứ Hai.";
    private static final String COST = "Chi phí dự kiến khoảng 2 tỷ đô la, phần lớn từ ngân sách nhà nước.";
    private static final String LEAD_FR = "La ville de Hanoï a annoncé lundi qu'elle construirait trois nouveaux ponts sur le "
            + "fleuve Rouge au cours des cinq prochaines années afin de réduire les embouteillages.";
    private static final String COST_FR = "Le coût prévu est d'environ 2 milliards de dollars, en grande partie payés par le "
            + "budget de l'État.";

    private static final String ENGINEER = "Bà Lan là kỹ sư cầu đường với hai mươi năm kinh nghiệm.";
    private static final String SPRING = "Bà nói rằng công trình sẽ bắt đầu vào mùa xuân và kéo dài ba năm.";
    private static final String JOINED_FR = "Mme Lan, ingénieure des ponts et chaussées forte de vingt ans d'expérience, a "
            + "déclaré que les travaux commenceraient au printemps et dureraient trois ans.";

    private static List<Finding> omitted(Checker.Report report, String sourceId) {
        return report.findings().stream()
                .filter(f -> f.code().equals("OMITTED_SENTENCE") && f.source().contains(sourceId)).toList();
    }

    @Test
    void aDroppedHeadlineJoinedToTheLeadThatRepeatsItIsOmitted() {
        // the lead's rendering vouches for the headline's words only by taking them from the lead
        Checker.Report report = CondensationsTest.checkPaired(List.of(HEADLINE, LEAD, COST), List.of(LEAD_FR, COST_FR), List.of(
                new Bead(List.of(0, 1), List.of(0), 0.9), new Bead(List.of(2), List.of(1), 1)));

        assertThat(omitted(report, "s1.1")).hasSize(1);
        assertThat(omitted(report, "s1.2")).isEmpty();
        assertThat(report.coverage().sourceSentences()).isEqualTo(0.667);
    }

    @Test
    void twoSentencesTheTranslatorJoinedAreBothRendered() {
        Checker.Report report = CondensationsTest.checkPaired(List.of(ENGINEER, SPRING, COST), List.of(JOINED_FR, COST_FR), List.of(
                new Bead(List.of(0, 1), List.of(0), 0.9), new Bead(List.of(2), List.of(1), 1)));

        assertThat(report.findings()).extracting(Finding::code).doesNotContain("OMITTED_SENTENCE");
        assertThat(report.coverage().sourceSentences()).isEqualTo(1.0);
    }

    @Test
    void theCutGivesEachJoinedSentenceItsOwnWords() {
        LexicalEvidence lexicon = LexicalEvidence.of(WordTables.shipped(), "vi", "fr");

        LexicalEvidence.Halves joined = lexicon.halves(ENGINEER, SPRING, JOINED_FR).orElseThrow();
        LexicalEvidence.Halves dropped = lexicon.halves(HEADLINE, LEAD, LEAD_FR).orElseThrow();

        assertThat(joined.firstShare()).isGreaterThan(HiddenOmissions.MOST_OWN_SHARE);
        assertThat(joined.secondShare()).isGreaterThan(HiddenOmissions.MOST_OWN_SHARE);
        assertThat(dropped.firstOwn()).isLessThanOrEqualTo(HiddenOmissions.MOST_OWN_WORDS);
        assertThat(dropped.secondShare()).isGreaterThan(0.3);
    }

    @Test
    void withoutTablesTheBeadsAreLeftAsTheAlignerMadeThem() {
        LexicalEvidence none = LexicalEvidence.of(WordTables.shipped(), "vi", "xx");
        List<Bead> beads = List.of(new Bead(List.of(0, 1), List.of(0), 0.9));
        CheckInput in = new CheckInput("vi", "xx", List.of(new CheckInput.Segment("s1.1", HEADLINE),
                new CheckInput.Segment("s1.2", LEAD)), List.of(new CheckInput.Segment("t1.1", LEAD_FR)), beads,
                List.of("s1"), List.of("t1"), List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null);

        assertThat(HiddenOmissions.separate(in, none, beads)).isEqualTo(beads);
    }
}
