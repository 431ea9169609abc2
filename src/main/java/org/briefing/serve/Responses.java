package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes complete responses, never cached, never sniffed; HEAD gets the headers only. */
final class Responses {
    private Responses() {
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        bytes(exchange, status, MediaTypes.of("x.txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    static void html(HttpExchange exchange, int status, String html) throws IOException {
        bytes(exchange, status, MediaTypes.of("x.html"), html.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
