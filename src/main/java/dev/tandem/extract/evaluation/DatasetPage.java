package dev.tandem.extract.evaluation;

import dev.tandem.extract.PageDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One benchmark page held in memory as raw bytes, so that scoring and timing read it the same way
 * and timing measures no disk access.
 *
 * @param id the page's key in its data set (file name or hash)
 * @param baseUri the page's address, for resolving links; empty when unknown
 * @param charset the known encoding, or null to let Jsoup detect it (BOM, meta tag, else UTF-8)
 * @param html the page's bytes, decompressed
 */
public record DatasetPage(String id, String baseUri, String charset, byte[] html) {
    private static final PageDecoder DECODER = new PageDecoder();

    public DatasetPage {
        Objects.requireNonNull(id, "id must not be null");
        baseUri = baseUri == null ? "" : baseUri;
        Objects.requireNonNull(html, "html must not be null");
    }

    /** Reads a gzip-compressed page file into memory. */
    public static DatasetPage readGzip(String id, String baseUri, String charset, Path gzipFile) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipFile))) {
            return new DatasetPage(id, baseUri, charset, in.readAllBytes());
        }
    }

    /**
     * Decodes and parses the page as tandem does for a fetched page ({@link PageDecoder}, with the
     * known encoding in the place of the HTTP header's), so that the scores are those of the
     * production path.
     */
    public Document parse() {
        return DECODER.decode(html, charset, baseUri).document();
    }

    /** Parses the page with {@code Jsoup.parse(InputStream, charset, baseUri)} alone: the speed baseline. */
    public Document bareParse() {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse in-memory page " + id, e);
        }
    }
}
