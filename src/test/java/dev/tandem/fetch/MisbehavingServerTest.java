package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.extract.PageDecoder;
import dev.tandem.model.StageException;
import dev.tandem.testing.RawHttpServer;
import dev.tandem.testing.TestSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a real server on 127.0.0.1 that misbehaves on purpose. Each case has the
 * outcome README documents under "Fetching".
 */
class MisbehavingServerTest {
    private static final String PAGE = "<html><head><meta charset=\"utf-8\"></head><body><p>Chủ tịch Triều Tiên Kim Jong Un "
            + "đã tiếp phái đoàn quân sự Nga.</p></body></html>";
    private RawHttpServer server;
    private HttpPageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer();
        fetcher = new HttpPageFetcher(TestSetup.localFetch()
                .withTimeouts(Duration.ofMillis(1500), Duration.ofMillis(1000), Duration.ofMillis(400)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private URI url(String path) {
        return URI.create(server.url(path));
    }

    private long pageRequests(String path) {
        return server.paths().stream().filter(path::equals).count();
    }

    @Test
    void slowHeadersTimeOutAfterEveryAttempt() {
        server.on("/slow", (socket, out) -> Thread.sleep(3000));

        assertThatThrownBy(() -> fetcher.fetch(url("/slow")))
                .isInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("timed out").hasMessageContaining("3 attempts");
        assertThat(pageRequests("/slow")).isEqualTo(3);
    }

    @Test
    void aBodyThatTricklesIsCutOffByTheTotalTimeout() {
        server.on("/trickle", (socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body>"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write("<p>mot chut</p>".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(100);
            }
        });

        assertThatThrownBy(() -> fetcher.fetch(url("/trickle")))
                .isInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void aResetConnectionIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", (socket, out) -> {
            if (calls.getAndIncrement() == 0) {
                socket.setSoLinger(true, 0);
                socket.close();
                return;
            }
            RawHttpServer.html(out, PAGE);
        });

        FetchedPage page = fetcher.fetch(url("/flaky"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Triều Tiên");
        assertThat(pageRequests("/flaky")).isEqualTo(2);
    }

    @Test
    void aConnectionResetEveryTimeIsReportedAsUnreachable() {
        server.on("/reset", (socket, out) -> {
            socket.setSoLinger(true, 0);
            socket.close();
        });

        assertThatThrownBy(() -> fetcher.fetch(url("/reset")))
                .isInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("3 attempts");
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSays() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", (socket, out) -> {
            if (calls.getAndIncrement() == 0) {
                RawHttpServer.respond(out, 429, Map.of("Retry-After", "1"), new byte[0]);
            } else {
                RawHttpServer.html(out, PAGE);
            }
        });

        fetcher.fetch(url("/busy"));

        List<RawHttpServer.Request> tries = server.requests().stream().filter(r -> r.path().equals("/busy")).toList();
        assertThat(tries).hasSize(2);
        assertThat(Duration.ofNanos(tries.get(1).nanos() - tries.get(0).nanos())).isGreaterThanOrEqualTo(
                Duration.ofMillis(990));
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAtOnce() {
        server.on("/later", (socket, out) -> RawHttpServer.respond(out, 429, Map.of("Retry-After", "3600"), new byte[0]));

        assertThatThrownBy(() -> fetcher.fetch(url("/later")))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("retry after 3600 s");
        assertThat(pageRequests("/later")).isEqualTo(1);
    }

