package org.briefing.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.content.Content;
import org.briefing.content.ContentLoader;
import org.briefing.content.Page;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;

/**
 * The preview's builds: the one pipeline, run again and again with an in-memory {@link PageCache},
 * so a rebuild renders only the pages whose inputs changed. When the changed files are known and
 * are all existing pages, only those files are read again; anything else (a new or removed file,
 * YAML, templates) reloads the content, and the cache still spares every page whose inputs are the
 * same. A rebuild into the folder last written updates it in place ({@link LiveSite}); into a new
 * folder, writes it whole. Not thread-safe: the caller runs one build at a time.
 * Usage: {@code var b = new Rebuilds(options); b.build(dir, null); ... b.build(dir, Set.of("content/x.md"));}
 */
public final class Rebuilds {
    private final ContentLoader loader = new ContentLoader(new YamlReader());
    private final Build build = new Build();
    private final BuildOptions options;
    private final PageCache cache = PageCache.inMemory();
    private final PageDigests digests = new PageDigests();
    private Content content;
    private List<Diagnostic> loadDiagnostics = List.of();
    private Path folder;
    private Map<String, String> written = Map.of();
    private BuildResult last;

    public Rebuilds(BuildOptions options) {
        this.options = options;
    }

    /**
     * Builds into {@code dir} after the root-relative files {@code changed} changed ({@code null}:
     * anything may have). A change only to files the build never reads returns the last result.
     */
    public BuildResult build(Path dir, Set<String> changed) {
        Path target = dir.toAbsolutePath().normalize();
        if (changed != null && last != null && changed.stream().noneMatch(Rebuilds::matters)) {
            return last;
        }
        load(changed);
        boolean inPlace = target.equals(folder);
        LiveSite site = new LiveSite(target, inPlace ? written : Map.of());
        BuildResult result = build.run(options, content, loadDiagnostics, cache, Optional.of(site), digests);
        if (result.written()) {
            folder = target;
            written = site.written();
        } else if (inPlace && result.diagnostics().stream().anyMatch(d -> d.path().equals("site"))) {
            folder = null; // the folder may be half updated: the next build writes a new one whole
        }
        digests.retain(content.pages());
        last = result;
        return result;
    }

    /** Reads again what changed: just the changed pages when that is all, else everything. */
    private void load(Set<String> changed) {
        Path root = options.root().toAbsolutePath().normalize();
        if (content != null && changed != null) {
            Optional<Content> patched = reloadPages(root, changed);
            if (patched.isPresent()) {
                content = patched.get();
                return;
            }
        }
        Diagnostics out = new Diagnostics();
        content = loader.load(root, out);
        loadDiagnostics = out.sorted();
    }

    private Optional<Content> reloadPages(Path root, Set<String> changed) {
        List<Page> pages = new ArrayList<>(content.pages());
        Diagnostics out = new Diagnostics();
        for (String path : changed) {
            if (!matters(path)) {
                continue;
            }
            int i = indexOf(pages, path);
            if (i < 0 || !path.endsWith(".md") || !java.nio.file.Files.isRegularFile(root.resolve(path))) {
                return Optional.empty();
            }
            Optional<Page> now = loader.reload(root, pages.get(i), out);
            if (now.isEmpty()) {
                return Optional.empty(); // the full load reports it, as a build would
            }
            pages.set(i, now.get());
        }
        List<Diagnostic> kept = new ArrayList<>();
        loadDiagnostics.stream().filter(d -> !changed.contains(d.path())).forEach(kept::add);
        kept.addAll(out.sorted());
        loadDiagnostics = kept.stream().sorted(Diagnostic.ORDER).toList();
        return Optional.of(new Content(content.site(), content.sources(), content.facts(), pages));
    }

    private static int indexOf(List<Page> pages, String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Only what the loader and the templates read can change the site. A name without an extension
     * may be a folder that was removed, so it counts.
     */
    static boolean matters(String path) {
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
}
