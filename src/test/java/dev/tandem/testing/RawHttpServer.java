package dev.tandem.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that misbehaves on purpose: each path is answered by a handler
 * the test writes against the raw socket, so it can stall, trickle, reset or lie. Every request is
 * logged with the time it arrived.
 */
public final class RawHttpServer implements AutoCloseable {
    /** What a test does with one request's socket; the request line and headers are already read. */
    public interface Handler {
        void answer(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    /** One request as the server saw it, timed when its connection was accepted. */
    public record Request(String path, long nanos, Map<String, String> headers) {
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-http-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public RawHttpServer() throws IOException {
        socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    /** Answers {@code path} with {@code handler}; unknown paths get a 404. */
    public RawHttpServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** The absolute URL of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** Requests so far, in order of arrival. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Paths requested so far, in order of arrival. */
    public List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    /** Writes a whole answer: status line, headers, an empty line and the body. */
    public static void respond(OutputStream out, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason(status) + "\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** An HTML answer in UTF-8. */
    public static void html(OutputStream out, String html) throws IOException {
        respond(out, 200, Map.of("Content-Type", "text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                long acceptedAt = System.nanoTime();
                threads.submit(() -> serve(client, acceptedAt));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Serves one connection; the request is logged at the time it was accepted. */
    private void serve(Socket client, long acceptedAt) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            String path = requestLine.length > 1 ? requestLine[1] : "/";
            Map<String, String> headers = new ConcurrentHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
                }
            }
            requests.add(new Request(path, acceptedAt, Map.copyOf(headers)));
            Handler handler = handlers.get(path);
            OutputStream out = client.getOutputStream();
            if (handler == null) {
                respond(out, 404, Map.of("Content-Type", "text/plain"), "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.answer(client, out);
            }
        } catch (IOException | InterruptedException e) {
            // The client went away or the test reset the connection: nothing to answer.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a listening socket does not fail in a way a test could act on.
        }
        threads.shutdownNow();
    }
}
