package org.briefing.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Diagnostics;

/**
 * Compares two versions of a briefing by what they claim: fact values, sources, pages, and per page
 * and section the citations, hedge words and quotations of its sentences.
 * Usage: {@code SiteDiff.compare(base, head, out).map(DiffReport::text)}.
 */
public final class SiteDiff {
    private final List<Change> changes;

    private SiteDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** Reads both roots and compares them; empty, with the reasons in {@code out}, when either cannot be read. */
    public static Optional<SiteDiff> compare(Path base, String baseName, Path head, String headName, Diagnostics out) {
        SiteModel.Reader reader = new SiteModel.Reader();
        Optional<SiteModel> before = reader.read(base, baseName, out);
        Optional<SiteModel> after = reader.read(head, headName, out);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(compare(before.get(), after.get()));
    }

    static SiteDiff compare(SiteModel base, SiteModel head) {
        List<Change> all = new ArrayList<>();
        all.addAll(FactChanges.compare(base.facts(), head.facts()));
        all.addAll(SourceChanges.compare(base.sources(), head.sources()));
        all.addAll(PageChanges.compare(base.pages(), head.pages()));
        return new SiteDiff(all);
    }

    List<Change> changes() {
        return changes;
    }

    public int size() {
        return changes.size();
    }

    /** The report in {@code format}: "text", "markdown" or "github" (text, then annotations). */
    public String report(String format) {
        return switch (format) {
            case "markdown" -> DiffReport.markdown(changes);
            case "github" -> DiffReport.text(changes) + DiffReport.annotations(changes);
            default -> DiffReport.text(changes);
        };
    }
}
