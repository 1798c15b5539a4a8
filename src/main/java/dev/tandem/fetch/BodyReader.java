package dev.tandem.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads a response body within a size limit and a deadline, decoding gzip and deflate itself so
 * that the limit counts what the body expands to.
 */
final class BodyReader {
    private final int maxBytes;
    private final Duration totalTimeout;

    BodyReader(int maxBytes, Duration totalTimeout) {
        this.maxBytes = maxBytes;
        this.totalTimeout = totalTimeout;
    }

    /** The bytes read, and whether they were cut at the limit. */
    record Body(byte[] bytes, boolean truncated) {
    }

    /**
     * Reads the body, decoding gzip or deflate, up to the size limit and the deadline. A plain body
     * over the limit is cut; a compressed one is refused, since it can expand without end.
     */
    Body read(HttpEntity entity, String encoding, long deadline) throws IOException {
        if (entity == null) {
            return new Body(new byte[0], false);
        }
        String coding = encoding == null ? "identity" : encoding.trim().toLowerCase(Locale.ROOT);
        try (InputStream raw = entity.getContent(); InputStream in = decoded(raw, coding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int limit = maxBytes;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (System.nanoTime() > deadline) {
                    throw new SocketTimeoutException("the body took longer than " + totalTimeout.toMillis()
                            + " ms in total");
                }
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    if (!coding.equals("identity")) {
                        throw new BodyTooLargeException("the " + coding + " body expands beyond "
                                + limit + " bytes: refused as a possible decompression bomb");
                    }
                    byte[] cut = new byte[limit];
                    System.arraycopy(out.toByteArray(), 0, cut, 0, limit);
                    return new Body(cut, true);
                }
            }
            return new Body(out.toByteArray(), false);
        }
    }

    /** A compressed body that expands beyond the limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(String message) {
            super(message);
        }
    }

    private static InputStream decoded(InputStream raw, String coding) throws IOException {
        return switch (coding) {
            case "identity", "" -> raw;
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> {
                // "deflate" is meant to be zlib-wrapped, but some servers send the raw stream.
                PushbackInputStream in = new PushbackInputStream(raw, 2);
                int b0 = in.read();
                int b1 = in.read();
                if (b1 >= 0) {
                    in.unread(b1);
                }
                if (b0 >= 0) {
                    in.unread(b0);
                }
                boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
                yield new InflaterInputStream(in, new Inflater(!zlib));
            }
            default -> throw new IOException("unsupported Content-Encoding '" + coding + "'");
        };
    }
}
