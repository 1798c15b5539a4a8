package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.model.StageException;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.RawHttpServer;
import dev.tandem.testing.TestSetup;
import dev.tandem.testing.Warcs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFetcherTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2024-07-19T03:00:00Z"), ZoneOffset.UTC);

    private SourceFetcher fetcher(FetchPolicy policy, SnapshotStore store) {
        return new SourceFetcher(new HttpPageFetcher(TestSetup.localFetch(), clock), store, policy);
    }

    @Test
    void networkFirstStoresSnapshotOfWhatItFetched() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.html("/a.html", "<html><body><p>một</p></body></html>");
            SnapshotStore store = new SnapshotStore(dir, List.of());
            FetchedPage page = fetcher(FetchPolicy.NETWORK_FIRST, store).fetch(URI.create(server.url("/a.html")));
            assertThat(page.provenance().origin()).isEqualTo("network");
            assertThat(page.provenance().snapshot()).endsWith(".warc.gz");
            assertThat(Warcs.responseBody(Path.of(page.provenance().snapshot()))).isEqualTo(page.body());
            assertThat(store.newest(URI.create(server.url("/a.html")))).isPresent();
        }
    }

    @Test
    void aRecheckOfAnUnchangedPageUsesTheSnapshot() throws IOException {
        byte[] html = "<html><body><p>một</p></body></html>".getBytes(StandardCharsets.UTF_8);
        try (RawHttpServer server = new RawHttpServer()) {
            server.on("/a.html", (socket, out) -> {
                boolean asks = "\"v1\"".equals(server.requests().get(server.requests().size() - 1).headers()
                        .get("if-none-match"));
                RawHttpServer.respond(out, asks ? 304 : 200,
                        Map.of("Content-Type", "text/html; charset=utf-8", "ETag", "\"v1\""), asks ? new byte[0] : html);
            });
            SnapshotStore store = new SnapshotStore(dir, List.of());
            URI url = URI.create(server.url("/a.html"));

            FetchedPage first = fetcher(FetchPolicy.NETWORK_FIRST, store).fetch(url);
            FetchedPage again = fetcher(FetchPolicy.NETWORK_FIRST, store).fetch(url);

            assertThat(first.provenance().origin()).isEqualTo("network");
            assertThat(again.provenance().origin()).isEqualTo("snapshot");
            assertThat(again.provenance().note()).contains("HTTP 304");
            assertThat(again.body()).isEqualTo(html);
            assertThat(server.paths()).containsExactly("/robots.txt", "/a.html", "/robots.txt", "/a.html");
        }
    }

    @Test
    void networkFirstFallsBackToSnapshotWhenUnreachable() throws IOException {
        URI url = URI.create("http://127.0.0.1:" + closedPort() + "/a.html");
        SnapshotStore store = new SnapshotStore(dir, List.of());
        byte[] body = "<html><body><p>cũ</p></body></html>".getBytes(StandardCharsets.UTF_8);
        store.save(new FetchedPage(body, provenance(url, body)));

        FetchedPage page = fetcher(FetchPolicy.NETWORK_FIRST, store).fetch(url);
        assertThat(page.body()).isEqualTo(body);
        assertThat(page.provenance().origin()).isEqualTo("snapshot");
        assertThat(page.provenance().note()).startsWith("network unreachable");
    }

    @Test
    void networkFirstDoesNotHideHttpErrorBehindSnapshot() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            URI url = URI.create(server.url("/gone.html"));
            SnapshotStore store = new SnapshotStore(dir, List.of());
            byte[] body = "<html><body><p>cũ</p></body></html>".getBytes(StandardCharsets.UTF_8);
            store.save(new FetchedPage(body, provenance(url, body)));
            assertThatThrownBy(() -> fetcher(FetchPolicy.NETWORK_FIRST, store).fetch(url))
                    .isInstanceOf(StageException.class).hasMessageContaining("HTTP 404");
        }
    }

    @Test
    void offlineNeverTouchesNetwork() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.html("/a.html", "<html><body><p>mới</p></body></html>");
            URI url = URI.create(server.url("/a.html"));
            SnapshotStore store = new SnapshotStore(dir, List.of());
            assertThatThrownBy(() -> fetcher(FetchPolicy.OFFLINE, store).fetch(url))
                    .isInstanceOf(StageException.class).hasMessageContaining("no snapshot");
            byte[] body = "<html><body><p>cũ</p></body></html>".getBytes(StandardCharsets.UTF_8);
            store.save(new FetchedPage(body, provenance(url, body)));
            assertThat(fetcher(FetchPolicy.OFFLINE, store).fetch(url).body()).isEqualTo(body);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void cacheFirstUsesSnapshotAndFetchesOnlyWithoutOne() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.html("/a.html", "<html><body><p>mới</p></body></html>");
            server.html("/b.html", "<html><body><p>b</p></body></html>");
            SnapshotStore store = new SnapshotStore(dir, List.of());
            URI a = URI.create(server.url("/a.html"));
            byte[] body = "<html><body><p>cũ</p></body></html>".getBytes(StandardCharsets.UTF_8);
            store.save(new FetchedPage(body, provenance(a, body)));
            assertThat(fetcher(FetchPolicy.CACHE_FIRST, store).fetch(a).body()).isEqualTo(body);
            fetcher(FetchPolicy.CACHE_FIRST, store).fetch(URI.create(server.url("/b.html")));
            assertThat(server.requests()).containsExactly("/robots.txt", "/b.html");
        }
    }

    @Test
    void readsSnapshotsFromReadOnlyFolderWithoutWritingThere() throws IOException {
        Path shipped = dir.resolve("shipped");
        URI url = URI.create("http://127.0.0.1:" + closedPort() + "/a.html");
        byte[] body = "<html><body><p>mẫu</p></body></html>".getBytes(StandardCharsets.UTF_8);
        new SnapshotStore(shipped, List.of()).save(new FetchedPage(body, provenance(url, body)));
        long filesBefore = Files.walk(shipped).count();

        SnapshotStore store = new SnapshotStore(dir.resolve("own"), List.of(shipped));
        assertThat(fetcher(FetchPolicy.OFFLINE, store).fetch(url).body()).isEqualTo(body);
        assertThat(Files.walk(shipped).count()).isEqualTo(filesBefore);
    }

    private Provenance provenance(URI url, byte[] body) {
        return new Provenance(url.toString(), url.toString(), 200, "2024-07-18T00:00:00Z", "text/html", null,
                Digests.sha256(body), body.length, false, "network", null, null, null, null);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
