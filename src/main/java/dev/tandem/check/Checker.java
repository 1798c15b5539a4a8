package dev.tandem.check;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs every check on an aligned pair and sums the result up: the findings, how much of each side
 * the other renders, and an overall state for the reviewer.
 *
 * <p>State rules: {@code failed} when less than half the source's characters are rendered, when
 * segments holding more than half the translation's characters are untranslated, when the
 * translation is not in the language it was ordered in ({@code WRONG_LANGUAGE} error), or when it
 * does not translate this original at all ({@code WRONG_ORIGINAL} error, see
 * {@link OriginalEvidence}); {@code
 * needs_review} when any error or warning was found; {@code ok} otherwise (infos alone do not call
 * for review).
 */
public final class Checker {
    private static final String WRONG_LANGUAGE = "WRONG_LANGUAGE";
    /** The code of the finding that the translation translates another article, not this original. */
    public static final String WRONG_ORIGINAL = "WRONG_ORIGINAL";
    /**
     * A bead with both sides counts as rendering its source only when its calibrated score (the
     * probability that the pairing is right) reaches this; below it the bead is an
     * {@code UNCERTAIN_PAIR} finding. Chosen on eval-checks: see README, Translation checks.
     */
    public static final double RENDERED_MIN_SCORE = 0.5;
    private Checker() {
    }

    /**
     * How much of each side the other renders.
     *
     * @param sourceCharacters share of the source's characters in sentences that have a counterpart
     * @param sourceSentences share of the source's sentences that have a counterpart
     * @param targetWithSource share of the translation's characters in sentences that render source
     * @param beads sentence beads by shape
     */
    public record Coverage(double sourceCharacters, double sourceSentences, double targetWithSource,
            Map<String, Integer> beads) {
    }

    /** What the checks found, and the state it puts the pair in. */
    public record Report(String state, Coverage coverage, List<Finding> findings) {
        /** This report with one more finding; a warning or an error puts an {@code ok} pair under review. */
        public Report with(Finding finding) {
            List<Finding> all = new ArrayList<>(findings);
            all.add(finding);
            boolean review = state.equals("ok") && !finding.severity().equals(Finding.INFO);
            return new Report(review ? "needs_review" : state, coverage, all);
        }
    }

    /** Runs every check. */
    public static Report check(CheckInput aligned) {
        Condensations.Result condensed = Condensations.regroup(aligned);
        CheckInput in = condensed.input();
        // Regrouping needs two shared facts, so it cannot make another article's page look rendered.
        Optional<Finding> wrongOriginal = OriginalEvidence.wrongOriginal(in);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(ContentChecks.run(in));
        findings.addAll(condensed.findings());
        findings.addAll(FactChecks.run(in));
        findings.addAll(FormChecks.run(in));
        wrongLanguage(in).ifPresent(findings::add);
        wrongOriginal.ifPresent(findings::add);
        findings.addAll(uncertainPairs(in, condensed.merged()));
        Coverage coverage = coverage(in);
        return new Report(state(in, coverage, findings), coverage, findings);
    }

    /**
     * {@code WRONG_LANGUAGE} when the translation is not in the language it was ordered in: an
     * error when that is binding (the pair fails), a warning otherwise.
     */
    private static Optional<Finding> wrongLanguage(CheckInput in) {
        OrderedLanguage ordered = in.ordered();
        if (ordered == null || ordered.codes().contains(in.targetLanguage())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(WRONG_LANGUAGE, ordered.binding() ? Finding.ERROR : Finding.WARNING,
                List.of(), List.of(), "The translation reads as " + in.targetLanguage() + ", but " + ordered.saidBy() + "."));
    }

    /** Whether a bead pairs both sides and the aligner believes it. */
    static boolean believed(Bead b) {
        return !b.source().isEmpty() && !b.target().isEmpty() && b.score() >= RENDERED_MIN_SCORE;
    }

    /**
     * {@code UNCERTAIN_PAIR} for each bead with both sides that scores below
     * {@link #RENDERED_MIN_SCORE}: its sentences may not render each other, and they do not count
     * as rendered. Beads regrouped by {@link Condensations} have their own finding.
     */
    private static List<Finding> uncertainPairs(CheckInput in, List<Boolean> regrouped) {
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < in.sentences().size(); k++) {
            Bead b = in.sentences().get(k);
            if (!regrouped.get(k) && !b.source().isEmpty() && !b.target().isEmpty() && b.score() < RENDERED_MIN_SCORE) {
                findings.add(new Finding("UNCERTAIN_PAIR", Finding.WARNING, CheckInput.ids(in.source(), b.source()),
                        CheckInput.ids(in.target(), b.target()), String.format(java.util.Locale.ROOT,
                        "These sentences may not render each other: the aligner paired them with score %.2f, under %.2f.",
                        b.score(), RENDERED_MIN_SCORE)));
            }
        }
        return findings;
    }

    private static Coverage coverage(CheckInput in) {
        long sourceChars = 0;
        long renderedChars = 0;
        int rendered = 0;
        long targetChars = 0;
        long targetRendering = 0;
        Map<String, Integer> beads = new TreeMap<>();
        for (Bead b : in.sentences()) {
            beads.merge(b.type(), 1, Integer::sum);
            long s = CheckInput.text(in.source(), b.source()).length();
            long t = CheckInput.text(in.target(), b.target()).length();
            sourceChars += s;
            targetChars += t;
            if (believed(b)) {
                renderedChars += s;
                rendered += b.source().size();
                targetRendering += t;
            }
        }
        return new Coverage(share(renderedChars, sourceChars), share(rendered, in.source().size()),
                share(targetRendering, targetChars), beads);
    }

    private static String state(CheckInput in, Coverage coverage, List<Finding> findings) {
        long targetChars = in.target().stream().mapToLong(s -> s.text().length()).sum();
        long untranslated = 0;
        for (Finding f : findings) {
            if (f.code().equals("UNTRANSLATED")) {
                for (CheckInput.Segment s : in.target()) {
                    if (f.target().contains(s.id())) {
                        untranslated += s.text().length();
                    }
                }
            }
        }
        boolean notAsOrdered = findings.stream().anyMatch(f -> f.code().equals(WRONG_ORIGINAL)
                || f.code().equals(WRONG_LANGUAGE) && f.severity().equals(Finding.ERROR));
        if (coverage.sourceCharacters() < 0.5 || targetChars > 0 && untranslated * 2 > targetChars || notAsOrdered) {
            return "failed";
        }
        boolean review = findings.stream().anyMatch(f -> !f.severity().equals(Finding.INFO));
        return review ? "needs_review" : "ok";
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 1 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
