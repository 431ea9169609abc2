package org.briefing.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.build.IncrementalBuild;
import org.briefing.diag.Diagnostic;

/**
 * Builds the site again and again for the preview. A full build goes to a new numbered folder of a
 * private work folder, so the folder being served is never the one being written: a failed build
 * keeps the last good one in service, a good one replaces it, and the replaced folder is deleted one
 * good build later, so a request still reading it never sees it vanish. An edit to page bodies only
 * is rebuilt incrementally: just those pages are rendered and replaced, file by file, in the folder
 * being served. One build runs at a time.
 */
final class SiteBuilds {
    /** How long one rebuild may take before the preview gives up on it. */
    static final Duration LIMIT = Duration.ofSeconds(120);

    private final Path root;
    private final Path work;
    private final String baseUrl;
    private final boolean drafts;
    private final PrintWriter log;
    private final Duration limit;
    private volatile Snapshot current = Snapshot.none();
    private Optional<Path> retired = Optional.empty();
    private IncrementalBuild incremental;
    /** Runs the builds, one at a time; replaced when a build overruns, which is left to end by itself. */
    private ExecutorService builder = newBuilder();

    SiteBuilds(Path root, Path work, String baseUrl, boolean drafts, PrintWriter log, Duration limit) {
        this.root = root;
        this.work = work;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.log = log;
        this.limit = limit;
    }

    Snapshot current() {
        return current;
    }

    /** A full build; returns the new snapshot. */
    synchronized Snapshot rebuild() {
        return rebuild(null);
    }

    /** What one build did, published only if it finished in time. */
    private record Outcome(BuildResult result, Path out, String verb, IncrementalBuild incremental) {
    }

    /**
     * Rebuilds after the listed root-relative files changed ({@code null}: anything may have), as
     * little as the change allows, and publishes the outcome. A build that runs past the limit is
     * interrupted and abandoned (its folder is never served): the last good site stays in service,
     * the error says so, and the next change starts a full build on a fresh thread.
     */
    synchronized Snapshot rebuild(Set<String> changed) {
        long start = System.nanoTime();
        long generation = current.generation() + 1;
        IncrementalBuild previousBuild = incremental;
        Optional<Path> served = current.site();
        Future<Outcome> running = builder.submit(() -> build(changed, generation, previousBuild, served));
        Outcome outcome;
        try {
            outcome = running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            builder.shutdownNow();
            builder = newBuilder();
            incremental = null;
            Diagnostic overrun = Diagnostic.error(org.briefing.diag.Position.startOf("content"), "the rebuild did not finish within " + limit.toSeconds()
                    + " s and was stopped", "a template loop or a huge page? fix it and save again");
            log.println(overrun.toText());
            log.println("build failed: " + (served.isPresent() ? "still serving the last good build" : "nothing to serve yet"));
            log.flush();
            current = new Snapshot(served, List.of(overrun), generation);
            return current;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return current;
        }
        incremental = outcome.incremental();
        Snapshot previous = current;
        Snapshot next = publish(outcome.result(), outcome.out(), generation, start, outcome.verb());
        if (outcome.verb().equals("built") && next.site().map(outcome.out()::equals).orElse(false)) {
            retired.ifPresent(this::deleteQuietly);
            retired = previous.site();
        }
        return next;
    }

    private Outcome build(Set<String> changed, long generation, IncrementalBuild previous, Optional<Path> served) {
        if (changed != null && previous != null && served.isPresent()) {
            BuildResult result = previous.update(changed);
            if (result != null) {
                return new Outcome(result, served.get(), "updated", previous);
            }
        }
        Path out = work.resolve("site-" + generation);
        IncrementalBuild full = new IncrementalBuild(new BuildOptions(root, out, baseUrl, null, drafts, true,
                System.getenv("SOURCE_DATE_EPOCH")));
        return new Outcome(full.full(), out, "built", full);
    }

    private static ExecutorService newBuilder() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "briefing-serve-build");
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the build thread; a build still running ends by itself. */
    synchronized void close() {
        builder.shutdownNow();
    }

    private Snapshot publish(BuildResult result, Path out, long generation, long start, String verb) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        result.diagnostics().forEach(d -> log.println(d.toText()));
        Snapshot next;
        if (result.written()) {
            next = new Snapshot(Optional.of(out), List.of(), generation);
            log.println(verb + " " + result.pages() + (result.pages() == 1 ? " page" : " pages") + " in " + ms + " ms");
        } else {
            next = new Snapshot(current.site(), errors, generation);
            log.println("build failed with " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ": "
                    + (current.site().isPresent() ? "still serving the last good build" : "nothing to serve yet"));
        }
        log.flush();
        current = next;
        return next;
    }

    private void deleteQuietly(Path dir) {
        try {
            WorkFolder.delete(dir);
            // The build's lock file beside it (see SiteWriter); no build of this folder is running.
            java.nio.file.Files.deleteIfExists(dir.resolveSibling("." + dir.getFileName() + ".lock"));
        } catch (IOException e) {
            log.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
