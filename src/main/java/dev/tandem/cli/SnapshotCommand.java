package dev.tandem.cli;

import dev.tandem.config.TandemConfig;
import dev.tandem.fetch.Digests;
import dev.tandem.fetch.FetchedPage;
import dev.tandem.fetch.Provenance;
import dev.tandem.fetch.SnapshotStore;
import dev.tandem.ingest.SourceUrlFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code snapshot --url URL FILE}: stores a page saved by other means (a browser, an archive) as
 * the snapshot of URL, so that offline and cache-first runs use it. The samples' snapshots were
 * made this way.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Imports a saved HTML page into the snapshot store as the snapshot of a URL.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stored", "2:usage or configuration error, a malformed URL or a missing FILE"})
final class SnapshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The page's address.")
    String url;

    @Option(names = "--fetched-at", paramLabel = "INSTANT",
            description = "When the page was saved, ISO-8601 (default: now).")
    String fetchedAt;

    @Parameters(index = "0", paramLabel = "FILE", description = "The saved page.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TandemConfig cfg = config.load(Map.of());
        Optional<URI> parsed = SourceUrlFinder.parse(url);
        if (parsed.isEmpty()) {
            err.println("tandem: malformed URL " + url);
            return 2;
        }
        Instant at;
        try {
            at = fetchedAt == null ? Instant.now() : Instant.parse(fetchedAt);
        } catch (DateTimeParseException e) {
            err.println("tandem: --fetched-at must be an ISO-8601 instant such as 2024-07-19T02:00:00Z");
            return 2;
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("tandem: no such file: " + file);
            return 2;
        }
        Provenance provenance = new Provenance(parsed.get().toString(), parsed.get().toString(), 200, at.toString(),
                "text/html", null, Digests.sha256(body), body.length, false, "imported", null,
                "imported from " + file.getFileName(), null, null);
        FetchedPage stored = new SnapshotStore(cfg.snapshotDir(), java.util.List.of())
                .save(new FetchedPage(body, provenance));
        out.println(stored.provenance().snapshot());
        return 0;
    }
}
