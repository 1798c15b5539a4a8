package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.Warcs;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    private static final URI URL = URI.create("https://baoquocte.vn/a-1.html");

    @Test
    void newestIsTheLatestFetch() {
        SnapshotStore store = new SnapshotStore(dir, List.of());
        store.save(page("<p>một</p>", "2024-07-18T00:00:00Z"));
        store.save(page("<p>hai</p>", "2024-07-19T00:00:00Z"));
        assertThat(store.newest(URL)).hasValueSatisfying(p -> {
            assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hai</p>");
            assertThat(p.provenance().fetchedAt()).isEqualTo("2024-07-19T00:00:00Z");
        });
    }

    @Test
    void identicalPageIsNotStoredTwice() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, List.of());
        FetchedPage first = store.save(page("<p>một</p>", "2024-07-18T00:00:00Z"));
        FetchedPage second = store.save(page("<p>một</p>", "2024-07-19T00:00:00Z"));
        assertThat(second.provenance().snapshot()).isEqualTo(first.provenance().snapshot());
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
        }
    }

    @Test
    void keepsUrlsApartAndLeavesNoTemporaryFiles() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, List.of());
        store.save(page("<p>một</p>", "2024-07-18T00:00:00Z"));
        assertThat(store.newest(URI.create("https://baoquocte.vn/a-2.html"))).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aSnapshotIsAWarcFileThatJwarcReads() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, List.of());
        FetchedPage saved = store.save(page("<p>Chủ tịch Triều Tiên</p>", "2024-07-19T03:00:00Z"));
        Path warc = Path.of(saved.provenance().snapshot());

        assertThat(warc.getFileName().toString()).endsWith(".warc.gz");
        assertThat(Warcs.types(warc)).containsExactly("request", "response");
        try (WarcReader reader = new WarcReader(warc)) {
            reader.next();
            WarcResponse response = (WarcResponse) reader.next().orElseThrow();
            assertThat(response.target()).isEqualTo(URL.toString());
            assertThat(response.date()).isEqualTo(Instant.parse("2024-07-19T03:00:00Z"));
            assertThat(response.http().status()).isEqualTo(200);
            byte[] body = response.http().body().stream().readAllBytes();
            assertThat(body).isEqualTo(saved.body());
            assertThat(response.payloadDigest()).hasValueSatisfying(d -> {
                assertThat(d.algorithm()).isEqualTo("sha1");
                assertThat(d.hex()).isEqualTo(sha1Hex(body));
            });
        }
        assertThat(store.newest(URL)).hasValueSatisfying(p -> assertThat(p.body()).isEqualTo(saved.body()));
    }

    @Test
    void aSnapshotStoredForOneSpellingServesAnother() {
        SnapshotStore store = new SnapshotStore(dir, List.of());
        store.save(page("http://www.example.com/a#x", "<p>một</p>", "2024-07-18T00:00:00Z"));
        assertThat(store.newest(URI.create("https://example.com/a?utm_source=y"))).hasValueSatisfying(p ->
                assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo("<p>một</p>"));
        assertThat(store.newest(URI.create("https://example.com/a?id=2"))).isEmpty();
        assertThat(store.newest(URI.create("https://example.com/b"))).isEmpty();
    }

    @Test
    void theSameOriginalUnderAnotherSpellingIsNotStoredTwice() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, List.of());
        FetchedPage first = store.save(page("https://www.example.com/a", "<p>một</p>", "2024-07-18T00:00:00Z"));
        FetchedPage second = store.save(page("http://example.com/a?fbclid=1", "<p>một</p>", "2024-07-19T00:00:00Z"));
        assertThat(second.provenance().snapshot()).isEqualTo(first.provenance().snapshot());
        assertThat(Path.of(first.provenance().snapshot()).getParent().getParent().getFileName()).hasToString("example.com");
    }

    @Test
    void findsSnapshotsAnOlderStoreKeptUnderTheUrlAsWritten() throws IOException {
        Path old = dir.resolve("old");
        String written = "https://www.vietnamplus.vn/metro-post969857.vnp";
        Path folder = old.resolve("www.vietnamplus.vn").resolve(Digests.sha256(written).substring(0, 16));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("20240809T040000Z-43b25b334b18.html"), "<p>metro</p>");
        Files.writeString(folder.resolve("20240809T040000Z-43b25b334b18.json"), "{\"requestedUrl\": \"" + written
                + "\", \"finalUrl\": \"" + written + "\", \"status\": 200, \"fetchedAt\": \"2024-08-09T04:00:00Z\","
                + " \"contentType\": \"text/html\", \"sha256\": \"43b25b334b18\", \"bytes\": 12, \"origin\": \"imported\"}");
        SnapshotStore store = new SnapshotStore(dir.resolve("new"), List.of(old));
        for (String spelling : List.of(written, "https://vietnamplus.vn/metro-post969857.vnp",
                "http://www.vietnamplus.vn/metro-post969857.vnp#comments",
                "http://vietnamplus.vn/metro-post969857.vnp?utm_source=zalo")) {
            assertThat(store.newest(URI.create(spelling))).as(spelling).hasValueSatisfying(p ->
                    assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo("<p>metro</p>"));
        }
    }

    @Test
    void theSamplesSnapshotsAreFoundByEverySpelling() {
        SnapshotStore store = new SnapshotStore(dir, List.of(Path.of("samples/snapshots")));
        assertThat(store.newest(URI.create(
                "http://vietnamplus.vn/doan-tren-cao-tuyen-metro-nhon-ga-ha-noi-chinh-thuc-van-hanh-thuong-mai-post969857.vnp")))
                .isPresent();
        assertThat(store.newest(URI.create(
                "http://www.baoquocte.vn/phai-doan-quan-su-nga-tham-trieu-tien-279309.html?utm_source=zalo#top")))
                .isPresent();
    }

    private static String sha1Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FetchedPage page(String html, String at) {
        return page(URL.toString(), html, at);
    }

    private static FetchedPage page(String url, String html, String at) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new FetchedPage(body, new Provenance(url, url, 200, at, "text/html", null,
                Digests.sha256(body), body.length, false, "network", null, null, null, null));
    }
}
