package org.briefing.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.briefing.cite.Endnotes;
import org.briefing.content.Content;
import org.briefing.content.ContentLoader;
import org.briefing.content.FactFile;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.SpecialPages;
import org.briefing.content.Source;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.lang.Messages;
import org.briefing.output.LinkScan;
import org.briefing.output.Output;
import org.briefing.output.SiteExtras;
import org.briefing.output.SiteWriter;
import org.briefing.render.FactData;
import org.briefing.render.MarkdownRenderer;
import org.briefing.render.PageModel;
import org.briefing.render.SiteIndex;
import org.briefing.render.TemplateRenderer;
import org.briefing.validate.FactSources;
import org.briefing.validate.SchemaValidator;

/**
 * The whole pipeline, top to bottom: load -> validate -> render -> write. Holds only immutable,
 * thread-safe parts (parsers, validators), so one instance can run many builds.
 */
public final class Build {
    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ContentLoader loader = new ContentLoader(yaml);
    private final SchemaValidator schemas = new SchemaValidator();

    public BuildResult run(BuildOptions options) {
        return run(options, state -> { });
    }

    /** Runs a build; when it wrote the site, hands what it built to {@code keep} (for incremental rebuilds). */
    BuildResult run(BuildOptions options, java.util.function.Consumer<SiteState> keep) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            return run(options, diagnostics, keep);
        } catch (RuntimeException | StackOverflowError e) {
            // Content must never crash the build: a bug found by odd input is still one error line.
            diagnostics.add(Diagnostic.error(Position.startOf("content"), "internal error: " + e,
                    "please report this with the input that caused it"));
            return new BuildResult(diagnostics.sorted(), 0, false);
        }
    }

    private BuildResult run(BuildOptions options, Diagnostics diagnostics, java.util.function.Consumer<SiteState> keep) {
        Path root = options.root().toAbsolutePath().normalize();

        // 1. Load: every input file parsed once, with positions.
        Content content = loader.load(root, diagnostics);
        SiteConfig site = content.site();
        if (options.baseUrl() != null) {
            site = site.withBaseUrl(options.baseUrl());
        }
        if (options.repoUrl() != null) {
            site = site.withRepoUrl(options.repoUrl());
        }

        // 2. Validate what does not need rendering: facts against their schemas and sources.
        List<String> sourceIds = content.sources().stream().map(Source::id).sorted().toList();
        for (FactFile fact : content.facts()) {
            diagnostics.addAll(schemas.validate(root, fact));
            diagnostics.addAll(FactSources.check(fact, sourceIds));
        }
        if (!site.hasBaseUrl()) {
            diagnostics.add(Diagnostic.warning(Position.startOf("content/site.yaml"),
                    "no base_url: feed.xml, sitemap.xml and canonical links are left out",
                    "set base_url in site.yaml or pass --base-url"));
        }
        TemplateRenderer templates = openTemplates(root, Messages.of(site.language()), diagnostics);
        if (templates == null) {
            return new BuildResult(diagnostics.sorted(), 0, false);
        }

        // 3. Render: index what links may point at, then parse, render and write pages in parallel.
        List<Page> pages = content.pages().stream()
                .filter(p -> options.drafts() || !p.front().draft())
                .filter(p -> !p.url().equals(SpecialPages.BIBLIOGRAPHY_URL))
                .sorted(NAV_ORDER).toList();
        Page bibliographyPage = SpecialPages.bibliography(content.pages(), templates.messages());
        SiteIndex index = index(sourceIds, pages, content.pages(), bibliographyPage);
        Map<String, Object> data = new TreeMap<>();
        content.facts().forEach(f -> data.put(f.name(), FactData.toPlain(f.document().root())));
        PageModel.Shared shared = PageModel.shared(site, buildDate(options.sourceDateEpoch()), pages,
                content.sources(), data);
        Map<String, Source> sourcesById = new HashMap<>();
        content.sources().forEach(s -> sourcesById.put(s.id(), s));
        PagePipeline pipeline = new PagePipeline(markdown, templates, shared, index, new Endnotes(sourcesById, templates.notesLayout()));

        SiteWriter writer = options.write() ? openWriter(root, options.out(), diagnostics) : null;
        if (options.write() && writer == null) {
            return new BuildResult(diagnostics.sorted(), 0, false);
        }
        LinkScan output = new LinkScan(writer != null ? writer : Output.NONE);
        // Each page is parsed, rendered and written in one go and only its cited sources are kept
        // (null for a page that failed), so memory holds the pages in flight, not every page's
        // tree and HTML at once.
        List<List<String>> cited = IntStream.range(0, pages.size()).parallel().mapToObj(i -> {
            Page page = pages.get(i);
            String layout = PagePipeline.layoutOf(page, templates, diagnostics);
            RenderedPage r = layout == null ? null
                    : pipeline.render(markdown.parse(page, diagnostics), layout, Map.of(), diagnostics);
            if (r == null) {
                return (List<String>) null;
            }
            output.writePage(page.outputFile(), r.html(), page.path());
            return r.cited();
        }).toList();

        // The bibliography needs to know who cites what, so it comes last.
        Map<String, List<Page>> citedBy = CitedBy.of(pages, cited);
        if (cited.stream().allMatch(java.util.Objects::nonNull)) {
            // A page that failed to render cites nothing, so "never cited" would be a false alarm.
            CitedBy.warnUncited(content, citedBy, diagnostics);
        }
        RenderedPage bibliography = renderSpecial(pipeline, templates, bibliographyPage, "sources",
                PageModel.bibliography(content.sources(), citedBy, bibliographyPage, templates, diagnostics), diagnostics);
        RenderedPage notFound = renderSpecial(pipeline, templates, SpecialPages.notFound(templates.messages()), "404",
                Map.of("root", site.hasBaseUrl() ? site.baseUrl() : "./"), diagnostics);
        if (bibliography != null) {
            output.writePage(bibliography.page().outputFile(), bibliography.html(), "templates/sources.ftlh");
        }
        if (notFound != null) {
            output.writePage("404.html", notFound.html(), "templates/404.ftlh");
        }
        SiteExtras.write(output, site, pages, content, root, templates::render, diagnostics);
        if (!diagnostics.hasErrors()) {
            diagnostics.addAll(output.check(root)); // Pages that failed would only add noise here.
        }

        // 4. Write: swap the finished site into place only if nothing went wrong.
        boolean written = false;
        if (writer != null) {
            written = commit(writer, diagnostics);
        }
        BuildResult result = new BuildResult(diagnostics.sorted(), pages.size() + 1, written);
        if (written) {
            keep.accept(new SiteState(root, options.out().toAbsolutePath().normalize(), content, pages, bibliographyPage,
                    templates, pipeline, cited, output, result));
        }
        return result;
    }

    MarkdownRenderer markdown() {
        return markdown;
    }

    ContentLoader loader() {
        return loader;
    }

    /** Navigation order: weight, then title, then path, so it never depends on chance. */
    static final Comparator<Page> NAV_ORDER = Comparator.<Page>comparingInt(p -> p.front().weight())
            .thenComparing(p -> p.front().title())
            .thenComparing(Page::path);

    RenderedPage renderSpecial(PagePipeline pipeline, TemplateRenderer templates, Page page, String layout,
                                       Map<String, Object> extra, Diagnostics diagnostics) {
        String chosen = templates.hasLayout(layout) ? layout : "page";
        return pipeline.render(markdown.parse(page, diagnostics), chosen, extra, diagnostics);
    }

    /**
     * Link targets: every page by path. A page's heading ids are worked out only when a link
     * names one of them (then once), as most pages are never linked with a fragment.
     */
    private SiteIndex index(List<String> sourceIds, List<Page> built, List<Page> all, Page bibliography) {
        Map<String, SiteIndex.Target> targets = new HashMap<>();
        for (Page p : built) {
            targets.put(p.path(), SiteIndex.Target.lazy(p.url(), () -> markdown.parse(p, new Diagnostics()).anchors()));
        }
        for (Page p : all) {
            targets.putIfAbsent(p.path(), new SiteIndex.Target(p.url(), java.util.Set::of));
        }
        // [the NIS briefing](sources.md#nis-briefing-2024-10-18) links a bibliography entry, whether or
        // not content/sources.md exists: its ids are the source ids, besides its own headings.
        targets.put(bibliography.path(), SiteIndex.Target.lazy(bibliography.url(), () -> {
            java.util.Set<String> ids = new java.util.HashSet<>(sourceIds);
            ids.addAll(markdown.parse(bibliography, new Diagnostics()).anchors());
            return ids;
        }));
        return new SiteIndex(sourceIds, targets);
    }

    private static TemplateRenderer openTemplates(Path root, Messages messages, Diagnostics diagnostics) {
        Path dir = root.resolve("templates");
        if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.error("templates", 1, 1, "no templates/ folder under the root"));
            return null;
        }
        try {
            TemplateRenderer t = new TemplateRenderer(dir, messages);
            if (!t.hasLayout("page")) {
                diagnostics.add(Diagnostic.error("templates/page.ftlh", 1, 1, "missing the default layout templates/page.ftlh"));
                return null;
            }
            return t;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("templates", 1, 1, "cannot read templates/: " + e.getMessage()));
            return null;
        }
    }

    private static SiteWriter openWriter(Path root, Path out, Diagnostics diagnostics) {
        var refusal = SiteWriter.refusal(root, out);
        if (refusal.isPresent()) {
            diagnostics.add(Diagnostic.error(relative(root, out), 1, 1, refusal.get()));
            return null;
        }
        try {
            return SiteWriter.open(out);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(relative(root, out), 1, 1, "cannot prepare the output folder: " + e.getMessage()));
            return null;
        }
    }

    private static boolean commit(SiteWriter writer, Diagnostics diagnostics) {
        if (diagnostics.hasErrors()) {
            writer.abandon();
            return false;
        }
        if (writer.failure().isPresent()) {
            writer.abandon();
            diagnostics.add(Diagnostic.error("site", 1, 1, writer.failure().get()));
            return false;
        }
        try {
            writer.commit();
            return true;
        } catch (IOException e) {
            writer.abandon();
            diagnostics.add(Diagnostic.error("site", 1, 1, "cannot move the new site into place: " + e.getMessage()));
            return false;
        }
    }

    private static String relative(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.equals(root) || abs.getFileName() == null) {
            return ".";
        }
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.getFileName().toString();
    }

    /** SOURCE_DATE_EPOCH as an ISO date, or "" when unset, so no wall-clock time reaches the output. */
    static String buildDate(String epoch) {
        if (epoch == null || epoch.isBlank()) {
            return "";
        }
        try {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.strip())).toString().substring(0, 10);
        } catch (RuntimeException e) {
            return "";
        }
    }

}
