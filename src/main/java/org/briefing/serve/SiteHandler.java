package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the current build's folder and nothing outside it: the request path is checked by
 * {@link RequestPath} (400 when it tries to climb), then the file's real path must still lie in
 * the folder (404 for symbolic links out). Folders serve their {@code index.html}; a missing file
 * gets the site's {@code 404.html} with status 404. HTML gets the preview markup injected.
 */
final class SiteHandler implements HttpHandler {
    private final Supplier<Snapshot> snapshots;

    SiteHandler(Supplier<Snapshot> snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.text(exchange, 405, "method not allowed\n");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Optional<RequestPath> path = RequestPath.parse(rawPath);
            if (path.isEmpty()) {
                Responses.text(exchange, 400, "bad request path\n");
                return;
            }
            Snapshot snapshot = snapshots.get();
            if (snapshot.site().isEmpty()) {
                Responses.html(exchange, 503, PreviewMarkup.nothingBuilt(snapshot.errors()));
                return;
            }
            serve(exchange, snapshot, snapshot.site().get(), path.get(), rawPath);
        }
    }

    private static void serve(HttpExchange exchange, Snapshot snapshot, Path site, RequestPath path, String rawPath)
            throws IOException {
        Path file = site.resolve(path.relative()).normalize();
        if (file.startsWith(site) && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!path.directory()) {
                // Pages link relatively, which only works from the folder URL with its slash.
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                Responses.text(exchange, 301, "moved to " + rawPath + "/\n");
                return;
            }
            file = file.resolve("index.html");
        }
        Optional<Path> found = inside(site, file);
        if (found.isPresent()) {
            send(exchange, 200, found.get(), snapshot);
            return;
        }
        Optional<Path> notFound = inside(site, site.resolve("404.html"));
        if (notFound.isPresent()) {
            send(exchange, 404, notFound.get(), snapshot);
        } else {
            Responses.text(exchange, 404, "not found\n");
        }
    }

    /** The file if it is a regular file whose real location lies inside {@code site}. */
    static Optional<Path> inside(Path site, Path file) {
        if (!file.startsWith(site)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(site.toRealPath()) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, int status, Path file, Snapshot snapshot) throws IOException {
        String name = file.getFileName().toString();
        byte[] body = Files.readAllBytes(file);
        if (MediaTypes.isHtml(name)) {
            String html = new String(body, StandardCharsets.UTF_8);
            body = PreviewMarkup.inject(html, snapshot.errors()).getBytes(StandardCharsets.UTF_8);
        }
        Responses.bytes(exchange, status, MediaTypes.of(name), body);
    }
}
