package org.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server end to end on an ephemeral port, on a copy of {@code src/test/resources/preview}. */
class PreviewServerTest {
    private static final Path FIXTURE = Path.of("src/test/resources/preview");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path temp;
    private Path root;
    private final StringWriter log = new StringWriter();
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        root = temp.resolve("root");
        copy(FIXTURE, root);
        server = PreviewServer.start(root, 0, false, new PrintWriter(log, true));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheBuiltPageWithOnlyTheReloadScriptAdded() throws Exception {
        Path built = temp.resolve("built");
        new Build().run(new BuildOptions(root, built, server.url(), null, false, true, null));
        String page = Files.readString(built.resolve("index.html"));
        assertFalse(page.contains("__briefing"), "the written site never carries the preview script");

        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("""
                <!DOCTYPE html>
                <html lang="en">
                <head><title>Home</title><link rel="stylesheet" href="./assets/site.css"></head>
                <body>
                <main><h1 id="home">Home</h1>
                <p>First version.</p>
                </main>
                <script src="/__briefing/reload.js" defer></script>
                </body>
                </html>
                """, response.body());
        assertEquals(PreviewMarkup.inject(page, List.of()), response.body());
    }

    @Test
    void rebuildsOnChangeAndTellsOpenPagesToReload() throws Exception {
        BlockingQueue<String> events = listen();
        assertEquals("Content-Type: text/event-stream; charset=utf-8", events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertEquals("event: hello", events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS));

        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\n# Home\n\nSecond version.\n");
        awaitPage("/", body -> body.contains("<p>Second version.</p>"));
        assertTrue(drainUntil(events, "event: reload"), "a reload event after the rebuild");

        // A new sub-folder is watched as well.
        Files.createDirectories(root.resolve("content/notes"));
        Files.writeString(root.resolve("content/notes/first.md"), "---\ntitle: First note\n---\nA note.\n");
        awaitPage("/notes/first/", body -> body.contains("<p>A note.</p>"));
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodPageAndShowsItsErrors() throws Exception {
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n\"<b>\": x\n---\n# Home\n\nBroken version.\n");
        String body = awaitPage("/", b -> b.contains("briefing-diagnostics"));
        assertEquals("""
                <!DOCTYPE html>
                <html lang="en">
                <head><title>Home</title><link rel="stylesheet" href="./assets/site.css"></head>
                <body>
                <main><h1 id="home">Home</h1>
                <p>First version.</p>
                </main>
                <link rel="stylesheet" href="/__briefing/overlay.css">
                <aside id="briefing-diagnostics" role="alert">
                <h2>Build failed: showing the last good build</h2>
                <ul>
                <li><code>content/index.md:3:1: error: unknown key &#39;&lt;b&gt;&#39;</code><br>hint: known keys: \
                as_of, citations, date, draft, layout, revisions, summary, title, updated, weight</li>
                </ul>
                </aside>
                <script src="/__briefing/reload.js" defer></script>
                </body>
                </html>
                """, body);
        assertTrue(get("/about/").body().contains("briefing-diagnostics"), "every HTML page shows the errors");
        assertEquals("body { margin: 0 auto; max-width: 40rem; }\n", get("/assets/site.css").body());

        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\n# Home\n\nFixed version.\n");
        // An update is written into the served folder, so the fixed page can be read a moment
        // before the build ends and takes the errors away; the reload event comes after that.
        awaitPage("/", b -> b.contains("Fixed version.") && !b.contains("briefing-diagnostics"));
        assertFalse(get("/about/").body().contains("briefing-diagnostics"), "the errors stay on another page");
    }

