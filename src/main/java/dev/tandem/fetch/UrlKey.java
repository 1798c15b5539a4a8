package dev.tandem.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical key of an original's URL: one string for every way a translator may have written
 * the address of the same page, so that one original gets one record id and finds its snapshots.
 *
 * <p>Two URLs have the same key when they differ only in
 * <ul>
 *   <li>the scheme, {@code http} or {@code https} (news sites serve both and redirect one to the other);</li>
 *   <li>a leading {@code www.} on the host, or the host's letter case;</li>
 *   <li>an explicit default port ({@code :80} for http, {@code :443} for https);</li>
 *   <li>an internationalised host written in Unicode or in its {@code xn--} (punycode) form;</li>
 *   <li>the fragment ({@code #...}), which a browser never sends to the server;</li>
 *   <li>click-tracking query parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ... see
 *       {@link #TRACKERS});</li>
 *   <li>percent-escapes: the letter case of their hex digits, escapes of unreserved characters
 *       ({@code %7E} for {@code ~}), non-ASCII characters written raw or escaped, dot segments, and
 *       an empty path against {@code /}.</li>
 * </ul>
 * The key is written as an {@code https} URL without {@code www.}, so the key of an address already
 * in that form, such as {@code https://baoquocte.vn/a-279309.html}, is the address itself, and record
 * ids made before keys existed stay what they were. Everything else (path letter case, a trailing
 * slash, the order of the other query parameters) is kept: servers tell those apart.
 *
 * <p>The key names the original; it is not what is fetched. The fetcher asks for the address as the
 * translator wrote it, without the fragment, because some sites answer only on {@code http} or only
 * with {@code www.}.
 */
public final class UrlKey {
    /**
     * Query parameters that say who sent a reader, never which page they read: Google Analytics
     * campaign tags are every {@code utm_*}; the rest are the click ids that ad networks, social sites
     * and newsletter tools append to shared links. {@code zarsrc} and {@code gidzl} are added by
     * Zalo, through which most Vietnamese readers share news links.
     */
    static final Set<String> TRACKERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
            "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
            "zarsrc", "gidzl");
    private static final String TRACKER_PREFIX = "utm_";
    private static final String UNRESERVED_PUNCTUATION = "-._~";

    private UrlKey() {
    }

    /**
     * The key of {@code url}. A URL that is not an absolute http(s) address with a host is its own
     * key, so the method never fails and never merges what it does not understand.
     */
    public static String of(String url) {
        try {
            return of(new URI(url));
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** The key of {@code url}; see {@link #of(String)}. */
    public static String of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            return url.toString();
        }
        URI ascii = withAsciiHost(url);
        String host = ascii == null ? null : host(ascii);
        if (host == null) {
            return url.toString();
        }
        StringBuilder key = new StringBuilder("https://");
        if (ascii.getRawUserInfo() != null) {
            key.append(ascii.getRawUserInfo()).append('@');
        }
        key.append(host);
        int defaultPort = scheme.equals("http") ? 80 : 443;
        if (ascii.getPort() != -1 && ascii.getPort() != defaultPort) {
            key.append(':').append(ascii.getPort());
        }
        String path = escapes(ascii.normalize().getRawPath());
        key.append(path.isEmpty() ? "/" : path);
        String query = withoutTrackers(ascii.getRawQuery());
        if (query != null && !query.isEmpty()) {
            key.append('?').append(escapes(query));
        }
        return key.toString();
    }

    /**
     * The same key's host folder name in the snapshot store: the key's host, with its port after
     * an underscore when it has one.
     */
    static String hostFolder(String key) {
        try {
            URI uri = new URI(key);
            if (uri.getHost() == null) {
                return "unknown-host";
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() == -1 ? host : host + "_" + uri.getPort();
        } catch (URISyntaxException e) {
            return "unknown-host";
        }
    }

    /** The host lower-cased, without a leading {@code www.}; null when there is none. */
    private static String host(URI url) {
        if (url.getHost() == null) {
            return null;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.") && host.indexOf('.', 4) > 0) {
            host = host.substring(4);
        }
        return host;
    }

    /**
     * {@code url} with an internationalised host written in ASCII ({@code bücher.example} becomes
     * {@code xn--bcher-kva.example}), the form DNS and HTTP use; {@code url} itself when its host is
     * already ASCII, and null when the host is not a valid domain name. {@link URI} reads a
     * non-ASCII host as no host at all, which is why this comes first.
     */
    public static URI withAsciiHost(URI url) {
        if (url.getHost() != null || url.getRawAuthority() == null || url.isOpaque()) {
            return url;
        }
        String authority = url.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String hostAndPort = authority.substring(at + 1);
        int colon = hostAndPort.lastIndexOf(':');
        boolean hasPort = colon > 0 && hostAndPort.substring(colon + 1).chars().allMatch(Character::isDigit);
        String host = hasPort ? hostAndPort.substring(0, colon) : hostAndPort;
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
            String rebuilt = url.getScheme() + "://" + authority.substring(0, at + 1) + ascii
                    + (hasPort ? hostAndPort.substring(colon) : "")
                    + url.getRawPath()
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                    + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment());
            URI result = new URI(rebuilt);
            return result.getHost() == null ? null : result;
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    /** The query without click-tracking parameters; unchanged when it has none. */
    private static String withoutTrackers(String query) {
        if (query == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        for (String parameter : query.split("&", -1)) {
            int eq = parameter.indexOf('=');
            String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith(TRACKER_PREFIX) || TRACKERS.contains(name)) {
                dropped = true;
            } else {
                kept.add(parameter);
            }
        }
        if (!dropped) {
            return query;
        }
        kept.removeIf(String::isEmpty);
        return String.join("&", kept);
    }

    /**
     * Percent-escapes written one way: non-ASCII characters escaped as UTF-8, hex digits upper-case,
     * unreserved characters (letters, digits, {@code -._~}) unescaped, as RFC 3986 (6.2.2) allows.
     */
    private static String escapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (value < 0x80 && isUnreserved((char) value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else if (c >= 0x80) {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
    }
}
