package dev.tandem.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A snapshot as a gzipped WARC file (ISO 28500) with jwarc: a request record and a response record
 * holding the page as tandem kept it (decoded, so without Content-Encoding), each with its SHA-1
 * payload digest in base 32, as web-archive tools expect. Any WARC reader can open it.
 */
final class WarcSnapshots {
    private WarcSnapshots() {
    }

    /** The WARC bytes of a fetched page. */
    static byte[] write(FetchedPage page) throws IOException {
        Provenance p = page.provenance();
        URI target = URI.create(p.finalUrl());
        Instant at = Instant.parse(p.fetchedAt());
        HttpRequest.Builder request = new HttpRequest.Builder("GET", pathOf(target))
                .addHeader("Host", target.getRawAuthority());
        HttpResponse.Builder response = new HttpResponse.Builder(p.status(), "OK")
                .addHeader("Content-Length", String.valueOf(page.body().length));
        if (p.etag() != null) {
            response.addHeader("ETag", p.etag());
        }
        if (p.lastModified() != null) {
            response.addHeader("Last-Modified", p.lastModified());
        }
        response.body(MediaType.parseLeniently(p.contentType() == null ? "text/html" : p.contentType()), page.body());
        WarcResponse responseRecord = new WarcResponse.Builder(target).date(at).body(response.build())
                .payloadDigest(sha1(page.body())).build();
        WarcRequest requestRecord = new WarcRequest.Builder(target).date(at).body(request.build())
                .payloadDigest(sha1(new byte[0])).concurrentTo(responseRecord.id()).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            writer.write(requestRecord);
            writer.write(responseRecord);
        }
        return bytes.toByteArray();
    }

    /** The page body of the WARC's response record. */
    static byte[] read(Path warc) throws IOException {
        try (WarcReader reader = new WarcReader(warc)) {
            for (Optional<WarcRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                if (record.get() instanceof WarcResponse response) {
                    return response.http().body().stream().readAllBytes();
                }
            }
        }
        throw new IOException("no response record in " + warc);
    }

    private static String pathOf(URI target) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }

    private static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-1", e);
        }
    }
}
