package dev.tandem.check;

import dev.tandem.align.Bead;
import dev.tandem.lexicon.LexicalMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sentences the aligner left without a counterpart although the translation renders them, found
 * again before the checks run, so that they are not reported {@code OMITTED_SENTENCE} or
 * {@code ADDED_CONTENT} while the numbers, dates and names they lost are still found on the
 * regrouped pair:
 * <ul>
 *   <li>a source sentence condensed into its neighbour's rendering, or condensed in place while
 *       the aligner left the short rendering unpaired beside it: joined to that rendering
 *       ({@code CONDENSED}, info);</li>
 *   <li>a sentence whose rendering the aligner gave to a neighbour, with that neighbour's own:
 *       taken back from the neighbour ({@code REALIGNED}, info);</li>
 *   <li>a sentence whose rendering the aligner gave to a neighbour in place of the neighbour's
 *       own, which was dropped: taken back, and the neighbour left omitted ({@code REALIGNED});</li>
 *   <li>a translation sentence that renders part of its neighbour's source (a sentence translated
 *       in two): joined to the neighbour ({@code REALIGNED}).</li>
 * </ul>
 * The evidence is what the sentences share: at least two facts (numbers, dates, names spelled
 * rather than translated), one a number or a date, or words the word tables say translate each
 * other ({@link LexicalEvidence}). Place alone is not enough: regrouping every omission next to
 * an addition hid 7 of 180 omissions injected into FLORES vi→fr, and spared no false alarm.
 */
final class Condensations {
    /** The code of the finding on a source sentence joined to its neighbour's rendering. */
    static final String CONDENSED = "CONDENSED";
    /** The code of the finding on a sentence moved from one bead to another. */
    static final String REALIGNED = "REALIGNED";
    /** How many of an orphan's facts a neighbour's translation must hold to be taken for its rendering. */
    static final int SHARED_FACTS = 2;
    /**
     * How many words the word tables must find translated between an orphan and its rendering (for
     * a join: beyond what the neighbour's own sentence explains), and what share of the words they
     * judge. On eval-checks vi→fr (false alarms NTREX; omissions found NTREX, FLORES; wrong
     * originals failing FLORES): 3 and 0.25 gave 64; 48/62, 171/231; 820/843. 3 and 0.4 gave 64;
     * 50/62, 180/231; 828/843. 4 and 0.35 gave 64; 50/62, 177/231; 827/843. 3 and 0.5 (and
     * stricter) regrouped nothing: 66; 50/62, 180/231; 830/843.
     */
    static final int LEAST_NEW_WORDS = 3;
    static final double LEAST_NEW_SHARE = 0.4;
    /**
     * By how much more of an orphan's words than of its neighbour's the neighbour's rendering must
     * translate to be moved to the orphan. On the two shifted pairings of NTREX vi→fr (seed
     * 20261128) the orphan led by 0.098 and 0.14, so 0.1 missed one; the sentence-by-sentence
     * restatements it must leave alone trailed (FLORES "Aristarchus": 0.63 against 0.93).
     */
    static final double SHIFT_COVERAGE_LEAD = 0.05;
    /**
     * The lead that moves a rendering on words alone, when the rendering lacks as many of the
     * orphan's names and numbers as of the neighbour's (often none of either). Omissions found on
     * eval-checks over vi→fr, vi→en, zh→fr, fr→vi and es→vi (NTREX and FLORES, summed): without
     * this move 1,390; at 0.15, 1,399 (but two rows lost one each); at 0.2, 1,399 with no row
     * lower; at 0.3, 1,393. No false alarm changed at any value.
     */
    static final double SHIFT_WORDS_ALONE_LEAD = 0.2;
    /**
     * The fewest words, and the share of its judged words, a short orphan needs rendered for a
     * shift ({@link #shortAndRendered}); the leads above still apply. With each sentence of NTREX
     * and FLORES vi→fr dropped in turn, omissions found 1,846 -> 1,847 of 1,920, and no joined pair
     * of sentences or published translation gained a false alarm.
     */
    static final int SHORT_RENDERED = 2;
    static final double SHORT_RENDERED_SHARE = 0.5;

    private Condensations() {
    }

