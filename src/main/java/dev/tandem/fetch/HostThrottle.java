package dev.tandem.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code concurrency} requests to a host at once, and their starts at
 * least {@code interval} apart, whatever the number of threads fetching. Every request tandem
 * sends, retries, redirects and robots.txt included, takes a permit here.
 */
public final class HostThrottle {
    private final long intervalNanos;
    private final int concurrency;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    public HostThrottle(Duration interval, int concurrency) {
        this.intervalNanos = interval.toNanos();
        this.concurrency = concurrency;
    }

    private final class Host {
        final Semaphore permits = new Semaphore(concurrency, true);
        long nextStart = System.nanoTime();
    }

    /** A permit to send one request; closing it lets the next request to the host go. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits until a request to {@code host} may start.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public Permit acquire(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.permits.acquire();
        try {
            long start;
            synchronized (h) {
                start = Math.max(System.nanoTime(), h.nextStart);
                h.nextStart = start + intervalNanos;
            }
            long wait = start - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException | RuntimeException e) {
            h.permits.release();
            throw e;
        }
        return h.permits::release;
    }
}
