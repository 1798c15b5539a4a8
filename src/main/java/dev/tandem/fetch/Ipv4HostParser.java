package dev.tandem.fetch;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a URL host that names an IPv4 address the way browsers and curl do, following the IPv4
 * parser of the WHATWG URL standard: parts may be octal ({@code 0177.0.0.1}), hexadecimal
 * ({@code 0x7f.1}), fewer than four ({@code 127.1}, where the last part fills the remaining bytes)
 * or a single 32-bit number ({@code 2130706433}), mixed at will. All of those mean 127.0.0.1.
 *
 * <p>Why it matters: the system resolver reads {@code 0177.0.0.1} as the public 177.0.0.1 and
 * {@code java.net.URI} sees no host at all in {@code 127.1}, so without this the guard would judge
 * another address than the one a reader's browser (or curl) would reach, and call a host that
 * browsers accept malformed.
 *
 * <p>A host whose last label is a number (decimal, or {@code 0x} hexadecimal) is an IPv4 address
 * or nothing: {@code 1.2.3.4.5} and {@code example.0x1} are invalid, as in browsers.
 */
public final class Ipv4HostParser {
    private Ipv4HostParser() {
    }

    /** A host that ends in a number but is no IPv4 address a browser accepts. */
    public static final class InvalidIpv4HostException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        InvalidIpv4HostException(String host) {
            super("'" + host + "' ends in a number but is not an IPv4 address a browser accepts");
        }
    }

    /**
     * Whether {@code host} must be read as an IPv4 address: its last label (ignoring one trailing
     * dot) is a decimal or hexadecimal number. Such a host is never looked up in DNS.
     */
    public static boolean endsInNumber(String host) {
        String[] parts = labels(mapped(host));
        if (parts.length == 0) {
            return false;
        }
        String last = parts[parts.length - 1];
        return !last.isEmpty() && (last.chars().allMatch(c -> c >= '0' && c <= '9') || number(last) >= 0);
    }

    /**
     * The IPv4 address {@code host} names, or empty when it does not end in a number (a name to
     * resolve, or an IPv6 literal).
     *
     * @throws InvalidIpv4HostException when it ends in a number but is not a valid address
     */
    public static Optional<Inet4Address> parse(String host) throws InvalidIpv4HostException {
        if (host == null || !endsInNumber(host)) {
            return Optional.empty();
        }
        String[] parts = labels(mapped(host));
        if (parts.length > 4) {
            throw new InvalidIpv4HostException(host);
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i]);
            boolean tooLarge = i < parts.length - 1 && numbers[i] > 255;
            if (numbers[i] < 0 || tooLarge) {
                throw new InvalidIpv4HostException(host);
            }
        }
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            throw new InvalidIpv4HostException(host);
        }
        long value = last;
        for (int i = 0; i < parts.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /**
     * {@code url} with an IPv4 host written in any browser form rewritten as four decimal parts
     * ({@code http://0x7f.1:8080/a} becomes {@code http://127.0.0.1:8080/a}), so that every later
     * step (the guard, the HTTP client, the record) sees the address a browser would reach.
     * A URL whose host is a name or an IPv6 literal is returned as it is.
     *
     * @throws InvalidIpv4HostException when the host ends in a number but is no valid address
     */
    public static URI canonical(URI url) throws InvalidIpv4HostException {
        String host = hostOf(url);
        Optional<Inet4Address> address = parse(host);
        if (address.isEmpty() || address.get().getHostAddress().equals(url.getHost())) {
            return url;
        }
        StringBuilder s = new StringBuilder(url.getScheme()).append("://");
        String userInfo = userInfoOf(url);
        if (userInfo != null) {
            s.append(userInfo).append('@');
        }
        s.append(address.get().getHostAddress());
        int port = portOf(url);
        if (port >= 0) {
            s.append(':').append(port);
        }
        s.append(url.getRawPath() == null ? "" : url.getRawPath());
        if (url.getRawQuery() != null) {
            s.append('?').append(url.getRawQuery());
        }
        if (url.getRawFragment() != null) {
            s.append('#').append(url.getRawFragment());
        }
        try {
            return new URI(s.toString());
        } catch (URISyntaxException e) {
            throw new InvalidIpv4HostException(host);
        }
    }

    /**
     * The host of {@code url}, also when {@code java.net.URI} found none because the host is not a
     * name by its grammar ({@code http://127.1/}, {@code http://0x7f.1/}): then it is read from the
     * authority, without user information and port.
     */
    public static String hostOf(URI url) {
        if (url.getHost() != null) {
            return url.getHost();
        }
        String authority = url.getAuthority();
        if (authority == null) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            return null; // an IPv6 literal java.net.URI did not accept: not an IPv4 form
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    private static String userInfoOf(URI url) {
        if (url.getHost() != null) {
            return url.getRawUserInfo();
        }
        String authority = url.getRawAuthority();
        int at = authority.lastIndexOf('@');
        return at < 0 ? null : authority.substring(0, at);
    }

    private static int portOf(URI url) throws InvalidIpv4HostException {
        if (url.getHost() != null) {
            return url.getPort();
        }
        String authority = url.getAuthority();
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || colon == hostPort.length() - 1) {
            return -1;
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port > 65535) {
                throw new InvalidIpv4HostException(authority);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidIpv4HostException(authority);
        }
    }

    /**
     * The host as browsers see it before the IPv4 parser: lower case, with full-width digits and
     * ideographic full stops mapped to ASCII by IDNA (so {@code １２７。０。０。１} is 127.0.0.1 too).
     */
    private static String mapped(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        try {
            return IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return lower;
        }
    }

    /** The dot-separated parts, without the one empty part a trailing dot leaves. */
    private static String[] labels(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 1 && parts[parts.length - 1].isEmpty()) {
            String[] trimmed = new String[parts.length - 1];
            System.arraycopy(parts, 0, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return parts;
    }

    /**
     * One part as a number: {@code 0x} or {@code 0X} starts hexadecimal, a leading {@code 0}
     * octal, anything else decimal; {@code 0x} alone is 0. Returns -1 when it is not a number,
     * and caps what it returns at 2^32 so that a long part cannot overflow (it is too large anyway).
     */
    private static long number(String part) {
        if (part.isEmpty()) {
            return -1;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), radix);
            if (digit < 0 || digits.charAt(i) > 0x7f) {
                return -1;
            }
            value = Math.min(value * radix + digit, 1L << 32);
        }
        return value;
    }
}
