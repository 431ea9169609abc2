package org.briefing.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.diag.Diagnostic;

/**
 * Builds the site again and again into numbered folders of a private work folder, so the folder
 * being served is never the one being written: a failed build keeps the last good one in service,
 * a good one replaces it. The replaced folder is deleted one good build later, so a request still
 * reading it never sees it vanish. One build runs at a time.
 */
final class SiteBuilds {
    private final Build build = new Build();
    private final Path root;
    private final Path work;
    private final String baseUrl;
    private final boolean drafts;
    private final PrintWriter log;
    private volatile Snapshot current = Snapshot.none();
    private Optional<Path> retired = Optional.empty();

    SiteBuilds(Path root, Path work, String baseUrl, boolean drafts, PrintWriter log) {
        this.root = root;
        this.work = work;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.log = log;
    }

    Snapshot current() {
        return current;
    }

    /** Runs one build and publishes its outcome; returns the new snapshot. */
    synchronized Snapshot rebuild() {
        long generation = current.generation() + 1;
        Path out = work.resolve("site-" + generation);
        long start = System.nanoTime();
        BuildResult result = build.run(new BuildOptions(root, out, baseUrl, null, drafts, true,
                System.getenv("SOURCE_DATE_EPOCH")));
        long ms = (System.nanoTime() - start) / 1_000_000;
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        result.diagnostics().forEach(d -> log.println(d.toText()));
        Snapshot previous = current;
        Snapshot next;
        if (result.written()) {
            next = new Snapshot(Optional.of(out), List.of(), generation);
            log.println("built " + result.pages() + (result.pages() == 1 ? " page" : " pages") + " in " + ms + " ms");
        } else {
            next = new Snapshot(previous.site(), errors, generation);
            log.println("build failed with " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ": "
                    + (previous.site().isPresent() ? "still serving the last good build" : "nothing to serve yet"));
        }
        log.flush();
        current = next;
        if (result.written()) {
            retired.ifPresent(this::deleteQuietly);
            retired = previous.site();
        }
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
