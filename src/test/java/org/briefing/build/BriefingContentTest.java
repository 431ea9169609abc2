package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real briefing in content/: builds clean, every page renders, every claim is cited. */
class BriefingContentTest {
    static final Path ROOT = Path.of(".");
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build(@TempDir Path tmp) {
        site = tmp.resolve("site");
        result = new Build().run(new BuildOptions(ROOT, site, "https://example.org/briefing/", null, false, true, null));
    }

    @Test
    void buildsWithoutErrorsAndEveryFactCitesAKnownSource() {
        List<String> problems = result.diagnostics().stream()
                .filter(d -> d.isError() || !d.message().startsWith("no base_url")).map(Diagnostic::toText).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageRenders() throws IOException {
        try (Stream<Path> md = Files.walk(ROOT.resolve("content"))) {
            for (Path p : md.filter(f -> f.toString().endsWith(".md")).toList()) {
                String rel = ROOT.resolve("content").relativize(p).toString().replace('\\', '/');
                String name = rel.substring(0, rel.length() - 3);
                Path out = name.equals("index") ? site.resolve("index.html") : site.resolve(name + "/index.html");
                assertTrue(Files.exists(out), "no output for " + rel);
                Document doc = Jsoup.parse(out.toFile());
                assertEquals(1, doc.select("h1").size(), rel + " has one h1");
            }
        }
        for (String page : List.of("deployment", "shipments", "reactions", "timeline", "methodology", "contribute", "sources")) {
            assertTrue(Files.exists(site.resolve(page + "/index.html")), page);
        }
    }

    @Test
    void everyParagraphOfTheArgumentPagesCarriesACitation() throws IOException {
        for (String page : List.of("index.html", "deployment/index.html", "shipments/index.html", "reactions/index.html")) {
            Document doc = Jsoup.parse(site.resolve(page).toFile());
            for (Element p : doc.select("main article p:not(.summary):not(.dates), main article li:not(.endnotes li)")) {
                if (p.closest("section.endnotes") != null || p.closest("header") != null || p.text().length() < 80) {
                    continue;
                }
                boolean cited = !p.select("a[role=doc-noteref]").isEmpty();
                // A paragraph that only sends the reader to another page of the briefing needs no source.
                boolean pointsOn = !p.select("a[href]:not([role]):not([href^=http])").isEmpty();
                assertTrue(cited || pointsOn, page + ": uncited paragraph: " + p.text());
            }
        }
    }

    @Test
    void contestedTroopFigureShowsEveryValueWithItsClaimant() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        String table = home.select("table.figures").first().text();
        for (String value : List.of("1,500", "12,000", "10,000")) {
            assertTrue(table.contains(value), "missing " + value + " in " + table);
        }
        assertTrue(table.contains("South Korean media"), table);
        assertTrue(table.contains("Zelensky"), table);
        assertFalse(home.select("table.figures a[role=doc-noteref]").isEmpty(), "figures are cited");
    }

    @Test
    void hedgesOfTheSourceSurvive() throws IOException {
        String all;
        try (Stream<Path> pages = Files.walk(site)) {
            all = pages.filter(p -> p.toString().endsWith(".html")).map(p -> {
                try {
                    return Jsoup.parse(p.toFile()).text();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (String hedge : List.of("reportedly", "purportedly", "if true", "estimated")) {
            assertTrue(all.contains(hedge), "hedge '" + hedge + "' is gone");
        }
    }

    @Test
    void noSourceHasAnInventedLink() throws IOException {
        String sources = Files.readString(ROOT.resolve("content/sources.yaml"));
        assertFalse(sources.contains("url:"), "the seed material gives no links; none may be invented");
        Document bib = Jsoup.parse(site.resolve("sources/index.html").toFile());
        assertTrue(bib.text().contains("No public link is known."));
    }

    @Test
    void factsAreExportedAndLinkedFromTheMethodology() throws IOException {
        Set<String> exported;
        try (Stream<Path> files = Files.list(site.resolve("data"))) {
            exported = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of("deployment.json", "shipments.json", "reactions.json", "timeline.json", "sources.json"), exported);
        Document methodology = Jsoup.parse(site.resolve("methodology/index.html").toFile());
        for (String f : exported) {
            assertFalse(methodology.select("a[href$=data/" + f + "]").isEmpty(), "methodology links " + f);
        }
    }
}
