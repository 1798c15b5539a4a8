package dev.tandem.align.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CaseBuilderTest {
    private static final ParallelDocument DOCUMENT = new ParallelDocument("doc",
            IntStream.range(0, 10).mapToObj(i -> "Câu số " + i + ", có một dấu phẩy ở giữa câu này.").toList(),
            IntStream.range(0, 10).mapToObj(i -> "Phrase numéro " + i + ", avec une virgule au milieu.").toList());
    private static final List<String> FOREIGN = List.of("Une phrase d'un autre article, sur autre chose.");

    @Test
    void everySentenceIsInExactlyOneTrueBeadInOrder() {
        for (long seed = 0; seed < 20; seed++) {
            AlignmentCase c = new CaseBuilder(new Random(seed), "fr").build(DOCUMENT, FOREIGN);

            List<Integer> sources = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            c.truth().forEach(bead -> {
                sources.addAll(bead.source());
                targets.addAll(bead.target());
            });
            assertThat(sources).isEqualTo(IntStream.range(0, 10).boxed().toList());
            assertThat(targets).isEqualTo(IntStream.range(0, c.targetSentences().size()).boxed().toList());
        }
    }

    @Test
    void makesEachKindOfDifference() {
        AlignmentCase c = new CaseBuilder(new Random(7), "fr").build(DOCUMENT, FOREIGN);

        List<String> types = c.truth().stream().map(Bead::type).toList();
        assertThat(types).contains("2-1", "1-2", "0-1");
        assertThat(types.stream().filter("1-0"::equals).count()).isBetween(1L, 2L);
        assertThat(c.targetSentences()).contains(FOREIGN.get(0));
    }

    @Test
    void oneChangePerDocumentMakesOneKindOfDifference() {
        Set<String> kinds = new HashSet<>();
        CaseBuilder builder = new CaseBuilder(new Random(5), "fr", CaseBuilder.Changes.ONE);
        for (int document = 0; document < 40; document++) {
            AlignmentCase c = builder.build(DOCUMENT, FOREIGN);

            List<String> changed = c.truth().stream().map(Bead::type).filter(type -> !type.equals("1-1"))
                    .distinct().toList();
            assertThat(changed).hasSize(1);
            kinds.add(changed.get(0));
        }
        assertThat(kinds).containsExactlyInAnyOrder("1-0", "2-1", "1-2", "0-1");
    }

    @Test
    void mergedAndSplitSentencesHoldTheirTranslations() {
        AlignmentCase c = new CaseBuilder(new Random(7), "fr").build(DOCUMENT, FOREIGN);
        List<String> target = c.targetSentences();

        for (Bead bead : c.truth()) {
            if (bead.type().equals("2-1")) {
                String merged = target.get(bead.target().get(0));
                assertThat(merged).contains(DOCUMENT.target().get(bead.source().get(0)))
                        .contains(DOCUMENT.target().get(bead.source().get(1)));
            }
            if (bead.type().equals("1-2")) {
                String whole = DOCUMENT.target().get(bead.source().get(0));
                assertThat(target.get(bead.target().get(0)) + " " + target.get(bead.target().get(1))).isEqualTo(whole);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameCase() {
        AlignmentCase first = new CaseBuilder(new Random(3), "fr").build(DOCUMENT, FOREIGN);
        AlignmentCase second = new CaseBuilder(new Random(3), "fr").build(DOCUMENT, FOREIGN);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void paragraphsHoldOneToFourSentences() {
        AlignmentCase c = new CaseBuilder(new Random(11), "fr").build(DOCUMENT, FOREIGN);

        assertThat(c.source()).allSatisfy(p -> assertThat(p).hasSizeBetween(1, 4));
        assertThat(c.target()).allSatisfy(p -> assertThat(p).hasSizeBetween(1, 4));
    }
}
