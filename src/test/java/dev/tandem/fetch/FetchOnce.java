package dev.tandem.fetch;

import dev.tandem.model.StageException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Fetches each URL given and prints one line per URL, {@code fetched} or {@code failed: ...}: run
 * in a child JVM by {@link AddressGuardResolutionTest}, whose name resolution a hosts file replaces
 * (Java reads {@code jdk.net.hosts.file} once, at start).
 *
 * <p>Arguments: the allowed hosts, comma-separated (or {@code -}), then the URLs.
 */
public final class FetchOnce {
    private FetchOnce() {
    }

    public static void main(String[] args) {
        Set<String> allowed = args[0].equals("-") ? Set.of() : Set.of(args[0].split(","));
        FetchSettings settings = FetchSettings.defaults().withAllowedHosts(allowed).withPoliteness(Duration.ZERO, 4)
                .withRobots(false, Set.of()).withRetries(0, Duration.ofMillis(10), Duration.ofSeconds(1))
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (HttpPageFetcher fetcher = new HttpPageFetcher(settings, Clock.systemUTC())) {
            for (int i = 1; i < args.length; i++) {
                try {
                    FetchedPage page = fetcher.fetch(URI.create(args[i]));
                    System.out.println(args[i] + " fetched " + page.body().length + " bytes");
                } catch (StageException e) {
                    System.out.println(args[i] + " failed: " + e.getMessage());
                }
            }
        }
    }
}
