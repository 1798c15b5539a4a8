package dev.tandem.fetch;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches one HTML page over HTTP(S) with Jsoup, keeping its raw bytes and provenance.
 *
 * <p>Jsoup's own body limit truncates silently, so the limit is set one byte above ours: a body
 * that reaches it is cut to the limit and marked truncated. Jsoup's timeout is the total time of
 * the request, not a per-read timeout. HTTP errors and non-HTML answers become {@link
 * StageException}s naming the URL and status; a host that cannot be reached becomes a {@link
 * SourceUnreachableException}.
 */
public final class HttpPageFetcher {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;
    private final Clock clock;

    public HttpPageFetcher(Duration timeout, int maxBytes, String userAgent, Clock clock) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /** Fetches {@code url}; the answer must be a 2xx HTML page. */
    public FetchedPage fetch(URI url) {
        String requested = url.toString();
        Connection.Response response;
        byte[] body;
        try {
            response = Jsoup.connect(requested)
                    .userAgent(userAgent)
                    .timeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                    .maxBodySize(maxBytes + 1)
                    .followRedirects(true)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .method(Connection.Method.GET)
                    .execute();
            body = response.bodyAsBytes();
        } catch (UnknownHostException e) {
            throw new SourceUnreachableException("unknown host " + url.getHost(), details(requested, 0), e);
        } catch (ConnectException | NoRouteToHostException e) {
            throw new SourceUnreachableException("cannot connect to " + url.getAuthority()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    details(requested, 0), e);
        } catch (SocketTimeoutException e) {
            throw new SourceUnreachableException("timed out after " + timeout.toMillis() + " ms fetching "
                    + requested, details(requested, 0), e);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new StageException(Stage.FETCH, "fetching " + requested + " failed: " + e.getMessage(),
                    details(requested, 0), e);
        }
        int status = response.statusCode();
        String finalUrl = response.url().toString();
        if (status < 200 || status > 299) {
            Map<String, Object> d = details(requested, status);
            d.put("finalUrl", finalUrl);
            throw new StageException(Stage.FETCH, "HTTP " + status + " " + nullToEmpty(response.statusMessage()).trim()
                    + " from " + finalUrl, d, null);
        }
        String contentType = response.contentType();
        if (!HTML_TYPES.contains(FetchedPage.mediaType(contentType))) {
            Map<String, Object> d = details(requested, status);
            d.put("contentType", nullToEmpty(contentType));
            throw new StageException(Stage.FETCH, "source is not an HTML page: " + finalUrl + " is "
                    + (contentType == null ? "of no declared type" : contentType), d, null);
        }
        boolean truncated = body.length > maxBytes;
        if (truncated) {
            body = Arrays.copyOf(body, maxBytes);
        }
        if (body.length == 0) {
            throw new StageException(Stage.FETCH, "source page is empty: " + finalUrl, details(requested, status), null);
        }
        Provenance provenance = new Provenance(requested, finalUrl, status, clock.instant().toString(), contentType,
                FetchedPage.charsetOf(contentType), Digests.sha256(body), body.length, truncated, "network", null, null);
        return new FetchedPage(body, provenance);
    }

    private static Map<String, Object> details(String url, int status) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("url", url);
        if (status != 0) {
            d.put("status", status);
        }
        return d;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
