package org.briefing.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.LineIndex;
import org.briefing.diag.Position;
import org.briefing.html.RelativePath;
import org.briefing.html.UrlPolicy;

/**
 * Wraps an {@link Output} and checks the finished site: every internal link must be relative and
 * lead to a file the build wrote, and every {@code #fragment} to an id in that file. This is what
 * keeps a project site working under {@code /<repo>/} on GitHub Pages.
 */
public final class LinkScan implements Output {
    private final Output inner;
    private final Map<String, Written> pages = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    /** The ids and the href/src values of one HTML file. */
    public record Scanned(Set<String> ids, List<String> links) {
        public Scanned {
            ids = Set.copyOf(ids);
            links = List.copyOf(links);
        }
    }

    /** A written HTML file: what it holds and which input it was made from. */
    private record Written(String source, Set<String> ids, List<String> links) {
    }

    public LinkScan(Output inner) {
        this.inner = inner;
    }

    /** Writes an HTML page, remembering which input file it was made from. */
    public void writePage(String path, String html, String source) {
        inner.write(path, html);
        addPage(path, source, scan(html));
    }

    /** Records a page written by someone else, from its scan. */
    public void addPage(String path, String source, Scanned scanned) {
        files.add(path);
        pages.put(path, new Written(source, scanned.ids(), scanned.links()));
    }

    @Override
    public void write(String path, byte[] bytes) {
        inner.write(path, bytes);
        files.add(path);
    }

    @Override
    public void write(String path, byte[] bytes, String name) {
        inner.write(path, bytes, name);
        files.add(path);
    }

    @Override
    public boolean holds(String path, String name) {
        if (!inner.holds(path, name)) {
            return false;
        }
        files.add(path);
        return true;
    }

    /** Every broken or root-absolute internal link, as diagnostics on the page's input file. */
    public List<Diagnostic> check(java.nio.file.Path root) {
        // Pages are checked on every core (each check only reads what was written), in page order.
        return pages.keySet().stream().sorted().toList().parallelStream()
                .flatMap(page -> checkPage(root, page).stream())
                .toList();
    }

    /** The broken links of one written page. */
    public List<Diagnostic> checkPage(java.nio.file.Path root, String page) {
        Written s = pages.get(page);
        if (s == null) {
            return List.of();
        }
        List<Diagnostic> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String link : s.links()) {
            Optional<String> found = problem(page, link);
            if (found.isPresent() && reported.add(link)) {
                String problem = found.get();
                // In the page's own file if it is written there, else in the template that writes it.
                Optional<Position> written = locate(root, s.source(), link).or(() -> inTemplates(root, link));
                Position at = written.orElse(Position.startOf(s.source()));
                boolean markdown = at.path().endsWith(".md");
                out.add(Diagnostic.error(at, problem + (written.isPresent() ? "" : " (in the built " + page + ")"),
                        markdown ? "check the path relative to the built page " + page
                                : "links in templates must be relative: use ${root} or rel(...)"));
            }
        }
        return out;
    }

    /** What is wrong with one link of a written page, if anything. */
    private Optional<String> problem(String page, String link) {
        if (!UrlPolicy.isSafe(link)) {
            // Markdown links are checked when parsed; this catches a template printing a data value as a URL.
            return Optional.of("link '" + link + "' uses a scheme that is not allowed");
        }
        if (link.isEmpty() || UrlPolicy.hasScheme(link) || link.startsWith("//")) {
            return Optional.empty(); // http(s) and mailto: outside the site
        }
        if (link.startsWith("/")) {
            return page.equals("404.html") ? Optional.empty()
                    : Optional.of("root-absolute link '" + link + "' breaks under a sub-path");
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Optional<String> target = path.isEmpty() ? Optional.of(page) : resolve(page, path);
        if (target.isEmpty()) {
            return Optional.of("link '" + link + "' leaves the site");
        }
        if (!files.contains(target.get())) {
            return Optional.of("link '" + link + "' leads to a missing file");
        }
        Written t = pages.get(target.get());
        if (!fragment.isEmpty() && t != null && !t.ids().contains(fragment)) {
            return Optional.of("link '" + link + "' leads to a missing anchor");
        }
        return Optional.empty();
    }

    /** The first template (by name) that writes {@code link} literally, and where. */
    private static Optional<Position> inTemplates(java.nio.file.Path root, String link) {
        java.nio.file.Path dir = root.resolve("templates");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path t : files.filter(f -> f.getFileName().toString().endsWith(".ftlh")).sorted().toList()) {
                var at = locate(root, "templates/" + t.getFileName(), link);
                if (at.isPresent()) {
                    return at;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Unreadable templates: the caller names the built page instead.
        }
        return Optional.empty();
    }

    /** Where the link is written in its input file, if it is written there literally. */
    private static Optional<Position> locate(java.nio.file.Path root, String source, String link) {
        try {
            String text = java.nio.file.Files.readString(root.resolve(source));
            int at = text.indexOf("](" + link);
            at = at < 0 ? text.indexOf(link) : at + 2;
            if (at >= 0) {
                return Optional.of(new LineIndex(source, text, 1).at(at));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not written there literally (or unreadable): the caller names the built page instead.
        }
        return Optional.empty();
    }

    /** Resolves a relative link from an output file; folders mean their index.html. Empty if it leaves the site. */
    static Optional<String> resolve(String fromFile, String rel) {
        return RelativePath.resolve(fromFile, rel)
                .map(p -> RelativePath.isFolder(rel) ? (p.isEmpty() ? "" : p + "/") + "index.html" : p);
    }

    /** Pulls ids and href/src values out of a written page, however its attributes are quoted. */
    public static Scanned scan(String html) {
        Set<String> ids = new HashSet<>();
        Set<String> links = new java.util.LinkedHashSet<>();
        for (HtmlAttributes.Attribute a : HtmlAttributes.of(html)) {
            if (a.name().equals("id")) {
                ids.add(a.value());
            } else {
                links.add(a.value());
            }
        }
        return new Scanned(ids, List.copyOf(links));
    }
}
