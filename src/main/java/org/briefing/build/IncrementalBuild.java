package org.briefing.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.briefing.content.Page;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.output.LinkScan;
import org.briefing.output.LiveFolder;
import org.briefing.output.Output;
import org.briefing.render.PageModel;

/**
 * Builds once, then rebuilds only what an edit affects: when just the bodies of some pages changed
 * (same front matter, same heading ids), only those pages are rendered again, plus the
 * bibliography when what they cite changed. Anything else (a new or removed file, front matter,
 * sources, facts, templates) falls back to a full build. Either way the output is byte-identical
 * to a full build of the same input. For the preview server: one instance per output folder.
 * Usage: {@code var b = new IncrementalBuild(options); b.full(); ... b.update(Set.of("content/x.md"));}
 */
public final class IncrementalBuild {
    private final Build build = new Build();
    private final BuildOptions options;
    private SiteState state;

    public IncrementalBuild(BuildOptions options) {
        this.options = options;
    }

    /** A full build; what it made is kept for later updates if it succeeded. */
    public BuildResult full() {
        state = null;
        return build.run(options, kept -> state = kept);
    }

    /**
     * Rebuilds after the listed root-relative files changed. Returns null when the change needs a
     * full build (the caller then runs {@link #full()}); files the build never reads are ignored.
     */
    public BuildResult update(Set<String> changed) {
        if (state == null) {
            return null;
        }
        List<Integer> edited = new ArrayList<>();
        for (String path : changed) {
            if (!matters(path)) {
                continue;
            }
            int i = indexOf(path);
            if (i < 0) {
                return null;
            }
            edited.add(i);
        }
        if (edited.isEmpty()) {
            return state.result();
        }
        return rebuild(edited);
    }

    /**
     * Only what {@code ContentLoader} and the templates read can change the site. A name without
     * an extension may be a folder that was removed, so it counts.
     */
    private static boolean matters(String path) {
        if (path.startsWith("templates/")) {
            return true;
        }
        if (!path.startsWith("content/")) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".json") || !name.contains("."));
    }

    private int indexOf(String path) {
        List<Page> pages = state.pages();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private BuildResult rebuild(List<Integer> edited) {
        Diagnostics local = new Diagnostics();
        List<Page> pages = new ArrayList<>(state.pages());
        List<List<String>> cited = new ArrayList<>(state.cited());
        List<RenderedPage> rendered = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i : edited) {
            Page old = pages.get(i);
            Page now = build.loader().reload(state.root(), old, local).orElse(null);
            if (now == null || !now.front().equals(old.front())
                    || !build.markdown().parse(now, new Diagnostics()).anchors()
                            .equals(build.markdown().parse(old, new Diagnostics()).anchors())) {
                return null; // Navigation, layout or link targets may change: only a full build can tell.
            }
            String layout = PagePipeline.layoutOf(now, state.templates(), local);
            RenderedPage r = layout == null ? null
                    : state.pipeline().render(build.markdown().parse(now, local), layout, Map.of(), local);
            if (r == null) {
                return failed(local, paths(edited));
            }
            pages.set(i, now);
            cited.set(i, r.cited());
            rendered.add(r);
            paths.add(now.path());
        }
        if (local.hasErrors()) {
            return failed(local, paths);
        }

        // Scan first without writing: the served folder changes only when the result is good.
        LinkScan scan = state.scan().writingTo(Output.NONE);
        Set<String> idsBefore = new HashSet<>();
        for (RenderedPage r : rendered) {
            idsBefore.addAll(scan.idsOf(r.page().outputFile()));
            scan.writePage(r.page().outputFile(), r.html(), r.page().path());
        }
        boolean idsChanged = rendered.stream().anyMatch(r -> !idsBefore.containsAll(scan.idsOf(r.page().outputFile())));
        boolean citationsChanged = edited.stream()
                .anyMatch(i -> !Set.copyOf(cited.get(i)).equals(Set.copyOf(state.cited().get(i))));
        Diagnostics kept = keptDiagnostics(paths, citationsChanged);
        if (citationsChanged) {
            // Who cites what changed: the bibliography and the "never cited" warnings follow.
            Map<String, List<Page>> citedBy = CitedBy.of(pages, cited);
            CitedBy.warnUncited(state.content(), citedBy, kept);
            RenderedPage bibliography = build.renderSpecial(state.pipeline(), state.templates(), state.bibliographyPage(),
                    "sources", PageModel.bibliography(state.content().sources(), citedBy, state.bibliographyPage(),
                            state.templates(), local), local);
            if (bibliography == null) {
                BuildResult failed = failed(local, paths);
                state = null;
                return failed;
            }
            rendered.add(bibliography);
            scan.writePage(bibliography.page().outputFile(), bibliography.html(), "templates/sources.ftlh");
        }
        kept.addAll(local.sorted());
        if (idsChanged) {
            kept.addAll(scan.check(state.root()));
        } else {
            rendered.forEach(r -> kept.addAll(scan.checkPage(state.root(), r.page().outputFile())));
        }
        BuildResult result = new BuildResult(kept.sorted(), state.result().pages(), true);
        if (result.hasErrors()) {
            // The scan now holds the broken version: the next change gets a full build.
            BuildResult failed = new BuildResult(result.diagnostics(), result.pages(), false);
            state = null;
            return failed;
        }
        LiveFolder out = new LiveFolder(state.out());
        rendered.forEach(r -> out.write(r.page().outputFile(), r.html()));
        state = new SiteState(state.root(), state.out(), state.content(), pages, state.bibliographyPage(),
                state.templates(), state.pipeline(), cited, state.scan(), result);
        return result;
    }

    /** The last good diagnostics minus those of the edited files, and the "never cited" ones if {@code uncited}. */
    private Diagnostics keptDiagnostics(Set<String> paths, boolean uncited) {
        Diagnostics kept = new Diagnostics();
        for (Diagnostic d : state.result().diagnostics()) {
            boolean regenerated = paths.contains(d.path()) || uncited && d.message().endsWith("is never cited");
            if (!regenerated) {
                kept.add(d);
            }
        }
        return kept;
    }

    private BuildResult failed(Diagnostics local, Set<String> paths) {
        Diagnostics all = keptDiagnostics(paths, false);
        all.addAll(local.sorted());
        return new BuildResult(all.sorted(), state.result().pages(), false);
    }

    private Set<String> paths(List<Integer> edited) {
        Set<String> out = new HashSet<>();
        edited.stream().map(i -> state.pages().get(i).path()).filter(Objects::nonNull).forEach(out::add);
        return out;
    }
}
