package dev.tandem.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's raw bytes with what is known of how they were obtained.
 *
 * @param body the bytes as received (possibly cut at the size limit)
 * @param provenance where, when and how they were fetched
 */
public record FetchedPage(byte[] body, Provenance provenance) {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    public FetchedPage {
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(provenance, "provenance must not be null");
    }

    /** The charset named by the Content-Type header, or null when none is named or it is unknown. */
    public String headerCharset() {
        return charsetOf(provenance.contentType());
    }

    /** Returns the same page with other provenance. */
    public FetchedPage withProvenance(Provenance other) {
        return new FetchedPage(body, other);
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        try {
            return Charset.isSupported(name) ? Charset.forName(name).name() : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The media type of a Content-Type value, lower case, without parameters. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
