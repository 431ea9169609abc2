package org.briefing.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own endnotes.ftlh, reference.ftlh and sitemap.ftlx replace the built-in ones. */
class TemplateOverrideTest {

    private static Path site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: T\nbase_url: https://example.org/t/\n");
        Files.writeString(dir.resolve("content/sources.yaml"), """
                - id: wire
                  title: Story
                  publisher: Wire
                  author: A. Writer
                  date: 2024-10
                  kind: news
                  url: https://example.org/s
                  accessed: 2024-11-02
                  reliability: C
                """);
        Files.writeString(dir.resolve("content/index.md"), "---\ntitle: Home\n---\nShells [see @wire, p. 2] and more [@wire].\n");
        Files.writeString(dir.resolve("templates/page.ftlh"), "<main id=\"main\">${page.content}${endnotes}</main>\n");
        return dir;
    }

    @Test
    void theSitesOwnTemplatesWin(@TempDir Path dir) throws IOException {
        site(dir);
        // The examples of the templates documentation, as written there.
        Files.writeString(dir.resolve("templates/endnotes.ftlh"), """
                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-label="${msg.notes}">
                <ol>
                <#list notes as n>
                <li id="note-${n.number}"><#list n.calls as c><a href="#ref-${c.label}" role="doc-backlink" aria-label="${msg("back_to_citation", c.label)}">^${c.letter}</a> </#list>${n.body}</li>
                </#list>
                </ol>
                </section>
                """);
        Files.writeString(dir.resolve("templates/reference.ftlh"), """
                <#macro reference source root>
                <#if source.author?has_content>${source.author} </#if>(${source.date?keep_before("-")}). <cite>${source.title}</cite>. ${source.publisher}.<#if source.has_url> <a href="${source.url}">${source.url}</a></#if> <a href="${root}sources/#${source.id}">${msg.about_this_source}</a><#rt>
                </#macro>
                <#macro grade source>${source.reliability}</#macro>
                """);
        Files.writeString(dir.resolve("templates/sitemap.ftlx"), """
                <urlset><#list urls as u><url>${u.loc}</url></#list></urlset>
                """);
        BuildResult result = new Build().run(BuildOptions.build(dir, dir.resolve("site")));
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        assertEquals("""
                <main id="main"><p>Shells<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref" title="p. 2">1</a></sup> and more<sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup>.</p>
                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-label="Notes">
                <ol>
                <li id="note-1"><a href="#ref-1a" role="doc-backlink" aria-label="Back to citation 1a">^a</a> <a href="#ref-1b" role="doc-backlink" aria-label="Back to citation 1b">^b</a> A. Writer (2024). <cite>Story</cite>. Wire. <a href="https://example.org/s">https://example.org/s</a> <a href="./sources/#wire">About this source</a></li>
                </ol>
                </section>
                </main>
                """, Files.readString(dir.resolve("site/index.html")));
        assertEquals("<urlset><url>https://example.org/t/</url><url>https://example.org/t/sources/</url></urlset>\n",
                Files.readString(dir.resolve("site/sitemap.xml")));
    }

    @Test
    void aMistakeInAnOverrideIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        site(dir);
        Files.writeString(dir.resolve("templates/endnotes.ftlh"), "<ol>\n<#list notes as n><li>${n.nmber}</li></#list>\n</ol>\n");
        Files.writeString(dir.resolve("templates/feed.ftlx"), "<feed>${msg.no_such_word}</feed>\n");
        BuildResult result = new Build().run(BuildOptions.build(dir, dir.resolve("site")));
        assertEquals(List.of(
                "templates/endnotes.ftlh:2:25: error: 'n.nmber' is missing or null\n"
                        + "  hint: write ${x!} or <#if x??>...</#if> where a value may be absent",
                "templates/feed.ftlx:1:9: error: 'msg.no_such_word' is missing or null\n"
                        + "  hint: write ${x!} or <#if x??>...</#if> where a value may be absent"),
                result.diagnostics().stream().map(Diagnostic::toText).toList());
    }
}
