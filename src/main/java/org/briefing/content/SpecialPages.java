package org.briefing.content;

import java.util.List;
import org.briefing.diag.Position;

/** Pages every site has whether or not content/ defines them: the bibliography, the search page and the 404 page. */
public final class SpecialPages {
    /** Where the bibliography lives. */
    public static final String BIBLIOGRAPHY_URL = "sources/";

    private SpecialPages() {
    }

    /** {@code content/sources.md} when it exists (its text introduces the list), else a bare page. */
    public static Page bibliography(List<Page> pages) {
        return pages.stream().filter(p -> p.url().equals(BIBLIOGRAPHY_URL)).findFirst()
                .orElse(synthetic("content/sources.md", BIBLIOGRAPHY_URL, "Sources",
                        "Every source this briefing relies on, with the pages that cite it."));
    }

    /** The page GitHub Pages serves for any missing path. */
    public static Page notFound() {
        return synthetic("content/404.md", "", "Page not found",
                "Nothing is published at this address.");
    }

    /** The search page; the search box on every page leads here. */
    public static Page search() {
        return synthetic("content/search.md", "search/", "Search", "Search every page of this site.");
    }

    private static Page synthetic(String path, String url, String title, String summary) {
        FrontMatter fm = new FrontMatter(title, summary, "", "", false, "", 0, Position.startOf(path));
        return new Page(path, url, fm, "", 1);
    }
}
