package dev.tandem.check;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Source sentences the aligner left without a counterpart although the translation renders them,
 * shortened: a sentence condensed in place (the aligner then often pairs the short rendering with
 * nothing, and leaves the source sentence omitted beside it) or merged into its neighbour's
 * rendering. Such a sentence is regrouped with its rendering before the checks run, so that it
 * is not reported {@code OMITTED_SENTENCE}, while the numbers, dates and names it lost are still
 * found on the regrouped pair. Each regrouping is a {@code CONDENSED} info.
 */
final class Condensations {
    /** The code of the finding on a regrouped sentence. */
    static final String CONDENSED = "CONDENSED";
    /** How many of an orphan's facts a neighbour's translation must hold to be taken for its rendering. */
    static final int SHARED_FACTS = 2;

    private Condensations() {
    }

    /**
     * The input with its sentence beads regrouped, and the findings that say where.
     *
     * @param regrouped the beads, each source-only bead that was regrouped now part of another
     * @param merged for each bead of {@code regrouped}, whether it came from a regrouping
     */
    record Result(CheckInput input, List<Boolean> merged, List<Finding> findings) {
    }

    /** Regroups the source-only beads of {@code in} that the translation renders, condensed. */
    static Result regroup(CheckInput in) {
        List<Bead> beads = new ArrayList<>(in.sentences());
        List<Boolean> merged = new ArrayList<>();
        beads.forEach(b -> merged.add(false));
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            Bead orphan = beads.get(k);
            if (!orphan.target().isEmpty() || orphan.source().isEmpty()) {
                continue;
            }
            int with = partner(in, beads, k);
            if (with < 0) {
                continue;
            }
            Bead other = beads.get(with);
            Bead joined = join(orphan, other);
            int first = Math.min(k, with);
            beads.set(first, joined);
            beads.remove(first + 1);
            merged.set(first, true);
            merged.remove(first + 1);
            List<String> sourceIds = CheckInput.ids(in.source(), orphan.source());
            List<String> targetIds = CheckInput.ids(in.target(), other.target());
            findings.add(new Finding(CONDENSED, Finding.INFO, sourceIds, targetIds, String.format(Locale.ROOT,
                    "Source sentence %s is rendered in %s, shortened.", String.join(", ", sourceIds),
                    String.join(", ", targetIds))));
            k = first;
        }
        CheckInput regrouped = new CheckInput(in.sourceLanguage(), in.targetLanguage(), in.source(), in.target(), beads,
                in.sourceParagraphs(), in.targetParagraphs(), in.paragraphs(), in.languageOf(), in.ordered());
        return new Result(regrouped, merged, findings);
    }

    /**
     * The bead next to {@code k} whose translation renders its sentence, or -1: a neighbour with a
     * translation (a target-only one in the same paragraph, where the aligner left the short
     * rendering unpaired, or one pairing both sides) that shares evidence with the orphan which
     * its own source does not explain. Place alone is not enough: regrouping every omission next
     * to an addition hid 7 of 180 omissions injected into FLORES vi→fr, and spared no false alarm.
     */
    private static int partner(CheckInput in, List<Bead> beads, int k) {
        for (int with : new int[] {k + 1, k - 1}) {
            if (with < 0 || with >= beads.size() || beads.get(with).target().isEmpty()) {
                continue;
            }
            Bead other = beads.get(with);
            if ((!other.source().isEmpty() || sameParagraph(in, beads.get(k), other))
                    && sharesEvidence(in, beads.get(k), other)) {
                return with;
            }
        }
        return -1;
    }

    /** Whether the orphan's first sentence and the other bead's first target are in paragraphs of one paragraph bead. */
    private static boolean sameParagraph(CheckInput in, Bead orphan, Bead other) {
        String sourceParagraph = ContentChecks.paragraphOf(in.source().get(orphan.source().get(0)).id());
        String targetParagraph = ContentChecks.paragraphOf(in.target().get(other.target().get(0)).id());
        int s = in.sourceParagraphs().indexOf(sourceParagraph);
        int t = in.targetParagraphs().indexOf(targetParagraph);
        return in.paragraphs().stream().anyMatch(p -> p.source().contains(s) && p.target().contains(t));
    }

    /**
     * Whether the other bead's translation holds at least {@link #SHARED_FACTS} facts of the orphan
     * (numbers, dates, names spelled rather than translated) that the other bead's own source does
     * not, one of them a number or a date. Names recur through an article: with one shared name
     * enough, 9 of 180 omissions injected into FLORES vi→fr were taken for condensed sentences.
     */
    private static boolean sharesEvidence(CheckInput in, Bead orphan, Bead other) {
        String orphanText = CheckInput.text(in.source(), orphan.source());
        Set<String> explained = OriginalEvidence.sourceFacts(CheckInput.text(in.source(), other.source()), in.sourceLanguage());
        Set<String> rendered = OriginalEvidence.targetFacts(CheckInput.text(in.target(), other.target()), in.targetLanguage());
        int shared = 0;
        boolean number = false;
        for (String fact : OriginalEvidence.sourceFacts(orphanText, in.sourceLanguage())) {
            if (!explained.contains(fact) && rendered.contains(fact)) {
                shared++;
                number |= !fact.startsWith("name:");
            }
        }
        return shared >= SHARED_FACTS && number;
    }

    /** The two beads as one, with the other bead's score, and at least enough to count as rendered. */
    private static Bead join(Bead orphan, Bead other) {
        List<Integer> source = new ArrayList<>(orphan.source());
        source.addAll(other.source());
        source.sort(null);
        return new Bead(source, other.target(), Math.max(other.score(), Checker.RENDERED_MIN_SCORE));
    }
}
