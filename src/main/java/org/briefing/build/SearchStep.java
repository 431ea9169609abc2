package org.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.briefing.content.Page;
import org.briefing.output.Digests;
import org.briefing.output.OfflineLinks;
import org.briefing.output.Output;
import org.briefing.search.IndexState;
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
     * What the index takes from the build beside the pages: page {@code i}'s parts ({@code searchOf})
     * and where a later build can ask for them again ({@code sourceOf}: its cache key), what the last
     * index was made from, and how to ask for a page's parts as that index took them.
     */
    record Inputs(IntFunction<SearchDocs> searchOf, IntFunction<String> sourceOf,
                  Supplier<Optional<IndexState>> previous, SearchIndex.Recall recall) {
    }

    /**
     * Writes the index files to {@code out} as each is complete and returns what the index was made
     * from, for the next build. A page is named by the id of its HTML, from which its parts are made,
     * so a page whose HTML the build did not make again is known from {@code previous}; {@code
     * searchOf} gives page {@code i}'s parts (a cached page's are read from the cache only now, one
     * batch of pages at a time), asked only for pages that did not fail and that the index needs.
     */
    static IndexState write(List<Page> pages, List<PageResult> results, Inputs inputs, Page bibliography,
                            PageResult bibliographyResult, boolean offline, Output out) {
        List<Optional<SearchIndex.Entry>> entries = new ArrayList<>(pages.size() + 1);
        for (int i = 0; i < pages.size(); i++) {
            PageResult r = results.get(i);
            int page = i;
            entries.add(r.failed() ? Optional.empty() : Optional.of(new SearchIndex.Entry(address(pages.get(i), offline),
                    pages.get(i).front().title(), r.htmlId(), inputs.sourceOf().apply(i), () -> inputs.searchOf().apply(page))));
        }
        if (bibliographyResult != null && !bibliographyResult.failed()) {
            // Made again on every build, so with a new random id: named by its bytes instead.
            entries.add(Optional.of(new SearchIndex.Entry(address(bibliography, offline), bibliography.front().title(),
                    "h:" + Digests.sha256(bibliographyResult.utf8()), "", bibliographyResult::search)));
        }
        Optional<IndexState> previous = inputs.previous().get();
        return SearchIndex.write(entries, previous, inputs.recall(), out);
    }

    private static String address(Page page, boolean offline) {
        return offline ? OfflineLinks.page(page.url()) : page.url();
    }
}
