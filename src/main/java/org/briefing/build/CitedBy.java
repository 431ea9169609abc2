package org.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.content.Content;
import org.briefing.content.Page;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.validate.FactSources;

/** Who cites which source: the bibliography's "cited on" lists and the "never cited" warnings. */
final class CitedBy {
    private CitedBy() {
    }

    /**
     * Source id -> the pages citing it, in page order; {@code cited.get(i)} belongs to
     * {@code pages.get(i)} and is null when that page failed to render.
     */
    static Map<String, List<Page>> of(List<Page> pages, List<List<String>> cited) {
        Map<String, List<Page>> by = new TreeMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (cited.get(i) != null) {
                cited.get(i).forEach(id -> by.computeIfAbsent(id, k -> new ArrayList<>()).add(page));
            }
        }
        return by;
    }

    /** A warning for each source cited neither by a page nor by a fact. */
    static void warnUncited(Content content, Map<String, List<Page>> citedBy, Diagnostics diagnostics) {
        TreeSet<String> cited = new TreeSet<>(citedBy.keySet());
        content.facts().forEach(f -> cited.addAll(FactSources.cited(f)));
        for (Source s : content.sources()) {
            if (!cited.contains(s.id())) {
                diagnostics.add(Diagnostic.warning(s.at(), "source '" + s.id() + "' is never cited",
                        "cite it with [@" + s.id() + "] or remove it"));
            }
        }
    }
}
