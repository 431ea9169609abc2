package org.briefing.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.SpecialPages;
import org.briefing.html.Html;

/** What {@code sitemap.xml} gets: absolute URLs of every page, sorted, with the last change when known. */
final class Sitemap {
    private Sitemap() {
    }

    /** {@code site} and {@code urls}: each with {@code loc} and {@code lastmod} (empty when unknown). */
    static Map<String, Object> model(SiteConfig site, List<Page> pages) {
        List<Map<String, Object>> urls = new ArrayList<>(pages.size() + 1);
        pages.stream().sorted(Comparator.comparing(Page::url)).forEach(p -> {
            String modified = p.front().updated().isEmpty() ? p.front().date() : p.front().updated();
            urls.add(url(site.baseUrl() + p.url(), modified));
        });
        urls.add(url(site.baseUrl() + SpecialPages.BIBLIOGRAPHY_URL, ""));
        return Map.of("site", SiteExtras.siteModel(site), "urls", urls);
    }

    private static Map<String, Object> url(String loc, String lastmod) {
        Map<String, Object> m = new HashMap<>();
        m.put("loc", Html.clean(loc));
        m.put("lastmod", lastmod);
        return m;
    }
}
