package dev.tandem.bench;

import dev.tandem.align.DocumentAligner;
import dev.tandem.check.CheckInput;
import dev.tandem.check.Checker;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.PageDecoder;
import dev.tandem.fetch.Digests;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.Provenance;
import dev.tandem.ingest.Translation;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.model.Article;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.record.RecordAssembler;
import dev.tandem.record.RecordJson;
import dev.tandem.record.ReviewRecord;
import dev.tandem.segment.SentenceSplitter;
import dev.tandem.testing.Samples;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the pipeline's hot parts on the seed and its Vietnamese original from
 * {@code samples/}: each stage alone, and the whole pair without files or network. Run as README
 * says (Benchmarks); the figures are microseconds per operation on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotPartsBenchmark {
    private final PageDecoder decoder = new PageDecoder();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final SentenceSplitter splitter = SentenceSplitter.forLanguage("vi");
    private final DocumentAligner aligner = new DocumentAligner("vi", "fr");
    private byte[] page;
    private FetchedPage fetched;
    private byte[] translationBytes;
    private Translation translation;
    private List<String> sourceUnits;
    private List<String> targetUnits;
    private DocumentAligner.Alignment alignment;
    private ReviewRecord record;
    private LanguageIdentifier languages;
    private Pipeline pipeline;
    private Path scratch;

    @Setup
    public void setUp() throws IOException {
        page = Samples.seedSourcePage();
        String url = Samples.SEED_SOURCE_URL;
        fetched = new FetchedPage(page, new Provenance(url, url, 200, "2024-07-19T03:00:00Z", "text/html; charset=utf-8",
                "UTF-8", Digests.sha256(page), page.length, false, "network", null, null, null, null));
        translationBytes = Samples.seedText().getBytes(StandardCharsets.UTF_8);
        languages = TestSetup.languages();
        scratch = Files.createTempDirectory("tandem-jmh");
        pipeline = Pipeline.create(TestSetup.config(scratch, Map.of()), languages, Clock.systemUTC());
        translation = pipeline.read("seed.txt", translationBytes);
        Article source = extractor.extract(decoder.decode(page, "UTF-8", url).document());
        sourceUnits = RecordAssembler.unitsOf(source).textStrings();
        targetUnits = RecordAssembler.unitsOf(translation.article()).textStrings();
        alignment = aligner.align(sourceUnits, targetUnits);
        record = pipeline.pair(translation, fetched, Pipeline.History.none()).record();
    }

    @TearDown
    public void tearDown() throws IOException {
        pipeline.close();
        try (var files = Files.walk(scratch)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Decoding and parsing the original page, then finding its article. */
    @Benchmark
    public Article extraction() {
        return extractor.extract(decoder.decode(page, "UTF-8", Samples.SEED_SOURCE_URL).document());
    }

    /** Reading the translation file's text: paragraphs, title, Source line. */
    @Benchmark
    public Translation ingest() {
        return pipeline.read("seed.txt", translationBytes);
    }

    /** Sentence breaks in every paragraph of the original. */
    @Benchmark
    public void segmentation(Blackhole sink) {
        for (String unit : sourceUnits) {
            sink.consume(splitter.split(unit));
        }
    }

    /** The language of each side, among the whole default set. */
    @Benchmark
    public void detectionOfSides(Blackhole sink) {
        sink.consume(languages.detect(String.join("\n", sourceUnits)));
        sink.consume(languages.detect(String.join("\n", targetUnits)));
    }

    /** The language of every paragraph of both sides, among the pair's two and English. */
    @Benchmark
    public void detectionOfUnits(Blackhole sink) {
        for (String unit : sourceUnits) {
            sink.consume(languages.detectAmong(unit, "vi", "fr", "en"));
        }
        for (String unit : targetUnits) {
            sink.consume(languages.detectAmong(unit, "vi", "fr", "en"));
        }
    }

    /** Sentence splitting and alignment of the whole article. */
    @Benchmark
    public DocumentAligner.Alignment alignment() {
        return aligner.align(sourceUnits, targetUnits);
    }

    /** Every check on the aligned article. */
    @Benchmark
    public Checker.Report checks() {
        return Checker.check(CheckInput.of(alignment, "vi", "fr", text -> languages.detectAmong(text, "vi", "fr", "en").code()));
    }

    /** The record as the bytes written to disk. */
    @Benchmark
    public byte[] jsonWriting() throws IOException {
        return RecordJson.pretty().writeValueAsBytes(record);
    }

    /** The whole pair between reading and writing: the bare loop's unit of work. */
    @Benchmark
    public ReviewRecord wholePair() {
        return pipeline.pair(pipeline.read("seed.txt", translationBytes), fetched, Pipeline.History.none()).record();
    }
}
