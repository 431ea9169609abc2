package org.briefing.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.briefing.check.PageChecks;
import org.briefing.cite.Endnotes;
import org.briefing.content.Content;
import org.briefing.content.ContentChanged;
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
import org.briefing.render.FactData;
import org.briefing.render.FactIndex;
import org.briefing.render.MarkdownRenderer;
import org.briefing.render.PageModel;
import org.briefing.render.SiteIndex;
import org.briefing.render.TemplateRenderer;
import org.briefing.search.IndexState;
import org.briefing.search.SearchDocs;
import org.briefing.search.SearchIndex;
import org.briefing.validate.FactSources;

/**
 * The one pipeline, top to bottom: load -> validate -> per-page step -> assemble -> write. A full
 * {@code build}, {@code check} (no write) and every rebuild of the preview run this same code; a
 * rebuild differs only in the {@link PageCache} it brings (results of pages whose inputs did not
 * change are reused) and in where it writes. Holds only immutable, thread-safe parts, so one
 * instance can run many builds. Usage: {@code new Build().run(BuildOptions.build(root, out))}.
 */
public final class Build {
    /** The per-page checks every build runs; a new check goes here. */
    static final List<PageCheck> CHECKS = List.of(PageChecks::check);

    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ContentLoader loader = new ContentLoader(yaml);

    /** Builds (or checks) with the cache the options name. */
    public BuildResult run(BuildOptions options) {
        PageCache cache = options.cache().map(PageCache::onDisk).orElseGet(PageCache::none);
        Path root = options.root().toAbsolutePath().normalize();
        // Made before the page files are looked at, and they before any is read (see PageDigests).
        PageDigests digests = options.cache().map(dir -> PageDigests.onDisk(dir, Generator.fingerprint()))
                .orElseGet(PageDigests::new);
        Diagnostics loading = new Diagnostics();
        // A page file unchanged since the last build is not read: its body only if it is rendered.
        // The content is read while the output is opened (which looks at every file of the spare
        // site it stages in): the two share nothing.
        java.util.concurrent.CompletableFuture<Content> loaded = Background.supply("load",
                () -> loader.load(root, loading, digests));
        Diagnostics opening = new Diagnostics();
        Optional<SiteTarget> target = Optional.empty();
        Content content;
        try {
            target = SiteTarget.open(options, opening);
            content = Background.joined(loaded);
        } catch (RuntimeException | Error e) {
            target.ifPresent(SiteTarget::abandon);
            loaded.exceptionally(x -> null).join(); // nothing of this build goes on behind its failure
            throw e;
        }
        loading.addAll(opening.sorted());
        if (options.write() && target.isEmpty()) {
            return BuildResult.failed(loading.sorted());
        }
        BuildResult result = run(options, content, loading.sorted(), cache, target, digests);
        if (!result.hasErrors()) {
            digests.save();
        }
        return result;
    }

