package org.briefing.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.cite.Endnotes;
import org.briefing.cite.PageNotes;
import org.briefing.content.Content;
import org.briefing.content.Page;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.output.LinkScan;
import org.briefing.output.OfflineLinks;
import org.briefing.render.MarkdownRenderer;
import org.briefing.render.PageModel;
import org.briefing.render.ParsedPage;
import org.briefing.render.SiteIndex;
import org.briefing.render.TemplateRenderer;
import org.briefing.search.SearchDocs;

/**
 * The per-page step: parse, run the page checks, render Markdown and template, number the notes,
 * scan the result for ids and links. A pure function of the page and the read-only site state it
 * is built with, so pages run on many threads at once and results can be cached.
 */
final class PageStep {
    private final MarkdownRenderer markdown;
    private final TemplateRenderer templates;
    private final PageModel.Shared shared;
    private final SiteIndex index;
    private final Endnotes endnotes;
    private final Content content;
    private final List<PageCheck> checks;
    private final PageKeys keys;
    private final boolean offline;

    /** With {@code offline}, links to folders are written to their index.html ({@link OfflineLinks}). */
    PageStep(MarkdownRenderer markdown, TemplateRenderer templates, PageModel.Shared shared, SiteIndex index,
             Endnotes endnotes, Content content, List<PageCheck> checks, PageKeys keys, boolean offline) {
        this.markdown = markdown;
        this.templates = templates;
        this.shared = shared;
        this.index = index;
        this.endnotes = endnotes;
        this.content = content;
        this.checks = checks;
        this.keys = keys;
        this.offline = offline;
    }

    /** Renders one page of the site with its own layout (or the default one). */
    PageResult run(Page page) {
        Diagnostics out = new Diagnostics();
        return run(page, layoutOf(page, templates, out), Map.of(), out);
    }

    /**
     * Renders {@code page} with {@code layout} (empty: the layout could not be chosen, the reason
     * is in {@code out}) and {@code extra} template entries.
     */
    PageResult run(Page page, Optional<String> layout, Map<String, Object> extra, Diagnostics out) {
        ParsedPage parsed = markdown.parse(page, out);
        if (layout.isEmpty()) {
            return failed(page, parsed, out, Set.of());
        }
        for (PageCheck check : checks) {
            out.addAll(check.check(parsed, content));
        }
        PageNotes notes = new PageNotes();
        Set<String> anchorsRead = new HashSet<>();
        String body = markdown.render(parsed, index, notes, out, anchorsRead);
        String html;
        try {
            html = templates.render(layout.get(), PageModel.of(shared, page, body, notes, index, extra));
        } catch (TemplateRenderer.Failure f) {
            Diagnostic d = f.diagnostic();
            // A page that chose a macro library as its layout: the mistake is in its front matter.
            out.add(f.emptyPage() && !page.front().layout().isEmpty()
                    ? new Diagnostic(page.front().layoutAt().path(), page.front().layoutAt().line(),
                            page.front().layoutAt().column(), d.severity(), d.message(), d.hint())
                    : d);
            return failed(page, parsed, out, anchorsRead);
        }
        Optional<Endnotes.Resolved> done = endnotes.resolve(html, notes, page.root(), out);
        if (done.isEmpty()) {
            return failed(page, parsed, out, anchorsRead);
        }
        Endnotes.Resolved resolved = done.get();
        String finished = offline ? OfflineLinks.rewrite(resolved.html()) : resolved.html();
        LinkScan.Scanned scanned = LinkScan.scan(finished);
        return new PageResult(page.path(), page.outputFile(), finished.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                resolved.citedSources(), out.sorted(),
                parsed.anchors(), scanned.ids(), scanned.links(), anchorDeps(anchorsRead),
                sourceDeps(resolved.citedSources()), SearchDocs.of(page.front().title(), finished), null);
    }

    private PageResult failed(Page page, ParsedPage parsed, Diagnostics out, Set<String> anchorsRead) {
        return new PageResult(page.path(), page.outputFile(), new byte[0], List.of(), out.sorted(), parsed.anchors(), Set.of(),
                List.of(), anchorDeps(anchorsRead), Map.of(), SearchDocs.NONE, null);
    }

    private Map<String, String> anchorDeps(Set<String> paths) {
        Map<String, String> deps = new HashMap<>();
        for (String p : paths) {
            SiteIndex.Target t = index.pages().get(p);
            deps.put(p, t == null ? "" : PageKeys.anchorDigest(t.anchors()));
        }
        return deps;
    }

    private Map<String, String> sourceDeps(List<String> cited) {
        Map<String, String> deps = new HashMap<>();
        cited.forEach(id -> deps.put(id, keys.sourceDigest(id)));
        return deps;
    }

    /** The layout a page asks for, or the default; reports a missing template at the front matter. */
    static Optional<String> layoutOf(Page page, TemplateRenderer templates, Diagnostics out) {
        String wanted = page.front().layout();
        String fallback = page.url().isEmpty() && templates.hasLayout("home") ? "home" : "page";
        if (wanted.isEmpty()) {
            return Optional.of(fallback);
        }
        if (!templates.hasLayout(wanted)) {
            String hint = org.briefing.diag.Spelling.didYouMean(wanted, templates.layouts());
            out.add(Diagnostic.error(page.front().layoutAt(), "unknown layout '" + wanted + "'",
                    hint != null ? hint : "layouts are the files in templates/: " + String.join(", ", templates.layouts())));
            return Optional.empty();
        }
        return Optional.of(wanted);
    }
}
