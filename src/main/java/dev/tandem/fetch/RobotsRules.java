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
 * that is missing or answers 4xx allows everything, and one that cannot be read (5xx, timeout,
 * refused connection) forbids everything until it is read again. Hosts the operator owns can be
 * left out ({@code tandem.fetch.robots-ignore-hosts}).
 */
final class RobotsRules {
    static final String ROBOT_NAME = "tandem";
    private static final Duration KEPT = Duration.ofHours(24);

    /** One robots.txt answer: its status (0 when none came) and body. */
    record Answer(int status, byte[] body, String contentType) {
    }

    /**
     * Fetches a robots.txt once, without robots rules, retries or redirects. It throws when the
     * host cannot be reached at all; nothing is then remembered.
     */
    interface Reader {
        Answer read(URI robotsTxt);
    }

    private record Entry(BaseRobotRules rules, long readAt) {
    }

    private final Reader reader;
    private final Set<String> ignoredHosts;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RobotsRules(Reader reader, Set<String> ignoredHosts) {
        this.reader = reader;
        this.ignoredHosts = Set.copyOf(ignoredHosts);
    }

    /** Whether robots.txt lets tandem fetch {@code url}. */
    boolean allows(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (ignoredHosts.contains(host)) {
            return true;
        }
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            Entry entry = byOrigin.get(origin);
            if (entry == null || System.nanoTime() - entry.readAt() > KEPT.toNanos()) {
                entry = new Entry(read(origin), System.nanoTime());
                byOrigin.put(origin, entry);
            }
            return entry.rules().isAllowed(url.toString());
        }
    }

    private BaseRobotRules read(String origin) {
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
