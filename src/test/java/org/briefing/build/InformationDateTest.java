package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The information date ({@code as_of}) and the change log, through the project's own templates:
 * under every title, in the feed and JSON-LD, a note on an older page, revisions on the page and
 * collected, newest first, on the changes page.
 */
class InformationDateTest {
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build(@TempDir Path root) throws IOException {
        copy(Path.of("templates"), root.resolve("templates"));
        write(root, "content/site.yaml", """
                title: Dated
                description: A dated site.
                as_of: 2026-11-15
                """);
        write(root, "content/index.md", """
                ---
                title: Home
                revisions:
                  - {date: 2026-11-20, note: Bottom line added.}
                ---
                Home.
                """);
        write(root, "content/old.md", """
                ---
                title: Old page
                date: 2026-11-26
                updated: 2026-11-30
                as_of: 2024-10
                revisions:
                  - date: 2026-11-26
                    note: First written.
                  - date: 2026-12-01
                    note: Zelensky's words restored to "claimed".
                ---
                Text.
                """);
        write(root, "content/methodology.md", "---\ntitle: Method\n---\nHow.\n");
        write(root, "content/same.md", """
                ---
                title: Same month
                as_of: 2026-11
                ---
                Text.
                """);
        write(root, "content/changes.md", """
                ---
                title: Changes and corrections
                layout: changes
                ---
                Every substantive change, newest first.
                """);
        site = root.resolve("site");
        result = new Build().run(new BuildOptions(root, site, "https://example.org/d/", null, false, true, null));
    }

    private static String html(String file) throws IOException {
        return Files.readString(site.resolve(file));
    }

    @Test
    void buildsClean() {
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toText).toList());
    }

    @Test
    void theInformationDateStandsUnderEveryTitleApartFromTheWritingDate() throws IOException {
        Document old = Jsoup.parse(html("old/index.html"));
        assertEquals("<p class=\"dates\"><strong class=\"as-of\">Information as of <time datetime=\"2024-10\">October 2024</time>.</strong>"
                + " Written <time datetime=\"2026-11-26\">26 November 2026</time>."
                + " Updated <time datetime=\"2026-11-30\">30 November 2026</time>.</p>",
                old.selectFirst(".page-header .dates").outerHtml());
        for (String page : List.of("index.html", "same/index.html", "changes/index.html", "sources/index.html")) {
            Document d = Jsoup.parse(html(page));
            String expected = page.startsWith("same") ? "Information as of November 2026." : "Information as of 15 November 2026.";
            assertEquals(expected, d.selectFirst(".page-header .dates .as-of").text(), page);
        }
    }

    @Test
    void aPageOlderThanTheSiteSaysSoAndOnlyThatPage() throws IOException {
        assertEquals("<p class=\"stale-note\" role=\"note\">This page's information is current only to October 2024,"
                + " older than the rest of the briefing (15 November 2026): later events may not be reflected here.</p>",
                Jsoup.parse(html("old/index.html")).selectFirst(".stale-note").outerHtml());
        for (String page : List.of("index.html", "same/index.html", "changes/index.html")) {
            assertEquals(0, Jsoup.parse(html(page)).select(".stale-note").size(), page);
        }
    }

    @Test
    void jsonLdAndFeedCarryTheInformationDate() throws IOException {
        String jsonLd = Jsoup.parse(html("old/index.html")).selectFirst("script[type=application/ld+json]").data();
        assertEquals(true, jsonLd.contains(",\"datePublished\":\"2026-11-26\",\"dateModified\":\"2024-10\","), jsonLd);
        String home = Jsoup.parse(html("index.html")).selectFirst("script[type=application/ld+json]").data();
        assertEquals(true, home.contains(",\"dateModified\":\"2026-11-15\","), home);
        String feed = html("feed.xml");
        assertEquals(true, feed.contains("<published>2026-11-26T00:00:00Z</published>\n<updated>2026-11-30T00:00:00Z</updated>\n"
                + "<summary>Information as of October 2024.</summary>\n</entry>"), feed);
    }

    @Test
    void revisionsShowOnTheirPageNewestFirst() throws IOException {
        assertEquals("""
                <section class="revisions" aria-labelledby="revisions">
                 <h2 id="revisions">Revisions</h2>
                 <ul>
                  <li><time datetime="2026-12-01">1 December 2026</time>: Zelensky's words restored to "claimed".</li>
                  <li><time datetime="2026-11-26">26 November 2026</time>: First written.</li>
                 </ul>
                 <p><a href="../changes/">All changes and corrections</a></p>
                </section>""", Jsoup.parse(html("old/index.html")).selectFirst("section.revisions").outerHtml());
    }

    @Test
    void theChangesPageCollectsEveryRevisionNewestFirstWithLinks() throws IOException {
        assertEquals("""
                <ol class="changes">
                 <li><time datetime="2026-12-01">1 December 2026</time>, <a href="../old/">Old page</a>: Zelensky's words restored to "claimed".</li>
                 <li><time datetime="2026-11-26">26 November 2026</time>, <a href="../old/">Old page</a>: First written.</li>
                 <li><time datetime="2026-11-20">20 November 2026</time>, <a href="../">Home</a>: Bottom line added.</li>
                </ol>""", Jsoup.parse(html("changes/index.html")).selectFirst("ol.changes").outerHtml());
    }

    @Test
    void aBareYearIsNotAnInformationDateAndRevisionsAreChecked(@TempDir Path root) throws IOException {
        copy(Path.of("templates"), root.resolve("templates"));
        write(root, "content/site.yaml", "title: T\nas_of: 2026\n");
        write(root, "content/p.md", "---\ntitle: P\nrevisions:\n  - {date: 2026-13-01, note: x}\n  - {note: y}\n---\nText.\n");
        BuildResult r = new Build().run(BuildOptions.check(root));
        assertEquals(List.of(
                "content/p.md:4:12: error: malformed date '2026-13-01' in 'date'\n  hint: write YYYY-MM-DD, YYYY-MM or YYYY",
                "content/p.md:5:5: error: missing required field 'date'",
                "content/site.yaml:2:8: error: 'as_of' needs at least a month, not only '2026'\n"
                        + "  hint: write YYYY-MM-DD or YYYY-MM: the date the information is current to"),
                r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toText).sorted().toList());
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
