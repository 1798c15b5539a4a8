package dev.tandem.extract.evaluation;

import dev.tandem.extract.ArticleExtractor;
import dev.tandem.model.StageException;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Times extraction against bare parsing on the same in-memory pages, single-threaded. The baseline
 * is {@code Jsoup.parse} alone; the extraction pass is what tandem does with a fetched page:
 * charset choice and decoding ({@code PageDecoder}), parsing, then extraction. One untimed pass of
 * each warms up the JIT first; then three timed passes of each run over every page, and the medians
 * are reported.
 */
public final class SpeedEvaluation {
    private final ArticleExtractor extractor;

    /** Times the default extractor. */
    public SpeedEvaluation() {
        this(new ArticleExtractor());
    }

    /** Timed passes of each kind; the median is reported. */
    private static final int TIMED_PASSES = 3;

    /** Times the given extractor. */
    public SpeedEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Warms up, then times parse-only and parse-and-extract passes over {@code pages}, alternating,
     * and keeps the median of each: one pass of each swung by ten points between runs.
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
        return new Result(pages.size(), median(parse), median(extract));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
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
     * @param parseNanos wall time of the parse-only pass
     * @param extractNanos wall time of the parse-and-extract pass
     */
    public record Result(int pages, long parseNanos, long extractNanos) {
        /** Pages per second, parsing only. */
        public double parsePagesPerSecond() {
            return perSecond(parseNanos);
        }

        /** Pages per second, parsing and extracting. */
        public double extractPagesPerSecond() {
            return perSecond(extractNanos);
        }

        /** Extraction throughput as a percentage of bare parse throughput. */
        public double percentOfParseSpeed() {
            return extractNanos == 0 ? 0 : 100.0 * parseNanos / extractNanos;
        }

        private double perSecond(long nanos) {
            return nanos == 0 ? 0 : pages * 1e9 / nanos;
        }
    }
}
