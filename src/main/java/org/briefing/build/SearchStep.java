package org.briefing.build;

import java.util.List;
import org.briefing.content.Page;
import org.briefing.output.OfflineLinks;
import org.briefing.search.SearchIndex;

/**
 * The assemble step that writes the search index ({@link SearchIndex}) from every finished page's
 * searchable parts (worked out in the per-page step and cached with the page), in page order, then
 * the bibliography. A page's address is written as its links write it: with
 * {@code index.html} in an offline build.
 */
final class SearchStep {
    private SearchStep() {
    }

    static java.util.Map<String, String> files(List<Page> pages, List<PageResult> results, Page bibliography,
                                               PageResult bibliographyResult, boolean offline) {
        SearchIndex.Collector search = SearchIndex.collector(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            if (!results.get(i).failed()) {
                search.add(i, address(pages.get(i), offline), pages.get(i).front().title(), results.get(i).search());
            }
        }
        if (bibliographyResult != null && !bibliographyResult.failed()) {
            search.addLast(address(bibliography, offline), bibliography.front().title(), bibliographyResult.search());
        }
        return search.files();
    }

    private static String address(Page page, boolean offline) {
        return offline ? OfflineLinks.page(page.url()) : page.url();
    }
}
