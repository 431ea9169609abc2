package org.briefing.diff;

import java.util.List;
import java.util.Optional;
import org.briefing.diag.Position;

/**
 * One thing a change to the briefing does to its claims, as a reviewer reads it: under a group
 * (figures, sources, pages, or a page's path) and a section of that page, what happened
 * ({@code what}: "changed", "hedge lost (reportedly)", ...) to which {@code subject}, with detail
 * lines such as "status: reported -> claimed". {@code at} is where it stands in the new version,
 * when it still stands somewhere.
 */
record Change(String group, String section, List<String> what, String subject, List<String> details,
              Optional<Position> at) {

    static final String FACTS = "Figures and values";
    static final String SOURCES = "Sources";
    static final String PAGES = "Pages";

    Change {
        what = List.copyOf(what);
        details = List.copyOf(details);
    }
}
