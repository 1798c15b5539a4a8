package dev.tandem.fetch;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Obtains a page under a {@link FetchPolicy}: from the network (storing a snapshot of what it got),
 * from the snapshot store, or from the network with the store behind it when the host is
 * unreachable. A re-check of a page already stored is a conditional request: a server that answers
 * 304 Not Modified sends nothing, and the stored copy is used.
 *
 * <p>A page obtained from the network serves every input naming the same URL while it is being
 * fetched and for the reuse window after ({@link SharedFetches}). A snapshot that stands in for an
 * unreachable host is not shared: each input reads it, and the host's circuit
 * ({@link HostCircuit}) decides when the network is tried again.
 */
public final class SourceFetcher {
    private final HttpPageFetcher http;
    private final SnapshotStore store;
    private final FetchPolicy policy;
    private final SharedFetches shared;

    /** A fetcher that shares only fetches in flight: each later input fetches again. */
    public SourceFetcher(HttpPageFetcher http, SnapshotStore store, FetchPolicy policy) {
        this(http, store, policy, Duration.ZERO);
    }

    /**
     * A fetcher whose network fetches serve every input naming the same URL while they are in
     * flight and for {@code reuseWindow} after ({@code tandem.fetch.reuse-ms}).
     */
    public SourceFetcher(HttpPageFetcher http, SnapshotStore store, FetchPolicy policy, Duration reuseWindow) {
        this.http = http;
        this.store = store;
        this.policy = policy;
        this.shared = new SharedFetches(reuseWindow);
    }

    /**
     * Gets ready to fetch from the network, in the background, unless the policy is offline (then
     * only a re-check fetches, and builds what it needs when it runs).
     */
    public void prepare() {
        if (policy != FetchPolicy.OFFLINE) {
            http.prepare();
        }
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
                yield stored.isPresent() ? fromStore(stored.get(), "cache-first policy")
                        : shared.get(url.toString(), () -> store.save(http.fetch(url)));
            }
            case NETWORK_FIRST -> {
                try {
                    yield shared.get(url.toString(), () -> fromNetwork(url));
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

    /**
     * The page as the network has it now: fetched and stored, or the newest snapshot when the
     * server says it has not changed since (HTTP 304).
     */
    private FetchedPage fromNetwork(URI url) {
        Optional<FetchedPage> stored = store.newest(url);
        Optional<FetchedPage> fetched = http.fetchIfChanged(url, stored.map(SourceFetcher::validators)
                .orElse(HttpPageFetcher.Validators.NONE));
        return fetched.isPresent() ? store.save(fetched.get())
                : fromStore(stored.orElseThrow(), "not modified since the snapshot (HTTP 304)");
    }

    /**
     * Fetches {@code url} again from the network, whatever the policy, asking the server whether it
     * changed since the newest snapshot: empty when it did not (HTTP 304), the new page, stored as a
     * snapshot, when it did.
     *
     * @throws SourceUnreachableException when the host cannot be reached
     */
    public Optional<FetchedPage> recheck(URI url) {
        Optional<FetchedPage> stored = store.newest(url);
        return http.fetchIfChanged(url, stored.map(SourceFetcher::validators).orElse(HttpPageFetcher.Validators.NONE))
                .map(store::save);
    }

    /** What a re-check sends so that an unchanged page is not sent again. */
    private static HttpPageFetcher.Validators validators(FetchedPage stored) {
        Provenance p = stored.provenance();
        return new HttpPageFetcher.Validators(p.etag(), p.lastModified());
    }

    private static FetchedPage fromStore(FetchedPage page, String why) {
        Provenance p = page.provenance();
        return page.withProvenance(p.fromSnapshot(p.snapshot(), why));
    }
}
