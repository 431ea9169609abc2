package org.briefing.build;

import java.util.List;
import org.briefing.diag.Diagnostic;

/**
 * The outcome of a build: every diagnostic (sorted), how many pages the site has, whether the site
 * was written, and the paths of the pages the per-page step rendered (the rest came from the cache).
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, boolean written, List<String> rendered) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        rendered = List.copyOf(rendered);
    }

    static BuildResult failed(List<Diagnostic> diagnostics) {
        return new BuildResult(diagnostics, 0, false, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
