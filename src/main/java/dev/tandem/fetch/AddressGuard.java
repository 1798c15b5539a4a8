package dev.tandem.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Keeps fetches on the public internet. Translations come from files anyone can drop in the inbox,
 * so a source URL must not reach the network tandem runs in: a host that resolves to a loopback,
 * private, shared (100.64/10), link-local, multicast or unspecified address is refused, unless the
 * host or the address is in the allow-list. Only http and https are fetched. A numeric host is
 * read as browsers read it ({@link Ipv4HostParser}: {@code 0177.0.0.1} and {@code 127.1} are
 * loopback), and an IPv6 address that carries an IPv4 one (NAT64, 6to4, Teredo, IPv4-mapped or
 * -compatible, {@link EmbeddedIpv4}) is judged by the IPv4 address inside.
 *
 * <p>This is also the HTTP client's DNS resolver, so the addresses checked are the very addresses
 * the client connects to: a name is resolved once per connection, and a DNS answer that changes
 * between a check and a connect (rebinding) cannot slip through.
 */
public final class AddressGuard implements DnsResolver {
    private final Set<String> allowed;
    private final DnsResolver system = SystemDefaultDnsResolver.INSTANCE;

    /**
     * @param allowedHosts host names or literal addresses that may be fetched whatever they resolve
     *     to; an address may be written in any form a URL accepts ({@code 127.1}, {@code [::1]})
     */
    public AddressGuard(Set<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(AddressGuard::allowListEntry).collect(Collectors.toUnmodifiableSet());
    }

    /** An allow-list entry as {@link #check} compares it: a literal address in the form Java prints it. */
    private static String allowListEntry(String entry) {
        String e = entry.trim().toLowerCase(Locale.ROOT);
        try {
            Optional<Inet4Address> v4 = Ipv4HostParser.parse(e);
            if (v4.isPresent()) {
                return v4.get().getHostAddress();
            }
            if (e.contains(":")) {
                String bare = e.startsWith("[") && e.endsWith("]") ? e.substring(1, e.length() - 1) : e;
                return InetAddress.getByName(bare).getHostAddress().toLowerCase(Locale.ROOT);
            }
        } catch (UnknownHostException notAnAddress) {
            // kept as written: it can only match a host name spelled the same way
        }
        return e;
    }

    /** A source URL tandem will not fetch. */
    public static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String message) {
            super(message);
        }
    }

    /**
     * Refuses a URL whose scheme is not http or https, which names no host, or whose host is a
     * literal address that may not be fetched; returns the URL to fetch, with an IPv4 host written
     * in any form browsers accept ({@code 0177.0.0.1}, {@code 127.1}, {@code 0x7f000001}) rewritten
     * as the four decimal parts they mean, so that the address judged is the address connected to.
     */
    public URI checkUrl(URI url) throws RefusedAddressException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("only http and https sources are fetched, not '" + url + "'");
        }
        String host = Ipv4HostParser.hostOf(url);
        if (host == null || host.isBlank()) {
            throw new RefusedAddressException("the source URL names no host: '" + url + "'");
        }
        URI canonical;
        try {
            canonical = Ipv4HostParser.canonical(url);
        } catch (Ipv4HostParser.InvalidIpv4HostException e) {
            throw new RefusedAddressException("the source URL's host " + e.getMessage() + ": '" + url + "'");
        }
        if (canonical.getHost() == null) {
            throw new RefusedAddressException("the source URL's host '" + host + "' is not a valid host name: '"
                    + url + "'");
        }
        Optional<InetAddress> literal = literal(canonical.getHost());
        if (literal.isPresent()) {
            check(host, literal.get());
        }
        return canonical;
    }

    /** The address a host that is a literal (IPv4 in any browser form, or bracketed IPv6) names. */
    private static Optional<InetAddress> literal(String host) throws RefusedAddressException {
        try {
            Optional<Inet4Address> v4 = Ipv4HostParser.parse(host);
            if (v4.isPresent()) {
                return Optional.of(v4.get());
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                return Optional.of(InetAddress.getByName(host.substring(1, host.length() - 1)));
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("the host '" + host + "' is not a valid address: " + e.getMessage());
        }
    }

    /**
     * Resolves {@code host} for the HTTP client and refuses it when any address is not public. A host
     * that ends in a number is read as browsers read it, never by the system resolver (which takes
     * {@code 0177.0.0.1} for 177.0.0.1, where browsers and curl reach 127.0.0.1).
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Optional<Inet4Address> v4 = Ipv4HostParser.parse(host);
        InetAddress[] addresses = v4.isPresent() ? new InetAddress[] {v4.get()} : system.resolve(host);
        if (allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            check(host, address);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return system.resolveCanonicalHostname(host);
    }

    /** Refuses a non-public address, unless the host or the address is allowed. */
    public void check(String host, InetAddress address) throws RefusedAddressException {
        if (isPublic(address) || allowed.contains(host.toLowerCase(Locale.ROOT))
                || allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
            return;
        }
        throw new RefusedAddressException("refused to fetch from " + host + ": it resolves to "
                + address.getHostAddress() + ", a " + kind(address) + " address (allow it with tandem.fetch.allow-hosts)");
    }

    /** Whether the address is on the public internet. */
    static boolean isPublic(InetAddress address) {
        return kind(address) == null;
    }

    /** What makes the address non-public, or null when it is public. */
    private static String kind(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && !EmbeddedIpv4.zeros(b, 4, 12)) {
                // Only 64:ff9b::/96 is global (RFC 6052); 64:ff9b:1::/48 is NAT64 inside one network
                // (RFC 8215) and the rest of the /32 is unassigned.
                return "local-use NAT64";
            }
            for (EmbeddedIpv4 embedded : EmbeddedIpv4.in(b)) {
                String inner = ownKind(embedded.address());
                if (inner != null) {
                    return embedded.form() + " address embedding " + embedded.address().getHostAddress() + ", a "
                            + inner;
                }
            }
        }
        return ownKind(address);
    }

    /** What makes the address itself non-public, not looking at an IPv4 address inside it. */
    private static String ownKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 0 || first >= 240) {
                return "reserved";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "private (unique local)";
        }
        return null;
    }
}
