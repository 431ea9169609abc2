package org.briefing.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.cite.PageNotes;
import org.briefing.cite.ReferenceFormat;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.Source;
import org.briefing.html.Json;

/**
 * Prepares what a template sees for one page: plain maps and lists, never a handle on the model.
 * The site-wide parts are built once ({@link Shared}) and reused by every page.
 */
public final class PageModel {
    private PageModel() {
    }

    /** Site-wide parts of the data model, built once per build. */
    public record Shared(Map<String, Object> site, List<Map<String, Object>> pages,
                         List<Map<String, Object>> nav, List<Map<String, Object>> sources,
                         Map<String, Object> data) {
    }

    public static Shared shared(SiteConfig site, String buildDate, List<Page> pages, List<Source> sources,
                                Map<String, Object> data) {
        return shared(site, buildDate, "", pages, sources, data);
    }

    /** {@code pdfSize} is the size of {@code briefing.pdf} as templates show it, or "" when there is none. */
    public static Shared shared(SiteConfig site, String buildDate, String pdfSize, List<Page> pages, List<Source> sources,
                                Map<String, Object> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", site.title());
        s.put("description", site.description());
        s.put("language", site.language());
        s.put("base_url", site.baseUrl());
        s.put("repo_url", site.repoUrl());
        s.put("build_date", buildDate);
        s.put("as_of", site.asOf());
        s.put("as_of_human", ReferenceFormat.humanDate(site.asOf()));
        s.put("changes", InformationDates.changes(pages));
        s.put("pdf_size", pdfSize);
        List<Map<String, Object>> all = pages.stream().map(PageModel::summary).toList();
        List<Map<String, Object>> nav = pages.stream()
                .filter(p -> p.url().chars().filter(c -> c == '/').count() <= 1)
                .map(PageModel::summary).toList();
        List<Map<String, Object>> src = sources.stream().map(PageModel::source).toList();
        return new Shared(s, all, nav, src, data);
    }

    static Map<String, Object> summary(Page p) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", p.front().title());
        m.put("url", p.url());
        m.put("summary", p.front().summary());
        m.put("date", p.front().date());
        m.put("date_human", ReferenceFormat.humanDate(p.front().date()));
        m.put("updated", p.front().updated());
        m.put("weight", p.front().weight());
        m.put("revisions", InformationDates.revisions(p));
        return m;
    }

    static Map<String, Object> source(Source s) {
        Map<String, Object> m = new HashMap<>(s.fields());
        m.put("date_human", ReferenceFormat.humanDate(s.date()));
        return m;
    }

    /** The full data model for one page. {@code extra} adds layout-specific entries (bibliography). */
    public static Map<String, Object> of(Shared shared, Page page, String contentHtml, PageNotes notes, SiteIndex index,
                                         Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(summary(page));
        p.put("path", page.path());
        p.put("content", TemplateRenderer.markup(contentHtml));
        p.put("is_home", page.url().isEmpty());
        p.put("updated_human", ReferenceFormat.humanDate(page.front().updated()));
        String siteAsOf = (String) shared.site().get("as_of");
        String asOf = page.front().asOf().isEmpty() ? siteAsOf : page.front().asOf();
        p.put("as_of", asOf);
        p.put("as_of_human", ReferenceFormat.humanDate(asOf));
        p.put("as_of_older", InformationDates.older(asOf, siteAsOf));
        String repo = (String) shared.site().get("repo_url");
        p.put("edit_url", repo.isEmpty() ? "" : stripSlash(repo) + "/edit/main/" + page.path());
        String base = (String) shared.site().get("base_url");
        p.put("canonical_url", base.isEmpty() ? "" : base + page.url());

        Map<String, Object> model = new HashMap<>();
        model.put("site", shared.site());
        model.put("page", p);
        model.put("pages", shared.pages());
        model.put("nav", shared.nav());
        model.put("sources", shared.sources());
        model.put("data", shared.data());
        model.put("root", page.root());
        model.put("endnotes", TemplateRenderer.markup(PageNotes.ENDNOTES));
        p.put("jsonld", TemplateRenderer.markup(jsonLd(shared, page, base, asOf)));
        model.put("cite", TemplateFunctions.cite(notes, index, page.front().layoutAt()));
        model.put("rel", TemplateFunctions.rel(page.url()));
        model.put("human_date", TemplateFunctions.HUMAN_DATE);
        model.putAll(extra);
        return model;
    }

    /** schema.org Report for the page; its citation array is filled in once the notes are numbered. */
    private static String jsonLd(Shared shared, Page page, String base, String asOf) {
        StringBuilder b = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"Report\",\"headline\":")
                .append(Json.string(page.front().title()));
        if (!page.front().summary().isEmpty()) {
            b.append(",\"description\":").append(Json.string(page.front().summary()));
        }
        if (!page.front().date().isEmpty()) {
            b.append(",\"datePublished\":").append(Json.string(page.front().date()));
        }
        // The date the information is current to, where known; else the last edit.
        String modified = !asOf.isEmpty() ? asOf
                : page.front().updated().isEmpty() ? page.front().date() : page.front().updated();
        if (!modified.isEmpty()) {
            b.append(",\"dateModified\":").append(Json.string(modified));
        }
        if (!base.isEmpty()) {
            b.append(",\"url\":").append(Json.string(base + page.url()));
        }
        b.append(",\"inLanguage\":").append(Json.string((String) shared.site().get("language")))
                .append(",\"publisher\":{\"@type\":\"Organization\",\"name\":")
                .append(Json.string((String) shared.site().get("title"))).append('}');
        return b.append(",\"citation\":").append(PageNotes.CITATIONS_JSON).append('}').toString();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The bibliography page's extra entry: every source, in registry order, with its formatted reference
     * and the pages that cite it (links relative to {@code page}).
     */
    public static Map<String, Object> bibliography(List<Source> sources, Map<String, List<Page>> citedBy, Page page) {
        Map<String, Source> registry = new HashMap<>();
        sources.forEach(s -> registry.put(s.id(), s));
        // In registry order: the editors arrange sources.yaml for readers (the work first read, then
        // by claimant and date), and the file's order is as deterministic as the ids'.
        List<Map<String, Object>> entries = sources.stream()
                .map(s -> {
                    Map<String, Object> m = source(s);
                    m.put("reference", TemplateRenderer.markup(ReferenceFormat.format(s, page.root(), registry)));
                    m.put("grade", s.reliability().isEmpty() ? "" : TemplateRenderer.markup(ReferenceFormat.grade(s.reliability())));
                    m.put("cited_by", citedBy.getOrDefault(s.id(), List.of()).stream().map(p -> {
                        Map<String, Object> link = new HashMap<>();
                        link.put("title", p.front().title());
                        link.put("href", SiteIndex.relative(page.url(), p.url()));
                        return link;
                    }).toList());
                    return m;
                }).toList();
        return Map.of("bibliography", entries);
    }
}
