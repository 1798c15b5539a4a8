package dev.tandem.fetch;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one HTML page over HTTP(S) the way a well-mannered crawler does, keeping its raw bytes and
 * provenance.
 *
 * <ul>
 *   <li>Safety: only http and https; every address a host resolves to, after every redirect, is
 *       checked by {@link AddressGuard}, which is also the client's resolver, and the address the
 *       connection actually reached is checked again.</li>
 *   <li>Politeness: {@link HostThrottle} spaces and caps requests per host, {@link RobotsRules}
 *       honours robots.txt, the User-Agent names the project, and a re-check sends the stored
 *       copy's ETag and Last-Modified.</li>
 *   <li>Robustness: a timeout, a reset, a 429 or a 5xx is retried with exponential backoff and
 *       jitter (Retry-After honoured up to a limit); other 4xx are not. Timeouts are per connect,
 *       per read and in total. Redirects are followed by hand, counted, and a loop is an error.
 *       gzip and deflate are decoded here, so the size limit applies to what the page expands to:
 *       a plain body over the limit is cut and marked truncated, a compressed one is refused as a
 *       decompression bomb. Only HTML is accepted; a PDF is an error even when labelled HTML.</li>
 * </ul>
 *
 * <p>Failures are {@link StageException}s naming the URL, the status and the cause; a host that
 * cannot be reached is a {@link SourceUnreachableException}, so that a stored snapshot can stand in.
 */
public final class HttpPageFetcher implements AutoCloseable {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "tandem-fetch-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final FetchSettings settings;
    private final Clock clock;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final RobotsRules robots;
    private final HostCircuit circuit;
    /** Built on first need ({@link #prepare()}). */
    private CompletableFuture<CloseableHttpClient> client;
    private final BodyReader bodyReader;

    public HttpPageFetcher(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.guard = new AddressGuard(settings.allowedHosts());
        this.throttle = new HostThrottle(settings.hostInterval(), settings.hostConcurrency());
        this.robots = new RobotsRules(settings.robotsIgnoredHosts());
        this.circuit = new HostCircuit(settings.hostRetry(), clock);
        this.bodyReader = new BodyReader(settings.maxBytes(), settings.totalTimeout());
    }

    /**
     * Starts building the HTTP client on a thread of its own, if it is not built yet. Building it
     * sets up TLS, about half a second of a small machine; the service asks for it once it is
     * ready, and the first fetch builds it (or waits for it) otherwise.
     */
    public synchronized CompletableFuture<CloseableHttpClient> prepare() {
        if (client == null) {
            client = CompletableFuture.supplyAsync(() -> client(settings, guard), runnable -> {
                Thread thread = new Thread(runnable, "tandem-http-client");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return client;
    }

    private static CloseableHttpClient client(FetchSettings settings, AddressGuard guard) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(guard)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                                .build())
                        .setMaxConnPerRoute(settings.hostConcurrency())
                        .setMaxConnTotal(Math.max(20, settings.hostConcurrency()))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .setUserAgent(settings.userAgent())
                .build();
    }

    /** The ETag and Last-Modified of a stored copy, sent so that an unchanged page is not sent again. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);

        boolean any() {
            return etag != null || lastModified != null;
        }
    }

    /** One answer to one request. */
    private record Answer(int status, String reason, String contentType, String contentEncoding, String location,
            String etag, String lastModified, String retryAfter, byte[] body, boolean truncated) {
    }

    /** Fetches {@code url}; the answer must be a 2xx HTML page. */
    public FetchedPage fetch(URI url) {
        return fetchIfChanged(url, Validators.NONE).orElseThrow();
    }

    /**
     * Fetches {@code url} unless the server says it has not changed since the stored copy that
     * {@code validators} describe (HTTP 304): then the result is empty.
     */
    public Optional<FetchedPage> fetchIfChanged(URI url, Validators validators) {
        String requested = url.toString();
        URI current = url;
        Set<String> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            current = check(current, requested);
            if (!visited.add(current.toString())) {
                throw new StageException(Stage.FETCH, "redirect loop: " + current + " was already visited",
                        details(requested, 0, current), null);
            }
            Answer answer = answerFromHost(current, hop == 0 ? validators : Validators.NONE, requested);
            if (REDIRECTS.contains(answer.status())) {
                if (answer.location() == null) {
                    throw new StageException(Stage.FETCH, "HTTP " + answer.status() + " without a Location from "
                            + current, details(requested, answer.status(), current), null);
                }
                if (hop >= settings.maxRedirects()) {
                    throw new StageException(Stage.FETCH, "more than " + settings.maxRedirects()
                            + " redirects from " + requested, details(requested, answer.status(), current), null);
                }
                current = resolve(current, answer.location(), requested);
                continue;
            }
            if (answer.status() == 304 && validators.any()) {
                return Optional.empty();
            }
            return Optional.of(page(requested, current, answer));
        }
    }

