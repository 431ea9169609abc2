package org.briefing.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.cite.PageNotes;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostics;
import org.briefing.html.Json;
import org.briefing.lang.Messages;

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
                         Map<String, Object> data, Messages messages, String editBase) {
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
        s.put("repo_branch", site.repoBranch());
        s.put("build_date", buildDate);
        s.put("pdf_size", pdfSize);
        Messages messages = Messages.of(site.language());
        s.put("as_of", site.asOf());
        s.put("as_of_human", messages.date(site.asOf()));
        s.put("changes", InformationDates.changes(pages, messages));
        List<Map<String, Object>> all = pages.stream().map(p -> summary(p, messages)).toList();
        List<Map<String, Object>> nav = pages.stream()
                .filter(p -> p.url().chars().filter(c -> c == '/').count() <= 1)
                .map(p -> summary(p, messages)).toList();
        List<Map<String, Object>> src = sources.stream().map(x -> source(x, messages)).toList();
        String editBase = site.repoUrl().isEmpty() ? ""
                : stripSlash(site.repoUrl()) + "/edit/" + site.repoBranch() + "/";
        return new Shared(s, all, nav, src, data, messages, editBase);
    }

    static Map<String, Object> summary(Page p, Messages messages) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", p.front().title());
        m.put("url", p.url());
        m.put("summary", p.front().summary());
        m.put("date", p.front().date());
        m.put("date_human", messages.date(p.front().date()));
        m.put("updated", p.front().updated());
        m.put("weight", p.front().weight());
        m.put("revisions", InformationDates.revisions(p, messages));
        return m;
    }

    /**
     * A source as templates see it: its sources.yaml fields, {@code date_human},
     * {@code accessed_human}, {@code has_url} and {@code grade_meaning} (from the first letter of
     * {@code reliability}, empty when it is not A-F).
     */
    static Map<String, Object> source(Source s, Messages messages) {
        Map<String, Object> m = new HashMap<>(s.fields());
        m.put("date_human", messages.date(s.date()));
        m.put("accessed_human", messages.date(s.accessed()));
        m.put("has_url", s.hasUrl());
        String key = s.reliability().isEmpty() ? "" : "grade." + s.reliability().charAt(0);
        m.put("grade_meaning", messages.has(key) ? messages.text(key) : "");
        return m;
    }

    /** The full data model for one page. {@code extra} adds layout-specific entries (bibliography). */
    public static Map<String, Object> of(Shared shared, Page page, String contentHtml, PageNotes notes, SiteIndex index,
                                         Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(summary(page, shared.messages()));
        p.put("path", page.path());
        p.put("content", TemplateRenderer.markup(contentHtml));
        p.put("is_home", page.url().isEmpty());
        p.put("updated_human", shared.messages().date(page.front().updated()));
        String siteAsOf = (String) shared.site().get("as_of");
        String asOf = page.front().asOf().isEmpty() ? siteAsOf : page.front().asOf();
        p.put("as_of", asOf);
        p.put("as_of_human", shared.messages().date(asOf));
        p.put("as_of_older", InformationDates.older(asOf, siteAsOf));
        p.put("edit_url", shared.editBase().isEmpty() ? "" : shared.editBase() + page.path());
        String base = (String) shared.site().get("base_url");
        p.put("canonical_url", base.isEmpty() ? "" : base + page.url());
        p.put("citation", org.briefing.cite.PageCitation.of((String) shared.site().get("title"),
                (String) shared.site().get("language"), base, page.url(), page.front().title(), page.front().date(),
                page.front().updated(), asOf).plainText());

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
        model.put("cite", TemplateFunctions.cite(notes, index));
        model.put("rel", TemplateFunctions.rel(page.url()));
        model.put("chart", ChartFunction.of(shared.data()));
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
     * ({@code reference.ftlh}) and the pages that cite it (links relative to {@code page}). A
     * reference template that fails is reported to {@code out} and leaves the entry's text empty.
     */
    public static Map<String, Object> bibliography(List<Source> sources, Map<String, List<Page>> citedBy, Page page,
                                                   TemplateRenderer templates, Diagnostics out) {
        TemplateNotes notes = new TemplateNotes(templates);
        Map<String, Source> registry = new HashMap<>();
        sources.forEach(s -> registry.put(s.id(), s));
        // In registry order: the editors arrange sources.yaml for readers (the work first read, then
        // by claimant and date), and the file's order is as deterministic as the ids'.
        List<Map<String, Object>> entries = sources.stream()
                .map(s -> {
                    Map<String, Object> m = source(s, templates.messages());
                    m.put("reference", TemplateRenderer.markup(notes.reference(s, s.chain(registry), page.root(), out)
                            .orElse("")));
                    Optional<String> grade = s.reliability().isEmpty() ? Optional.of("") : notes.grade(s, out);
                    m.put("grade", TemplateRenderer.markup(grade.orElse("")));
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
