package org.briefing.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.briefing.content.Content;
import org.briefing.content.FactFile;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.SpecialPages;
import org.briefing.diag.Diagnostics;
import org.briefing.output.CitationFiles;
import org.briefing.output.LinkScan;
import org.briefing.output.Output;
import org.briefing.output.SiteExtras;
import org.briefing.render.PageModel;
import org.briefing.render.TemplateRenderer;
import org.briefing.search.IndexState;

/**
 * The assemble step: everything that needs every page's result. Who cites what (the bibliography
 * and the "never cited" warnings), the 404 and search pages, the search index, each page's citation
 * files, the files around the pages (feed, sitemap, data export, assets), the site-wide link check, and the {@link AssembleStep}s listed in
 * {@link #STEPS} (a new site-wide output goes there).
 */
final class Assembly {
    /** Site-wide outputs made from the finished pages, in order. */
    static final List<AssembleStep> STEPS = List.of();

    private final Path root;
    private final SiteConfig site;
    private final Content content;
    private final List<Page> pages;
    private final Page bibliographyPage;
    private final TemplateRenderer templates;
    private final PageStep step;
    private final boolean offline;

    /** With {@code offline}, the search index writes page addresses ending in index.html. */
    Assembly(Path root, SiteConfig site, Content content, List<Page> pages, Page bibliographyPage,
             TemplateRenderer templates, PageStep step, boolean offline) {
        this.root = root;
        this.site = site;
        this.content = content;
        this.pages = pages;
        this.bibliographyPage = bibliographyPage;
        this.templates = templates;
        this.step = step;
        this.offline = offline;
    }

    /** Every file the build will write, by the input it comes from, before anything is written. */
    static OutputPlan plan(List<Page> pages, Page bibliography, SiteConfig site, Content content) {
        OutputPlan plan = new OutputPlan();
        plan.addPages(pages);
        plan.add(bibliography.outputFile(), bibliography.path());
        plan.add("404.html", "templates/404.ftlh");
        plan.add(SpecialPages.search().outputFile(), "templates/search.ftlh");
        for (String extra : List.of(".nojekyll", "robots.txt", "sitemap.xml", "feed.xml")) {
            plan.add(extra, "content/site.yaml");
        }
        for (FactFile f : content.facts()) {
            plan.add("data/" + f.name() + ".json", f.path());
        }
        plan.add("data/sources.json", "content/sources.yaml");
        return plan;
    }

    /**
     * Assembles the site from {@code results} (one per page, in page order) into {@code out}, with
     * page {@code i}'s searchable parts from {@code searchOf} (a result read from the cache comes
     * without them), then {@code last} (given the rendered bibliography) once everything else is
     * written and nothing failed, before the link check: the PDF edition, made from the finished
     * pages.
     */
    IndexState run(List<PageResult> results, SearchStep.Inputs search, Output out, Diagnostics diagnostics,
                   Optional<Function<PageResult, AssembleStep>> last) {
        LinkScan scan = new LinkScan(out);
        boolean allRendered = true;
        for (PageResult r : results) {
            if (r.failed()) {
                allRendered = false;
            } else {
                scan.addPage(r.outputFile(), r.path(), new LinkScan.Scanned(r.ids(), r.links()));
            }
        }
        Map<String, List<Page>> citedBy = CitedBy.of(pages, results.stream()
                .map(r -> r.failed() ? null : r.cited()).toList());
        if (allRendered) {
            // A page that failed to render cites nothing, so "never cited" would be a false alarm.
            CitedBy.warnUncited(content, citedBy, diagnostics);
        }
        Optional<PageResult> bibliography = special(bibliographyPage, "sources",
                PageModel.bibliography(content.sources(), citedBy, bibliographyPage, templates, diagnostics),
                "templates/sources.ftlh", scan, diagnostics);
        special(SpecialPages.notFound(templates.messages()), "404", Map.of("root", site.hasBaseUrl() ? site.baseUrl() : "./"),
                "templates/404.ftlh", scan, diagnostics);
        special(SpecialPages.search(), "search", Map.of(), "templates/search.ftlh", scan, diagnostics);
        // The search index is worked out (and written) on a thread of its own while the citation files are written.
        java.util.concurrent.CompletableFuture<IndexState> index = Background.supply("search-index",
                () -> SearchStep.write(pages, results, search, bibliographyPage, bibliography.orElse(null), offline, scan));
        CitationFiles.write(scan, site, java.util.stream.Stream.concat(pages.stream(), java.util.stream.Stream.of(bibliographyPage)).toList(),
                Generator.fingerprint());
        // The index before the assets: a site's own templates/assets/search.js, copied with them, replaces the built-in one.
        IndexState made = Background.joined(index);
        SiteExtras.write(scan, site, pages, content, root, templates::render, diagnostics);
        AssembledSite assembled = new AssembledSite(site, content, pages, results);
        for (AssembleStep s : STEPS) {
            s.assemble(assembled, scan, diagnostics);
        }
        if (bibliography.isPresent() && last.isPresent() && !diagnostics.hasErrors()) {
            last.get().apply(bibliography.get()).assemble(assembled, scan, diagnostics);
        }
        if (!diagnostics.hasErrors()) {
            diagnostics.addAll(scan.check(root)); // pages that failed would only add noise here
        }
        return made;
    }

    private Optional<PageResult> special(Page page, String layout, Map<String, Object> extra, String shownAs,
                                         LinkScan scan, Diagnostics diagnostics) {
        String chosen = templates.hasLayout(layout) ? layout : "page";
        Diagnostics local = new Diagnostics();
        PageResult r = step.run(page, java.util.Optional.of(chosen), extra, local);
        diagnostics.addAll(local.sorted());
        if (!r.failed()) {
            String file = layout.equals("404") ? "404.html" : page.outputFile();
            scan.writePage(file, r.html(), shownAs);
            return Optional.of(r);
        }
        return Optional.empty();
    }
}
