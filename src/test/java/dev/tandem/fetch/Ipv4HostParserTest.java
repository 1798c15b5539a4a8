package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class Ipv4HostParserTest {
    private static String read(String host) throws Exception {
        return Ipv4HostParser.parse(host).orElseThrow().getHostAddress();
    }

    @Test
    void readsOctalPartsAsBrowsersDo() throws Exception {
        assertThat(read("0177.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(read("0177.00.00.01")).isEqualTo("127.0.0.1");
        assertThat(read("012.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(read("0300.0250.1.1")).isEqualTo("192.168.1.1");
    }

    @Test
    void readsHexadecimalParts() throws Exception {
        assertThat(read("0x7f.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(read("0X7F.1")).isEqualTo("127.0.0.1");
        assertThat(read("0x7f000001")).isEqualTo("127.0.0.1");
        assertThat(read("0xA9.0xFE.0xA9.0xFE")).isEqualTo("169.254.169.254");
        assertThat(read("0x.0x.0x.0x")).isEqualTo("0.0.0.0");
    }

    @Test
    void fillsTheRemainingBytesFromTheLastOfFewerParts() throws Exception {
        assertThat(read("127.1")).isEqualTo("127.0.0.1");
        assertThat(read("127.0.1")).isEqualTo("127.0.0.1");
        assertThat(read("10.65535")).isEqualTo("10.0.255.255");
        assertThat(read("169.254.43518")).isEqualTo("169.254.169.254");
    }

    @Test
    void readsASingle32BitNumber() throws Exception {
        assertThat(read("2130706433")).isEqualTo("127.0.0.1");
        assertThat(read("0")).isEqualTo("0.0.0.0");
        assertThat(read("4294967295")).isEqualTo("255.255.255.255");
        assertThat(read("017700000001")).isEqualTo("127.0.0.1");
    }

    @Test
    void readsMixedForms() throws Exception {
        assertThat(read("0x7f.0.01")).isEqualTo("127.0.0.1");
        assertThat(read("0177.0x0.1")).isEqualTo("127.0.0.1");
        assertThat(read("127.0.0.1.")).as("one trailing dot").isEqualTo("127.0.0.1");
        assertThat(read("１２７。０。０。１")).as("full-width digits and ideographic stops").isEqualTo("127.0.0.1");
    }

    @Test
    void keepsPlainDottedDecimalAsItIs() throws Exception {
        assertThat(read("8.8.8.8")).isEqualTo("8.8.8.8");
        assertThat(read("203.162.4.191")).isEqualTo("203.162.4.191");
    }

    @Test
    void leavesNamesAndIpv6LiteralsToTheResolver() throws Exception {
        for (String host : new String[] {"example.org", "baoquocte.vn", "localhost", "1.example", "0x7f.example",
            "[::1]", "[64:ff9b::7f00:1]", "example.org.",
            // the standard's "ends in a number" test: a last label that is not all number is a name
            "127.0.0.256x", "127.0.0.1.."}) {
            assertThat(Ipv4HostParser.parse(host)).as(host).isEmpty();
            assertThat(Ipv4HostParser.endsInNumber(host)).as(host).isFalse();
        }
    }

    @Test
    void refusesHostsThatEndInANumberButAreNoAddress() {
        for (String host : new String[] {"1.2.3.4.5", "256.0.0.1", "example.123", "09.0.0.1",
            "127.16777216", "4294967296", "0x100000000", "1..1", "0x7g.1"}) {
            assertThatThrownBy(() -> Ipv4HostParser.parse(host)).as(host)
                    .isInstanceOf(Ipv4HostParser.InvalidIpv4HostException.class)
                    .hasMessageContaining("not an IPv4 address a browser accepts");
        }
    }

    @Test
    void rewritesTheHostOfAUrlKeepingEverythingElse() throws Exception {
        assertThat(Ipv4HostParser.canonical(URI.create("http://0177.0.0.1:8080/a/b?c=d#e")))
                .hasToString("http://127.0.0.1:8080/a/b?c=d#e");
        assertThat(Ipv4HostParser.canonical(URI.create("https://user@127.1/x%20y")))
                .hasToString("https://user@127.0.0.1/x%20y");
        assertThat(Ipv4HostParser.canonical(URI.create("http://0x7f.1")).getHost()).isEqualTo("127.0.0.1");
        assertThat(Ipv4HostParser.canonical(URI.create("http://2130706433/")).getHost()).isEqualTo("127.0.0.1");
        URI name = URI.create("https://baoquocte.vn/a.html");
        assertThat(Ipv4HostParser.canonical(name)).isSameAs(name);
    }

    @Test
    void findsTheHostJavaDoesNotSeeInTheAuthority() {
        assertThat(URI.create("http://127.1:81/").getHost()).as("java.net.URI sees no host").isNull();
        assertThat(Ipv4HostParser.hostOf(URI.create("http://u:p@127.1:81/"))).isEqualTo("127.1");
        assertThat(Ipv4HostParser.hostOf(URI.create("http://0x7f.1/"))).isEqualTo("0x7f.1");
    }
}
