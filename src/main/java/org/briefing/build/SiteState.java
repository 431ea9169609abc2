package org.briefing.build;

import java.nio.file.Path;
import java.util.List;
import org.briefing.content.Content;
import org.briefing.content.Page;
import org.briefing.output.LinkScan;
import org.briefing.render.TemplateRenderer;
import org.briefing.search.SearchIndex;

/**
 * What a successful build made, kept by the preview so that one edited page can be rendered again
 * without redoing the rest: the loaded content, the shared page pipeline, which sources each page
 * cites ({@code cited.get(i)} belongs to {@code pages.get(i)}), the link scan, the search index's
 * pages and the result.
 */
record SiteState(Path root, Path out, Content content, List<Page> pages, Page bibliographyPage,
                 TemplateRenderer templates, PagePipeline pipeline, List<List<String>> cited, LinkScan scan,
                 SearchIndex.Collector search, BuildResult result) {

    SiteState {
        pages = List.copyOf(pages);
        cited = List.copyOf(cited);
    }
}