    /**
     * The input with its sentence beads regrouped, and the findings that say where.
     *
     * @param input the input with the regrouped beads
     * @param merged for each of its beads, whether it came from a regrouping
     */
    record Result(CheckInput input, List<Boolean> merged, List<Finding> findings) {
    }

    /**
     * Regroups the one-sided beads of {@code in} that the other side renders, once
     * {@link HiddenOmissions} has taken out of two-to-one beads the sentences their translation does
     * not render: such a sentence may be the rendering a neighbour's omission slid onto.
     */
    static Result regroup(CheckInput in) {
        LexicalEvidence lexicon = LexicalEvidence.of(in.tables(), in.sourceLanguage(), in.targetLanguage());
        List<Bead> beads = new ArrayList<>(HiddenOmissions.separate(in, lexicon, in.sentences()));
        List<Boolean> merged = new ArrayList<>();
        beads.forEach(b -> merged.add(false));
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            Bead orphan = beads.get(k);
            boolean sourceOnly = orphan.target().isEmpty();
            if (!sourceOnly && !orphan.source().isEmpty()) {
                continue;
            }
            for (int with : new int[] {k + 1, k - 1}) {
                // a source-only bead goes with a neighbour that has a translation, and the reverse
                if (with < 0 || with >= beads.size()
                        || (sourceOnly ? beads.get(with).target() : beads.get(with).source()).isEmpty()) {
                    continue;
                }
                Optional<Finding> done = sourceOnly ? regroupSource(in, lexicon, beads, merged, k, with)
                        : regroupTarget(in, lexicon, beads, merged, k, with);
                if (done.isPresent()) {
                    findings.add(done.get());
                    k = Math.max(-1, Math.min(k, with) - 1);
                    break;
                }
            }
        }
        CheckInput regrouped = new CheckInput(in.sourceLanguage(), in.targetLanguage(), in.source(), in.target(), beads,
                in.sourceParagraphs(), in.targetParagraphs(), in.paragraphs(), in.languageOf(), in.ordered(), in.tables());
        return new Result(regrouped, merged, findings);
    }

    /** Regroups the source-only bead {@code k} with its neighbour {@code with}, when the evidence says so. */
    private static Optional<Finding> regroupSource(CheckInput in, LexicalEvidence lexicon, List<Bead> beads,
            List<Boolean> merged, int k, int with) {
        Bead orphan = beads.get(k);
        Bead other = beads.get(with);
        String orphanText = CheckInput.text(in.source(), orphan.source());
        List<String> sourceIds = CheckInput.ids(in.source(), orphan.source());
        if (other.target().size() >= 2 && !other.source().isEmpty()) {
            // the rendering next to the orphan may be its own, given to the neighbour
            int edge = with > k ? other.target().get(0) : other.target().get(other.target().size() - 1);
            String edgeText = in.target().get(edge).text();
            List<Integer> rest = new ArrayList<>(other.target());
            rest.remove(Integer.valueOf(edge));
            String ownText = CheckInput.text(in.source(), other.source());
            if ((accounts(lexicon, orphanText, edgeText, true)
                    || doubtedSplit(in, lexicon, other, orphanText, edgeText, ownText, CheckInput.text(in.target(), rest)))
                    && newWords(lexicon, ownText, CheckInput.text(in.target(), rest), edgeText, false) < LEAST_NEW_WORDS) {
                String restText = CheckInput.text(in.target(), rest);
                replace(beads, merged, k, with, new Bead(orphan.source(), List.of(edge), Checker.RENDERED_MIN_SCORE),
                        new Bead(other.source(), rest, restScore(lexicon, ownText, restText, other.score())));
                return Optional.of(new Finding(REALIGNED, Finding.INFO, sourceIds, List.of(in.target().get(edge).id()),
                        "Source sentence " + String.join(", ", sourceIds) + " is rendered by " + in.target().get(edge).id()
                                + ", which the aligner had paired with its neighbour."));
            }
        }
        Optional<Finding> shift = shifted(in, lexicon, beads, merged, k, with);
        if (shift.isPresent()) {
            return shift;
        }
        String otherSource = CheckInput.text(in.source(), other.source());
        String otherTarget = CheckInput.text(in.target(), other.target());
        if (sharesFacts(in, orphanText, otherSource, otherTarget) || !other.source().isEmpty()
                && accountsBeyond(lexicon, otherSource, orphanText, otherTarget, true)
                || other.source().isEmpty() && accounts(lexicon, orphanText, otherTarget, true)) {
            List<Integer> source = new ArrayList<>(orphan.source());
            source.addAll(other.source());
            source.sort(null);
            List<String> targetIds = CheckInput.ids(in.target(), other.target());
            replace(beads, merged, k, with, new Bead(source, other.target(), Math.max(other.score(), Checker.RENDERED_MIN_SCORE)));
            return Optional.of(new Finding(CONDENSED, Finding.INFO, sourceIds, targetIds, String.format(Locale.ROOT,
                    "Source sentence %s is rendered in %s, shortened.", String.join(", ", sourceIds),
                    String.join(", ", targetIds))));
        }
        return Optional.empty();
    }

    /**
     * Moves the rendering of a one-to-one neighbour to the orphan when it translates the orphan
     * better than the neighbour's own sentence: the aligner slid a pairing by one around a dropped
     * sentence, and the omission belongs on the neighbour. Both must hold: the tables find a share
     * of the orphan's words translated at least {@link #SHIFT_COVERAGE_LEAD} above the share of the
     * neighbour's, and the rendering lacks more of the neighbour's facts (names, numbers) than of the
     * orphan's, or as many and the lead is {@link #SHIFT_WORDS_ALONE_LEAD} or more. Words alone moved 3 omissions injected into NTREX and FLORES vi→fr onto a sentence
     * that restates its neighbour (a headline, a summary), which reads as well against the rendering.
     */
    private static Optional<Finding> shifted(CheckInput in, LexicalEvidence lexicon, List<Bead> beads,
            List<Boolean> merged, int k, int with) {
        Bead orphan = beads.get(k);
        Bead other = beads.get(with);
        if (other.source().size() != 1 || other.target().size() != 1) {
            return Optional.empty();
        }
        String orphanText = CheckInput.text(in.source(), orphan.source());
        String ownText = CheckInput.text(in.source(), other.source());
        String rendering = CheckInput.text(in.target(), other.target());
        Optional<LexicalMatch> orphanMatch = lexicon.match(orphanText, rendering);
        Optional<LexicalMatch> ownMatch = lexicon.match(ownText, rendering);
        if (orphanMatch.isEmpty() || ownMatch.isEmpty()) {
            return Optional.empty();
        }
        int ownMissing = missingFacts(in, ownText, rendering);
        int orphanMissing = missingFacts(in, orphanText, rendering);
        if (!accounts(lexicon, orphanText, rendering, true) && !shortAndRendered(orphanMatch.get())) {
            return Optional.empty();
        }
        double lead = orphanMatch.get().sourceCoverage() - ownMatch.get().sourceCoverage();
        if (lead < SHIFT_COVERAGE_LEAD || ownMissing < orphanMissing
                || ownMissing == orphanMissing && lead < SHIFT_WORDS_ALONE_LEAD) {
            return Optional.empty();
        }
        List<String> sourceIds = CheckInput.ids(in.source(), orphan.source());
        List<String> targetIds = CheckInput.ids(in.target(), other.target());
        replace(beads, merged, k, with, new Bead(orphan.source(), other.target(),
                Math.max(other.score(), Checker.RENDERED_MIN_SCORE)), new Bead(other.source(), List.of(), other.score()));
        return Optional.of(new Finding(REALIGNED, Finding.INFO, sourceIds, targetIds, "Source sentence "
                + String.join(", ", sourceIds) + " is rendered by " + String.join(", ", targetIds)
                + ", which the aligner had paired with its neighbour."));
    }

    /**
     * Whether an orphan too short for {@link #accounts} (fewer than {@link #LEAST_NEW_WORDS} words
     * rendered) has at least {@link #SHORT_RENDERED} of them, and {@link #SHORT_RENDERED_SHARE} of
     * the words judged, rendered: a sentence of four or five words cannot reach three, and such a
     * sentence ("Everyone has left.") beside a dropped quote kept the quote's slid pairing.
     */
    private static boolean shortAndRendered(LexicalMatch orphan) {
        return orphan.sourceRendered() >= SHORT_RENDERED && orphan.sourceRendered() < LEAST_NEW_WORDS
                && orphan.sourceCoverage() >= SHORT_RENDERED_SHARE;
    }

    /**
     * Whether a split bead the aligner doubts ({@code other}, scored under
     * {@link Checker#RENDERED_MIN_SCORE}) is rather two renderings: its remaining sentences
     * ({@code rest}) render its own source on their own, and its edge sentence renders some words
     * of the orphan beside it, {@link #SHORT_RENDERED} or more, and lacks none of its names and
     * numbers. A translator who condenses a sentence into a few words of its own ("his messages went
     * unanswered" for "his message showed one grey tick instead of two blue ones", NTREX vi→fr)
     * leaves the tables little to find. Without the names and numbers, a dropped sentence took the
     * rendering of the sentence after it (NTREX "70-90%" beside a sentence on protection). An edge
     * that holds names or numbers of the split's own sentence which the rest lacks renders that
     * sentence, not the orphan: end to end, a dropped sentence on Sims and Simpson otherwise took
     * the rendering of the next one, "... l'ADN de Simpson, d'après WAFB, filiale du groupe CBS".
     */
    private static boolean doubtedSplit(CheckInput in, LexicalEvidence lexicon, Bead other, String orphanText,
            String edgeText, String ownText, String restText) {
        if (other.score() >= Checker.RENDERED_MIN_SCORE || !accounts(lexicon, ownText, restText, true)
                || missingFacts(in, orphanText, edgeText) > 0
                || missingFacts(in, ownText, restText + " " + edgeText) < missingFacts(in, ownText, restText)) {
            return false;
        }
        return lexicon.match(orphanText, edgeText).map(m -> m.sourceRendered() >= SHORT_RENDERED).orElse(false);
    }

    /** How many facts (names, numbers) of {@code source} {@code target} does not hold. */
    private static int missingFacts(CheckInput in, String source, String target) {
        Set<String> rendered = OriginalEvidence.targetFacts(target, in.targetLanguage());
        return (int) OriginalEvidence.sourceFacts(source, in.sourceLanguage()).stream()
                .filter(f -> !rendered.contains(f)).count();
    }

    /** Regroups the target-only bead {@code k} with its neighbour {@code with}, when the word tables say so. */
    private static Optional<Finding> regroupTarget(CheckInput in, LexicalEvidence lexicon, List<Bead> beads,
            List<Boolean> merged, int k, int with) {
        Bead orphan = beads.get(k);
        Bead other = beads.get(with);
        String orphanText = CheckInput.text(in.target(), orphan.target());
        List<String> targetIds = CheckInput.ids(in.target(), orphan.target());
        String otherSource = CheckInput.text(in.source(), other.source());
        String otherTarget = CheckInput.text(in.target(), other.target());
        if (other.source().size() >= 2) {
            int edge = with > k ? other.source().get(0) : other.source().get(other.source().size() - 1);
            String edgeText = in.source().get(edge).text();
            List<Integer> rest = new ArrayList<>(other.source());
            rest.remove(Integer.valueOf(edge));
            if (accounts(lexicon, edgeText, orphanText, false)
                    && newWords(lexicon, CheckInput.text(in.source(), rest), otherTarget, edgeText, true) < LEAST_NEW_WORDS) {
                String restText = CheckInput.text(in.source(), rest);
                replace(beads, merged, k, with, new Bead(List.of(edge), orphan.target(), Checker.RENDERED_MIN_SCORE),
                        new Bead(rest, other.target(), restScore(lexicon, restText, otherTarget, other.score())));
                return Optional.of(new Finding(REALIGNED, Finding.INFO, List.of(in.source().get(edge).id()), targetIds,
                        "Translation sentence " + String.join(", ", targetIds) + " renders " + in.source().get(edge).id()
                                + ", which the aligner had paired with its neighbour."));
            }
        }
        if (accountsBeyond(lexicon, otherTarget, orphanText, otherSource, false)) {
            List<Integer> target = new ArrayList<>(orphan.target());
            target.addAll(other.target());
            target.sort(null);
            replace(beads, merged, k, with, new Bead(other.source(), target, Math.max(other.score(), Checker.RENDERED_MIN_SCORE)));
            List<String> sourceIds = CheckInput.ids(in.source(), other.source());
            return Optional.of(new Finding(REALIGNED, Finding.INFO, sourceIds, targetIds, "Translation sentence "
                    + String.join(", ", targetIds) + " renders part of " + String.join(", ", sourceIds) + "."));
        }
        return Optional.empty();
    }

    /**
     * The score of what is left of a neighbour once a sentence is taken from it: the aligner scored
     * the bead with the sentence that did not belong, so its score says little. It counts as
     * rendered when the word tables find its two sides translating each other.
     */
    private static double restScore(LexicalEvidence lexicon, String source, String target, double score) {
        return accounts(lexicon, source, target, true) ? Math.max(score, Checker.RENDERED_MIN_SCORE) : score;
    }

    /** Puts {@code replacements} where beads {@code k} and {@code with} were, in order, marked as regrouped. */
    private static void replace(List<Bead> beads, List<Boolean> merged, int k, int with, Bead... replacements) {
        int first = Math.min(k, with);
        beads.remove(first);
        beads.remove(first);
        merged.remove(first);
        merged.remove(first);
        List<Bead> ordered = new ArrayList<>(List.of(replacements));
        ordered.sort((a, b) -> Integer.compare(firstIndex(a), firstIndex(b)));
        for (int i = ordered.size() - 1; i >= 0; i--) {
            beads.add(first, ordered.get(i));
            merged.add(first, true);
        }
    }

    private static int firstIndex(Bead b) {
        return b.source().isEmpty() ? Integer.MAX_VALUE : b.source().get(0);
    }

    /**
     * Whether {@code other} translates at least {@link #LEAST_NEW_WORDS} words of {@code text}, and
     * {@link #LEAST_NEW_SHARE} of those the tables judge; {@code text} is on the source side when
     * {@code textIsSource}.
     */
    private static boolean accounts(LexicalEvidence lexicon, String text, String other, boolean textIsSource) {
        Optional<LexicalMatch> m = textIsSource ? lexicon.match(text, other) : lexicon.match(other, text);
        return m.isPresent() && (textIsSource ? enough(m.get().sourceRendered(), m.get().sourceWords())
                : enough(m.get().targetRendered(), m.get().targetWords()));
    }

    /**
     * Whether adding {@code orphan} to {@code own} makes enough more words of {@code other} translated:
     * the orphan is rendered in {@code other}, beyond what {@code own} explains. {@code own} and
     * {@code orphan} are on the source side when {@code ownIsSource}.
     */
    private static boolean accountsBeyond(LexicalEvidence lexicon, String own, String orphan, String other,
            boolean ownIsSource) {
        int added = newWords(lexicon, own, other, orphan, ownIsSource);
        Optional<LexicalMatch> whole = ownIsSource ? lexicon.match(own, other) : lexicon.match(other, own);
        int words = whole.map(m -> ownIsSource ? m.targetWords() : m.sourceWords()).orElse(0);
        return enough(added, words) && added >= LEAST_NEW_WORDS;
    }

    /** How many more words of {@code other} are translated when {@code extra} joins {@code own}. */
    private static int newWords(LexicalEvidence lexicon, String own, String other, String extra, boolean ownIsSource) {
        String joined = own.isEmpty() ? extra : own + " " + extra;
        Optional<LexicalMatch> before = ownIsSource ? lexicon.match(own, other) : lexicon.match(other, own);
        Optional<LexicalMatch> after = ownIsSource ? lexicon.match(joined, other) : lexicon.match(other, joined);
        if (before.isEmpty() || after.isEmpty()) {
            return 0;
        }
        return ownIsSource ? after.get().targetRendered() - before.get().targetRendered()
                : after.get().sourceRendered() - before.get().sourceRendered();
    }

    private static boolean enough(int rendered, int words) {
        return rendered >= LEAST_NEW_WORDS && words > 0 && (double) rendered / words >= LEAST_NEW_SHARE;
    }

    /**
     * Whether {@code otherTarget} holds at least {@link #SHARED_FACTS} facts of the orphan that
     * {@code otherSource} does not, one of them a number or a date. Names recur through an article:
     * with one shared name enough, 9 of 180 omissions injected into FLORES vi→fr were taken for
     * condensed sentences.
     */
    private static boolean sharesFacts(CheckInput in, String orphanText, String otherSource, String otherTarget) {
        Set<String> explained = OriginalEvidence.sourceFacts(otherSource, in.sourceLanguage());
        Set<String> rendered = OriginalEvidence.targetFacts(otherTarget, in.targetLanguage());
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
}
