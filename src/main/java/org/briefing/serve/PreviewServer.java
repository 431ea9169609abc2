package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;

/**
 * A live-reloading preview on 127.0.0.1: builds into a temporary folder outside the root, serves
 * it, rebuilds when {@code content/} or {@code templates/} change and tells open pages to reload.
 * Usage: {@code try (PreviewServer s = PreviewServer.start(root, 8000, false, err)) { s.awaitShutdown(); }}
 */
public final class PreviewServer implements AutoCloseable {
    private static final String TOOL_PREFIX = "/__briefing/";

    private final HttpServer http;
    private final PreviewWorkers workers;
    private final Path work;
    private final SiteBuilds builds;
    private final ReloadEvents events = new ReloadEvents();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final String url;
    private final PrintWriter log;
    private SourceWatcher watcher;
    private boolean closed;

    private PreviewServer(HttpServer http, PreviewWorkers workers, Path work, Path root, boolean drafts,
                          PrintWriter log, Duration rebuildLimit) {
        this.http = http;
        this.workers = workers;
        this.work = work;
        this.log = log;
        this.url = "http://127.0.0.1:" + http.getAddress().getPort() + "/";
        this.builds = new SiteBuilds(root, work, url, drafts, log, rebuildLimit);
    }

    /**
     * Binds 127.0.0.1:{@code port} (0, or a free port if that one is taken), builds once, then
     * serves and watches. Progress and diagnostics go to {@code log}.
     */
    public static PreviewServer start(Path root, int port, boolean drafts, PrintWriter log) throws IOException {
        return start(root, port, drafts, log, PreviewWorkers.LIMIT, SiteBuilds.LIMIT);
    }

    /** {@link #start(Path, int, boolean, PrintWriter)} with the limits of one exchange and one rebuild. */
    static PreviewServer start(Path root, int port, boolean drafts, PrintWriter log, Duration exchangeLimit,
                               Duration rebuildLimit) throws IOException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        HttpServer http = bind(port, log);
        PreviewWorkers workers = new PreviewWorkers(exchangeLimit);
        Path work;
        try {
            work = WorkFolder.create();
        } catch (IOException e) {
            http.stop(0);
            workers.shutdownNow();
            throw e;
        }
        PreviewServer server = new PreviewServer(http, workers, work, absoluteRoot, drafts, log, rebuildLimit);
        try {
            server.watcher = new SourceWatcher(absoluteRoot, server::rebuild, log);
            server.builds.rebuild();
            http.setExecutor(workers);
            LoopbackHosts hosts = new LoopbackHosts();
            http.createContext("/", new SiteHandler(server.builds::current)).getFilters().add(hosts);
            http.createContext(TOOL_PREFIX, server::tool).getFilters().add(hosts);
            http.start();
            server.watcher.start();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static HttpServer bind(int port, PrintWriter log) throws IOException {
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        try {
            return HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException e) {
            if (port == 0) {
                throw e;
            }
            log.println("port " + port + " is taken; using a free port instead");
            log.flush();
            return HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        }
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8000/}. */
    public String url() {
        return url;
    }

    /** Blocks until {@link #close()} is called, e.g. by a shutdown hook on Ctrl-C. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** What is being served now; for tests. */
    Snapshot snapshot() {
        return builds.current();
    }

    private void rebuild(java.util.Set<String> changed) {
        Snapshot s = builds.rebuild(changed);
        events.reload(s.generation());
    }

    /** {@code /__briefing/reload.js}, {@code overlay.css} and the event stream; nothing else. */
    private void tool(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            switch (path) {
                case TOOL_PREFIX + "events" -> events.stream(exchange, builds.current().generation());
                case TOOL_PREFIX + "reload.js" -> Responses.bytes(exchange, 200, MediaTypes.of(path), resource("reload.js"));
                case TOOL_PREFIX + "overlay.css" -> Responses.bytes(exchange, 200, MediaTypes.of(path), resource("overlay.css"));
                default -> Responses.text(exchange, 404, "not found\n");
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Stops watching and serving and deletes the temporary folder; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.println("cannot stop watching: " + e.getMessage());
        }
        events.close();
        http.stop(0);
        workers.shutdownNow();
        builds.close();
        try {
            WorkFolder.delete(work);
        } catch (IOException e) {
            log.println("cannot delete the preview folder " + work + ": " + e.getMessage());
        }
        log.flush();
        stopped.countDown();
    }
}
