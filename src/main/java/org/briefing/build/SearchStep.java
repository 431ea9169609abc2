package org.briefing.build;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.briefing.content.Page;
import org.briefing.output.OfflineLinks;
import org.briefing.output.Output;
import org.briefing.search.SearchDocs;
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

    /**
     * Writes the index files to {@code out} as each is complete; {@code searchOf} gives page
     * {@code i}'s parts (a cached page's are read from the cache only now, one batch of pages at a
     * time), asked only for pages that did not fail.
     */
    static void write(List<Page> pages, List<PageResult> results, IntFunction<SearchDocs> searchOf,
                      Page bibliography, PageResult bibliographyResult, boolean offline, Output out) {
        boolean withBibliography = bibliographyResult != null && !bibliographyResult.failed();
        int count = pages.size() + (withBibliography ? 1 : 0);
        SearchIndex.write(count, i -> {
            if (i == pages.size()) {
                return Optional.of(new SearchIndex.Entry(address(bibliography, offline), bibliography.front().title(),
                        bibliographyResult.search()));
            }
            return results.get(i).failed() ? Optional.empty()
                    : Optional.of(new SearchIndex.Entry(address(pages.get(i), offline), pages.get(i).front().title(), searchOf.apply(i)));
        }, out::write);
    }

    private static String address(Page page, boolean offline) {
        return offline ? OfflineLinks.page(page.url()) : page.url();
    }
}
