package org.briefing.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.briefing.search.SearchDocs;

/**
 * What the per-page step made of one page, and what it read to make it: the unit the build cache
 * keeps. {@code utf8} is the finished page as UTF-8 (as written: a cached page goes from the cache
 * to the site without being decoded; {@link #html()} decodes it); {@code cited} the ids of the sources in its notes, in
 * note order; {@code anchors} the ids its headings define (other pages' links are checked against
 * them); {@code ids} and {@code links} every id and href/src in the HTML (the site-wide link check);
 * {@code anchorDeps} and {@code sourceDeps} map each linked page and each cited source to a digest
 * of what the render read of it, so a cached result is reused only while those are unchanged;
 * {@code search} its searchable parts with their term counts, for the search index; {@code htmlId}
 * names this HTML: two results with the same id hold the same bytes (a result made with null gets a
 * new random id; the cache keeps it with the result, and a result read back without its HTML still
 * has it), so the site can tell a page it already holds without reading it.
 */
public record PageResult(String path, String outputFile, byte[] utf8, List<String> cited, List<Diagnostic> diagnostics,
                         Set<String> anchors, Set<String> ids, List<String> links, Map<String, String> anchorDeps,
                         Map<String, String> sourceDeps, SearchDocs search, String htmlId) {

    public PageResult {
        cited = List.copyOf(cited);
        diagnostics = List.copyOf(diagnostics);
        anchors = Set.copyOf(anchors);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
        anchorDeps = Map.copyOf(anchorDeps);
        sourceDeps = Map.copyOf(sourceDeps);
        java.util.Objects.requireNonNull(search);
        if (htmlId == null) {
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            htmlId = "r:" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        }
    }

    /** The finished page as text. */
    public String html() {
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageResult r && path.equals(r.path) && outputFile.equals(r.outputFile)
                && java.util.Arrays.equals(utf8, r.utf8) && cited.equals(r.cited) && diagnostics.equals(r.diagnostics)
                && anchors.equals(r.anchors) && ids.equals(r.ids) && links.equals(r.links)
                && anchorDeps.equals(r.anchorDeps) && sourceDeps.equals(r.sourceDeps) && search.equals(r.search);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(path, outputFile, java.util.Arrays.hashCode(utf8), cited, diagnostics);
    }

    @Override
    public String toString() {
        return "PageResult[" + path + " -> " + outputFile + ", " + utf8.length + " bytes, cited " + cited
                + ", " + diagnostics.size() + " diagnostics]";
    }

    /** The same result without its HTML: for the steps after the write that do not read it. */
    PageResult withoutHtml() {
        return new PageResult(path, outputFile, new byte[0], cited, diagnostics, anchors, ids, links, anchorDeps,
                sourceDeps, search, htmlId);
    }

    /** The same result with this HTML. */
    PageResult withHtml(byte[] html) {
        return new PageResult(path, outputFile, html, cited, diagnostics, anchors, ids, links, anchorDeps, sourceDeps,
                search, htmlId);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
