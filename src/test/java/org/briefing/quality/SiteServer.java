package org.briefing.quality;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A static file server on 127.0.0.1 (a free port) that serves a site folder under a sub-path, as
 * GitHub Pages serves a project site under {@code /<repo>/}: a folder answers with its index.html,
 * a missing file with the site's 404.html and status 404. Usage:
 * {@code try (SiteServer s = SiteServer.start("/briefing/")) { s.serve(dir); s.url("sources/"); }}
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "xml", "application/xml",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String prefix;
    private volatile Path root;

    private SiteServer(HttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** Starts serving nothing yet under {@code prefix} (which starts and ends with "/"). */
    static SiteServer start(String prefix) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SiteServer site = new SiteServer(server, prefix);
            server.createContext("/", site::handle);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code dir} from now on. The URL is known before the site is built, for its base_url. */
    void serve(Path dir) {
        this.root = dir.toAbsolutePath().normalize();
    }

    /** The absolute URL of a path relative to the site root, e.g. {@code url("sources/")}. */
    String url(String relative) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + relative;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path dir = root;
            if (dir == null || !"GET".equals(exchange.getRequestMethod()) || !path.startsWith(prefix)) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes());
                return;
            }
            // An absolute or ".." path resolves outside dir and is answered with the 404 page.
            Path file = dir.resolve(path.substring(prefix.length())).normalize();
            if (file.startsWith(dir) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                send(exchange, 404, TYPES.get("html"), Files.readAllBytes(dir.resolve("404.html")));
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            send(exchange, 200, type, Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
