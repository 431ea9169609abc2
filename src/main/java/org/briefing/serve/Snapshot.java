package org.briefing.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Diagnostic;

/**
 * What the preview serves right now: the folder of the last good build (empty until one
 * succeeded), the errors of the latest build (empty when it succeeded) and a generation number
 * that grows with every build.
 */
record Snapshot(Optional<Path> site, List<Diagnostic> errors, long generation) {

    Snapshot {
        errors = List.copyOf(errors);
    }

    static Snapshot none() {
        return new Snapshot(Optional.empty(), List.of(), 0);
    }
}
