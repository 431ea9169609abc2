package org.briefing.serve;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test: how long from saving a page to the preview telling the browser to reload,
 * and to the new text being served. Usage (see src/bench/preview-latency.sh):
 * {@code PreviewLatency ROOT PAGE [EDITS]}, where PAGE is a root-relative .md file.
 */
public final class PreviewLatency {
    private PreviewLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String page = args[1];
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        StringWriter log = new StringWriter();
        long startBuild = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(root, 0, false, new PrintWriter(log, true))) {
            System.out.printf("first full build: %d ms%n", (System.nanoTime() - startBuild) / 1_000_000);
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            Thread listener = new Thread(() -> listen(http, server.url(), reloads), "sse");
            listener.setDaemon(true);
            listener.start();
            Thread.sleep(500);
            reloads.clear();

            Path file = root.resolve(page);
            String original = Files.readString(file);
            String url = server.url() + page.substring("content/".length(), page.length() - 3) + "/";
            List<Long> toReload = new ArrayList<>();
            List<Long> toContent = new ArrayList<>();
            try {
                for (int i = 0; i < edits; i++) {
                    String marker = "Edit number " + i + " of the latency run.";
                    Files.writeString(file, original + "\n" + marker + "\n");
                    long saved = System.nanoTime();
                    Long at = reloads.poll(30, TimeUnit.SECONDS);
                    if (at == null) {
                        throw new IllegalStateException("no reload event within 30 s");
                    }
                    toReload.add(at - saved);
                    String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    toContent.add(System.nanoTime() - saved);
                    if (!body.contains(marker)) {
                        throw new IllegalStateException("edit " + i + " not served");
                    }
                    Thread.sleep(300);
                    reloads.clear();
                }
            } finally {
                Files.writeString(file, original);
            }
            System.out.printf("edits: %d; save -> reload event: median %d ms (min %d, max %d); "
                    + "save -> new page served: median %d ms (min %d, max %d)%n", edits,
                    median(toReload), min(toReload), max(toReload), median(toContent), min(toContent), max(toContent));
            String[] lines = log.toString().split("\n");
            System.out.println("server log (last lines): ");
            for (int i = Math.max(0, lines.length - 3); i < lines.length; i++) {
                System.out.println("  " + lines[i]);
            }
        }
    }

    private static void listen(HttpClient http, String base, BlockingQueue<Long> reloads) {
        try {
            HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "__briefing/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("event stream ended: " + e);
        }
    }

    private static long median(List<Long> ns) {
        List<Long> s = new ArrayList<>(ns);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1_000_000;
    }

    private static long min(List<Long> ns) {
        return Collections.min(ns) / 1_000_000;
    }

    private static long max(List<Long> ns) {
        return Collections.max(ns) / 1_000_000;
    }
}
