package org.briefing.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefing.cite.PageCitation;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;

/**
 * "Cite this page" downloads: {@code cite.bib}, {@code cite.ris} and {@code cite.json} (CSL-JSON)
 * in each page's folder, beside its index.html, which links them.
 * Usage: {@code CitationFiles.write(output, site, pages, generatorFingerprint);}
 */
public final class CitationFiles {
    /** The file names, as the page links them. */
    public static final List<String> NAMES = List.of("cite.bib", "cite.ris", "cite.json");

    private CitationFiles() {
    }

    /**
     * Writes the three files of every page, on every core: a cold build of 1,000 pages spent most
     * of a second making these 3,000 small files one after another. Each file is named by a digest
     * of what its citation is made from and of the {@code generator} (its fingerprint), so a page
     * whose files the output already holds is not cited again: 30,000 files at 10,000 pages. {@code
     * out} must take writes from many threads at once, as a build's outputs do.
     */
    public static void write(Output out, SiteConfig site, List<Page> pages, String generator) {
        pages.parallelStream().forEach(page -> {
            String name = "cite " + Digests.sha256((generator + "\u0000" + inputs(site, page)).getBytes(StandardCharsets.UTF_8));
            if (NAMES.stream().allMatch(file -> out.holds(page.url() + file, name + " " + file))) {
                return;
            }
            PageCitation c = citation(site, page);
            write(out, page.url() + "cite.bib", c.bibtex(), name);
            write(out, page.url() + "cite.ris", c.ris(), name);
            write(out, page.url() + "cite.json", c.cslJson(), name);
        });
    }

    private static void write(Output out, String path, String text, String name) {
        out.write(path, text.getBytes(StandardCharsets.UTF_8), name + " " + path.substring(path.lastIndexOf('/') + 1));
    }

    /** Everything {@link #citation} reads, one field after another. */
    static String inputs(SiteConfig site, Page page) {
        return String.join("\u0000", site.title(), site.language(), site.baseUrl(), page.url(), page.front().title(),
                page.front().date(), page.front().updated(),
                page.front().asOf().isEmpty() ? site.asOf() : page.front().asOf());
    }

    /**
     * The citation of one page; its information date is the page's, else the site's. What it reads,
     * {@link #inputs} names.
     */
    public static PageCitation citation(SiteConfig site, Page page) {
        return PageCitation.of(site.title(), site.language(), site.baseUrl(), page.url(), page.front().title(),
                page.front().date(), page.front().updated(),
                page.front().asOf().isEmpty() ? site.asOf() : page.front().asOf());
    }
}
