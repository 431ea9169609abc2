package org.briefing.build;

import java.util.List;
import org.briefing.diag.Diagnostic;

/** The outcome of a build: every diagnostic (sorted) and how many pages were rendered. */
public record BuildResult(List<Diagnostic> diagnostics, int pages, boolean written) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long count(boolean errors) {
        return diagnostics.stream().filter(d -> d.isError() == errors).count();
    }
}
