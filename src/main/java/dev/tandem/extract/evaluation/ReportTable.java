package dev.tandem.extract.evaluation;

import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link ExtractionReport} as the plain-text table the {@code eval-extraction} command
 * prints. The published column quotes other extractors' figures from each benchmark's own
 * documentation, measured on the full data sets, of which the local copies may hold a subset.
 */
final class ReportTable {
    private static final String ROW = "%-12s %-44s %10s   %s%n";

    private final StringBuilder out = new StringBuilder();

    private ReportTable() {
    }

    static String render(ExtractionReport report) {
        ReportTable table = new ReportTable();
        table.line(ROW, "dataset", "figure", "tandem", "published (other extractors)");
        for (Dataset dataset : Dataset.values()) {
            if (!report.selected().contains(dataset)) {
                continue;
            }
            if (report.absent().contains(dataset)) {
                table.row(dataset.folder(), "absent: data folder missing, skipped", "-", "");
                continue;
            }
            switch (dataset) {
                case AEB -> table.aeb(report.aeb());
                case FUNDUS -> table.fundus(report.fundus());
                case TRAFILATURA -> table.trafilatura(report.trafilatura());
            }
        }
        if (report.speed() != null) {
            table.speed(report.speed());
        }
        if (!report.nothingEvaluated()) {
            table.line("%nPublished figures are each benchmark's own, on its full data (aeb 181 pages, trafilatura"
                    + "%n990 documents; fundus: its English-only evaluation); the local copies may be subsets.%n");
        }
        if (report.fundus() != null) {
            table.fundusLanguages(report.fundus().byLanguage());
        }
        return table.out.toString();
    }

    private void aeb(AebEvaluation.Result result) {
        ShingleScore score = result.score();
        row("aeb", "pages (no article text found)", result.pages().size() + " (" + result.failures() + ")", "");
        row("aeb", "precision, mean of pages (4-shingles)", fixed(score.precision()), "");
        row("aeb", "recall, mean of pages", fixed(score.recall()), "");
        row("aeb", "F1 of the means", fixed(score.f1()), "Readability.js 0.955, trafilatura 0.958");
        row("aeb", "  F1 with captions counted as body (info)", fixed(result.scoreWithCaptions().f1()), "");
    }

    private void fundus(FundusEvaluation.Result result) {
        FundusFigures f = result.overall();
        row("fundus", "pages (no article text found)", f.pages() + " (" + f.failures() + ")", "");
        row("fundus", "title exact match", fixed(f.titleAccuracy()), "Readability.js 0.758");
        row("fundus", "lead token F1 (" + f.leadPages() + " pages with a summary)", fixed(f.leadOverlap()), "");
        row("fundus", "body F1, lead on both sides (4-shingles)", fixed(f.body().f1()), "Readability.js 0.890");
        row("fundus", "  body precision, mean of pages", fixed(f.body().precision()), "");
        row("fundus", "  body recall, mean of pages", fixed(f.body().recall()), "");
        row("fundus", "  body F1 without lead (sections vs text)", fixed(f.bodyOnly().f1()), "");
        row("fundus", "caption recall (" + f.captionsFound() + " of " + f.captions() + ")",
                fixed(f.captionRecall()), "Readability.js 0");
    }

    private void trafilatura(TrafilaturaEvaluation.Result result) {
        SnippetScore s = result.score();
        String pages = result.pages().size() + " (" + result.failures() + ")";
        if (result.missingFiles() > 0) {
            pages += ", " + result.missingFiles() + " files missing";
        }
        row("trafilatura", "documents (no article text found)", pages, "");
        row("trafilatura", "\"with\" snippets found / all",
                s.truePositives() + "/" + (s.truePositives() + s.falseNegatives()), "");
        row("trafilatura", "\"without\" snippets leaked / all",
                s.falsePositives() + "/" + (s.falsePositives() + s.trueNegatives()), "");
        row("trafilatura", "precision, pooled", fixed(s.precision()), "");
        row("trafilatura", "recall, pooled", fixed(s.recall()), "");
        row("trafilatura", "F1", fixed(s.f1()), "Readability.js 0.893, trafilatura 2.2 0.924");
    }

    private void speed(SpeedEvaluation.Result speed) {
        row("speed", "pages timed (in memory, 1 thread, warmed up)", String.valueOf(speed.pages()), "");
        row("speed", "Jsoup.parse alone, pages/s", String.format(Locale.ROOT, "%.1f", speed.parsePagesPerSecond()), "");
        row("speed", "parse + extract, pages/s", String.format(Locale.ROOT, "%.1f", speed.extractPagesPerSecond()), "");
        row("speed", "% of bare parse speed", String.format(Locale.ROOT, "%.1f%%", speed.percentOfParseSpeed()), "");
    }

    private void fundusLanguages(Map<String, FundusFigures> byLanguage) {
        String format = "%-9s %6s %7s %7s %8s %9s%n";
        line("%n");
        line(format, "fundus by", "pages", "title", "lead", "body F1", "captions");
        line(format, "language", "", "", "", "", "recall");
        byLanguage.forEach((lang, f) -> line(format, lang, f.pages(), fixed(f.titleAccuracy()),
                fixed(f.leadOverlap()), fixed(f.body().f1()), fixed(f.captionRecall())));
    }

    private void row(String dataset, String figure, String value, String published) {
        line(ROW, dataset, figure, value, published);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args).replaceAll(" +\n", "\n"));
    }

    /** Three decimals; "-" for a figure with nothing to measure. */
    static String fixed(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
