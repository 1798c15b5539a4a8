package dev.tandem.check;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Source sentences the aligner joined to a neighbour in a two-to-one bead although the translation
 * renders only the neighbour: taken out of the bead, so that the checks report them omitted. A
 * dropped headline beside a lead that repeats it, or a short sentence beside a long one, costs the
 * aligner less joined than left alone, since the lengths still fit and the repeated words read as
 * translated.
 *
 * <p>The evidence is {@link LexicalEvidence#halves}: cut where it renders the most, the translation
 * gives such a sentence at most {@link #MOST_OWN_WORDS} word, and at most {@link #MOST_OWN_SHARE}
 * of the words the tables judge in it, beyond what its neighbour alone renders of the whole.
 * Chosen on two measurements (README, "Translation checks", lists the values tried): each
 * sentence of NTREX and FLORES vi→fr dropped from its translation in turn (1,920 cases, 57 of
 * them hidden by the aligner in a two-to-one bead), and each two neighbouring translation
 * sentences joined in turn (1,628 two-to-one beads whose translation renders both). At most 1
 * word and 0.1, with 4 words judged or more, found 29 of the 57 and took 12 of the 1,628 joined
 * sentences for omissions; 2 words and 0.15 found 34 and took 25; 1 word and 0.1 with 6 judged
 * or more found 23 and took 9. Counting each target word for one source word only (a matching
 * of the bead's words, without the cut) did worse: 21 found for 19 taken.
 */
final class HiddenOmissions {
    /** The most words of its own a sentence may gain from the cut and still count as not rendered. */
    static final int MOST_OWN_WORDS = 1;
    /** The largest share of its judged words it may gain. */
    static final double MOST_OWN_SHARE = 0.1;
    /**
     * The fewest words the tables must judge in it: below, one word more or less decides, and four
     * of the twelve joined sentences taken for omissions with no floor had two to five words.
     */
    static final int FEWEST_JUDGED = 4;

    private HiddenOmissions() {
    }

    /**
     * The beads with every two-to-one bead whose translation renders one sentence only split into
     * that sentence's one-to-one bead and the other's omission; the other beads unchanged.
     */
    static List<Bead> separate(CheckInput in, LexicalEvidence lexicon, List<Bead> beads) {
        if (!lexicon.available()) {
            return beads;
        }
        List<Bead> result = new ArrayList<>(beads.size() + 1);
        for (Bead b : beads) {
            Optional<Integer> hidden = b.source().size() == 2 && b.target().size() == 1
                    ? hidden(in, lexicon, b) : Optional.empty();
            if (hidden.isEmpty()) {
                result.add(b);
                continue;
            }
            int dropped = b.source().get(hidden.get());
            int kept = b.source().get(1 - hidden.get());
            Bead omission = new Bead(List.of(dropped), List.of(), b.score());
            Bead rendered = new Bead(List.of(kept), b.target(), b.score());
            result.add(hidden.get() == 0 ? omission : rendered);
            result.add(hidden.get() == 0 ? rendered : omission);
        }
        return result;
    }

    /** Which of the bead's two source sentences (0 or 1) the translation does not render, if one. */
    private static Optional<Integer> hidden(CheckInput in, LexicalEvidence lexicon, Bead b) {
        String first = in.source().get(b.source().get(0)).text();
        String second = in.source().get(b.source().get(1)).text();
        String target = in.target().get(b.target().get(0)).text();
        Optional<LexicalEvidence.Halves> found = lexicon.halves(first, second, target);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LexicalEvidence.Halves h = found.get();
        boolean firstHidden = unrendered(h.firstOwn(), h.firstJudged(), h.firstShare());
        boolean secondHidden = unrendered(h.secondOwn(), h.secondJudged(), h.secondShare());
        if (firstHidden == secondHidden) {
            // neither, or both: then the bead's pairing is in doubt as a whole, which its score says
            return Optional.empty();
        }
        return Optional.of(firstHidden ? 0 : 1);
    }

    private static boolean unrendered(int own, int judged, double share) {
        return judged >= FEWEST_JUDGED && own <= MOST_OWN_WORDS && share <= MOST_OWN_SHARE;
    }
}
