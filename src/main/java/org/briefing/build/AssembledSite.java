package org.briefing.build;

import java.util.List;
import org.briefing.content.Content;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;

/**
 * What an {@link AssembleStep} sees: the site settings (with command-line overrides), the loaded
 * content, the published pages in navigation order and, at the same index, each page's result.
 */
public record AssembledSite(SiteConfig site, Content content, List<Page> pages, List<PageResult> results) {

    public AssembledSite {
        pages = List.copyOf(pages);
        results = List.copyOf(results);
    }
}
