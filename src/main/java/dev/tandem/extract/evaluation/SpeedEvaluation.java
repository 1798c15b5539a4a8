package dev.tandem.extract.evaluation;

import dev.tandem.extract.ArticleExtractor;
import dev.tandem.model.StageException;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Times extraction against bare parsing on the same in-memory pages, single-threaded. The baseline
 * is {@code Jsoup.parse} alone; the extraction pass is what tandem does with a fetched page:
 * charset choice and decoding ({@code PageDecoder}), parsing, then extraction. One untimed pass of
 * each warms up the JIT first; then timed passes of each alternate over every page. Throughputs are
 * the medians of the passes; the share of parse speed is the median of the ratios of paired passes,
 * which a machine whose speed drifts between passes moves least.
 */
public final class SpeedEvaluation {
    private final ArticleExtractor extractor;

    /** Times the default extractor. */
    public SpeedEvaluation() {
        this(new ArticleExtractor());
    }

    /** Timed passes of each kind; the median is reported. */
    private static final int TIMED_PASSES = 5;

    /** Times the given extractor. */
    public SpeedEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Warms up, then times parse-only and parse-and-extract passes over {@code pages}, alternating,
     * and keeps the medians: single passes swung by ten points between runs on a shared machine.
     */
    public Result measure(List<DatasetPage> pages) {
        long sink = extractPass(pages) + parsePass(pages);
        long[] parse = new long[TIMED_PASSES];
        long[] extract = new long[TIMED_PASSES];
        for (int i = 0; i < TIMED_PASSES; i++) {
            long start = System.nanoTime();
            sink += parsePass(pages);
            parse[i] = System.nanoTime() - start;
            start = System.nanoTime();
            sink += extractPass(pages);
            extract[i] = System.nanoTime() - start;
        }
        if (sink == Long.MIN_VALUE) {
            // Never true; reading the sink keeps the JIT from dropping the timed work.
            throw new IllegalStateException("unreachable");
        }
        double[] ratios = new double[TIMED_PASSES];
        for (int i = 0; i < TIMED_PASSES; i++) {
            ratios[i] = extract[i] == 0 ? 0 : 100.0 * parse[i] / extract[i];
        }
        Arrays.sort(ratios);
        return new Result(pages.size(), median(parse), median(extract), ratios[TIMED_PASSES / 2]);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long parsePass(List<DatasetPage> pages) {
        long sink = 0;
        for (DatasetPage page : pages) {
            sink += page.bareParse().childNodeSize();
        }
        return sink;
    }

    private long extractPass(List<DatasetPage> pages) {
        long sink = 0;
        for (DatasetPage page : pages) {
            Document doc = page.parse();
            try {
                sink += extractor.extract(doc).paragraphs().size();
            } catch (StageException e) {
                sink--;
            }
        }
        return sink;
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
