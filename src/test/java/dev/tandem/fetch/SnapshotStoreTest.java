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

    private static String sha1Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FetchedPage page(String html, String at) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new FetchedPage(body, new Provenance(URL.toString(), URL.toString(), 200, at, "text/html", null,
                Digests.sha256(body), body.length, false, "network", null, null, null, null));
    }
}
