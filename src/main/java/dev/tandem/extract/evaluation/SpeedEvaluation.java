package dev.tandem.extract.evaluation;

import dev.tandem.extract.ArticleExtractor;
import dev.tandem.model.StageException;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Times extraction against bare parsing on the same in-memory pages, single-threaded. The baseline
 * is {@code Jsoup.parse} alone; the extraction pass is what tandem does with a fetched page:
 * charset choice and decoding ({@code PageDecoder}), parsing, then extraction.
 *
 * <p>The two are timed page by page, one right after the other, so that a machine whose speed
 * drifts (a shared host: bare parsing alone moved between 370 and 580 pages/s across runs) slows
 * both alike. Which of the two goes first alternates from page to page, so neither gains from the
 * other having just read the page's bytes. One untimed pass warms up the JIT; the figures are the
 * medians of the timed passes.
 */
public final class SpeedEvaluation {
    /** Timed passes; the median is reported. */
    private static final int TIMED_PASSES = 5;

    private final ArticleExtractor extractor;

    /** Times the default extractor. */
    public SpeedEvaluation() {
        this(new ArticleExtractor());
    }

    /** Times the given extractor. */
    public SpeedEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Warms up, then times parsing and parsing-and-extracting of every page, paired page by page. */
    public Result measure(List<DatasetPage> pages) {
        long[] sink = new long[1];
        pass(pages, sink);
        long[] parse = new long[TIMED_PASSES];
        long[] extract = new long[TIMED_PASSES];
        double[] ratios = new double[TIMED_PASSES];
        for (int i = 0; i < TIMED_PASSES; i++) {
            long[] nanos = pass(pages, sink);
            parse[i] = nanos[0];
            extract[i] = nanos[1];
            ratios[i] = nanos[1] == 0 ? 0 : 100.0 * nanos[0] / nanos[1];
        }
        if (sink[0] == Long.MIN_VALUE) {
            // Never true; reading the sink keeps the JIT from dropping the timed work.
            throw new IllegalStateException("unreachable");
        }
        return new Result(pages.size(), median(parse), median(extract), median(ratios));
    }

    /** One pass over the pages: the nanoseconds spent parsing, and parsing and extracting. */
    private long[] pass(List<DatasetPage> pages, long[] sink) {
        long parse = 0;
        long extract = 0;
        for (int i = 0; i < pages.size(); i++) {
            DatasetPage page = pages.get(i);
            if (i % 2 == 0) {
                parse += timeParse(page, sink);
                extract += timeExtract(page, sink);
            } else {
                extract += timeExtract(page, sink);
                parse += timeParse(page, sink);
            }
        }
        return new long[] {parse, extract};
    }

    private static long timeParse(DatasetPage page, long[] sink) {
        long start = System.nanoTime();
        sink[0] += page.bareParse().childNodeSize();
        return System.nanoTime() - start;
    }

    private long timeExtract(DatasetPage page, long[] sink) {
        long start = System.nanoTime();
        Document doc = page.parse();
        try {
            sink[0] += extractor.extract(doc).paragraphs().size();
        } catch (StageException e) {
            sink[0]--;
        }
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Timings of one measurement.
     *
     * @param pages pages per pass
     * @param parseNanos median wall time of a parse-only pass
     * @param extractNanos median wall time of a parse-and-extract pass
     * @param percentOfParseSpeed extraction throughput as a percentage of bare parse throughput,
     *     the median over paired passes
     */
    public record Result(int pages, long parseNanos, long extractNanos, double percentOfParseSpeed) {
        /** Pages per second, parsing only. */
        public double parsePagesPerSecond() {
            return perSecond(parseNanos);
        }

        /** Pages per second, parsing and extracting. */
        public double extractPagesPerSecond() {
            return perSecond(extractNanos);
        }

        private double perSecond(long nanos) {
            return nanos == 0 ? 0 : pages * 1e9 / nanos;
        }
    }
}