    /**
     * Asks the host of {@code url} for it, robots.txt first, unless the host's circuit is open; a
     * host that does not answer opens it ({@link HostCircuit}).
     */
    private Answer answerFromHost(URI url, Validators validators, String requested) {
        HostCircuit.Pass pass = circuit.admit(url, requested);
        try {
            if (settings.robots() && !robots.allows(url, robotsTxt -> readRobots(robotsTxt, url, requested, pass))) {
                throw new StageException(Stage.FETCH, "robots.txt of " + url.getHost() + " does not let "
                        + RobotsRules.ROBOT_NAME + " fetch " + url, details(requested, 0, url), null);
            }
            return withRetries(url, validators, requested, pass);
        } catch (SourceUnreachableException e) {
            circuit.failed(pass, e.getCause() instanceof IOException io ? whyNoAnswer(io, url) : e.getMessage());
            throw e;
        }
    }

    private FetchedPage page(String requested, URI finalUrl, Answer answer) {
        int status = answer.status();
        if (status < 200 || status > 299) {
            throw new StageException(Stage.FETCH, "HTTP " + status + " " + answer.reason().trim() + " from " + finalUrl,
                    details(requested, status, finalUrl), null);
        }
        String contentType = answer.contentType();
        if (!HTML_TYPES.contains(FetchedPage.mediaType(contentType))) {
            Map<String, Object> d = details(requested, status, finalUrl);
            d.put("contentType", contentType == null ? "" : contentType);
            throw new StageException(Stage.FETCH, "source is not an HTML page: " + finalUrl + " is "
                    + (contentType == null ? "of no declared type" : contentType), d, null);
        }
        byte[] body = answer.body();
        if (startsWith(body, "%PDF-")) {
            throw new StageException(Stage.FETCH, "source is not an HTML page: " + finalUrl
                    + " is a PDF document served as " + contentType, details(requested, status, finalUrl), null);
        }
        if (body.length == 0) {
            throw new StageException(Stage.FETCH, "source page is empty: " + finalUrl,
                    details(requested, status, finalUrl), null);
        }
        Provenance provenance = new Provenance(requested, finalUrl.toString(), status, clock.instant().toString(),
                contentType, FetchedPage.charsetOf(contentType), Digests.sha256(body), body.length, answer.truncated(),
                "network", null, answer.truncated() ? "cut at " + settings.maxBytes() + " bytes" : null,
                answer.etag(), answer.lastModified());
        return new FetchedPage(body, provenance);
    }

    /** The URL to fetch, its host as browsers read it; or a refusal naming the address. */
    private URI check(URI url, String requested) {
        try {
            return guard.checkUrl(url);
        } catch (AddressGuard.RefusedAddressException e) {
            throw new StageException(Stage.FETCH, e.getMessage(), details(requested, 0, url), e);
        }
    }

