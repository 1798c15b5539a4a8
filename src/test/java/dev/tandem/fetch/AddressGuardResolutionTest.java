package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.LocalHttpServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Host names that resolve to addresses the guard refuses, in a child JVM whose resolver reads a
 * hosts file of the test's own ({@code -Djdk.net.hosts.file}): real name resolution, real
 * connections to a server on 127.0.0.1, no DNS server needed.
 */
class AddressGuardResolutionTest {
    @TempDir
    Path dir;

    private List<String> fetchInChild(String allowed, String... urls) throws Exception {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, String.join("\n",
                "127.0.0.1 loop.test",
                "64:ff9b::7f00:1 nat64.test",
                "2002:7f00:1::1 sixtofour.test",
                "2001:0:4136:e378:8000:63bf:80ff:fffe teredo.test",
                "::7f00:1 compatible.test",
                "::ffff:10.0.0.1 mapped.test",
                "64:ff9b::808:808 public-nat64.test", ""));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.net.hosts.file=" + hosts, "-cp", System.getProperty("java.class.path"),
                FetchOnce.class.getName(), allowed));
        command.addAll(List.of(urls));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(child.getInputStream().readAllBytes()).lines()
                .filter(line -> line.startsWith("http")).toList();
    }

    @Test
    void refusesANameThatResolvesToAnIpv6FormCarryingALocalAddress() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.html("/a.html", "<html><body><p>Xin chào</p></body></html>");
            int port = URI.create(server.url("/")).getPort();
            List<String> lines = fetchInChild("loop.test",
                    "http://loop.test:" + port + "/a.html",
                    "http://nat64.test:" + port + "/a.html",
                    "http://sixtofour.test:" + port + "/a.html",
                    "http://teredo.test:" + port + "/a.html",
                    "http://compatible.test:" + port + "/a.html",
                    "http://mapped.test:" + port + "/a.html");

            assertThat(lines).hasSize(6);
            assertThat(lines.get(0)).as("the allowed name reaches the server: the hosts file is read")
                    .contains("fetched");
            assertThat(lines.get(1)).contains("refused").contains("NAT64 address embedding 127.0.0.1, a loopback");
            assertThat(lines.get(2)).contains("refused").contains("6to4 address embedding 127.0.0.1, a loopback");
            assertThat(lines.get(3)).contains("refused").contains("Teredo client address embedding 127.0.0.1");
            assertThat(lines.get(4)).contains("refused")
                    .contains("IPv4-compatible address embedding 127.0.0.1, a loopback");
            assertThat(lines.get(5)).contains("refused").contains("10.0.0.1, a private");
            assertThat(server.requests()).containsExactly("/a.html");
        }
    }
}
