package dev.tandem.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Keeps fetches on the public internet. Translations come from files anyone can drop in the inbox,
 * so a source URL must not reach the network tandem runs in: a host that resolves to a loopback,
 * private, shared (100.64/10), link-local, multicast or unspecified address is refused, unless the
 * host or the address is in the allow-list. Only http and https are fetched.
 *
 * <p>This is also the HTTP client's DNS resolver, so the addresses checked are the very addresses
 * the client connects to: a name is resolved once per connection, and a DNS answer that changes
 * between a check and a connect (rebinding) cannot slip through.
 */
public final class AddressGuard implements DnsResolver {
    private final Set<String> allowed;
    private final DnsResolver system = SystemDefaultDnsResolver.INSTANCE;

    /** @param allowedHosts host names or literal addresses that may be fetched whatever they resolve to */
    public AddressGuard(Set<String> allowedHosts) {
        this.allowed = Set.copyOf(allowedHosts);
    }

    /** A source URL tandem will not fetch. */
    public static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String message) {
            super(message);
        }
    }

    /** Refuses a URL whose scheme is not http or https, or which names no host. */
    public void checkUrl(URI url) throws RefusedAddressException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("only http and https sources are fetched, not '" + url + "'");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new RefusedAddressException("the source URL names no host: '" + url + "'");
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = system.resolve(host);
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
        InetAddress a = unmapped(address);
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
        } else if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "private (unique local)";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 address, or the address itself. */
    private static InetAddress unmapped(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
