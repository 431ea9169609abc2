package org.briefing.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.diag.Diagnostic;

/**
 * What the per-page step made of one page, and what it read to make it: the unit the build cache
 * keeps. {@code html} is the finished page; {@code cited} the ids of the sources in its notes, in
 * note order; {@code anchors} the ids its headings define (other pages' links are checked against
 * them); {@code ids} and {@code links} every id and href/src in the HTML (the site-wide link check);
 * {@code anchorDeps} and {@code sourceDeps} map each linked page and each cited source to a digest
 * of what the render read of it, so a cached result is reused only while those are unchanged.
 */
public record PageResult(String path, String outputFile, String html, List<String> cited, List<Diagnostic> diagnostics,
                         Set<String> anchors, Set<String> ids, List<String> links, Map<String, String> anchorDeps,
                         Map<String, String> sourceDeps) {

    public PageResult {
        cited = List.copyOf(cited);
        diagnostics = List.copyOf(diagnostics);
        anchors = Set.copyOf(anchors);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
        anchorDeps = Map.copyOf(anchorDeps);
        sourceDeps = Map.copyOf(sourceDeps);
    }

    boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
