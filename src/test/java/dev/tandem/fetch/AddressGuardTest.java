package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        assertThat(AddressGuard.isPublic(ip("8.8.8.8"))).isTrue();
        assertThat(AddressGuard.isPublic(ip("203.162.4.191"))).isTrue();
        assertThat(AddressGuard.isPublic(ip("2001:4860:4860::8888"))).isTrue();
    }

    @Test
    void everyNonPublicRangeIsRefused() throws UnknownHostException {
        for (String literal : new String[] {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1",
            "100.64.0.1", "169.254.169.254", "224.0.0.1", "0.0.0.0", "240.0.0.1", "198.18.0.1", "::1", "fe80::1",
            "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"}) {
            assertThat(AddressGuard.isPublic(ip(literal))).as(literal).isFalse();
        }
    }

    @Test
    void theAllowListLetsNamedHostsAndAddressesThrough() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of("127.0.0.1", "intranet.example"));

        guard.check("127.0.0.1", ip("127.0.0.1"));
        guard.check("intranet.example", ip("10.1.2.3"));
        assertThatThrownBy(() -> guard.check("other.example", ip("10.1.2.3")))
                .isInstanceOf(AddressGuard.RefusedAddressException.class)
                .hasMessageContaining("10.1.2.3").hasMessageContaining("private");
    }

    @Test
    void resolvingALoopbackNameIsRefused() {
        AddressGuard guard = new AddressGuard(Set.of());

        assertThatThrownBy(() -> guard.resolve("localhost"))
                .isInstanceOf(AddressGuard.RefusedAddressException.class).hasMessageContaining("loopback");
    }

    @Test
    void onlyHttpAndHttpsWithAHostAreFetched() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of());

        guard.checkUrl(URI.create("https://baoquocte.vn/a.html"));
        assertThatThrownBy(() -> guard.checkUrl(URI.create("gopher://example.org/")))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.checkUrl(URI.create("http:///nohost"))).hasMessageContaining("names no host");
    }

    @Test
    void refusesIpv6FormsThatCarryARefusedIpv4Address() throws UnknownHostException {
        String[][] cases = {
            {"64:ff9b::7f00:1", "NAT64 address embedding 127.0.0.1, a loopback"},
            {"64:ff9b::a00:1", "NAT64 address embedding 10.0.0.1, a private"},
            {"64:ff9b::a9fe:a9fe", "NAT64 address embedding 169.254.169.254, a link-local"},
            {"64:ff9b:1::808:808", "local-use NAT64"},
            {"64:ff9b:1:7f00:0:100::", "local-use NAT64"},
            {"2002:7f00:1::", "6to4 address embedding 127.0.0.1, a loopback"},
            {"2002:c0a8:101::1", "6to4 address embedding 192.168.1.1, a private"},
            {"2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo client address embedding 127.0.0.1, a loopback"},
            {"2001:0:7f00:1:8000:63bf:3fff:fdd2", "Teredo server address embedding 127.0.0.1, a loopback"},
            {"::7f00:1", "IPv4-compatible address embedding 127.0.0.1, a loopback"},
            {"::a00:1", "IPv4-compatible address embedding 10.0.0.1, a private"},
        };
        AddressGuard guard = new AddressGuard(Set.of());
        for (String[] c : cases) {
            assertThat(AddressGuard.isPublic(ip(c[0]))).as(c[0]).isFalse();
            assertThatThrownBy(() -> guard.check("h.example", ip(c[0]))).as(c[0])
                    .isInstanceOf(AddressGuard.RefusedAddressException.class).hasMessageContaining(c[1]);
        }
        assertThat(AddressGuard.isPublic(ip("::ffff:127.0.0.1"))).as("IPv4-mapped").isFalse();
        assertThat(AddressGuard.isPublic(ip("::1"))).isFalse();
        assertThat(AddressGuard.isPublic(ip("::"))).isFalse();
    }

    @Test
    void letsIpv6FormsThatCarryAPublicIpv4AddressThrough() throws UnknownHostException {
        for (String literal : new String[] {"64:ff9b::808:808", "2002:808:808::1",
            "2001:0:4136:e378:8000:63bf:f7f7:f7f7", "::ffff:8.8.8.8", "2a00:1450:4001:80b::200e"}) {
            assertThat(AddressGuard.isPublic(ip(literal))).as(literal).isTrue();
        }
    }

    @Test
    void judgesTheAddressABrowserReadsInAnIpv4Host() {
        AddressGuard guard = new AddressGuard(Set.of());
        for (String host : new String[] {"0177.0.0.1", "127.1", "127.0.1", "0x7f.1", "0x7f000001", "2130706433",
            "0177.0x0.1"}) {
            assertThatThrownBy(() -> guard.checkUrl(URI.create("http://" + host + ":8080/a.html"))).as(host)
                    .isInstanceOf(AddressGuard.RefusedAddressException.class)
                    .hasMessageContaining("127.0.0.1, a loopback address");
        }
        assertThatThrownBy(() -> guard.checkUrl(URI.create("http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/")))
                .hasMessageContaining("169.254.169.254, a link-local address");
        assertThatThrownBy(() -> guard.checkUrl(URI.create("http://012.1/"))).hasMessageContaining("10.0.0.1, a private");
        assertThatThrownBy(() -> guard.checkUrl(URI.create("http://[64:ff9b::7f00:1]/")))
                .hasMessageContaining("NAT64 address embedding 127.0.0.1");
    }

    @Test
    void rewritesAnAllowedIpv4HostToTheAddressItMeans() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of("127.0.0.1"));

        assertThat(guard.checkUrl(URI.create("http://0177.0.0.1:8080/a?b#c"))).hasToString("http://127.0.0.1:8080/a?b#c");
        assertThat(guard.checkUrl(URI.create("http://127.1/"))).hasToString("http://127.0.0.1/");
        assertThat(new AddressGuard(Set.of("127.1")).checkUrl(URI.create("http://0x7f000001/")))
                .as("an allow-list entry in a short form").hasToString("http://127.0.0.1/");
        assertThat(guard.checkUrl(URI.create("http://8.8.8.8/"))).hasToString("http://8.8.8.8/");
    }

    @Test
    void readsANumericHostAsBrowsersDoWhenResolving() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of());

        // The system resolver takes 0177.0.0.1 for the public 177.0.0.1; browsers and curl reach 127.0.0.1.
        assertThatThrownBy(() -> guard.resolve("0177.0.0.1")).isInstanceOf(AddressGuard.RefusedAddressException.class)
                .hasMessageContaining("127.0.0.1, a loopback");
        assertThatThrownBy(() -> guard.resolve("127.1")).hasMessageContaining("127.0.0.1, a loopback");
        assertThat(new AddressGuard(Set.of("127.0.0.1")).resolve("0x7f.1")).containsExactly(ip("127.0.0.1"));
        assertThat(guard.resolve("0x8.0x8.0x8.0x8")).containsExactly(ip("8.8.8.8"));
        assertThatThrownBy(() -> guard.resolve("1.2.3.4.5")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void refusesAHostEndingInANumberThatIsNoAddress() {
        AddressGuard guard = new AddressGuard(Set.of());

        assertThatThrownBy(() -> guard.checkUrl(URI.create("http://1.2.3.4.5/")))
                .isInstanceOf(AddressGuard.RefusedAddressException.class)
                .hasMessageContaining("not an IPv4 address a browser accepts");
    }
}
