package dev.tandem.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the benchmark's generated pages from a folder on 127.0.0.1, as a news site would: HTML
 * as UTF-8, 404 for anything else (robots.txt included, which allows all).
 */
public final class PageServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    public PageServer(Path pages) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> serve(exchange, pages));
        server.setExecutor(threads);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}, without a final slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, Path pages) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = pages.resolve(path.substring(path.lastIndexOf('/') + 1));
            if (!path.endsWith(".html") || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
