package dev.tandem.extract.evaluation;

import java.nio.file.Path;
import java.util.Set;

/**
 * The outcome of one {@link ExtractionEvaluation} run. A data set's result is null when it was not
 * selected or is absent ({@link #absent()} tells which); {@code speed} is null when not measured.
 *
 * @param dataDir the data folder
 * @param selected the data sets asked for
 * @param absent those of them whose data was missing
 * @param aeb article-extraction-benchmark scores
 * @param fundus Fundus scores
 * @param trafilatura trafilatura snippet scores
 * @param speed parse-versus-extract timing over the pages of every evaluated data set
 */
public record ExtractionReport(Path dataDir, Set<Dataset> selected, Set<Dataset> absent,
        AebEvaluation.Result aeb, FundusEvaluation.Result fundus, TrafilaturaEvaluation.Result trafilatura,
        SpeedEvaluation.Result speed) {

    public ExtractionReport {
        selected = Set.copyOf(selected);
        absent = Set.copyOf(absent);
    }

    /** Whether no selected data set was present. */
    public boolean nothingEvaluated() {
        return aeb == null && fundus == null && trafilatura == null;
    }

    /**
     * The figures as a plain-text table, three decimals, with published figures of other
     * extractors in a side column, then the Fundus figures per language.
     */
    public String toTable() {
        return ReportTable.render(this);
    }

    /**
     * The {@code n} worst pages of each evaluated data set with what went wrong on each: where to
     * look when improving the extractor.
     */
    public String toDetails(int n) {
        return WorstPages.render(this, n);
    }
}
