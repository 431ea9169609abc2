package org.briefing.build;

import java.util.List;
import java.util.stream.IntStream;
import org.briefing.content.Page;
import org.briefing.output.OfflineLinks;
import org.briefing.output.Output;
import org.briefing.search.SearchIndex;

/**
 * The assemble step that writes the search index ({@link SearchIndex}) from every finished page,
 * in page order, then the bibliography. A page's address is written as its links write it: with
 * {@code index.html} in an offline build.
 */
final class SearchStep {
    private SearchStep() {
    }

    static void write(List<Page> pages, List<PageResult> results, Page bibliography, PageResult bibliographyResult,
                      boolean offline, Output out) {
        SearchIndex.Collector search = SearchIndex.collector(pages.size());
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            if (!results.get(i).failed()) {
                search.add(i, address(pages.get(i), offline), pages.get(i).front().title(), results.get(i).html());
            }
        });
        if (bibliographyResult != null && !bibliographyResult.failed()) {
            search.addLast(address(bibliography, offline), bibliography.front().title(), bibliographyResult.html());
        }
        search.files().forEach(out::write);
    }

    private static String address(Page page, boolean offline) {
        return offline ? OfflineLinks.page(page.url()) : page.url();
    }
}
