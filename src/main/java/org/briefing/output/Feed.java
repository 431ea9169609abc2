package org.briefing.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.html.Html;

/** What {@code feed.ftlx} gets: an Atom feed (RFC 4287) of the dated pages, newest first. */
final class Feed {
    private Feed() {
    }

    /** {@code site} (title, description, language, base_url), {@code updated} and {@code entries}. */
    static Map<String, Object> model(SiteConfig site, List<Page> pages) {
        List<Page> dated = pages.stream().filter(p -> !p.front().date().isEmpty())
                .sorted(Comparator.comparing(Feed::updated).reversed().thenComparing(Page::path)).toList();
        List<Map<String, Object>> entries = new ArrayList<>(dated.size());
        org.briefing.lang.Messages messages = org.briefing.lang.Messages.of(site.language());
        for (Page p : dated) {
            Map<String, Object> e = new HashMap<>();
            e.put("title", Html.clean(p.front().title()));
            e.put("url", Html.clean(site.baseUrl() + p.url()));
            e.put("published", timestamp(p.front().date()));
            e.put("updated", timestamp(updated(p)));
            String asOf = p.front().asOf().isEmpty() ? site.asOf() : p.front().asOf();
            String summary = (asOf.isEmpty() ? "" : messages.text("information_as_of", messages.date(asOf)) + " ")
                    + p.front().summary();
            e.put("summary", Html.clean(summary.strip()));
            entries.add(e);
        }
        return Map.of("site", SiteExtras.siteModel(site),
                "updated", dated.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(updated(dated.get(0))),
                "entries", entries);
    }

    private static String updated(Page p) {
        return p.front().updated().isEmpty() ? p.front().date() : p.front().updated();
    }

    /** A partial ISO date as an RFC 3339 timestamp at midnight UTC. */
    static String timestamp(String date) {
        String d = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
        return d + "T00:00:00Z";
    }
}
