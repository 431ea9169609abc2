package org.briefing.output;

import java.util.Comparator;
import java.util.List;
import org.briefing.cite.ReferenceFormat;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.html.Html;

/** {@code feed.xml}: an Atom feed (RFC 4287) of the dated pages, newest first. */
final class Feed {
    private Feed() {
    }

    static String of(SiteConfig site, List<Page> pages) {
        List<Page> dated = pages.stream().filter(p -> !p.front().date().isEmpty())
                .sorted(Comparator.comparing(Feed::updated).reversed().thenComparing(Page::path)).toList();
        String feedUpdated = dated.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(updated(dated.get(0)));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Html.escape(site.language())).append("\">\n")
                .append("<title>").append(Html.escape(site.title())).append("</title>\n");
        if (!site.description().isEmpty()) {
            b.append("<subtitle>").append(Html.escape(site.description())).append("</subtitle>\n");
        }
        b.append("<id>").append(Html.escape(site.baseUrl())).append("</id>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(site.baseUrl())).append("\"/>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Html.escape(site.baseUrl() + "feed.xml")).append("\"/>\n")
                .append("<updated>").append(feedUpdated).append("</updated>\n")
                .append("<author><name>").append(Html.escape(site.title())).append("</name></author>\n");
        for (Page p : dated) {
            String url = Html.escape(site.baseUrl() + p.url());
            b.append("<entry>\n<title>").append(Html.escape(p.front().title())).append("</title>\n")
                    .append("<id>").append(url).append("</id>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(url).append("\"/>\n")
                    .append("<published>").append(timestamp(p.front().date())).append("</published>\n")
                    .append("<updated>").append(timestamp(updated(p))).append("</updated>\n");
            String asOf = p.front().asOf().isEmpty() ? site.asOf() : p.front().asOf();
            String summary = (asOf.isEmpty() ? "" : "Information as of " + ReferenceFormat.humanDate(asOf) + ". ")
                    + p.front().summary();
            if (!summary.isEmpty()) {
                b.append("<summary>").append(Html.escape(summary.strip())).append("</summary>\n");
            }
            b.append("</entry>\n");
        }
        return b.append("</feed>\n").toString();
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
