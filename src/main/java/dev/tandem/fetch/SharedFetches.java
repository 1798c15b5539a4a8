package dev.tandem.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Lets one fetch of a URL serve every input that names it: a fetch asked for while the same URL
 * is being fetched waits for that fetch and gets its page (or its error), and a page fetched less
 * than {@code window} ago is handed out again. What is kept is bounded by {@link #MAX_KEPT_BYTES}
 * and {@link #MAX_KEPT_PAGES}, the oldest going first; errors are never kept beyond the fetch that
 * met them.
 *
 * <p>A page served again is the very page fetched, provenance included: its fetch time is the
 * shared fetch's, not the moment each input was processed.
 */
final class SharedFetches {
    /**
     * Three pages at the 10 MiB size limit: the recommended heap of 448 MiB has room for this beside
     * the work on a couple of inputs, while news pages of 50 to 500 KB leave room for a hundred
     * originals or more.
     */
    static final long MAX_KEPT_BYTES = 32L << 20;
    /**
     * Caps the bookkeeping of many tiny pages (each kept page also holds its provenance, about a
     * kilobyte); a batch names far fewer distinct originals within one window.
     */
    static final int MAX_KEPT_PAGES = 1024;

    private record Kept(FetchedPage page, long fetchedAtNanos) {
    }

    private final long windowNanos;
    /** Guarded by {@code this}, as are the two fields after it. */
    private final Map<String, CompletableFuture<FetchedPage>> inFlight = new HashMap<>();
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>();
    private long keptBytes;

    SharedFetches(Duration window) {
        this.windowNanos = window.toNanos();
    }

    /**
     * The page at {@code url}: a recent one, the one being fetched, or a new one from {@code fetch},
     * run on this thread.
     */
    FetchedPage get(String url, Supplier<FetchedPage> fetch) {
        CompletableFuture<FetchedPage> theirs;
        CompletableFuture<FetchedPage> mine = null;
        synchronized (this) {
            forgetExpired();
            Kept recent = kept.get(url);
            if (recent != null) {
                return recent.page();
            }
            theirs = inFlight.get(url);
            if (theirs == null) {
                mine = new CompletableFuture<>();
                inFlight.put(url, mine);
            }
        }
        return mine == null ? await(theirs) : fetchFor(url, fetch, mine);
    }

    private FetchedPage fetchFor(String url, Supplier<FetchedPage> fetch, CompletableFuture<FetchedPage> mine) {
        FetchedPage page;
        try {
            page = fetch.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                inFlight.remove(url);
            }
            mine.completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            inFlight.remove(url);
            keep(url, page);
        }
        mine.complete(page);
        return page;
    }

    private static FetchedPage await(CompletableFuture<FetchedPage> theirs) {
        try {
            return theirs.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Keeps {@code page} for the window, making room by forgetting the oldest. Called holding the lock. */
    private void keep(String url, FetchedPage page) {
        long size = page.body().length;
        if (windowNanos == 0 || size > MAX_KEPT_BYTES) {
            return;
        }
        forget(url);
        Iterator<Map.Entry<String, Kept>> oldest = kept.entrySet().iterator();
        while (oldest.hasNext() && (keptBytes + size > MAX_KEPT_BYTES || kept.size() >= MAX_KEPT_PAGES)) {
            keptBytes -= oldest.next().getValue().page().body().length;
            oldest.remove();
        }
        kept.put(url, new Kept(page, System.nanoTime()));
        keptBytes += size;
    }

    private void forget(String url) {
        Kept gone = kept.remove(url);
        if (gone != null) {
            keptBytes -= gone.page().body().length;
        }
    }

    /** Drops pages older than the window; they are in insertion order, so the oldest come first. */
    private void forgetExpired() {
        long now = System.nanoTime();
        Iterator<Map.Entry<String, Kept>> oldest = kept.entrySet().iterator();
        while (oldest.hasNext()) {
            Kept k = oldest.next().getValue();
            if (now - k.fetchedAtNanos() < windowNanos) {
                return;
            }
            keptBytes -= k.page().body().length;
            oldest.remove();
        }
    }

    /** How many pages are kept now. */
    synchronized int keptPages() {
        return kept.size();
    }

    /** How many bytes of page bodies are kept now. */
    synchronized long keptBytes() {
        return keptBytes;
    }
}
