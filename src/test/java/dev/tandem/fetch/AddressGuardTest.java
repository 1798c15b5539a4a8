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
}