    @Test
    void servesFoldersMissingPagesAndEveryMediaType() throws Exception {
        assertEquals(301, get("/about").statusCode());
        assertEquals("/about/", get("/about").headers().firstValue("Location").orElseThrow());
        assertEquals(200, get("/about/").statusCode());
        HttpResponse<String> missing = get("/no/such/page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().startsWith("<!DOCTYPE html>") && missing.body().contains("<title>Page not found</title>")
                && missing.body().contains(PreviewMarkup.SCRIPT), missing.body());
        assertEquals("text/css; charset=utf-8", type("/assets/site.css"));
        assertEquals("image/svg+xml", type("/assets/dot.svg"));
        assertEquals("image/png", type("/assets/dot.png"));
        assertEquals("text/plain; charset=utf-8", type("/robots.txt"));
        assertEquals("application/xml", type("/feed.xml"));
        assertEquals("application/xml", type("/sitemap.xml"));
        assertEquals("application/json", type("/data/sources.json"));
        assertEquals("text/javascript; charset=utf-8", type("/__briefing/reload.js"));
        assertEquals("text/css; charset=utf-8", type("/__briefing/overlay.css"));
        assertEquals(404, get("/__briefing/other").statusCode());
    }

    @Test
    void neverServesAFileOutsideItsOutputFolder() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "secret\n");
        Path site = server.snapshot().site().orElseThrow();
        Files.createSymbolicLink(site.resolve("leak.txt"), root.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("leak"), root);
        assertEquals(404, get("/leak.txt").statusCode());
        assertEquals(404, get("/leak/secret.txt").statusCode());
        for (String path : List.of("/../secret.txt", "/../../pom.xml", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/..%2fsecret.txt", "/about/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
                "/%00", "/%zz", "/C:/x")) {
            assertEquals(400, rawStatus(path), path);
        }
        // Encoded twice, the dots stay literal characters: a file by that name does not exist.
        assertEquals(404, rawStatus("/%252e%252e/secret.txt"));
        assertEquals(404, rawStatus("//etc/passwd"));
    }

    @Test
    void fallsBackToAFreePortAndCleansUpOnClose() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             PreviewServer second = PreviewServer.start(root, taken.getLocalPort(), false, new PrintWriter(log, true))) {
            assertNotEquals("http://127.0.0.1:" + taken.getLocalPort() + "/", second.url());
            assertTrue(second.url().startsWith("http://127.0.0.1:"), second.url());
            assertTrue(log.toString().contains("port " + taken.getLocalPort() + " is taken; using a free port instead"));
        }
        Path site = server.snapshot().site().orElseThrow();
        server.close();
        assertFalse(Files.exists(site.getParent()), "the temporary folder is deleted");
        assertFalse(site.startsWith(root.toRealPath()), "the preview builds outside the root");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String type(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElseThrow();
    }

    /** Polls until the page satisfies {@code ready}; fails after {@link #PATIENCE}. */
    private String awaitPage(String path, Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(path);
            last = r.body();
            if (r.statusCode() == 200 && ready.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + path + "; last body:\n" + last + "\nlog:\n" + log);
    }

    @Test
    void answersOnlyToLoopbackHostNames() throws Exception {
        assertEquals(200, rawStatus("/", "localhost"));
        assertEquals(200, rawStatus("/", "LOCALHOST:8000"));
        assertEquals(403, rawStatus("/", "attacker.example:8000"));
        assertEquals(403, rawStatus("/__briefing/events", "attacker.example"));
    }

    private int rawStatus(String path) throws IOException {
        return rawStatus(path, "127.0.0.1");
    }

    /** Sends a request line exactly as written (no client normalises it) and returns the status. */
    private int rawStatus(String path, String host) throws IOException {
        URI base = URI.create(server.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** Opens the event stream; its Content-Type, then its {@code event:} lines arrive in the returned queue. */
    private BlockingQueue<String> listen() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__briefing/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> {
                    lines.add("Content-Type: " + r.headers().firstValue("Content-Type").orElse(""));
                    r.body().filter(l -> l.startsWith("event:")).forEach(lines::add);
                });
        return lines;
    }

    private static boolean drainUntil(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (wanted.equals(line)) {
                return true;
            }
        }
        return false;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
