package org.briefing.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.diag.Position;

/** Pages added, removed or retitled, and, on pages in both versions, what their prose claims differently. */
final class PageChanges {
    private PageChanges() {
    }

    static List<Change> compare(Map<String, SiteModel.PageText> base, Map<String, SiteModel.PageText> head) {
        List<Change> pages = new ArrayList<>();
        List<Change> prose = new ArrayList<>();
        for (SiteModel.PageText now : head.values()) {
            String path = now.page().path();
            String title = now.page().front().title();
            SiteModel.PageText was = base.get(path);
            if (was == null) {
                pages.add(new Change(Change.PAGES, "", List.of("added"), path + ": \"" + title + "\"", List.of(),
                        Optional.of(Position.startOf(path))));
                continue;
            }
            String old = was.page().front().title();
            if (!old.equals(title)) {
                pages.add(new Change(Change.PAGES, "", List.of("retitled"), path,
                        List.of("title: \"" + old + "\" -> \"" + title + "\""), Optional.of(Position.startOf(path))));
            }
            prose.addAll(ProseChanges.compare(path, was.prose(), now.prose()));
        }
        for (SiteModel.PageText gone : base.values()) {
            if (!head.containsKey(gone.page().path())) {
                pages.add(new Change(Change.PAGES, "", List.of("removed"),
                        gone.page().path() + ": \"" + gone.page().front().title() + "\"", List.of(), Optional.empty()));
            }
        }
        pages.addAll(prose);
        return pages;
    }
}
