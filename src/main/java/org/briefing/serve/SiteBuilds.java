package org.briefing.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.build.Rebuilds;
import org.briefing.diag.Diagnostic;

/**
 * Builds the site again and again for the preview, through the one pipeline ({@link Rebuilds}).
 * When the changed files are known, the folder being served is updated in place, file by file, and
 * only where the site changed; otherwise (the first build, or a change of unknown extent) the site
 * goes whole to a new numbered folder of a private work folder: a failed build keeps the last good
 * one in service, a good one replaces it, and the replaced folder is deleted one good build later,
 * so a request still reading it never sees it vanish. One build runs at a time.
 */
final class SiteBuilds {
    private final Path work;
    private final PrintWriter log;
    private volatile Snapshot current = Snapshot.none();
    private Optional<Path> retired = Optional.empty();
    private final Rebuilds builds;

    SiteBuilds(Path root, Path work, String baseUrl, boolean drafts, PrintWriter log) {
        this.work = work;
        this.log = log;
        this.builds = new Rebuilds(new BuildOptions(root, work, baseUrl, null, drafts, true,
                System.getenv("SOURCE_DATE_EPOCH")));
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
     * little as the change allows, and publishes the outcome.
     */
    synchronized Snapshot rebuild(Set<String> changed) {
        long start = System.nanoTime();
        long generation = current.generation() + 1;
        if (changed != null && current.site().isPresent()) {
            return publish(builds.build(current.site().get(), changed), current.site().get(), generation, start, "updated");
        }
        Path out = work.resolve("site-" + generation);
        Snapshot previous = current;
        Snapshot next = publish(builds.build(out, null), out, generation, start, "built");
        if (next.site().map(out::equals).orElse(false)) {
            retired.ifPresent(this::deleteQuietly);
            retired = previous.site();
        }
        return next;
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
