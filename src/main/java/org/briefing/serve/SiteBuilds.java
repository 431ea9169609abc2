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
import org.briefing.build.Rebuilds;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Position;

/**
 * Builds the site again and again for the preview, through the one pipeline ({@link Rebuilds}).
 * When the changed files are known, the folder being served is updated in place, file by file, and
 * only where the site changed; otherwise (the first build, or a change of unknown extent) the site
 * goes whole to a new numbered folder of a private work folder: a failed build keeps the last good
 * one in service, a good one replaces it, and the replaced folder is deleted one good build later,
 * so a request still reading it never sees it vanish. One build runs at a time.
 */
final class SiteBuilds {
    /** How long one rebuild may take before the preview gives up on it. */
    static final Duration LIMIT = Duration.ofSeconds(120);

    private final Path work;
    private final PrintWriter log;
    private final BuildOptions options;
    private final Duration limit;
    private volatile Snapshot current = Snapshot.none();
    private Optional<Path> retired = Optional.empty();
    /** Replaced, with its state, when a build overruns: the abandoned one may still be running. */
    private Rebuilds builds;
    /** Runs the builds, one at a time; replaced when a build overruns, which is left to end by itself. */
    private ExecutorService builder = newBuilder();
    /** A build was abandoned since the last one that finished. */
    private boolean afterOverrun;

    SiteBuilds(Path root, Path work, String baseUrl, boolean drafts, PrintWriter log, Duration limit) {
        this.work = work;
        this.log = log;
        this.limit = limit;
        this.options = new BuildOptions(root, work, baseUrl, null, drafts, true, System.getenv("SOURCE_DATE_EPOCH"));
        this.builds = new Rebuilds(options);
    }

    Snapshot current() {
        return current;
    }

    /** A full build; returns the new snapshot. */
    synchronized Snapshot rebuild() {
        return rebuild(null);
    }

    /**
     * Rebuilds after the listed root-relative files changed ({@code null}: anything may have), as
     * little as the change allows, and publishes the outcome. A build that runs past the limit is
     * interrupted and abandoned: the last good site stays in service, the error says so, and the
     * next build starts afresh on a new thread, whole into a new folder (the abandoned build may
     * still be writing into the one it had).
     */
    synchronized Snapshot rebuild(Set<String> changed) {
        long start = System.nanoTime();
        long generation = current.generation() + 1;
        Snapshot previous = current;
        boolean inPlace = changed != null && previous.site().isPresent() && !afterOverrun;
        Path out = inPlace ? previous.site().get() : work.resolve("site-" + generation);
        Rebuilds b = builds;
        Future<BuildResult> running = builder.submit(() -> b.build(out, inPlace ? changed : null));
        BuildResult result;
        try {
            result = running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return overrun(running, previous, generation);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return current;
        }
        afterOverrun = false;
        Snapshot next = publish(result, out, generation, start, inPlace ? "updated" : "built");
        if (!inPlace && next.site().map(out::equals).orElse(false)) {
            retired.ifPresent(this::deleteQuietly);
            retired = previous.site();
        }
        return next;
    }

    private Snapshot overrun(Future<BuildResult> running, Snapshot previous, long generation) {
        running.cancel(true);
        builder.shutdownNow();
        builder = newBuilder();
        builds = new Rebuilds(options);
        afterOverrun = true;
        Diagnostic overrun = Diagnostic.error(Position.startOf("content"), "the rebuild did not finish within "
                + limit.toSeconds() + " s and was stopped", "a template loop or a huge page? fix it and save again");
        log.println(overrun.toText());
        log.println("build failed: " + (previous.site().isPresent() ? "still serving the last good build" : "nothing to serve yet"));
        log.flush();
        // No site of the abandoned build's is served again: the next one goes whole to a new folder.
        current = new Snapshot(previous.site(), List.of(overrun), generation);
        return current;
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
        } catch (IOException e) {
            log.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
