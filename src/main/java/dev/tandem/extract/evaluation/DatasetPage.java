package dev.tandem.extract.evaluation;

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

    /** Parses the page as {@code Jsoup.parse(InputStream, charset, baseUri)} does. */
    public Document parse() {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse in-memory page " + id, e);
        }
    }
}
