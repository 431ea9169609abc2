package org.briefing.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.lang.Messages;

/** The template view of information dates and revisions: per page, and the site-wide change log. */
final class InformationDates {
    private InformationDates() {
    }

    /**
     * Whether information current to {@code asOf} is older than the site's {@code siteAsOf}.
     * Dates of different precision that agree as far as both go ("2024-10", "2024-10-20") are not
     * older one than the other.
     */
    static boolean older(String asOf, String siteAsOf) {
        if (asOf.isEmpty() || siteAsOf.isEmpty() || siteAsOf.startsWith(asOf) || asOf.startsWith(siteAsOf)) {
            return false;
        }
        return asOf.compareTo(siteAsOf) < 0;
    }

    /** A page's revisions, newest first (in written order where dates tie). */
    static List<Map<String, Object>> revisions(Page p, Messages messages) {
        List<FrontMatter.Revision> written = p.front().revisions();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> written.get(i).date()).reversed().thenComparing(i -> i));
        return order.stream().map(i -> entry(written.get(i), messages)).toList();
    }

    /** Every page's revisions in one list, newest first, then by page path, then as written. */
    static List<Map<String, Object>> changes(List<Page> pages, Messages messages) {
        record Change(FrontMatter.Revision revision, Page page, int index) {
        }
        List<Change> all = new ArrayList<>();
        for (Page p : pages) {
            for (int i = 0; i < p.front().revisions().size(); i++) {
                all.add(new Change(p.front().revisions().get(i), p, i));
            }
        }
        all.sort(Comparator.comparing((Change c) -> c.revision().date()).reversed()
                .thenComparing(c -> c.page().path()).thenComparingInt(Change::index));
        return all.stream().map(c -> {
            Map<String, Object> m = entry(c.revision(), messages);
            m.put("page_title", c.page().front().title());
            m.put("page_url", c.page().url());
            return m;
        }).toList();
    }

    private static Map<String, Object> entry(FrontMatter.Revision r, Messages messages) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", r.date());
        m.put("date_human", messages.date(r.date()));
        m.put("note", r.note());
        return m;
    }
}