    @Test
    void serviceUnavailableThenOkSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/503", (socket, out) -> {
            if (calls.getAndIncrement() == 0) {
                RawHttpServer.respond(out, 503, Map.of(), new byte[0]);
            } else {
                RawHttpServer.html(out, PAGE);
            }
        });

        assertThat(fetcher.fetch(url("/503")).provenance().status()).isEqualTo(200);
        assertThat(pageRequests("/503")).isEqualTo(2);
    }

    @Test
    void aNotFoundIsNotTriedAgain() {
        assertThatThrownBy(() -> fetcher.fetch(url("/missing"))).hasMessageContaining("HTTP 404");
        assertThat(pageRequests("/missing")).isEqualTo(1);
    }

    @Test
    void aRedirectLoopIsAnError() {
        server.on("/a", (socket, out) -> RawHttpServer.respond(out, 302, Map.of("Location", "/b"), new byte[0]));
        server.on("/b", (socket, out) -> RawHttpServer.respond(out, 302, Map.of("Location", "/a"), new byte[0]));

        assertThatThrownBy(() -> fetcher.fetch(url("/a")))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("redirect loop");
        assertThat(pageRequests("/a")).isEqualTo(1);
    }

    @Test
    void tooManyRedirectsIsAnError() {
        for (int i = 0; i < 10; i++) {
            String next = "/r" + (i + 1);
            server.on("/r" + i, (socket, out) -> RawHttpServer.respond(out, 301, Map.of("Location", next), new byte[0]));
        }

        assertThatThrownBy(() -> fetcher.fetch(url("/r0"))).hasMessageContaining("more than 5 redirects");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        server.on("/go", (socket, out) -> RawHttpServer.respond(out, 302,
                Map.of("Location", "http://169.254.169.254/latest/meta-data/"), new byte[0]));

        assertThatThrownBy(() -> fetcher.fetch(url("/go")))
                .isInstanceOf(StageException.class)
                .isNotInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("169.254.169.254").hasMessageContaining("link-local");
    }

    @Test
    void aLoopbackSourceIsRefusedUnlessAllowed() {
        server.on("/page", (socket, out) -> RawHttpServer.html(out, PAGE));
        HttpPageFetcher strict = new HttpPageFetcher(TestSetup.localFetch().withAllowedHosts(java.util.Set.of()),
                Clock.systemUTC());

        assertThatThrownBy(() -> strict.fetch(url("/page")))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("loopback").hasMessageContaining("tandem.fetch.allow-hosts");
        assertThat(server.paths()).isEmpty();
        strict.close();
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOf(StageException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("ftp://example.org/a.html")))
                .hasMessageContaining("only http and https");
    }

    @Test
    void aTwentyMegabytePageIsCutAtTheLimitAndMarked() {
        byte[] big = new byte[20 << 20];
        byte[] start = "<html><body><p>Đầu trang.</p>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, big, 0, start.length);
        java.util.Arrays.fill(big, start.length, big.length, (byte) ' ');
        server.on("/big", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html; charset=utf-8"), big));

        FetchedPage page = fetcher.fetch(url("/big"));

        assertThat(page.body()).hasSize(FetchSettings.defaults().maxBytes());
        assertThat(page.provenance().truncated()).isTrue();
        assertThat(page.provenance().note()).contains("cut at 10485760 bytes");
    }

    @Test
    void aGzipBombIsRefused() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                gzip.write(zeros);
            }
        }
        byte[] bomb = compressed.toByteArray();
        server.on("/bomb", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"), bomb));

        assertThatThrownBy(() -> fetcher.fetch(url("/bomb")))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("decompression bomb");
        assertThat(bomb.length).isLessThan(1 << 20);
    }

    @Test
    void aGzippedPageIsDecoded() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = compressed.toByteArray();
        server.on("/gz", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html; charset=utf-8", "Content-Encoding", "gzip"), body));

        FetchedPage page = fetcher.fetch(url("/gz"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(server.requests().get(server.requests().size() - 1).headers().get("accept-encoding"))
                .contains("gzip");
    }

    @Test
    void aWrongCharsetHeaderDoesNotGarbleTheText() {
        server.on("/latin", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html; charset=iso-8859-1"), PAGE.getBytes(StandardCharsets.UTF_8)));

        FetchedPage page = fetcher.fetch(url("/latin"));
        PageDecoder.Decoded decoded = new PageDecoder().decode(page.body(), page.headerCharset(),
                page.provenance().finalUrl());

        assertThat(page.headerCharset()).isEqualTo("ISO-8859-1");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.document().text()).contains("Chủ tịch Triều Tiên");
    }

    @Test
    void aWindows1258PageUnderAUtf8HeaderIsReadAsWindows1258() {
        Charset cp1258 = Charset.forName("windows-1258");
        String html = "<html><head><meta charset=\"windows-1258\"></head><body><p>Ha\u0300 N\u00f4\u0323i</p></body></html>";
        server.on("/1258", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html; charset=utf-8"), html.getBytes(cp1258)));

        FetchedPage page = fetcher.fetch(url("/1258"));
        PageDecoder.Decoded decoded = new PageDecoder().decode(page.body(), page.headerCharset(),
                page.provenance().finalUrl());

        assertThat(decoded.charset()).isEqualTo("windows-1258");
        assertThat(java.text.Normalizer.normalize(decoded.document().text(), java.text.Normalizer.Form.NFC))
                .contains("Hà Nội");
    }

    @Test
    void aPdfIsAClearErrorEvenWhenLabelledHtml() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        server.on("/report.pdf", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "application/pdf"), pdf));
        server.on("/report.html", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html"), pdf));

        assertThatThrownBy(() -> fetcher.fetch(url("/report.pdf")))
                .isInstanceOf(StageException.class).hasMessageContaining("not an HTML page")
                .hasMessageContaining("application/pdf");
        assertThatThrownBy(() -> fetcher.fetch(url("/report.html")))
                .isInstanceOf(StageException.class).hasMessageContaining("PDF document");
    }

    @Test
    void robotsTxtThatForbidsThePageStopsTheFetch() {
        server.on("/robots.txt", (socket, out) -> RawHttpServer.respond(out, 200, Map.of("Content-Type", "text/plain"),
                "User-agent: tandem\nDisallow: /private/\n".getBytes(StandardCharsets.US_ASCII)));
        server.on("/private/a.html", (socket, out) -> RawHttpServer.html(out, PAGE));
        server.on("/public/a.html", (socket, out) -> RawHttpServer.html(out, PAGE));

        assertThatThrownBy(() -> fetcher.fetch(url("/private/a.html"))).hasMessageContaining("robots.txt");
        fetcher.fetch(url("/public/a.html"));

        assertThat(server.paths()).containsExactly("/robots.txt", "/public/a.html");
    }

    @Test
    void robotsTxtIsNotReadForHostsTheOperatorOwns() {
        server.on("/robots.txt", (socket, out) -> RawHttpServer.respond(out, 200, Map.of("Content-Type", "text/plain"),
                "User-agent: *\nDisallow: /\n".getBytes(StandardCharsets.US_ASCII)));
        server.on("/a.html", (socket, out) -> RawHttpServer.html(out, PAGE));
        HttpPageFetcher owner = new HttpPageFetcher(TestSetup.localFetch()
                .withRobots(true, java.util.Set.of("127.0.0.1")), Clock.systemUTC());

        owner.fetch(url("/a.html"));
        owner.close();

        assertThat(server.paths()).containsExactly("/a.html");
    }

    @Test
    void aRecheckAsksWhetherThePageChanged() {
        server.on("/etag", (socket, out) -> RawHttpServer.respond(out, 200,
                Map.of("Content-Type", "text/html; charset=utf-8", "ETag", "\"v1\"",
                        "Last-Modified", "Fri, 19 Jul 2024 03:00:00 GMT"), PAGE.getBytes(StandardCharsets.UTF_8)));

        Provenance first = fetcher.fetch(url("/etag")).provenance();
        server.on("/etag", (socket, out) -> RawHttpServer.respond(out, 304, Map.of(), new byte[0]));
        boolean changed = fetcher.fetchIfChanged(url("/etag"),
                new HttpPageFetcher.Validators(first.etag(), first.lastModified())).isPresent();

        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(changed).isFalse();
        RawHttpServer.Request recheck = server.requests().get(server.requests().size() - 1);
        assertThat(recheck.headers()).containsEntry("if-none-match", "\"v1\"")
                .containsEntry("if-modified-since", "Fri, 19 Jul 2024 03:00:00 GMT");
    }

    @Test
    void theUserAgentNamesTheProject() {
        server.on("/ua", (socket, out) -> RawHttpServer.html(out, PAGE));

        fetcher.fetch(url("/ua"));

        assertThat(server.requests().get(server.requests().size() - 1).headers().get("user-agent"))
                .startsWith("tandem/");
    }
}
