package org.briefing.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Position;
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

    /** Every broken or root-absolute internal link, as diagnostics on the page's input file. */
    public List<Diagnostic> check(java.nio.file.Path root) {
        List<Diagnostic> out = new ArrayList<>();
        for (String page : new TreeMap<>(pages).keySet()) {
            out.addAll(checkPage(root, page));
        }
        return out;
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
            String problem = problem(page, s, link);
            if (problem != null && reported.add(link)) {
                // In the page's own file if it is written there, else in the template that writes it.
                java.util.Optional<Position> written = locate(root, s.source(), link).or(() -> inTemplates(root, link));
                Position at = written.orElse(Position.startOf(s.source()));
                boolean markdown = at.path().endsWith(".md");
                out.add(Diagnostic.error(at, problem + (written.isPresent() ? "" : " (in the built " + page + ")"),
                        markdown ? "check the path relative to the built page " + page
                                : "links in templates must be relative: use ${root} or rel(...)"));
            }
        }
        return out;
    }

    private String problem(String page, Written s, String link) {
        if (!UrlPolicy.isSafe(link)) {
            // Markdown links are checked when parsed; this catches a template printing a data value as a URL.
            return "link '" + link + "' uses a scheme that is not allowed";
        }
        if (link.isEmpty() || link.startsWith("mailto:") || hasScheme(link)) {
            return null;
        }
        if (link.startsWith("/")) {
            return page.equals("404.html") ? null : "root-absolute link '" + link + "' breaks under a sub-path";
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null) {
            return "link '" + link + "' leaves the site";
        }
        if (!files.contains(target)) {
            return "link '" + link + "' leads to a missing file";
        }
        Written t = pages.get(target);
        if (!fragment.isEmpty() && t != null && !t.ids().contains(fragment)) {
            return "link '" + link + "' leads to a missing anchor";
        }
        return null;
    }

    /** The first template (by name) that writes {@code link} literally, and where. */
    private static java.util.Optional<Position> inTemplates(java.nio.file.Path root, String link) {
        java.nio.file.Path dir = root.resolve("templates");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return java.util.Optional.empty();
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
        return java.util.Optional.empty();
    }

    /** Where the link is written in its input file, if it is written there literally. */
    private static java.util.Optional<Position> locate(java.nio.file.Path root, String source, String link) {
        try {
            String text = java.nio.file.Files.readString(root.resolve(source));
            int at = text.indexOf("](" + link);
            at = at < 0 ? text.indexOf(link) : at + 2;
            if (at >= 0) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                return java.util.Optional.of(new Position(source, line, at - lineStart + 1));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not written there literally (or unreadable): the caller names the built page instead.
        }
        return java.util.Optional.empty();
    }

    private static boolean hasScheme(String link) {
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) || link.startsWith("//");
    }

    /** Resolves a relative link from an output file; directories mean their index.html. */
    static String resolve(String fromFile, String rel) {
        List<String> parts = new ArrayList<>(List.of(fromFile.split("/")));
        parts.remove(parts.size() - 1);
        String[] segs = rel.split("/", -1);
        for (String seg : segs) {
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
        }
        String joined = String.join("/", parts);
        boolean dir = rel.endsWith("/") || rel.equals(".") || rel.equals("..") || rel.endsWith("/.") || rel.endsWith("/..");
        return dir ? (joined.isEmpty() ? "" : joined + "/") + "index.html" : joined;
    }

    private static String unescape(String v) {
        if (v.indexOf('&') < 0) {
            return v;
        }
        return v.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Pulls ids and href/src values out of HTML this generator wrote (always double-quoted). */
    public static Scanned scan(String html) {
        Set<String> ids = new HashSet<>();
        Set<String> links = new java.util.LinkedHashSet<>();
        int i = 0;
        while ((i = html.indexOf("=\"", i)) >= 0) {
            int end = html.indexOf('"', i + 2);
            if (end < 0) {
                break;
            }
            // Only the three names matter; each must follow white space, as an attribute does.
            if (attribute(html, i, "id")) {
                ids.add(html.substring(i + 2, end));
            } else if (attribute(html, i, "href") || attribute(html, i, "src")) {
                links.add(unescape(html.substring(i + 2, end)));
            }
            i = end + 1;
        }
        return new Scanned(ids, List.copyOf(links));
    }

    /** Whether the attribute whose {@code ="} is at {@code eq} is called {@code name}. */
    private static boolean attribute(String html, int eq, String name) {
        int start = eq - name.length();
        return start > 0 && html.startsWith(name, start) && Character.isWhitespace(html.charAt(start - 1));
    }
}
