package org.briefing.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this machine by name ({@code Host: 127.0.0.1:8000} or
 * {@code localhost:8000}); any other Host gets 403. Binding to loopback keeps other machines out,
 * this keeps out web pages that point a name of their own at 127.0.0.1 (DNS rebinding) to read
 * the preview.
 */
final class LoopbackHosts extends Filter {
    private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost");

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !NAMES.contains(name(host))) {
            try (exchange) {
                Responses.text(exchange, 403, "the preview answers only to 127.0.0.1 and localhost\n");
            }
            return;
        }
        chain.doFilter(exchange);
    }

    /** The host name without the port, lower case: {@code LOCALHOST:8000} -> {@code localhost}. */
    static String name(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not 127.0.0.1 or localhost";
    }
}
