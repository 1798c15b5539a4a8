package dev.tandem.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which hosts failed to answer, so that the inputs after the first one that found a host
 * dead do not each try it again (and wait the host's politeness interval to do so). After a failure
 * the host's circuit is open: a fetch from it fails at once with a {@link SourceUnreachableException}
 * that names the source and when the host will be tried again, and a network-first fetch falls back
 * on its snapshot without delay. Once {@code retryDelay} has passed, one fetch is let through as a
 * probe while the others still fail fast; an answer from the host, whatever its status, closes the
 * circuit, and another failure opens it for another {@code retryDelay}.
 *
 * <p>A host here is a host name and port: a dead service on one port says nothing of another.
 */
final class HostCircuit {
    private final Duration retryDelay;
    private final Clock clock;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostCircuit(Duration retryDelay, Clock clock) {
        this.retryDelay = retryDelay;
        this.clock = clock;
    }

    /**
     * Leave to send requests to one host, as it was given: it lapses once the host's circuit opens
     * after it was given, unless it was the probe of that very opening.
     */
    record Pass(String host, long generation) {
    }

    /** One host's circuit; every field is guarded by the object's lock. */
    private static final class Host {
        /** Incremented at each opening, so that a pass knows whether it predates it. */
        long generation;
        boolean open;
        long retryAtNanos;
        Instant failedAt;
        Instant retryAt;
        String cause;
    }

    /**
     * Leave to fetch {@code url} for the source {@code requested}.
     *
     * @throws SourceUnreachableException when the host's circuit is open and it is not yet time to
     *     try it again, or another fetch is already trying it again
     */
    Pass admit(URI url, String requested) {
        String key = keyOf(url);
        Host h = hosts.computeIfAbsent(key, k -> new Host());
        synchronized (h) {
            if (h.open) {
                if (System.nanoTime() - h.retryAtNanos < 0) {
                    throw refusal(h, url, requested);
                }
                // This fetch is the probe; the others keep failing fast until it is done.
                h.retryAtNanos = System.nanoTime() + retryDelay.toNanos();
                h.retryAt = clock.instant().plus(retryDelay);
            }
            return new Pass(key, h.generation);
        }
    }

    /**
     * Checks, just before a request goes out, that the host's circuit has not opened since
     * {@code pass} was given (another thread found the host dead while this one waited its turn).
     *
     * @throws SourceUnreachableException when it has
     */
    void confirm(Pass pass, URI url, String requested) {
        Host h = hosts.get(pass.host());
        synchronized (h) {
            if (h.generation != pass.generation()) {
                throw refusal(h, url, requested);
            }
        }
    }

    /** The host did not answer a request sent under {@code pass}: opens its circuit, unless another did first. */
    void failed(Pass pass, String cause) {
        Host h = hosts.get(pass.host());
        synchronized (h) {
            if (h.generation != pass.generation()) {
                return;
            }
            h.generation++;
            h.open = true;
            h.failedAt = clock.instant();
            h.retryAtNanos = System.nanoTime() + retryDelay.toNanos();
            h.retryAt = h.failedAt.plus(retryDelay);
            h.cause = cause;
        }
    }

    /** The host answered a request sent under {@code pass}: closes its circuit. */
    void answered(Pass pass) {
        Host h = hosts.get(pass.host());
        synchronized (h) {
            if (h.generation == pass.generation()) {
                h.open = false;
            }
        }
    }

    private static SourceUnreachableException refusal(Host h, URI url, String requested) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", requested);
        if (!url.toString().equals(requested)) {
            details.put("finalUrl", url.toString());
        }
        details.put("retryAt", h.retryAt.toString());
        return new SourceUnreachableException("not fetching " + requested + ": " + url.getAuthority()
                + " did not answer at " + h.failedAt + " (" + h.cause + "); it is tried again from " + h.retryAt
                + " (tandem.fetch.host-retry-ms)", details, null);
    }

    private static String keyOf(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
