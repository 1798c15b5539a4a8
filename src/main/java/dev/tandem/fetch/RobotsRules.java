package dev.tandem.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each host's robots.txt lets tandem fetch, read once per host and kept for a day. Parsing is
 * crawler-commons' (RFC 9309), for the robot name {@code tandem}. As the RFC says, a robots.txt
 * that is missing or answers 4xx allows everything, and one that answers 5xx forbids everything
 * until it is read again. A host that gives no answer at all (refused, timed out, broken off) is
 * unreachable: nothing is fetched from it, as the RFC asks, but nothing is remembered either, so
 * that a network-first fetch can fall back on its snapshot and the host is asked again once it is
 * tried again. Hosts the operator owns can be left out ({@code tandem.fetch.robots-ignore-hosts}).
 */
final class RobotsRules {
    static final String ROBOT_NAME = "tandem";
    private static final Duration KEPT = Duration.ofHours(24);

    /** One robots.txt answer: its status (0 when none came) and body. */
    record Answer(int status, byte[] body, String contentType) {
    }

    /**
     * Fetches a robots.txt once, without robots rules, retries or redirects. It throws when the
     * host cannot be reached at all or does not answer; nothing is then remembered, so the next
     * fetch from the host reads it again.
     */
    interface Reader {
        Answer read(URI robotsTxt);
    }

    private record Entry(BaseRobotRules rules, long readAt) {
    }

    private final Set<String> ignoredHosts;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RobotsRules(Set<String> ignoredHosts) {
        this.ignoredHosts = Set.copyOf(ignoredHosts);
    }

    /**
     * Whether robots.txt lets tandem fetch {@code url}, reading it with {@code reader} when it is not
     * known yet (the reader knows which source the fetch is for, so its errors can name it).
     */
    boolean allows(URI url, Reader reader) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (ignoredHosts.contains(host)) {
            return true;
        }
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            Entry entry = byOrigin.get(origin);
            if (entry == null || System.nanoTime() - entry.readAt() > KEPT.toNanos()) {
                entry = new Entry(read(origin, reader), System.nanoTime());
                byOrigin.put(origin, entry);
            }
            return entry.rules().isAllowed(url.toString());
        }
    }

    private BaseRobotRules read(String origin, Reader reader) {
        URI robotsTxt = URI.create(origin + "/robots.txt");
        Answer answer = reader.read(robotsTxt);
        if (answer.status() >= 200 && answer.status() < 300) {
            return parser.parseContent(robotsTxt.toString(), answer.body(), answer.contentType(), List.of(ROBOT_NAME));
        }
        if (answer.status() >= 300 && answer.status() < 500) {
            // Missing, forbidden or moved: the RFC's "unavailable", which allows everything.
            return parser.failedFetch(404);
        }
        // 5xx or no answer at all: the RFC's "unreachable", which forbids everything.
        return parser.failedFetch(answer.status() == 0 ? 503 : answer.status());
    }
}
