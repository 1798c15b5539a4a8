package dev.tandem.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 address carried inside an IPv6 address by one of the transition forms, which a router
 * or the operating system turns back into IPv4 traffic: {@code [64:ff9b::7f00:1]} reaches
 * 127.0.0.1 through a NAT64 gateway as surely as {@code 127.0.0.1} does directly. The guard judges
 * the IPv4 address inside, so that these forms cannot carry a request into the local network.
 *
 * @param form the transition form, as a message names it
 * @param address the IPv4 address inside
 */
record EmbeddedIpv4(String form, Inet4Address address) {

    /**
     * The IPv4 addresses inside a 16-byte IPv6 address: IPv4-mapped {@code ::ffff:0:0/96},
     * IPv4-compatible {@code ::/96} (but {@code ::} and {@code ::1}), NAT64 {@code 64:ff9b::/96}
     * (RFC 6052), 6to4 {@code 2002::/16} (bits 16-47, RFC 3056), and Teredo {@code 2001::/32}
     * (RFC 4380: the server in bits 32-63, the client in the last 32 bits, inverted). Empty for
     * any other address.
     */
    static List<EmbeddedIpv4> in(byte[] b) {
        List<EmbeddedIpv4> found = new ArrayList<>();
        if (b.length != 16) {
            return found;
        }
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            found.add(of("IPv4-mapped", b, 12, 0));
        } else if (zeros(b, 0, 12) && !(zeros(b, 12, 15) && (b[15] == 0 || b[15] == 1))) {
            found.add(of("IPv4-compatible", b, 12, 0));
        } else if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zeros(b, 4, 12)) {
            found.add(of("NAT64", b, 12, 0));
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            found.add(of("6to4", b, 2, 0));
        } else if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            found.add(of("Teredo client", b, 12, 0xff));
            found.add(of("Teredo server", b, 4, 0));
        }
        return found;
    }

    private static EmbeddedIpv4 of(String form, byte[] b, int at, int xor) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (b[at + i] ^ xor);
        }
        try {
            return new EmbeddedIpv4(form, (Inet4Address) InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** Whether bytes {@code from} (inclusive) to {@code to} (exclusive) are all zero. */
    static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
