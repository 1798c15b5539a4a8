package dev.tandem.extract.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * Renders the worst pages of each data set with what went wrong on each, for whoever improves the
 * extractor next: which page to open, how far off it is, and, where the data says, the expected
 * versus extracted title and lead, the captions missed and the snippets lost or leaked.
 */
final class WorstPages {
    /** Lead token F1 below which the lead is shown as failed: the caption threshold, for symmetry. */
    static final double LEAD_OK = CaptionMatcher.MIN_TOKEN_F1;
    private static final int SHOWN_CHARS = 110;
    private static final int SHOWN_ITEMS = 3;

    private final StringBuilder out = new StringBuilder();

    private WorstPages() {
    }

    static String render(ExtractionReport report, int n) {
        WorstPages pages = new WorstPages();
        if (report.aeb() != null) {
            pages.aeb(report.aeb().worst(n));
        }
        if (report.fundus() != null) {
            pages.fundus(report.fundus().worst(n));
        }
        if (report.trafilatura() != null) {
            pages.trafilatura(report.trafilatura().worst(n));
        }
        return pages.out.toString();
    }

    private void aeb(List<AebEvaluation.PageResult> worst) {
        line("%naeb: %d worst pages by F1 (html/<id>.html.gz)%n", worst.size());
        for (AebEvaluation.PageResult p : worst) {
            String shortId = p.id().substring(0, Math.min(16, p.id().length()));
            line("  %s  P %s  R %s  F1 %s  tokens expected %d, got %d%s%n", shortId,
                    ReportTable.fixed(p.score().precision()), ReportTable.fixed(p.score().recall()),
                    ReportTable.fixed(p.score().f1()), p.trueTokens(), p.predictedTokens(),
                    p.failed() ? "  NO ARTICLE TEXT" : "");
            line("      %s%n", p.url());
        }
    }

    private void fundus(List<FundusEvaluation.PageResult> worst) {
        line("%nfundus: %d worst pages by mean of title, lead, body F1 and caption recall (test_data/<file>)%n",
                worst.size());
        for (FundusEvaluation.PageResult p : worst) {
            line("  %s [%s]  body P %s  R %s  F1 %s  title %s  lead %s  captions %d/%d (ours %d)%s%n", p.file(),
                    p.language(), ReportTable.fixed(p.bodyWithLead().precision()),
                    ReportTable.fixed(p.bodyWithLead().recall()), ReportTable.fixed(p.bodyWithLead().f1()),
                    p.titleMatch() ? "ok" : "FAIL", p.hasLead() ? ReportTable.fixed(p.leadOverlap()) : "n/a",
                    p.captions() - p.missedCaptions().size(), p.captions(), p.ourCaptions(),
                    p.failed() ? "  NO ARTICLE TEXT" : "");
            if (!p.titleMatch()) {
                line("      title expected: %s%n      title got:      %s%n", shown(p.expectedTitle()),
                        shown(p.title()));
            }
            if (p.hasLead() && p.leadOverlap() < LEAD_OK) {
                line("      lead expected:  %s%n      lead got:       %s%n", shown(p.expectedLead()), shown(p.lead()));
            }
            p.missedCaptions().stream().limit(SHOWN_ITEMS).forEach(c -> line("      caption missed: %s%n", shown(c)));
        }
    }

    private void trafilatura(List<TrafilaturaEvaluation.PageResult> worst) {
        line("%ntrafilatura: %d documents with most wrong snippets (cache/<file>.gz)%n", worst.size());
        for (TrafilaturaEvaluation.PageResult p : worst) {
            SnippetScore s = p.check().score();
            line("  %s  P %s  R %s  missing %d/%d, leaked %d/%d%s%n", p.file(), ReportTable.fixed(s.precision()),
                    ReportTable.fixed(s.recall()), s.falseNegatives(), s.truePositives() + s.falseNegatives(),
                    s.falsePositives(), s.falsePositives() + s.trueNegatives(),
                    p.failed() ? "  NO ARTICLE TEXT" : "");
            p.check().missing().stream().limit(SHOWN_ITEMS).forEach(m -> line("      missing: %s%n", shown(m)));
            p.check().leaked().stream().limit(SHOWN_ITEMS).forEach(m -> line("      leaked:  %s%n", shown(m)));
        }
    }

    private static String shown(String text) {
        if (text == null || text.isBlank()) {
            return "(none)";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS) + "…") + "\"";
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args));
    }
}
