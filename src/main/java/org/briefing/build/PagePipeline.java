package org.briefing.build;

import java.util.Map;
import org.briefing.cite.Endnotes;
import org.briefing.cite.PageNotes;
import org.briefing.content.Page;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.render.MarkdownRenderer;
import org.briefing.render.PageModel;
import org.briefing.render.ParsedPage;
import org.briefing.render.SiteIndex;
import org.briefing.render.TemplateRenderer;

/**
 * The pure per-page work: Markdown, template, notes. Shares only read-only state, so pages can be
 * rendered on many threads at once.
 */
final class PagePipeline {
    private final MarkdownRenderer markdown;
    private final TemplateRenderer templates;
    private final PageModel.Shared shared;
    private final SiteIndex index;
    private final Endnotes endnotes;

    PagePipeline(MarkdownRenderer markdown, TemplateRenderer templates, PageModel.Shared shared, SiteIndex index,
                 Endnotes endnotes) {
        this.markdown = markdown;
        this.templates = templates;
        this.shared = shared;
        this.index = index;
        this.endnotes = endnotes;
    }

    /** Renders one page; null when its template failed (the reason is in {@code out}). */
    RenderedPage render(ParsedPage parsed, String layout, Map<String, Object> extra, Diagnostics out) {
        Page page = parsed.page();
        PageNotes notes = new PageNotes();
        String body = markdown.render(parsed, index, notes, out);
        String html;
        try {
            html = templates.render(layout, PageModel.of(shared, page, body, notes, index, extra));
        } catch (TemplateRenderer.Failure f) {
            out.add(f.diagnostic());
            return null;
        }
        return endnotes.resolve(html, notes, page.root(), out)
                .map(resolved -> new RenderedPage(page, resolved.html(), resolved.citedSources())).orElse(null);
    }

    /** The layout a page asks for, or the default; reports a missing template at the front matter. */
    static String layoutOf(Page page, TemplateRenderer templates, Diagnostics out) {
        String wanted = page.front().layout();
        String fallback = page.url().isEmpty() && templates.hasLayout("home") ? "home" : "page";
        if (wanted.isEmpty()) {
            return fallback;
        }
        if (!templates.hasLayout(wanted)) {
            String hint = org.briefing.diag.Spelling.didYouMean(wanted, templates.layouts());
            out.add(Diagnostic.error(page.front().layoutAt(), "unknown layout '" + wanted + "'",
                    hint != null ? hint : "layouts are the files in templates/: " + String.join(", ", templates.layouts())));
            return null;
        }
        return wanted;
    }
}
