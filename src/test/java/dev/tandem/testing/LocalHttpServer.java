package dev.tandem.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 for tests: each path answers with a status, a content type and a
 * body set by the test, and every request path is logged.
 */
public final class LocalHttpServer implements AutoCloseable {
    private record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code body} at {@code path} with status 200. */
    public LocalHttpServer page(String path, String contentType, byte[] body) {
        return answer(path, 200, contentType, body, Map.of());
    }

    /** Serves UTF-8 HTML at {@code path}. */
    public LocalHttpServer html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves any answer at {@code path}. */
    public LocalHttpServer answer(String path, int status, String contentType, byte[] body,
            Map<String, String> headers) {
        answers.put(path, new Answer(status, contentType, body, headers));
        return this;
    }

    /** The absolute URL of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Paths requested so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        Answer answer = answers.getOrDefault(path,
                new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of()));
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
