package dev.tandem.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a page's raw bytes into a document, choosing the charset from what the bytes, the HTTP
 * header and the page itself say.
 *
 * <p>Order: a byte-order mark is certain. Otherwise the Content-Type header and the page's
 * {@code <meta charset>} are the candidates; when they agree, or only one speaks, it is used.
 * When they disagree, which happens on real Vietnamese sites serving windows-1258 or UTF-8 under a
 * stale server default, the bytes decide: text that is valid UTF-8 and not plain ASCII is UTF-8 (a
 * legacy single-byte text almost never is), and a candidate under which the bytes do not decode is
 * dropped; if both still stand, the header wins, as HTTP says. With neither, valid UTF-8 is UTF-8
 * and anything else is read as windows-1252, the browsers' default.
 */
public final class PageDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta charset in the first 1024 bytes; pages often put it later. */
    private static final int META_SCAN_BYTES = 4096;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** A decoded page and the charset it was read with. */
    public record Decoded(Document document, String charset) {
    }

    /**
     * Decodes and parses a page.
     *
     * @param body the raw bytes
     * @param headerCharset the charset the Content-Type header names, or null
     * @param baseUri the page's address, for resolving relative links
     */
    public Decoded decode(byte[] body, String headerCharset, String baseUri) {
        Charset charset = choose(body, charsetOrNull(headerCharset));
        // Jsoup decodes the stream as it parses, skipping a byte-order mark, and keeps to the charset
        // given: one pass over the bytes instead of a String of the whole page first.
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), charset.name(), baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory page", e);
        }
        return new Decoded(doc, charset.name());
    }

    static Charset choose(byte[] body, Charset header) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            return bom;
        }
        Charset meta = metaCharset(body);
        if (header != null && meta != null && !header.equals(meta)) {
            boolean utf8 = isUtf8(body);
            if (utf8 && hasNonAscii(body) && (isUtf8Charset(header) || isUtf8Charset(meta))) {
                return StandardCharsets.UTF_8;
            }
            if (isUtf8Charset(header) && !utf8) {
                return meta;
            }
            if (isUtf8Charset(meta) && !utf8) {
                return header;
            }
            return header;
        }
        if (header != null) {
            return isUtf8Charset(header) && !isUtf8(body) && meta == null ? Charset.forName("windows-1252") : header;
        }
        if (meta != null) {
            return meta;
        }
        return isUtf8(body) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    private static Charset metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    private static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in every browser.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isUtf8Charset(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    /**
     * Whether the bytes are UTF-8, allowing a sequence cut short at the very end (a truncated page).
     * Checked by hand rather than with a decoder: this runs on every page and needs no characters.
     */
    static boolean isUtf8(byte[] body) {
        int i = 0;
        int n = body.length;
        while (i < n) {
            // Markup is mostly ASCII: skip it eight bytes at a time.
            while (i + Long.BYTES <= n && ((long) LONGS.get(body, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
            }
            if (i == n) {
                break;
            }
            int b = body[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int continuation;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + continuation >= n) {
                // A sequence running past the end: a page cut short mid-character.
                return isContinuationRun(body, i + 1, n);
            }
            int code = b & (0x3F >> continuation);
            for (int k = 1; k <= continuation; k++) {
                int c = body[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | c & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += continuation + 1;
        }
        return true;
    }

    private static boolean isContinuationRun(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((body[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
