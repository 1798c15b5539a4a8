package dev.tandem.fetch;

import dev.tandem.model.TandemVersion;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How tandem fetches: limits, politeness and safety, as read from configuration
 * ({@code tandem.fetch.*}).
 *
 * @param totalTimeout the most one request may take, headers and body, redirects and retries not included
 * @param connectTimeout the most a connection may take to open
 * @param readTimeout the most the server may stay silent, waiting for headers or between reads of the body
 * @param maxBytes the largest body kept; a larger plain body is cut and marked truncated, a larger
 *     compressed one is refused as a decompression bomb
 * @param userAgent the User-Agent header
 * @param hostInterval the least time between the starts of two requests to one host
 * @param hostConcurrency the most requests to one host at a time
 * @param retries how many times a request is tried again after a timeout, a reset, a 429 or a 5xx
 * @param backoff the wait before the first retry; it doubles with each retry, with jitter
 * @param maxRetryAfter the longest Retry-After honoured; a server asking for more fails the fetch
 * @param maxRedirects the most redirects followed for one page
 * @param robots whether robots.txt is honoured
 * @param robotsIgnoredHosts hosts whose robots.txt is not read (the operator's own sites), lower case
 * @param allowedHosts hosts or addresses that may be fetched although they are loopback, private,
 *     link-local or multicast, lower case
 * @param hostRetry how long a host that did not answer is left alone before it is tried again
 *     ({@link HostCircuit})
 * @param reuseWindow how long a page fetched from the network serves further inputs naming the
 *     same URL without a new fetch; zero shares only fetches in flight ({@link SourceFetcher})
 */
public record FetchSettings(
        Duration totalTimeout,
        Duration connectTimeout,
        Duration readTimeout,
        int maxBytes,
        String userAgent,
        Duration hostInterval,
        int hostConcurrency,
        int retries,
        Duration backoff,
        Duration maxRetryAfter,
        int maxRedirects,
        boolean robots,
        Set<String> robotsIgnoredHosts,
        Set<String> allowedHosts,
        Duration hostRetry,
        Duration reuseWindow) {

    /**
     * Long enough that, while a host is down, it costs one connection attempt a minute however many
     * inputs name it; short enough that a host back from a restart or a network blip is fetched
     * live again within a minute, so few records are built on an older snapshot. It matches the
     * longest Retry-After tandem honours, the longest a server may ask it to stay away.
     */
    static final Duration HOST_RETRY = Duration.ofSeconds(60);
    /**
     * Five minutes covers a batch of thousands of translations of one original (2,000 took under
     * half a minute) and a newsroom dropping the translations of one story in one go, while a
     * correction published to the original is still picked up within minutes.
     */
    static final Duration REUSE_WINDOW = Duration.ofMinutes(5);

    public FetchSettings {
        if (maxBytes <= 0 || hostConcurrency <= 0 || retries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
        if (hostRetry.isNegative() || hostRetry.isZero() || reuseWindow.isNegative()) {
            throw new IllegalArgumentException(
                    "the host retry delay must be positive and the reuse window not negative");
        }
        robotsIgnoredHosts = lowerCase(robotsIgnoredHosts);
        allowedHosts = lowerCase(allowedHosts);
    }

    private static Set<String> lowerCase(Set<String> hosts) {
        return hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The defaults of {@code tandem.properties}. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(10), 10 << 20,
                "tandem/" + TandemVersion.VERSION + " (translation tracker)", Duration.ofSeconds(1), 1, 2, Duration.ofSeconds(1),
                Duration.ofSeconds(60), 5, true, Set.of(), Set.of(), HOST_RETRY, REUSE_WINDOW);
    }

    public FetchSettings withAllowedHosts(Set<String> hosts) {
        return new FetchSettings(totalTimeout, connectTimeout, readTimeout, maxBytes, userAgent, hostInterval,
                hostConcurrency, retries, backoff, maxRetryAfter, maxRedirects, robots, robotsIgnoredHosts, hosts,
                hostRetry, reuseWindow);
    }

    public FetchSettings withTimeouts(Duration total, Duration connect, Duration read) {
        return new FetchSettings(total, connect, read, maxBytes, userAgent, hostInterval, hostConcurrency, retries,
                backoff, maxRetryAfter, maxRedirects, robots, robotsIgnoredHosts, allowedHosts,
                hostRetry, reuseWindow);
    }

    public FetchSettings withMaxBytes(int value) {
        return new FetchSettings(totalTimeout, connectTimeout, readTimeout, value, userAgent, hostInterval,
                hostConcurrency, retries, backoff, maxRetryAfter, maxRedirects, robots, robotsIgnoredHosts,
                allowedHosts, hostRetry, reuseWindow);
    }

    public FetchSettings withPoliteness(Duration interval, int concurrency) {
        return new FetchSettings(totalTimeout, connectTimeout, readTimeout, maxBytes, userAgent, interval, concurrency,
                retries, backoff, maxRetryAfter, maxRedirects, robots, robotsIgnoredHosts, allowedHosts, hostRetry,
                reuseWindow);
    }

    public FetchSettings withRetries(int count, Duration firstBackoff, Duration longestRetryAfter) {
        return new FetchSettings(totalTimeout, connectTimeout, readTimeout, maxBytes, userAgent, hostInterval,
                hostConcurrency, count, firstBackoff, longestRetryAfter, maxRedirects, robots, robotsIgnoredHosts,
                allowedHosts, hostRetry, reuseWindow);
    }

    public FetchSettings withCircuit(Duration retryDelay, Duration window) {
        return new FetchSettings(totalTimeout, connectTimeout, readTimeout, maxBytes, userAgent, hostInterval,
                hostConcurrency, retries, backoff, maxRetryAfter, maxRedirects, robots, robotsIgnoredHosts,
                allowedHosts, retryDelay, window);
    }

    public FetchSettings withRobots(boolean honoured, Set<String> ignoredHosts) {
        return new FetchSettings(totalTimeout, connectTimeout, readTimeout, maxBytes, userAgent, hostInterval,
                hostConcurrency, retries, backoff, maxRetryAfter, maxRedirects, honoured, ignoredHosts, allowedHosts,
                hostRetry, reuseWindow);
    }
}
