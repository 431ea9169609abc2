package org.briefing.output;

import java.util.List;
import org.briefing.cite.PageCitation;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;

/**
 * "Cite this page" downloads: {@code cite.bib}, {@code cite.ris} and {@code cite.json} (CSL-JSON)
 * in each page's folder, beside its index.html, which links them.
 * Usage: {@code CitationFiles.write(output, site, pages);}
 */
public final class CitationFiles {
    /** The file names, as the page links them. */
    public static final List<String> NAMES = List.of("cite.bib", "cite.ris", "cite.json");

    private CitationFiles() {
    }

    /**
     * Writes the three files of every page, on every core: a cold build of 1,000 pages spent most
     * of a second making these 3,000 small files one after another. {@code out} must take writes
     * from many threads at once, as a build's outputs do.
     */
    public static void write(Output out, SiteConfig site, List<Page> pages) {
        pages.parallelStream().forEach(page -> {
            PageCitation c = citation(site, page);
            out.write(page.url() + "cite.bib", c.bibtex());
            out.write(page.url() + "cite.ris", c.ris());
            out.write(page.url() + "cite.json", c.cslJson());
        });
    }

    /** The citation of one page; its information date is the page's, else the site's. */
    public static PageCitation citation(SiteConfig site, Page page) {
        return PageCitation.of(site.title(), site.language(), site.baseUrl(), page.url(), page.front().title(),
                page.front().date(), page.front().updated(),
                page.front().asOf().isEmpty() ? site.asOf() : page.front().asOf());
    }
}
