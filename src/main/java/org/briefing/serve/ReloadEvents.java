package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream at {@code /__briefing/events}: every open page listens, and each
 * finished rebuild sends {@code event: reload} with the new generation as data. A connection
 * first gets {@code event: hello}; a comment every {@link #KEEP_ALIVE_SECONDS} s finds closed ones.
 */
final class ReloadEvents {
    static final long KEEP_ALIVE_SECONDS = 15;
    /**
     * Open streams at most; each holds a server worker. A new one ends the oldest, whose page
     * connects again after the {@code retry} delay, so at most this many of the workers ever wait.
     */
    static final int MAX_STREAMS = PreviewWorkers.THREADS / 2;
    /** Queued to end one stream; never a valid event, which always starts with "event:". */
    private static final String CLOSE = "close";

    private final List<BlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Holds the exchange open (on a server worker thread) until the client leaves or the server closes. */
    void stream(HttpExchange exchange, long generation) throws IOException {
        PreviewWorkers.streaming();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        synchronized (listeners) {
            while (listeners.size() >= MAX_STREAMS) {
                listeners.remove(0).add(CLOSE);
            }
            listeners.add(queue);
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            send(body, "retry: 500\nevent: hello\ndata: " + generation + "\n\n");
            while (!closed) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(message)) {
                    break;
                }
                send(body, message == null ? ": keep-alive\n\n" : message);
            }
        } catch (IOException e) {
            // The page went away; nothing to clean up beyond forgetting it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(queue);
        }
    }

    /** Tells every open page to reload. */
    void reload(long generation) {
        String message = "event: reload\ndata: " + generation + "\n\n";
        listeners.forEach(q -> q.add(message));
    }

    /** Ends every stream, so the server can stop without waiting for them. */
    void close() {
        closed = true;
        listeners.forEach(q -> q.add(CLOSE));
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
