package dev.tandem.fetch;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Obtains a page under a {@link FetchPolicy}: from the network (storing a snapshot of what it got),
 * from the snapshot store, or from the network with the store behind it when the host is
 * unreachable.
 */
public final class SourceFetcher {
    private final HttpPageFetcher http;
    private final SnapshotStore store;
    private final FetchPolicy policy;

    public SourceFetcher(HttpPageFetcher http, SnapshotStore store, FetchPolicy policy) {
        this.http = http;
        this.store = store;
        this.policy = policy;
    }

    /** The page at {@code url}, with provenance saying where it came from. */
    public FetchedPage fetch(URI url) {
        return switch (policy) {
            case OFFLINE -> store.newest(url)
                    .map(page -> fromStore(page, "offline policy"))
                    .orElseThrow(() -> new StageException(Stage.FETCH,
                            "offline and there is no snapshot of " + url, Map.of("url", url.toString()), null));
            case CACHE_FIRST -> {
                Optional<FetchedPage> stored = store.newest(url);
                yield stored.isPresent() ? fromStore(stored.get(), "cache-first policy") : store.save(http.fetch(url));
            }
            case NETWORK_FIRST -> {
                try {
                    yield store.save(http.fetch(url));
                } catch (SourceUnreachableException e) {
                    Optional<FetchedPage> stored = store.newest(url);
                    if (stored.isEmpty()) {
                        throw e;
                    }
                    yield fromStore(stored.get(), "network unreachable (" + e.getMessage() + ")");
                }
            }
        };
    }

    private static FetchedPage fromStore(FetchedPage page, String why) {
        Provenance p = page.provenance();
        return page.withProvenance(p.fromSnapshot(p.snapshot(), why));
    }
}
