package dev.tandem.extract.evaluation;

import dev.tandem.extract.ArticleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the extraction benchmarks that are present under one data folder and gathers their figures
 * into one {@link ExtractionReport}: the way to tell whether a change to the extractor helped. Each
 * data set is third-party, read in place and never copied; a missing one is reported as absent.
 *
 * <pre>{@code
 * ExtractionReport report = new ExtractionEvaluation(ExtractionEvaluation.DEFAULT_DATA_DIR)
 *         .run(EnumSet.allOf(Dataset.class), true);
 * System.out.print(report.toTable());
 * }</pre>
 */
public final class ExtractionEvaluation {
    /** Where the data lives relative to the project root. */
    public static final Path DEFAULT_DATA_DIR = Path.of("../shared/data/extraction");

    private final Path dataDir;
    private final ArticleExtractor extractor;

    /** An evaluation of the default extractor on the data under {@code dataDir}. */
    public ExtractionEvaluation(Path dataDir) {
        this(dataDir, new ArticleExtractor());
    }

    /** An evaluation of {@code extractor} on the data under {@code dataDir}. */
    public ExtractionEvaluation(Path dataDir, ArticleExtractor extractor) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir must not be null");
        this.extractor = Objects.requireNonNull(extractor, "extractor must not be null");
    }

    /** Whether the folder of {@code dataset} is present with its ground truth and pages. */
    public boolean hasData(Dataset dataset) {
        Path folder = dataDir.resolve(dataset.folder());
        if (!Files.isDirectory(folder)) {
            return false;
        }
        return switch (dataset) {
            case AEB -> AebEvaluation.hasData(folder);
            case FUNDUS -> FundusEvaluation.hasData(folder);
            case TRAFILATURA -> TrafilaturaEvaluation.hasData(folder);
        };
    }

    /**
     * Scores the extractor on each selected data set that is present and, if asked, times it on
     * all their pages together.
     *
     * @param datasets which data sets to run
     * @param measureSpeed whether to add the parse-versus-extract timing (a few extra passes)
     * @throws IOException when a data file cannot be read
     */
    public ExtractionReport run(Set<Dataset> datasets, boolean measureSpeed) throws IOException {
        LenientExtractor lenient = new LenientExtractor(extractor);
        Set<Dataset> absent = EnumSet.noneOf(Dataset.class);
        List<DatasetPage> allPages = new ArrayList<>();
        AebEvaluation.Result aeb = null;
        FundusEvaluation.Result fundus = null;
        TrafilaturaEvaluation.Result trafilatura = null;
        for (Dataset dataset : datasets) {
            if (!hasData(dataset)) {
                absent.add(dataset);
                continue;
            }
            Path folder = dataDir.resolve(dataset.folder());
            switch (dataset) {
                case AEB -> {
                    AebEvaluation evaluation = AebEvaluation.load(folder);
                    aeb = evaluation.run(lenient);
                    keep(allPages, evaluation.pages(), measureSpeed);
                }
                case FUNDUS -> {
                    FundusEvaluation evaluation = FundusEvaluation.load(folder);
                    fundus = evaluation.run(lenient);
                    keep(allPages, evaluation.pages(), measureSpeed);
                }
                case TRAFILATURA -> {
                    TrafilaturaEvaluation evaluation = TrafilaturaEvaluation.load(folder);
                    trafilatura = evaluation.run(lenient);
                    keep(allPages, evaluation.pages(), measureSpeed);
                }
            }
        }
        SpeedEvaluation.Result speed = measureSpeed && !allPages.isEmpty()
                ? new SpeedEvaluation(extractor).measure(allPages) : null;
        return new ExtractionReport(dataDir, datasets, absent, aeb, fundus, trafilatura, speed);
    }

    /** Holds on to a data set's pages only when they will be timed; otherwise they can be freed. */
    private static void keep(List<DatasetPage> all, List<DatasetPage> pages, boolean measureSpeed) {
        if (measureSpeed) {
            all.addAll(pages);
        }
    }
}