    private static URI resolve(URI base, String location, String requested) {
        try {
            return base.resolve(location.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new StageException(Stage.FETCH, "malformed redirect Location '" + location + "' from " + base,
                    details(requested, 0, base), e);
        }
    }

    /** One request, tried again after a timeout, a reset, a 429 or a 5xx, up to the configured retries. */
    private Answer withRetries(URI url, Validators validators, String requested, HostCircuit.Pass pass) {
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= settings.retries();
            Answer answer;
            try {
                answer = exchange(url, validators, settings.totalTimeout(), pass, requested);
            } catch (IOException e) {
                RuntimeException fatal = unreachable(e, url, requested);
                if (fatal != null) {
                    throw fatal;
                }
                boolean timeout = e instanceof InterruptedIOException;
                boolean broken = e instanceof SocketException || e instanceof NoHttpResponseException
                        || e instanceof ConnectionClosedException;
                if (!timeout && !broken) {
                    throw new StageException(Stage.FETCH, "fetching " + url + " failed: " + describe(e),
                            details(requested, 0, url), e);
                }
                if (last) {
                    throw new SourceUnreachableException((timeout ? "timed out fetching " + url
                            : "connection to " + url.getAuthority() + " failed") + " (" + describe(e) + ", "
                            + (attempt + 1) + " attempts)", details(requested, 0, url), e);
                }
                pause(backoff(attempt), requested, url);
                continue;
            }
            int status = answer.status();
            boolean retryable = status == 429 || status >= 500 && status != 501 && status != 505;
            if (!retryable) {
                return answer;
            }
            Duration wait = retryAfter(answer.retryAfter()).orElse(backoff(attempt));
            if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                throw new StageException(Stage.FETCH, "HTTP " + status + " from " + url + ": the server asks to retry after "
                        + wait.toSeconds() + " s, more than the " + settings.maxRetryAfter().toSeconds()
                        + " s tandem waits", details(requested, status, url), null);
            }
            if (last) {
                return answer;
            }
            pause(wait, requested, url);
        }
    }

    /**
     * The error for a source that may not be fetched (a refused address) or whose host cannot be
     * reached at all, which no retry mends; null for any other failure.
     */
    private static RuntimeException unreachable(IOException e, URI url, String requested) {
        if (e instanceof AddressGuard.RefusedAddressException) {
            return new StageException(Stage.FETCH, e.getMessage(), details(requested, 0, url), e);
        }
        if (e instanceof UnknownHostException) {
            return new SourceUnreachableException("unknown host " + url.getHost(), details(requested, 0, url), e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new SourceUnreachableException("cannot connect to " + url.getAuthority()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), details(requested, 0, url), e);
        }
        return null;
    }

    /** The wait before retry {@code attempt + 1}: the first backoff doubled each time, between half and all of it. */
    private Duration backoff(int attempt) {
        long full = settings.backoff().toMillis() << Math.min(attempt, 16);
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    /** A Retry-After in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static void pause(Duration wait, String requested, URI url) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StageException(Stage.FETCH, "interrupted while waiting to retry " + url,
                    details(requested, 0, url), e);
        }
    }

    /**
     * Sends one GET and reads the answer within {@code total}, holding a permit of the host's throttle.
     * A watchdog aborts the request when the total time runs out, whatever stage it is at. A host
     * found dead by another fetch while this one waited for its permit is not asked.
     */
    private Answer exchange(URI url, Validators validators, Duration total, HostCircuit.Pass pass, String requested)
            throws IOException {
        HttpGet get = new HttpGet(url);
        get.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
        get.setHeader("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            get.setHeader("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            get.setHeader("If-Modified-Since", validators.lastModified());
        }
        long deadline = System.nanoTime() + total.toNanos();
        try (HostThrottle.Permit permit = throttle.acquire(url.getHost().toLowerCase(Locale.ROOT))) {
            circuit.confirm(pass, url, requested);
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(get::cancel, total.toMillis(), TimeUnit.MILLISECONDS);
            HttpClientContext context = HttpClientContext.create();
            try (ClassicHttpResponse response = prepare().join().executeOpen(null, get, context)) {
                circuit.answered(pass);
                checkConnectedAddress(url, context);
                String encoding = header(response, "Content-Encoding");
                BodyReader.Body body = bodyReader.read(response.getEntity(), encoding, deadline);
                return new Answer(response.getCode(), response.getReasonPhrase() == null ? "" : response.getReasonPhrase(),
                        header(response, "Content-Type"), encoding, header(response, "Location"),
                        header(response, "ETag"), header(response, "Last-Modified"), header(response, "Retry-After"),
                        body.bytes(), body.truncated());
            } catch (IOException e) {
                if (get.isCancelled() || System.nanoTime() > deadline) {
                    throw new SocketTimeoutException("no complete answer within " + total.toMillis() + " ms");
                }
                throw e;
            } finally {
                watchdog.cancel(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + url.getHost());
        }
    }

    /** The resolver checked the addresses; this checks the one the connection reached. */
    private void checkConnectedAddress(URI url, HttpClientContext context) throws IOException {
        EndpointDetails endpoint = context.getEndpointDetails();
        SocketAddress remote = endpoint == null ? null : endpoint.getRemoteAddress();
        if (remote instanceof InetSocketAddress socket && socket.getAddress() != null) {
            guard.check(url.getHost(), socket.getAddress());
        }
    }

    /**
     * Reads a host's robots.txt for {@link RobotsRules}: one attempt, no redirects. A host that
     * does not answer (no DNS answer, refused, timed out, broken off) is unreachable, so that a
     * stored snapshot can stand in; the error names the source {@code requested}, as every fetch
     * error does, and says that it was robots.txt that could not be read.
     */
    private RobotsRules.Answer readRobots(URI robotsTxt, URI url, String requested, HostCircuit.Pass pass) {
        try {
            Answer answer = exchange(robotsTxt, Validators.NONE, settings.totalTimeout(), pass, requested);
            return new RobotsRules.Answer(answer.status(), answer.body(), answer.contentType());
        } catch (IOException e) {
            Map<String, Object> d = details(requested, 0, url);
            d.put("robotsTxt", robotsTxt.toString());
            String why = "cannot fetch " + requested + ": its host's robots.txt (" + robotsTxt + ") could not be read";
            if (e instanceof AddressGuard.RefusedAddressException) {
                throw new StageException(Stage.FETCH, why + ": " + e.getMessage(), d, e);
            }
            throw new SourceUnreachableException(why + ": " + whyNoAnswer(e, robotsTxt), d, e);
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (body.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (body[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    /** Why a host gave no answer, in words that do not depend on which page was asked for. */
    private static String whyNoAnswer(IOException e, URI url) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + url.getHost();
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "cannot connect to " + url.getAuthority() + " (" + describe(e) + ")";
        }
        if (e instanceof InterruptedIOException) {
            return "no answer in time (" + describe(e) + ")";
        }
        return describe(e);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Map<String, Object> details(String requested, int status, URI at) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("url", requested);
        if (at != null && !at.toString().equals(requested)) {
            d.put("finalUrl", at.toString());
        }
        if (status != 0) {
            d.put("status", status);
        }
        return d;
    }

    @Override
    public void close() {
        CompletableFuture<CloseableHttpClient> built;
        synchronized (this) {
            built = client;
        }
        if (built == null) {
            return;
        }
        try {
            built.join().close();
        } catch (IOException e) {
            // Nothing is lost: the client only held idle connections.
        }
    }
}
