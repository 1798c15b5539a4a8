package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    private static FetchedPage page(String html, String at) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new FetchedPage(body, new Provenance(URL.toString(), URL.toString(), 200, at, "text/html", null,
                Digests.sha256(body), body.length, false, "network", null, null, null, null));
    }
}
