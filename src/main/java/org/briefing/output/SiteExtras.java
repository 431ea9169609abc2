package org.briefing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.content.Content;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;

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
        return Map.of("title", site.title(), "description", site.description(), "language", site.language(),
                "base_url", site.baseUrl());
    }

    private static void copyAssets(Output out, Path root, Diagnostics diagnostics) {
        Path assets = root.resolve("templates/assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.sorted().toList()) {
                String rel = assets.relativize(p).toString().replace('\\', '/');
                String shown = "templates/assets/" + rel;
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(realRoot)) {
                    diagnostics.add(Diagnostic.error(Position.startOf(shown), "symbolic link points outside the root"));
                } else if (Files.isRegularFile(p)) {
                    out.write("assets/" + rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Position.startOf("templates/assets"), "cannot copy assets: " + e.getMessage()));
        }
    }
}
