package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.model.StageException;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.TestSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPageFetcherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-19T03:00:00Z"), ZoneOffset.UTC);
    private LocalHttpServer server;
    private final HttpPageFetcher fetcher = new HttpPageFetcher(TestSetup.localFetch().withMaxBytes(1000), CLOCK);

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void recordsProvenanceOfPage() {
        server.html("/a.html", "<html><body><p>Xin chào</p></body></html>");
        FetchedPage page = fetcher.fetch(URI.create(server.url("/a.html")));
        Provenance p = page.provenance();
        assertThat(p.requestedUrl()).isEqualTo(server.url("/a.html"));
        assertThat(p.finalUrl()).isEqualTo(server.url("/a.html"));
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.fetchedAt()).isEqualTo("2024-07-19T03:00:00Z");
        assertThat(p.charset()).isEqualTo("UTF-8");
        assertThat(p.sha256()).isEqualTo(Digests.sha256(page.body()));
        assertThat(p.truncated()).isFalse();
        assertThat(p.origin()).isEqualTo("network");
    }

    @Test
    void connectsToTheAddressABrowserReadsInAnOctalOrShortHost() {
        server.html("/a.html", "<html><body><p>Xin chào</p></body></html>");
        int port = URI.create(server.url("/")).getPort();
        // The system resolver would take 0177.0.0.1 for 177.0.0.1, where nothing of ours listens.
        for (String host : new String[] {"0177.0.0.1", "127.1", "0x7f.0.0.1", "2130706433"}) {
            FetchedPage page = fetcher.fetch(URI.create("http://" + host + ":" + port + "/a.html"));
            assertThat(page.provenance().finalUrl()).as(host).isEqualTo(server.url("/a.html"));
        }
        assertThat(server.requests()).filteredOn("/a.html"::equals).hasSize(4);
    }

    @Test
    void refusesARedirectToALoopbackAddressWrittenInHex() {
        HttpPageFetcher byName = new HttpPageFetcher(TestSetup.localFetch().withAllowedHosts(Set.of("localhost")), CLOCK);
        int port = URI.create(server.url("/")).getPort();
        server.html("/secret.html", "<html><body><p>internal</p></body></html>");
        server.answer("/go.html", 302, "text/html", new byte[0], Map.of("Location", "http://0x7f.1:" + port + "/secret.html"));

        assertThatThrownBy(() -> byName.fetch(URI.create("http://localhost:" + port + "/go.html")))
                .isInstanceOf(StageException.class).hasMessageContaining("127.0.0.1, a loopback address");
        assertThat(server.requests()).contains("/go.html").doesNotContain("/secret.html");
    }

    @Test
    void followsRedirectAndRecordsFinalUrl() {
        server.html("/new.html", "<html><body><p>ok</p></body></html>");
        server.answer("/old.html", 301, "text/html", new byte[0], Map.of("Location", server.url("/new.html")));
        FetchedPage page = fetcher.fetch(URI.create(server.url("/old.html")));
        assertThat(page.provenance().requestedUrl()).endsWith("/old.html");
        assertThat(page.provenance().finalUrl()).endsWith("/new.html");
    }

    @Test
    void cutsPageAtLimitAndSaysSo() {
        server.html("/big.html", "<html><body><p>" + "a".repeat(5000) + "</p></body></html>");
        FetchedPage page = fetcher.fetch(URI.create(server.url("/big.html")));
        assertThat(page.body()).hasSize(1000);
        assertThat(page.provenance().truncated()).isTrue();
        assertThat(page.provenance().bytes()).isEqualTo(1000);
    }

    @Test
    void reportsHttpErrorWithStatus() {
        server.answer("/gone.html", 404, "text/html", "nope".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/gone.html"))))
                .isInstanceOf(StageException.class)
                .isNotInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("HTTP 404")
                .satisfies(e -> assertThat(((StageException) e).details()).containsEntry("status", 404));
    }

    @Test
    void refusesNonHtmlAnswer() {
        server.page("/doc.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/doc.pdf"))))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("not an HTML page")
                .hasMessageContaining("application/pdf");
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/a.html")))
                .isInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        assertThat(HttpPageFetcher.retryAfter("120")).contains(Duration.ofSeconds(120));
        assertThat(HttpPageFetcher.retryAfter("Fri, 19 Jul 2024 03:00:00 GMT")).contains(Duration.ZERO);
        assertThat(HttpPageFetcher.retryAfter("soon")).isEmpty();
        assertThat(HttpPageFetcher.retryAfter(null)).isEmpty();
    }
}
