package dev.tandem.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name the translator moved into the neighbouring sentence is not missing; a name dropped is,
 * even when a neighbour that has it too writes it.
 */
class FactChecksTest {
    private static final String MEETING = "Sau cuộc gặp với các thượng nghị sĩ, ông Flake đã đưa ra quyết định.";
    private static final String MEETING_FR = "Après sa rencontre avec les sénateurs, il prit sa décision.";
    private static final String CHOICE_FR = "Le choix de Flake pesait lourd.";

    /** The checks on two sentences paired one to one. */
    private static Checker.Report check(List<String> vi, List<String> fr) {
        List<CheckInput.Segment> source = new ArrayList<>();
        List<CheckInput.Segment> target = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < vi.size(); i++) {
            source.add(new CheckInput.Segment("s1." + (i + 1), vi.get(i)));
            target.add(new CheckInput.Segment("t1." + (i + 1), fr.get(i)));
            beads.add(new Bead(List.of(i), List.of(i), 1));
        }
        return Checker.check(new CheckInput("vi", "fr", source, target, beads, List.of("s1"), List.of("t1"),
                List.of(new Bead(List.of(0), List.of(0), 1)), text -> "und", null));
    }

    private static List<Finding> coded(Checker.Report report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aNameMovedIntoTheNextSentenceIsNotMissing() {
        Checker.Report report = check(List.of(MEETING, "Lựa chọn của ông có sức nặng lớn."), List.of(MEETING_FR, CHOICE_FR));

        assertThat(coded(report, "NAME_MISSING")).isEmpty();
        assertThat(coded(report, "NAME_MOVED")).singleElement().satisfies(f -> {
            assertThat(f.source()).containsExactly("s1.1");
            assertThat(f.target()).containsExactly("t1.2");
            assertThat(f.severity()).isEqualTo(Finding.INFO);
        });
    }

    @Test
    void aNameDroppedBesideANeighbourWithItsOwnIsMissing() {
        Checker.Report report = check(List.of(MEETING, "Lựa chọn của Flake có sức nặng lớn."), List.of(MEETING_FR, CHOICE_FR));

        assertThat(coded(report, "NAME_MISSING")).singleElement()
                .satisfies(f -> assertThat(f.source()).containsExactly("s1.1"));
        assertThat(coded(report, "NAME_MOVED")).isEmpty();
    }

    @Test
    void aNameWrittenTwiceAndDroppedIsMissingEvenIfTheNeighbourHasIt() {
        String twice = "Ông Flake gặp các thượng nghị sĩ, và sau đó Flake đã đưa ra quyết định.";
        Checker.Report report = check(List.of(twice, "Lựa chọn của ông có sức nặng lớn."), List.of(MEETING_FR, CHOICE_FR));

        assertThat(coded(report, "NAME_MISSING")).singleElement()
                .satisfies(f -> assertThat(f.source()).containsExactly("s1.1"));
    }
}
