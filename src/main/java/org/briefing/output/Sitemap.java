package org.briefing.output;

import java.util.Comparator;
import java.util.List;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.html.Html;

/** {@code sitemap.xml}: absolute URLs of every page, sorted, with the last change when known. */
final class Sitemap {
    private Sitemap() {
    }

    static String of(SiteConfig site, List<Page> pages) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().sorted(Comparator.comparing(Page::url)).forEach(p -> {
            b.append("<url><loc>").append(Html.escape(site.baseUrl() + p.url())).append("</loc>");
            String modified = p.front().updated().isEmpty() ? p.front().date() : p.front().updated();
            if (!modified.isEmpty()) {
                b.append("<lastmod>").append(modified).append("</lastmod>");
            }
            b.append("</url>\n");
        });
        b.append("<url><loc>").append(Html.escape(site.baseUrl() + "sources/")).append("</loc></url>\n");
        return b.append("</urlset>\n").toString();
    }
}