    /**
     * The pipeline from loaded content: {@code loadDiagnostics} are the loader's findings,
     * {@code target} where the site goes (empty: check only, or the output could not be opened,
     * which {@code loadDiagnostics} then says).
     */
    BuildResult run(BuildOptions options, Content content, List<Diagnostic> loadDiagnostics, PageCache cache,
                    Optional<SiteTarget> target, PageDigests digests) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loadDiagnostics);
        try {
            return pipeline(options, content, cache, target, digests, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // Content must never crash the build: a bug found by odd input is still one error line.
            target.ifPresent(SiteTarget::abandon);
            Optional<ContentChanged> changed = ContentChanged.in(e);
            if (changed.isPresent()) {
                diagnostics.add(Diagnostic.error(Position.startOf(changed.get().path()), "changed while the build was reading it",
                        "build again once it is saved"));
                return BuildResult.failed(diagnostics.sorted());
            }
            diagnostics.add(Diagnostic.error(Position.startOf("content"), "internal error: " + e,
                    "please report this with the input that caused it"));
            return BuildResult.failed(diagnostics.sorted());
        }
    }

    private BuildResult pipeline(BuildOptions options, Content content, PageCache cache, Optional<SiteTarget> target,
                                 PageDigests digests, Diagnostics diagnostics) {
        Path root = options.root().toAbsolutePath().normalize();
        SiteConfig site = options.apply(content.site());
        // What the last search index was made from, read while the pages are.
        java.util.concurrent.CompletableFuture<Optional<IndexState>> lastIndex = Background.supply("search-state", cache::searchIndex);

        // 2. Validate what needs no rendering: facts against schemas and sources, settings, outputs.
        List<String> sourceIds = content.sources().stream().map(Source::id).sorted().toList();
        for (FactFile fact : content.facts()) {
            diagnostics.addAll(FactSources.check(fact, sourceIds)); // (their schemas were checked as they loaded)
        }
        if (!site.hasBaseUrl()) {
            diagnostics.add(Diagnostic.warning(Position.startOf("content/site.yaml"),
                    "no base_url: feed.xml, sitemap.xml and canonical links are left out",
                    "set base_url in site.yaml or pass --base-url"));
        }
        List<Page> pages = content.pages().stream()
                .filter(p -> options.drafts() || !p.front().draft())
                .filter(p -> !p.url().equals(SpecialPages.BIBLIOGRAPHY_URL))
                .sorted(NAV_ORDER).toList();
        Messages messages = Messages.of(site.language());
        Page bibliographyPage = SpecialPages.bibliography(content.pages(), messages);
        OutputPlan plan = Assembly.plan(pages, bibliographyPage, site, content);
        diagnostics.addAll(plan.problems());
        Optional<TemplateRenderer> opened = openTemplates(root, messages, diagnostics);
        if (opened.isEmpty()) {
            target.ifPresent(SiteTarget::abandon);
            return BuildResult.failed(diagnostics.sorted());
        }
        TemplateRenderer templates = opened.get();

        // 3. Per page: reuse what the cache holds for the same inputs, render the rest in parallel.
        String buildDate = options.buildDate();
        PageKeys keys = PageKeys.of(Generator.fingerprint(), options, site, buildDate, content, pages,
                root.resolve("templates"), digests);
        List<String> pageKeys = pages.stream().map(keys::key).toList();
        PageResult[] results = new PageResult[pages.size()];
        // Where a result came from the cache without its searchable parts, read again for the index.
        boolean[] searchInCache = new boolean[pages.size()];
        Map<String, Set<String>> knownAnchors = new ConcurrentHashMap<>();
        // Without a PDF edition to make, a cached page's HTML is read only when it is written.
        boolean lazyHtml = !options.writesPdf();
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            Optional<PageResult> hit = lazyHtml ? cache.getWithoutHtml(pageKeys.get(i)) : cache.get(pageKeys.get(i));
            if (hit.isPresent()) {
                results[i] = hit.get();
                searchInCache[i] = lazyHtml;
                knownAnchors.put(pages.get(i).path(), hit.get().anchors());
            }
        });
        SiteIndex index = index(sourceIds, pages, content.pages(), bibliographyPage, knownAnchors,
                FactIndex.of(content.facts(), messages, diagnostics));
        for (int i = 0; i < pages.size(); i++) {
            if (results[i] != null && !keys.stillValid(results[i], p -> anchorsOf(index, p))) {
                results[i] = null; // something it read of another page or a source changed
            }
        }
        Map<String, Object> data = new TreeMap<>();
        content.facts().forEach(f -> FactData.toPlain(f.root()).ifPresent(plain -> data.put(f.name(), plain)));
        PageModel.Shared shared = PageModel.shared(site, buildDate, options.writesPdf() ? PdfStep.SIZE_TOKEN : "",
                pages, content.sources(), data);
        Map<String, Source> sourcesById = new HashMap<>();
        content.sources().forEach(s -> sourcesById.put(s.id(), s));
        PageStep step = new PageStep(markdown, templates, shared, index, new Endnotes(sourcesById, templates.notesLayout()), content, CHECKS, keys,
                options.offline());
        SiteTarget out = target.orElse(SiteTarget.NONE);
        // Each page is rendered and written in one go, on as many threads as there are cores.
        Set<String> rendered = ConcurrentHashMap.newKeySet();
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            PageResult r = results[i];
            // A cache hit read without its HTML is read again only if the site being made lacks it.
            boolean held = r != null && lazyHtml && !r.failed() && out.holds(r);
            if (r != null && lazyHtml && !r.failed() && !held) {
                r = cache.html(pageKeys.get(i)).map(r::withHtml).orElse(null); // or gone since: rendered again
            }
            boolean fresh = r == null;
            if (fresh) {
                searchInCache[i] = false;
                r = step.run(pages.get(i));
                cache.put(pageKeys.get(i), r);
                rendered.add(r.path());
            }
            if (!r.failed() && !held) {
                out.page(r, pageKeys.get(i), fresh);
            }
            // Once written, a page's HTML is needed again only by the PDF edition: without one, the
            // rest of the build keeps what the assemble step reads, not 10,000 pages of HTML.
            results[i] = options.writesPdf() ? r : r.withoutHtml();
        });
        List<PageResult> all = List.of(results);
        all.forEach(r -> diagnostics.addAll(r.diagnostics()));

        // 4. Assemble: what needs every page (bibliography, feed, sitemap, data, link check).
        Assembly assembly = new Assembly(root, site, content, pages, bibliographyPage, templates, step, options.offline());
        // The PDF edition comes last, from the written pages, when the options ask for it.
        Set<String> pdfKeys = ConcurrentHashMap.newKeySet(); // its settled chapters' entries in the cache
        Optional<Function<PageResult, AssembleStep>> pdf = options.writesPdf()
                ? Optional.of(bibliography -> new PdfStep(options, out, bibliography, new PdfChapters(cache, pdfKeys)))
                : Optional.empty();
        // A cached page's searchable parts come from the cache (or, gone since, from its render again).
        IntFunction<SearchDocs> searchOf = i -> !searchInCache[i] ? all.get(i).search()
                : cache.search(pageKeys.get(i)).orElseGet(() -> step.run(pages.get(i)).search());
        // A page's parts as the last index took them: from its cache entry, if that still holds the same HTML.
        SearchIndex.Recall recall = (key, htmlId) -> cache.getWithoutHtml(key).filter(r -> r.htmlId().equals(htmlId))
                .flatMap(r -> cache.search(key));
        IndexState searchIndex = assembly.run(all, new SearchStep.Inputs(searchOf, pageKeys::get,
                () -> Background.joined(lastIndex), recall), out, diagnostics, pdf);
        // Kept for the next build while this one commits: it names pages by what they hold, so it is right
        // whether or not this build succeeds.
        java.util.concurrent.CompletableFuture<Void> keeping = Background.supply("search-state", () -> {
            cache.keepSearchIndex(searchIndex);
            return null;
        });

        // 5. Write: swap the finished site into place only if nothing went wrong.
        boolean written = out != SiteTarget.NONE && out.commit(diagnostics);
        if (cache.enabled() && !diagnostics.hasErrors()) {
            Set<String> live = new java.util.HashSet<>(pageKeys);
            live.addAll(pdfKeys);
            cache.retain(live);
        }
        Background.joined(keeping);
        return new BuildResult(diagnostics.sorted(), pages.size() + 1, written, rendered.stream().sorted().toList());
    }

    /** Navigation order: weight, then title, then path, so it never depends on chance. */
    static final Comparator<Page> NAV_ORDER = Comparator.<Page>comparingInt(p -> p.front().weight())
            .thenComparing(p -> p.front().title())
            .thenComparing(Page::path);

    private static Set<String> anchorsOf(SiteIndex index, String path) {
        SiteIndex.Target t = index.pages().get(path);
        return t == null ? null : t.anchors();
    }

    /**
     * Link targets: every page by path. A page's heading ids come from its cached result when there
     * is one, else they are worked out when a link first names one of them (most pages are never
     * linked with a fragment).
     */
    private SiteIndex index(List<String> sourceIds, List<Page> built, List<Page> all, Page bibliography,
                            Map<String, Set<String>> known, FactIndex facts) {
        Map<String, SiteIndex.Target> targets = new HashMap<>();
        for (Page p : built) {
            targets.put(p.path(), SiteIndex.Target.lazy(p.url(), () -> known.computeIfAbsent(p.path(),
                    k -> markdown.parse(p, new Diagnostics()).anchors())));
        }
        for (Page p : all) {
            targets.putIfAbsent(p.path(), new SiteIndex.Target(p.url(), Set::of));
        }
        // [the NIS briefing](sources.md#nis-briefing-2024-10-18) links a bibliography entry, whether or
        // not content/sources.md exists: its ids are the source ids, besides its own headings.
        targets.put(bibliography.path(), SiteIndex.Target.lazy(bibliography.url(), () -> {
            Set<String> ids = new java.util.HashSet<>(sourceIds);
            ids.addAll(markdown.parse(bibliography, new Diagnostics()).anchors());
            return ids;
        }));
        return new SiteIndex(sourceIds, targets, facts);
    }

    private static Optional<TemplateRenderer> openTemplates(Path root, Messages messages, Diagnostics diagnostics) {
        Path dir = root.resolve("templates");
        if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.error("templates", 1, 1, "no templates/ folder under the root"));
            return Optional.empty();
        }
        try {
            TemplateRenderer t = new TemplateRenderer(dir, messages);
            if (!t.hasLayout("page")) {
                diagnostics.add(Diagnostic.error("templates/page.ftlh", 1, 1, "missing the default layout templates/page.ftlh"));
                return Optional.empty();
            }
            return Optional.of(t);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("templates", 1, 1, "cannot read templates/: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
