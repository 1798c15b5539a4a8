package dev.tandem.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.extract.PageDecoder;
import dev.tandem.fetch.Digests;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.SourceFetcher;
import dev.tandem.model.ArticleLimits;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Document;

/**
 * Reads one input file into a {@link Translation}, whatever its form: plain text like the seed, a
 * translation page saved as HTML, or a JSON job file
 * ({@code {"translationUrl" | "translationText", "sourceUrl"?, ...metadata}}). The form is told by
 * the file's extension, then by its first bytes. Text in UTF-16 or UTF-32 is read as such
 * ({@link InputDecoder}); anything unusable (empty, binary, neither UTF-8 nor UTF-16/32, no source
 * link) is a {@link StageException} at the ingest stage saying what is wrong.
 */
public final class TranslationReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Translations are articles; anything this large is not one. */
    private static final long MAX_INPUT_BYTES = 20L * 1024 * 1024;
    private static final String TRANSLATION = "the translation";

    private final TextTranslationParser textParser = new TextTranslationParser();
    private final PageDecoder decoder = new PageDecoder();
    private final HtmlTranslationParser htmlParser;
    private final SourceFetcher fetcher;

    /**
     * @param htmlParser reads translation pages
     * @param fetcher fetches the pages that job files name by URL
     */
    public TranslationReader(HtmlTranslationParser htmlParser, SourceFetcher fetcher) {
        this.htmlParser = htmlParser;
        this.fetcher = fetcher;
    }

    /** Reads {@code file}. */
    public Translation read(Path file) {
        return read(file, file.getFileName().toString());
    }

    /**
     * Reads {@code file}, found as {@code name}: its path below the folder it was found in (the
     * inbox, a batch folder, a folder given to {@code process}), with {@code /} between folders,
     * or its own name when it was given alone. Unless the input names itself otherwise (a job's
     * id, a translation URL), the name is the translation's identity, so that {@code en/a.txt}
     * and {@code es/a.txt} are two translations wherever the folder lies.
     */
    public Translation read(Path file, String name) {
        return read(name, readBytes(file), file.toAbsolutePath().toUri().toString());
    }

    /**
     * Reads an input given as bytes, named {@code name} (its extension tells its form as a file's
     * does); {@code baseUri} resolves relative links of an HTML page.
     */
    public Translation read(String name, byte[] bytes, String baseUri) {
        Source source = new Source(name, Digests.sha256(bytes), name, null, null, null, Map.of());
        InputDecoder.Decoded decoded = InputDecoder.decode(bytes);
        byte[] utf8 = decoded.bytes();
        if (isBlank(utf8)) {
            throw new StageException(Stage.INGEST, "the file is empty", Map.of(), null);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return fromJob(decode(utf8), source);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || looksLikeHtml(utf8)) {
            // A page brought to UTF-8 from UTF-16 may still say <meta charset="utf-16">: the bytes win.
            Document doc = parseHtml(utf8, decoded.transcodedFrom() == null ? null : "UTF-8", baseUri);
            return build(htmlParser.parse(doc), "html", source);
        }
        return build(textParser.parse(checked(decode(utf8))), "text", source);
    }

    /** What is known of an input besides its text. */
    private record Source(String file, String sha256, String identity, String url, String sourceLanguage,
            String translationLanguage, Map<String, Object> metadata) {
    }

    private Translation fromJob(String text, Source file) {
        JsonNode job;
        try {
            job = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StageException(Stage.INGEST, "job file is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", Map.of(), e);
        }
        if (job == null || !job.isObject()) {
            throw new StageException(Stage.INGEST, "job file must hold one JSON object", Map.of(), null);
        }
        String translationText = textField(job, "translationText");
        String translationUrl = textField(job, "translationUrl");
        if ((translationText == null) == (translationUrl == null)) {
            throw new StageException(Stage.INGEST,
                    "job file must give exactly one of \"translationText\" and \"translationUrl\"", Map.of(), null);
        }
        Optional<SourceUrlFinder.Found> declared = Optional.ofNullable(textField(job, "sourceUrl"))
                .map(u -> new SourceUrlFinder.Found(parseUrl(u, "source"), -1));
        String identity = Optional.ofNullable(textField(job, "id"))
                .orElse(translationUrl != null ? translationUrl : file.identity());
        Source source = new Source(file.file(), file.sha256(), identity, translationUrl,
                textField(job, "sourceLanguage"), textField(job, "translationLanguage"), metadata(job));
        TextTranslationParser.Parsed parsed;
        if (translationText != null) {
            parsed = textParser.parse(checked(translationText));
        } else {
            URI url = parseUrl(translationUrl, "translation");
            FetchedPage page = fetcher.fetch(url);
            parsed = htmlParser.parse(parseHtml(page.body(), page.headerCharset(), url.toString()));
        }
        if (declared.isPresent()) {
            parsed = new TextTranslationParser.Parsed(parsed.article(), declared);
        }
        return build(parsed, "job", source);
    }

    private static Translation build(TextTranslationParser.Parsed parsed, String format, Source source) {
        URI sourceUrl = parsed.source().map(SourceUrlFinder.Found::url).orElseThrow(() -> new StageException(
                Stage.INGEST, "no source URL found: the translation must name its original, e.g. with a line "
                        + "'Source: https://...'", Map.of(), null));
        ArticleLimits.check(parsed.article(), Stage.INGEST, TRANSLATION);
        if (parsed.article().paragraphs().isEmpty()) {
            throw new StageException(Stage.INGEST, "the translation has no text besides its source line", Map.of(),
                    null);
        }
        // A saved translation page that declares its canonical address is linked to it; the
        // identity stays the file's, so that re-saving the page does not change the record.
        String url = source.url() != null ? source.url() : parsed.article().canonicalUrl();
        return new Translation(parsed.article(), sourceUrl, format, source.file(), url, source.sha256(),
                source.identity(), source.sourceLanguage(), source.translationLanguage(), source.metadata());
    }

    /** A text refused before it is parsed when it is far beyond an article ({@link ArticleLimits}). */
    private static String checked(String text) {
        ArticleLimits.checkText(text, Stage.INGEST, TRANSLATION);
        return text;
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.size(file) > MAX_INPUT_BYTES) {
                throw new StageException(Stage.INGEST, "the file is larger than " + MAX_INPUT_BYTES / (1024 * 1024)
                        + " MiB: not a translation", Map.of(), null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StageException(Stage.INGEST, "no such file: " + file, Map.of(), e);
        } catch (IOException e) {
            throw new StageException(Stage.INGEST, "cannot read " + file + ": " + e.getMessage(), Map.of(), e);
        }
    }

    /** True when every byte is ASCII white space, as a Latin-1 reading would say, without a copy. */
    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && !(b >= 0x09 && b <= 0x0D) && !(b >= 0x1C && b <= 0x1F)) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new StageException(Stage.INGEST,
                    "the file is not UTF-8 text (binary, or text in another encoding: convert it to UTF-8 or UTF-16)", Map.of(), e);
        }
    }

    private Document parseHtml(byte[] bytes, String charset, String baseUri) {
        return decoder.decode(bytes, charset, baseUri).document();
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static URI parseUrl(String text, String what) {
        return SourceUrlFinder.parse(text).orElseThrow(() -> new StageException(Stage.INGEST,
                "the " + what + " URL '" + text + "' is malformed", Map.of("url", text), null));
    }

    private static String textField(JsonNode job, String field) {
        JsonNode value = job.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new StageException(Stage.INGEST, "job field \"" + field + "\" must be a non-empty string", Map.of(),
                    null);
        }
        return value.asText();
    }

    /** Every job field but the ones read above, as plain values, sorted by name. */
    private static Map<String, Object> metadata(JsonNode job) {
        Map<String, Object> metadata = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = job.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getKey().equals("translationText")) {
                metadata.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
            }
        }
        return metadata;
    }
}
