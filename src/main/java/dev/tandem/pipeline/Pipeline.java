package dev.tandem.pipeline;

import dev.tandem.align.Bead;
import dev.tandem.align.DocumentAligner;
import dev.tandem.check.CheckInput;
import dev.tandem.check.Checker;
import dev.tandem.check.Finding;
import dev.tandem.check.OrderedLanguage;
import dev.tandem.config.ConfigurationException;
import dev.tandem.config.TandemConfig;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.PageDecoder;
import dev.tandem.extract.SiteProfiles;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.HttpPageFetcher;
import dev.tandem.fetch.SnapshotStore;
import dev.tandem.fetch.SourceFetcher;
import dev.tandem.ingest.FileState;
import dev.tandem.ingest.HtmlTranslationParser;
import dev.tandem.ingest.Translation;
import dev.tandem.ingest.TranslationReader;
import dev.tandem.language.LanguageGuess;
import dev.tandem.language.LanguageIdentifier;
import dev.tandem.lexicon.Glossary;
import dev.tandem.lexicon.WordTables;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleLimits;
import dev.tandem.model.Outcome;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import dev.tandem.record.RecordAssembler;
import dev.tandem.record.RecordIds;
import dev.tandem.record.RecordWriter;
import dev.tandem.record.ReviewRecord;
import dev.tandem.track.IdentityClaims;
import dev.tandem.track.Ledger;
import dev.tandem.track.SourceChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    /** Reads of one input that keeps changing before it is failed. */
    private static final int MAX_READS = 5;
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
    /** Record ids of the inputs being processed right now, in any run or route. */
    private final IdentityClaims inFlight = new IdentityClaims();
    private final Duration settle;
    private final Duration writeGrace;
    /**
     * One aligner per language pair, built once: each holds two sentence splitters, whose ICU
     * rules and abbreviation lists took about 1 ms to build for every input.
     */
    private final Map<String, DocumentAligner> aligners = new ConcurrentHashMap<>();
    /** The word tables the aligner and the checks read: the shipped ones, with the newsroom's glossary if set. */
    private final WordTables tables;

    public Pipeline(TranslationReader reader, SourceFetcher fetcher, ArticleExtractor extractor,
            LanguageIdentifier languages, RecordWriter writer, Ledger ledger, List<String> sourceLanguages,
            List<String> translationLanguages, Clock clock, Duration settle, Duration writeGrace, WordTables tables) {
        this.reader = reader;
        this.tables = tables;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.languages = languages;
        this.assembler = new RecordAssembler();
        this.writer = writer;
        this.sourceLanguages = List.copyOf(sourceLanguages);
        this.translationLanguages = List.copyOf(translationLanguages);
        this.clock = clock;
        this.ledger = ledger;
        this.settle = settle;
        this.writeGrace = writeGrace;
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
                writer, Ledger.open(config.ledgerFile()), config.sourceLanguages(), config.translationLanguages(), clock,
                config.inputSettle(), config.inputWriteGrace(), wordTables(config));
    }

    /** The shipped word tables, with the glossary {@code tandem.lexicon.glossary} names, read now. */
    private static WordTables wordTables(TandemConfig config) {
        Path glossary = config.lexiconGlossary();
        if (glossary == null) {
            return WordTables.shipped();
        }
        try {
            return WordTables.shipped().withGlossary(Glossary.read(glossary));
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("tandem.lexicon.glossary: no such file: " + glossary, e);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException("tandem.lexicon.glossary: cannot read the glossary " + glossary + ": "
                    + e.getMessage(), e);
        }
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

    /**
     * What became of one input that has a record.
     *
     * @param outcome {@link Outcome#DUPLICATE} when nothing was written, else what the checks said
     * @param record the record's file (for a duplicate, the one the ledger already held)
     * @param paired what was built, or null for a duplicate
     * @param note something the reviewer should know about how the input was tracked, or null
     */
    public record Result(Outcome outcome, String id, Path record, int revision, String fetchOrigin, Paired paired,
            String note) {
    }

    /** Processes one translation file given alone, named by its file name, as an input of no larger run. */
    public Result process(Path file) {
        return process(file, file.getFileName().toString(), null);
    }

    /**
     * Processes one translation file. When the file changes while it is processed (a writer that
     * paused longer than the inbox's settle time), nothing is written from what was read: it is
     * processed again once it is still. An input that fails at ingest soon after its last change
     * is failed only once it has stayed still for {@code tandem.input.write-grace-ms}.
     *
     * @param name the file's path below the folder it was found in, or its own name when given
     *     alone: the translation's identity unless it names another ({@link TranslationReader#read(Path, String)})
     * @param run the record ids claimed by earlier inputs of the same run, or null
     * @throws StageException when any stage fails; nothing is written for the input
     */
    public Result process(Path file, String name, IdentityClaims run) {
        for (int attempt = 1; ; attempt++) {
            FileState before = FileState.of(file);
            try {
                return processOnce(file, name, run, before);
            } catch (InputChanged e) {
                LOG.debug("{} changed while it was processed", file);
            } catch (StageException e) {
                if (!changedSince(file, before, e)) {
                    throw e;
                }
            }
            if (attempt == MAX_READS) {
                throw new StageException(Stage.INGEST, "the file kept changing while it was processed (read "
                        + MAX_READS + " times); a writer should write it under a .tmp name and rename it when done",
                        Map.of(), null);
            }
            LOG.info("AGAIN {}: it changed while it was processed; processing it again once it is still",
                    file.getFileName());
            try {
                FileState.awaitStill(file, settle, Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StageException(Stage.INGEST, "interrupted while waiting for the file to be still", Map.of(), e);
            }
        }
    }

    /**
     * Whether {@code file} is no longer what was read: its state changed, or it failed at ingest
     * within the write grace of its last change and changed during that grace.
     */
    private boolean changedSince(Path file, FileState before, StageException failure) {
        if (!FileState.of(file).equals(before)) {
            return true;
        }
        Instant now = Instant.now();
        if (failure.stage() != Stage.INGEST || !before.changedWithin(writeGrace, now)) {
            return false;
        }
        long wait = Duration.between(now, before.modified().plus(writeGrace)).toMillis();
        try {
            Thread.sleep(Math.max(0, Math.min(wait, writeGrace.toMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !FileState.of(file).equals(before);
    }

    /** Thrown when the input changed between reading it and writing its record. */
    private static final class InputChanged extends RuntimeException {
        InputChanged() {
            super(null, null, false, false);
        }
    }

    private Result processOnce(Path file, String name, IdentityClaims run, FileState before) {
        Translation translation = stage(Stage.INGEST, () -> reader.read(file, name));
        FetchedPage page = stage(Stage.FETCH, () -> fetcher.fetch(translation.sourceUrl()));
        String sourceUrl = translation.sourceUrl().toString();
        String translationKey = RecordIds.translationKey(sourceUrl, translation.identity());
        List<Ledger.Pair> known = stage(Stage.TRACK, () -> ledger.pairsOfKey(translationKey));
        Optional<Result> duplicate = duplicateOf(known, translation, page);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        Paired paired = pair(translation, page, ledger::latest);
        ReviewRecord record = paired.record();
        String id = record.id();
        String input = file.toString();
        claim(inFlight, id, input, "is being processed now");
        try {
            if (run != null) {
                claim(run, id, input, "was processed earlier in this run");
            }
            int written = ledger.latest(id).map(Ledger.Revision::revision).orElse(0);
            if (written != record.revision() - 1) {
                throw new StageException(Stage.TRACK, "revision " + (written) + " of " + id
                        + " was written by another input while this one was processed; nothing written for this one",
                        Map.of("id", id), null);
            }
            if (!FileState.of(file).equals(before)) {
                throw new InputChanged();
            }
            Path path = stage(Stage.RECORD, () -> writer.write(record));
            stage(Stage.TRACK, () -> {
                ledger.add(new Ledger.Revision(id, record.revision(), sourceUrl, translation.identity(),
                        translation.sha256(), page.provenance().sha256(), path.toString(), page.provenance().snapshot(),
                        record.createdAt()), new Ledger.PairFacts(translationKey, paired.translationLanguage(),
                        record.checks().state()),
                        record.revision() > 1 ? writer.archivedPathOf(id, record.revision() - 1).toString() : null,
                        input);
                return null;
            });
            return new Result(Outcome.ofCheckState(record.checks().state()), id, path, record.revision(),
                    page.provenance().origin(), paired, languageChange(known, paired.translationLanguage()));
        } finally {
            inFlight.release(id, input);
        }
    }

    /**
     * The pair this input already is, unchanged, if the ledger holds one: the same translation
     * of the same source. The record stands, with any review made on it, and there is nothing to
     * extract, detect or align again. (The language is not compared: the same bytes are detected
     * the same.)
     */
    private Optional<Result> duplicateOf(List<Ledger.Pair> known, Translation translation, FetchedPage page) {
        for (Ledger.Pair pair : known) {
            Optional<Ledger.Revision> latest = ledger.latest(pair.recordId());
            if (latest.isPresent() && latest.get().translationSha256().equals(translation.sha256())
                    && latest.get().sourceSha256().equals(page.provenance().sha256())) {
                return Optional.of(new Result(Outcome.DUPLICATE, pair.recordId(), Path.of(latest.get().recordPath()),
                        latest.get().revision(), page.provenance().origin(), null,
                        "its checks said " + pair.checkState()));
            }
        }
        return Optional.empty();
    }

    /** A note when this input was paired before in another language: a new pair, never a silent revision. */
    private static String languageChange(List<Ledger.Pair> known, String language) {
        List<String> others = known.stream().filter(p -> !language.equals(p.translationLanguage()))
                .map(p -> p.translationLanguage() + " (" + p.recordId() + ")").toList();
        return others.isEmpty() ? null : "a new pair: this input was paired before in " + String.join(", ", others);
    }

    private static void claim(IdentityClaims claims, String id, String input, String when) {
        Optional<String> holder = claims.claim(id, input);
        if (holder.isPresent()) {
            throw new StageException(Stage.TRACK, "another input, " + holder.get() + ", is the same translation of"
                    + " the same original (record " + id + ") and " + when + "; nothing written for this one: give"
                    + " each translation its own file or job id", Map.of("id", id, "otherInput", holder.get()), null);
        }
    }

    /** A record built, and what the outcome line says of it. */
    public record Paired(ReviewRecord record, String sourceLanguage, String translationLanguage, int pairs,
            int unpaired) {
    }

    /** Where the pipeline finds a pair's newest revision, by record id. */
    @FunctionalInterface
    public interface History {
        Optional<Ledger.Revision> latest(String recordId);

        /** No history: every pair is new. */
        static History none() {
            return id -> Optional.empty();
        }
    }

    /**
     * The work between reading and writing, with no file, network or ledger write: extracts the
     * original from {@code page}, detects both languages, names the pair (its id includes the
     * translation's language), aligns, checks and assembles the record as the next revision after
     * {@code history}'s. {@code history}'s revision also gives {@code SOURCE_CHANGED}.
     *
     * @throws StageException when a stage fails
     */
    public Paired pair(Translation translation, FetchedPage page, History history) {
        PageDecoder.Decoded decoded = stage(Stage.EXTRACT, () -> decode(page));
        Article source = stage(Stage.EXTRACT, () -> extractor.extract(decoded.document()));
        ArticleLimits.check(source, Stage.EXTRACT, "the source page");
        String charset = decoded.charset();

        RecordAssembler.Units sourceUnits = RecordAssembler.unitsOf(source);
        RecordAssembler.Units targetUnits = RecordAssembler.unitsOf(translation.article());
        LanguageGuess sourceLanguage = stage(Stage.LANGUAGE, () -> languages.detect(sourceUnits.joined()));
        LanguageGuess targetLanguage = stage(Stage.LANGUAGE, () -> languages.detect(targetUnits.joined()
                + "\n" + String.join("\n", targetUnits.captionStrings())));
        checkLanguages(translation, sourceLanguage, targetLanguage);
        String id = RecordIds.of(translation.sourceUrl().toString(), translation.identity(), targetLanguage.code());
        Optional<Ledger.Revision> latest = stage(Stage.TRACK, () -> history.latest(id));
        int revision = latest.map(r -> r.revision() + 1).orElse(1);

        DocumentAligner aligner = aligners.computeIfAbsent(sourceLanguage.code() + "-" + targetLanguage.code(),
                pair -> new DocumentAligner(sourceLanguage.code(), targetLanguage.code(), tables));
        DocumentAligner.Alignment text = stage(Stage.ALIGN,
                () -> aligner.align(sourceUnits.textStrings(), targetUnits.textStrings()));
        List<Bead> captionBeads = stage(Stage.ALIGN,
                () -> aligner.alignUnits(sourceUnits.captionStrings(), targetUnits.captionStrings()));
        List<Bead> paragraphBeads = text.paragraphs();
        Checker.Report checked = stage(Stage.CHECK, () -> Checker.check(CheckInput.of(text, sourceLanguage.code(),
                targetLanguage.code(), segment -> segmentLanguage(segment, sourceLanguage, targetLanguage).code())
                .withOrdered(orderedLanguage(translation)).withTables(tables)));
        Checker.Report checks = latest.isPresent() && latest.get().translationSha256().equals(translation.sha256())
                ? checked.with(sourceChanged(latest.get(), sourceUnits)) : checked;

        int unpaired = (int) paragraphBeads.stream().filter(b -> b.source().isEmpty() || b.target().isEmpty()).count();
        ReviewRecord record = stage(Stage.RECORD, () -> assembler.assemble(new RecordAssembler.Parts(id, translation,
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

    /**
     * Runs one step, reporting any unexpected failure as a failure of {@code stage}. Running out of
     * memory is one too: what the step allocated is garbage once it is unwound, so the input gets
     * its outcome and the run goes on with the next one.
     */
    private static <T> T stage(Stage stage, Step<T> step) {
        try {
            return step.run();
        } catch (StageException e) {
            throw e;
        } catch (Exception e) {
            if (ErrorSidecar.unwrap(e) instanceof OutOfMemoryError) {
                // Out of memory in a worker thread (Lingua detects in parallel), handed over wrapped.
                throw new StageException(stage, ErrorSidecar.messageOf(e), Map.of("maxHeapMiB",
                        ErrorSidecar.maxHeapMiB()), e);
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new StageException(stage, message, Map.of(), e);
        } catch (OutOfMemoryError e) {
            throw new StageException(stage, ErrorSidecar.messageOf(e), Map.of("maxHeapMiB", ErrorSidecar.maxHeapMiB()),
                    e);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }
}
