package org.briefing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Optional;
import org.briefing.content.Content;
import org.briefing.content.InputFolder;
import org.briefing.content.PortableName;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.html.Html;

/**
 * The files around the pages: {@code .nojekyll}, {@code robots.txt}, {@code sitemap.xml},
 * {@code feed.xml}, the machine-readable {@code data/*.json} and the copied {@code assets/}.
 */
public final class SiteExtras {
    private SiteExtras() {
    }

    public static void write(Output out, SiteConfig site, List<Page> pages, Content content, Path root,
                             XmlTemplates templates, Diagnostics diagnostics) {
        out.write(".nojekyll", "");
        out.write("robots.txt", "User-agent: *\nAllow: /\n" + (site.hasBaseUrl() ? "Sitemap: " + site.baseUrl() + "sitemap.xml\n" : ""));
        if (site.hasBaseUrl()) {
            templates.render("sitemap.ftlx", Sitemap.model(site, pages), diagnostics)
                    .ifPresent(xml -> out.write("sitemap.xml", xml));
            templates.render("feed.ftlx", Feed.model(site, pages), diagnostics)
                    .ifPresent(xml -> out.write("feed.xml", xml));
        }
        DataExport.write(out, content);
        copyAssets(out, root, diagnostics);
    }

    /** The site settings the feed and sitemap templates see as {@code site}. */
    static Map<String, Object> siteModel(SiteConfig site) {
        return Map.of("title", Html.clean(site.title()), "description", Html.clean(site.description()),
                "language", site.language(), "base_url", Html.clean(site.baseUrl()));
    }

    /**
     * Copies templates/assets/ file by file. A symbolic link there may point only inside templates/
     * and never into .git ({@link InputFolder}); any other is an error at the link, not copied.
     */
    private static void copyAssets(Output out, Path root, Diagnostics diagnostics) {
        Path assets = root.resolve("templates/assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        InputFolder.Result templates = InputFolder.of(root, "templates");
        if (templates.folder().isEmpty()) {
            return; // reported when content is loaded
        }
        InputFolder folder = templates.folder().get();
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.sorted().toList()) {
                String rel = assets.relativize(p).toString().replace('\\', '/');
                String shown = "templates/assets/" + rel;
                Optional<String> refusal = Files.isSymbolicLink(p) ? folder.refusal(p)
                        : p.equals(assets) ? Optional.empty() : PortableName.problem(p.getFileName().toString());
                if (refusal.isPresent()) {
                    diagnostics.add(Diagnostic.error(Position.startOf(shown), refusal.get(),
                            Files.isSymbolicLink(p) ? folder.hint() : PortableName.hint()));
                } else if (Files.isRegularFile(p)) {
                    out.write("assets/" + rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Position.startOf("templates/assets"), "cannot copy assets: " + e.getMessage()));
        }
    }
}
