package org.briefing.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects diagnostics from every phase so a reviewer sees all problems in one run.
 * Safe to share between the threads of one build.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public synchronized void addAll(Collection<Diagnostic> ds) {
        all.addAll(ds);
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic, de-duplicated and in {@link Diagnostic#ORDER}. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
