package dev.tandem.extract.evaluation;

import java.util.List;

/**
 * The Fundus figures over a group of pages (all, or one language).
 *
 * @param pages pages in the group
 * @param failures pages on which the extractor found no article text
 * @param titleAccuracy share of pages whose title matches exactly
 * @param leadPages pages with a Fundus summary
 * @param leadOverlap mean lead token F1 over those; NaN when none
 * @param body mean shingle P and R with the lead on both sides (the primary body figure)
 * @param bodyOnly mean shingle P and R of sections against text paragraphs alone
 * @param captions non-blank Fundus captions
 * @param captionsFound those found among ours
 */
public record FundusFigures(int pages, int failures, double titleAccuracy, int leadPages, double leadOverlap,
        ShingleScore body, ShingleScore bodyOnly, int captions, int captionsFound) {

    /** Aggregates page results; caption recall is pooled over captions, the rest averaged over pages. */
    static FundusFigures of(List<FundusEvaluation.PageResult> results) {
        int failures = (int) results.stream().filter(FundusEvaluation.PageResult::failed).count();
        double title = results.stream().mapToDouble(p -> p.titleMatch() ? 1 : 0).average().orElse(Double.NaN);
        List<FundusEvaluation.PageResult> withLead = results.stream()
                .filter(FundusEvaluation.PageResult::hasLead).toList();
        double lead = withLead.stream().mapToDouble(FundusEvaluation.PageResult::leadOverlap)
                .average().orElse(Double.NaN);
        int captions = results.stream().mapToInt(FundusEvaluation.PageResult::captions).sum();
        int missed = results.stream().mapToInt(p -> p.missedCaptions().size()).sum();
        return new FundusFigures(results.size(), failures, title, withLead.size(), lead,
                ShingleScore.mean(results.stream().map(FundusEvaluation.PageResult::bodyWithLead).toList()),
                ShingleScore.mean(results.stream().map(FundusEvaluation.PageResult::body).toList()),
                captions, captions - missed);
    }

    /** Share of Fundus captions found among ours; NaN when the group has none. */
    public double captionRecall() {
        return captions == 0 ? Double.NaN : (double) captionsFound / captions;
    }
}
