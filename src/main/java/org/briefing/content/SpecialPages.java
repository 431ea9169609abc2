package org.briefing.content;

import java.util.List;
import org.briefing.diag.Position;
import org.briefing.lang.Messages;

/** Pages every site has whether or not content/ defines them: the bibliography, the search page and the 404 page. */
public final class SpecialPages {
    /** Where the bibliography lives. */
    public static final String BIBLIOGRAPHY_URL = "sources/";

    private SpecialPages() {
    }

    /** {@code content/sources.md} when it exists (its text introduces the list), else a bare page. */
    public static Page bibliography(List<Page> pages, Messages messages) {
        return pages.stream().filter(p -> p.url().equals(BIBLIOGRAPHY_URL)).findFirst()
                .orElseGet(() -> synthetic("content/sources.md", BIBLIOGRAPHY_URL, messages.text("sources_title"),
                        messages.text("sources_summary")));
    }

    /** The page GitHub Pages serves for any missing path. */
    public static Page notFound(Messages messages) {
        return synthetic("content/404.md", "", messages.text("not_found_title"), messages.text("not_found_summary"));
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
