package org.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.briefing.Hardening;
import org.briefing.security.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview under odd input and odd clients: titles whose lower case is longer, a crowd of
 * stalled connections, and a rebuild that does not end.
 */
@Hardening
class ServeHardeningTest {
    private static final Path FIXTURE = Path.of("src/test/resources/preview");

    @TempDir
    Path temp;
    private final StringWriter log = new StringWriter();
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path root() {
        Path root = temp.resolve("root");
        TestSite.copyTree(FIXTURE, root);
        return root;
    }

    /** U+0130 lower-cases to two characters: an index from a lower-cased copy put the script inside the text. */
    @Test
    void theReloadScriptGoesRightBeforeTheBodyEndWhateverTheTitle() {
        String page = "<html><body><h1>\u0130\u0130\u0130 \u0130stanbul</h1><p>\u0130</p></BODY></html>\n";
        assertEquals("<html><body><h1>\u0130\u0130\u0130 \u0130stanbul</h1><p>\u0130</p>" + PreviewMarkup.SCRIPT
                + "\n</BODY></html>\n", PreviewMarkup.inject(page, List.of()));
        String many = "<body>" + "\u0130".repeat(5000) + "</body>";
        assertEquals("<body>" + "\u0130".repeat(5000) + PreviewMarkup.SCRIPT + "\n</body>", PreviewMarkup.inject(many, List.of()));
    }

    @Test
    void aPageTitledWithDottedCapitalIGetsAWorkingReloadScriptFromTheServer() throws Exception {
        Path root = root();
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: \u0130\u0130 \u0130zmir\n---\n# \u0130\u0130\u0130\n\nText.\n");
        server = PreviewServer.start(root, 0, false, new PrintWriter(log, true));
        String body = get("/").body();
        assertTrue(body.endsWith("</main>\n" + PreviewMarkup.SCRIPT + "\n</body>\n</html>\n"), body);
    }

    /**
     * 300 connections that send half a request and stall: the server keeps to its fixed number of
     * threads, closes them at the limit, and answers a real request meanwhile and afterwards.
     */
    @Test
    void stalledConnectionsAreBoundedInThreadsAndTime() throws Exception {
        server = PreviewServer.start(root(), 0, false, new PrintWriter(log, true), Duration.ofSeconds(2), SiteBuilds.LIMIT);
        URI base = URI.create(server.url());
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket(base.getHost(), base.getPort());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(500);
            long workers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("briefing-serve-") && !t.getName().equals("briefing-serve-timer")
                            && !t.getName().equals("briefing-serve-build")).count();
            assertTrue(workers <= PreviewWorkers.THREADS, workers + " worker threads");

            long start = System.nanoTime();
            assertEquals(200, get("/").statusCode());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos(), "answered while the crowd waits");
            for (Socket s : stalled) {
                s.setSoTimeout(8000);
                assertTrue(closedByServer(s), "a stalled connection is closed at the limit");
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        assertEquals(200, get("/").statusCode());
    }

    /** Reload streams hold workers on purpose: past the cap, a new one ends the oldest. */
    @Test
    void reloadStreamsAreCapped() throws Exception {
        server = PreviewServer.start(root(), 0, false, new PrintWriter(log, true));
        URI base = URI.create(server.url());
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < ReloadEvents.MAX_STREAMS + 2; i++) {
                Socket s = new Socket(base.getHost(), base.getPort());
                s.getOutputStream().write(("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                s.setSoTimeout(10_000);
                String head = readUntil(s.getInputStream(), "event: hello");
                assertTrue(head.startsWith("HTTP/1.1 200"), head);
                streams.add(s);
            }
            for (int i = 0; i < 2; i++) {
                String rest = readUntil(streams.get(i).getInputStream(), "\r\n0\r\n\r\n"); // the chunked body ends
                assertTrue(rest.endsWith("\r\n0\r\n\r\n"), "stream " + i + " was ended: " + rest);
            }
            assertEquals(200, get("/").statusCode(), "workers are left for pages");
        } finally {
            for (Socket s : streams) {
                s.close();
            }
        }
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while (b.indexOf(end) < 0 && (c = in.read()) >= 0) {
            b.append((char) c);
        }
        return b.toString();
    }

    private static boolean closedByServer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    /** A rebuild past its limit is given up: the last good site stays, with the error shown. */
    @Test
    void aRebuildThatDoesNotEndIsGivenUpAndTheLastGoodSiteStays() throws Exception {
        Path root = root();
        server = PreviewServer.start(root, 0, false, new PrintWriter(log, true), PreviewWorkers.LIMIT, Duration.ofSeconds(1));
        assertTrue(get("/").body().contains("First version."));
        String page = Files.readString(root.resolve("templates/page.ftlh"));
        Files.writeString(root.resolve("templates/page.ftlh"), page.replace("<main>", "<#list 1.. as i></#list><main>"));
        String body = awaitBody(b -> b.contains("briefing-diagnostics"));
        assertTrue(body.contains("First version."), body);
        assertTrue(body.contains("content:1:1: error: the rebuild did not finish within 1 s and was stopped"), body);

        Files.writeString(root.resolve("templates/page.ftlh"), page.replace("<main>", "<main class=\"fixed\">"));
        String fixed = awaitBody(b -> b.contains("<main class=\"fixed\">"));
        assertFalse(fixed.contains("briefing-diagnostics"), fixed);
    }

    private String awaitBody(java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = get("/").body();
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out; last body:\n" + last + "\nlog:\n" + log);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
