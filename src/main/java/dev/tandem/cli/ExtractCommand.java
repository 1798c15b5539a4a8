package dev.tandem.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.PageDecoder;
import dev.tandem.extract.SiteProfiles;
import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.model.StageException;
import dev.tandem.record.RecordJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract --url URL FILE} prints the article of a saved page as one JSON object;
 * {@code extract --batch LIST} reads lines {@code URL<TAB>PATH} (PATH may be gzip-compressed) and
 * prints one JSON line per page, in the same order, each with {@code "file"} and, on failure,
 * {@code "error"}. Benchmarks drive this interface: keep its fields stable.
 *
 * <p>Exit status: 0 when every page gave an article, 1 when any failed, 2 on a usage or configuration
 * error, a missing FILE or an unreadable list.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the article (title, lead, paragraphs, captions, metadata) of saved pages as JSON.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every page gave an article", "1:at least one page failed (its \"error\" says why)",
            "2:usage or configuration error, a missing FILE or an unreadable LIST"})
final class ExtractCommand implements Callable<Integer> {
    /** Pages larger than this are cut before parsing, as fetched pages are (tandem.fetch.max-bytes). */
    private static final int MAX_PAGE_BYTES = 10 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--url", paramLabel = "URL", description = "The page's address (resolves relative links).")
        String url;

        @Option(names = "--batch", paramLabel = "LIST", description = "File of lines URL<TAB>PATH.")
        Path batch;
    }

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The saved page (with --url); .gz is read as gzip.")
    Path file;

    /**
     * One page's output, fields in this order; {@code error} appears only on failure, and then the
     * article fields are null.
     */
    record Extracted(
            String file,
            String url,
            String title,
            String lead,
            List<String> paragraphs,
            List<String> captions,
            String author,
            String publishedAt,
            String modifiedAt,
            String language,
            String section,
            String siteName,
            String canonicalUrl,
            Map<String, String> alternates,
            String charset,
            List<Map<String, String>> blocks,
            @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

        static Extracted failed(String file, String url, String error) {
            return new Extracted(file, url, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, error);
        }

        boolean ok() {
            return error == null;
        }
    }

    private final PageDecoder decoder = new PageDecoder();
    private ArticleExtractor extractor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path profiles = config.load(Map.of()).extractProfiles();
        try {
            extractor = new ArticleExtractor(SiteProfiles.load(profiles));
        } catch (IllegalArgumentException e) {
            err.println("tandem: " + e.getMessage());
            return 2;
        }
        if (mode.url != null) {
            if (file == null) {
                err.println("tandem: extract --url URL needs the FILE of the saved page");
                return 2;
            }
            if (!Files.exists(file)) {
                err.println("tandem: no such file: " + file);
                return 2;
            }
            Extracted result = extractOne(mode.url, file);
            out.println(json(result));
            return result.ok() ? 0 : 1;
        }
        if (file != null) {
            err.println("tandem: extract --batch LIST takes no FILE");
            return 2;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(mode.batch, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("tandem: no such file: " + mode.batch);
            return 2;
        } catch (IOException e) {
            err.println("tandem: cannot read " + mode.batch + ": " + e.getMessage());
            return 2;
        }
        boolean allOk = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            Extracted result = tab < 0
                    ? Extracted.failed(line.strip(), null, "line is not URL<TAB>PATH")
                    : extractOne(line.substring(0, tab).strip(), Path.of(line.substring(tab + 1).strip()));
            allOk &= result.ok();
            out.println(json(result));
        }
        out.flush();
        return allOk ? 0 : 1;
    }

    private Extracted extractOne(String url, Path page) {
        try {
            PageDecoder.Decoded decoded = decoder.decode(read(page), null, url);
            Article a = extractor.extract(decoded.document());
            List<String> paragraphs = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            List<Map<String, String>> blocks = new ArrayList<>();
            for (Paragraph p : a.paragraphs()) {
                (p.kind() == ParagraphKind.CAPTION ? captions : paragraphs).add(p.text());
                blocks.add(Map.of("kind", p.kind().name().toLowerCase(Locale.ROOT), "text", p.text()));
            }
            return new Extracted(page.toString(), url, a.title(), a.lead(), paragraphs, captions, a.author(),
                    a.publishedAt(), a.modifiedAt(), a.declaredLanguage(), a.section(), a.siteName(), a.canonicalUrl(),
                    a.alternates(), decoded.charset(), blocks, null);
        } catch (NoSuchFileException e) {
            return Extracted.failed(page.toString(), url, "no such file: " + page);
        } catch (StageException | IOException | UncheckedIOException e) {
            return Extracted.failed(page.toString(), url,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static byte[] read(Path page) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(page))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
                return in.readNBytes(MAX_PAGE_BYTES);
            }
        }
    }

    private static String json(Extracted result) {
        try {
            return RecordJson.compact().writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
