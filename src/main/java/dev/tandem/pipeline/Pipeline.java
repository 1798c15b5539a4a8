package dev.tandem.pipeline;

import dev.tandem.align.Bead;
import dev.tandem.align.DocumentAligner;
import dev.tandem.check.CheckInput;
import dev.tandem.check.Checker;
import dev.tandem.check.Finding;
import dev.tandem.check.OrderedLanguage;
import dev.tandem.config.TandemConfig;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.PageDecoder;
import dev.tandem.extract.SiteProfiles;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.HttpPageFetcher;
import dev.tandem.fetch.SnapshotStore;
import dev.tandem.fetch.SourceFetcher;
import dev.tandem.ingest.HtmlTranslationParser;
import dev.tandem.ingest.Translation;
import dev.tandem.ingest.TranslationReader;
import dev.tandem.language.LanguageGuess;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.model.Article;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import dev.tandem.record.RecordAssembler;
import dev.tandem.record.RecordIds;
import dev.tandem.record.RecordWriter;
import dev.tandem.record.ReviewRecord;
import dev.tandem.track.Ledger;
import dev.tandem.track.SourceChanges;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one translation file into one review record: read the translation, fetch its original,
 * extract the article, detect both languages, align, assemble and write. Plain Java, shared by the
 * Camel routes and the command line. A failure at any stage is a {@link StageException} naming the
 * stage; nothing is written for an input that fails.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");
    /** Name of the aligner, written into records. */
    public static final String ALIGNMENT_METHOD = "sentence-length-facts/2";

    private final TranslationReader reader;
    private final SourceFetcher fetcher;
    private final PageDecoder decoder = new PageDecoder();
    private final ArticleExtractor extractor;
    private final LanguageIdentifier languages;
    private final RecordAssembler assembler;
    private final RecordWriter writer;
    private final List<String> sourceLanguages;
    private final List<String> translationLanguages;
    private final Clock clock;
    private final Ledger ledger;
    /**
     * One aligner per language pair, built once: each holds two sentence splitters, whose ICU
     * rules and abbreviation lists took about 1 ms to build for every input.
     */
    private final Map<String, DocumentAligner> aligners = new ConcurrentHashMap<>();

    public Pipeline(TranslationReader reader, SourceFetcher fetcher, ArticleExtractor extractor,
            LanguageIdentifier languages, RecordWriter writer, Ledger ledger, List<String> sourceLanguages,
            List<String> translationLanguages, Clock clock) {
        this.reader = reader;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.languages = languages;
        this.assembler = new RecordAssembler();
        this.writer = writer;
        this.sourceLanguages = List.copyOf(sourceLanguages);
        this.translationLanguages = List.copyOf(translationLanguages);
        this.clock = clock;
        this.ledger = ledger;
    }

    /** A pipeline wired from configuration, sharing an already loaded language identifier. */
    public static Pipeline create(TandemConfig config, LanguageIdentifier languages, Clock clock) {
        HttpPageFetcher http = new HttpPageFetcher(config.fetchSettings(), clock);
        SnapshotStore store = new SnapshotStore(config.snapshotDir(), config.snapshotReadDirs());
        SourceFetcher fetcher = new SourceFetcher(http, store, config.fetchPolicy(),
                config.fetchSettings().reuseWindow());
        ArticleExtractor extractor = new ArticleExtractor(SiteProfiles.load(config.extractProfiles()));
        RecordWriter writer = new RecordWriter(config.outDir());
        writer.removeUnfinishedWrites();
        TranslationReader reader = new TranslationReader(
                new HtmlTranslationParser(extractor, config.sourceLanguages()), fetcher);
        return new Pipeline(reader, fetcher, extractor, languages,
                writer, Ledger.open(config.ledgerFile()), config.sourceLanguages(), config.translationLanguages(), clock);
    }

    /** Waits until the language models are loaded, when they load in the background. */
    public void awaitLanguageModels() {
        languages.awaitLoaded();
    }

    /**
     * Starts building the HTTP client in the background, for a service that has just started
     * ({@link SourceFetcher#prepare()}); a fetch before it is built waits for it.
     */
    public void prepareFetching() {
        fetcher.prepare();
    }

    /** The output folder records go to. */
    public Path outDir() {
        return writer.outDir();
    }

    /** What became of one input that succeeded. */
    public record Outcome(String id, Path record, String sourceUrl, String sourceLanguage, String translationLanguage,
            int pairs, int paragraphsWithoutPartner, String fetchOrigin, int revision, boolean duplicate) {
    }

    /**
     * Processes one translation file.
     *
     * @throws StageException when any stage fails; the input is untouched and nothing is written
     */
    public Outcome process(Path file) {
        Translation translation = stage(Stage.INGEST, () -> reader.read(file));
        FetchedPage page = stage(Stage.FETCH, () -> fetcher.fetch(translation.sourceUrl()));
        String id = RecordIds.of(translation.sourceUrl().toString(), translation.identity());
        String sourceSha = page.provenance().sha256();
        Optional<Ledger.Revision> latest = ledger.latest(id);
        if (latest.isPresent() && latest.get().translationSha256().equals(translation.sha256())
                && latest.get().sourceSha256().equals(sourceSha)) {
            // The same translation of the same source: the record stands, with any review made on it,
            // and there is nothing to extract, detect or align again.
            return new Outcome(id, Path.of(latest.get().recordPath()), translation.sourceUrl().toString(), null, null,
                    0, 0, page.provenance().origin(), latest.get().revision(), true);
        }
        int revision = latest.map(r -> r.revision() + 1).orElse(1);
        Paired paired = pair(translation, page, latest, revision);
        ReviewRecord record = paired.record();
        Path written = stage(Stage.RECORD, () -> writer.write(record));
        stage(Stage.RECORD, () -> {
            ledger.add(new Ledger.Revision(id, revision, record.source().url(), translation.identity(),
                    translation.sha256(), sourceSha, written.toString(), page.provenance().snapshot(),
                    record.createdAt()), revision > 1 ? writer.archivedPathOf(id, revision - 1).toString() : null,
                    file.toString());
            return null;
        });
        return new Outcome(record.id(), written, record.source().url(), paired.sourceLanguage(),
                paired.translationLanguage(), paired.pairs(), paired.unpaired(), page.provenance().origin(), revision,
                false);
    }

    /** A record built, and what the outcome line says of it. */
    public record Paired(ReviewRecord record, String sourceLanguage, String translationLanguage, int pairs,
            int unpaired) {
    }

    /**
     * The work between reading and writing, with no file, network or ledger: extracts the
     * original from {@code page}, detects both languages, aligns, checks and assembles the record.
     * {@code latest} is the pair's previous revision, if any, for {@code SOURCE_CHANGED}.
     *
     * @throws StageException when a stage fails
     */
    public Paired pair(Translation translation, FetchedPage page, Optional<Ledger.Revision> latest, int revision) {
        PageDecoder.Decoded decoded = stage(Stage.EXTRACT, () -> decode(page));
        Article source = stage(Stage.EXTRACT, () -> extractor.extract(decoded.document()));
        String charset = decoded.charset();

        RecordAssembler.Units sourceUnits = RecordAssembler.unitsOf(source);
        RecordAssembler.Units targetUnits = RecordAssembler.unitsOf(translation.article());
        LanguageGuess sourceLanguage = stage(Stage.LANGUAGE, () -> languages.detect(sourceUnits.joined()));
        LanguageGuess targetLanguage = stage(Stage.LANGUAGE, () -> languages.detect(targetUnits.joined()
                + "\n" + String.join("\n", targetUnits.captionStrings())));
        checkLanguages(translation, sourceLanguage, targetLanguage);

        DocumentAligner aligner = aligners.computeIfAbsent(sourceLanguage.code() + "-" + targetLanguage.code(),
                pair -> new DocumentAligner(sourceLanguage.code(), targetLanguage.code()));
        DocumentAligner.Alignment text = stage(Stage.ALIGN,
                () -> aligner.align(sourceUnits.textStrings(), targetUnits.textStrings()));
        List<Bead> captionBeads = stage(Stage.ALIGN,
                () -> aligner.alignUnits(sourceUnits.captionStrings(), targetUnits.captionStrings()));
        List<Bead> paragraphBeads = text.paragraphs();
        Checker.Report checked = stage(Stage.CHECK, () -> Checker.check(CheckInput.of(text, sourceLanguage.code(),
                targetLanguage.code(), segment -> segmentLanguage(segment, sourceLanguage, targetLanguage).code())
                .withOrdered(orderedLanguage(translation))));
        Checker.Report checks = latest.isPresent() && latest.get().translationSha256().equals(translation.sha256())
                ? checked.with(sourceChanged(latest.get(), sourceUnits)) : checked;

        int unpaired = (int) paragraphBeads.stream().filter(b -> b.source().isEmpty() || b.target().isEmpty()).count();
        ReviewRecord record = stage(Stage.RECORD, () -> assembler.assemble(new RecordAssembler.Parts(translation,
                source, page.provenance().withCharset(charset), sourceLanguage, targetLanguage,
                unit -> segmentLanguage(unit, sourceLanguage, targetLanguage),
                text, captionBeads, ALIGNMENT_METHOD, checks, revision, clock.instant().toString())));
        return new Paired(record, sourceLanguage.code(), targetLanguage.code(),
                paragraphBeads.size() + captionBeads.size(), unpaired);
    }

    /**
     * The language of one unit or sentence of a pair, among the pair's two and English (quotes
     * and names are often left in English): a batch spent most of its time in Lingua, asking nine
     * languages about every unit and sentence.
     */
    private LanguageGuess segmentLanguage(String text, LanguageGuess source, LanguageGuess target) {
        return languages.detectAmong(text, source.code(), target.code(), "en");
    }

    /** Reads a translation given as bytes, as {@link #process} reads a file; for runs without files. */
    public Translation read(String name, byte[] bytes) {
        return stage(Stage.INGEST, () -> reader.read(name, bytes, "file:///" + name));
    }

    /** What one re-check run found. */
    public record RecheckSummary(int pairs, int unchanged, int stale, int unreachable) {
    }

    /**
     * Fetches the source of every tracked pair again and marks stale each pair whose source no
     * longer has a paragraph that was translated ({@link SourceChanges}); a page that only changed
     * around the article (ads, related links) is not a change. A source that cannot be reached is
     * counted and left as it was.
     */
    public RecheckSummary recheck() {
        int unchanged = 0;
        int stale = 0;
        int unreachable = 0;
        List<Ledger.Pair> pairs = ledger.pairs();
        for (Ledger.Pair pair : pairs) {
            Optional<FetchedPage> page;
            try {
                page = fetcher.recheck(java.net.URI.create(pair.sourceUrl()));
            } catch (RuntimeException e) {
                unreachable++;
                LOG.warn("recheck {}: cannot fetch {}: {}", pair.recordId(), pair.sourceUrl(), e.getMessage());
                continue;
            }
            Optional<Ledger.Revision> latest = ledger.latest(pair.recordId());
            if (page.isEmpty() || latest.isPresent()
                    && latest.get().sourceSha256().equals(page.get().provenance().sha256())) {
                unchanged++;
                continue;
            }
            Article now = extractor.extract(decode(page.get()).document());
            RecordAssembler.Units units = RecordAssembler.unitsOf(now);
            List<String> texts = new java.util.ArrayList<>(units.textStrings());
            texts.addAll(units.captionStrings());
            SourceChanges.Changes changes = SourceChanges.between(Path.of(pair.recordPath()), texts);
            if (changes.any()) {
                ledger.markStale(pair.recordId(), changes.summary(), clock.instant().toString());
                LOG.info("STALE {} r{}: the source changed since the translation was paired: {}", pair.recordId(),
                        pair.revision(), changes.summary());
                stale++;
            } else {
                unchanged++;
            }
        }
        return new RecheckSummary(pairs.size(), unchanged, stale, unreachable);
    }

    /**
     * The same translation paired again with a source page that changed since: which of the source
     * units the previous revision was built on the page no longer has.
     */
    private static Finding sourceChanged(Ledger.Revision previous, RecordAssembler.Units now) {
        List<String> texts = new java.util.ArrayList<>(now.textStrings());
        texts.addAll(now.captionStrings());
        Path previousRecord = Path.of(previous.recordPath());
        List<String> changed = java.nio.file.Files.exists(previousRecord)
                ? SourceChanges.between(previousRecord, texts).changed() : List.of();
        return new Finding("SOURCE_CHANGED", Finding.WARNING, List.of(), List.of(),
                "The source page changed since revision " + previous.revision() + " was paired with this translation"
                        + (changed.isEmpty() ? "." : "; units of that revision no longer in it: "
                        + String.join(", ", changed) + "."));
    }

    private PageDecoder.Decoded decode(FetchedPage page) {
        return decoder.decode(page.body(), page.headerCharset(), page.provenance().finalUrl());
    }

    /** Notes in the ledger an input that failed, with where its sidecar is. */
    public void noteFailure(Path input, Throwable failure, Path sidecar) {
        ledger.failed(new Ledger.Failure(input.toString(), ErrorSidecar.stageOf(failure),
                ErrorSidecar.messageOf(failure), sidecar == null ? null : sidecar.toString(), clock.instant().toString()));
    }

    /** The ledger this pipeline keeps. */
    public Ledger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        ledger.close();
    }

    private void checkLanguages(Translation translation, LanguageGuess source, LanguageGuess target) {
        Map<String, Object> details = Map.of("url", translation.sourceUrl().toString(), "sourceLanguage",
                source.code(), "translationLanguage", target.code());
        if (!source.isDetermined()) {
            throw new StageException(Stage.LANGUAGE, "cannot tell the language of the source page", details, null);
        }
        if (!target.isDetermined()) {
            throw new StageException(Stage.LANGUAGE, "cannot tell the language of the translation", details, null);
        }
        if (source.code().equals(target.code())) {
            throw new StageException(Stage.LANGUAGE, "the source page is in " + source.code()
                    + ", the same language as the translation: it is not the original", details, null);
        }
        if (!sourceLanguages.isEmpty() && !sourceLanguages.contains(source.code())) {
            throw new StageException(Stage.LANGUAGE, "the source page is in " + source.code()
                    + ", not in an expected source language " + sourceLanguages, details, null);
        }
        String declared = translation.declaredSourceLanguage();
        if (declared != null && !primary(declared).equals(source.code())) {
            throw new StageException(Stage.LANGUAGE, "the source page is in " + source.code()
                    + " but the job says " + declared, details, null);
        }
    }

    /**
     * The language the translation was ordered in: the job's {@code translationLanguage}, else
     * {@code tandem.translation.languages} (both binding), else the language its HTML page
     * declares; null when nobody says.
     */
    private OrderedLanguage orderedLanguage(Translation translation) {
        String byJob = translation.declaredLanguage();
        String byPage = translation.article().declaredLanguage();
        if (byJob != null && !byJob.isBlank()) {
            return new OrderedLanguage(List.of(primary(byJob)), "the job's translationLanguage says " + byJob, true);
        }
        if (!translationLanguages.isEmpty()) {
            return new OrderedLanguage(translationLanguages,
                    "tandem.translation.languages expects " + String.join(", ", translationLanguages), true);
        }
        if (byPage != null && !byPage.isBlank() && translation.format().equals("html")) {
            return new OrderedLanguage(List.of(primary(byPage)), "the page declares " + byPage, false);
        }
        return null;
    }

    private static String primary(String tag) {
        return tag.trim().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    }

    /** Runs one step, reporting any unexpected failure as a failure of {@code stage}. */
    private static <T> T stage(Stage stage, Step<T> step) {
        try {
            return step.run();
        } catch (StageException e) {
            throw e;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new StageException(stage, message, Map.of(), e);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }
}
