package org.briefing.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.lang.Messages;
import org.briefing.render.MarkdownRenderer;
import org.briefing.render.SiteIndex;
import org.briefing.render.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown in, exact HTML out: one test per citation rule. */
class CitationRenderingTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    /** An empty templates/ folder: the built-in endnotes and reference templates only. */
    @TempDir
    static Path templatesDir;
    private static final Position AT = new Position("s", 1, 1);
    private static final Source NIS = new Source("nis", "Briefing", "NIS", "2024-10-18", "intelligence", "", "", "",
            "", "B", "", AT);
    private static final Source WIRE = new Source("wire", "Story", "Wire", "2024", "news", "", "https://example.org/s",
            "", "https://archive.example.org/s", "", "", AT);
    private static final SiteIndex SITE = new SiteIndex(List.of("nis", "wire"), Map.of());

    private final Diagnostics diagnostics = new Diagnostics();

    private String render(String markdown) {
        Page page = new Page("content/p.md", "p/", new FrontMatter("P", "", "", "", false, "", 0, AT), markdown, 4);
        PageNotes notes = new PageNotes();
        String html = MARKDOWN.render(MARKDOWN.parse(page, diagnostics), SITE, notes, diagnostics);
        return new Endnotes(Map.of("nis", NIS, "wire", WIRE), templates().notesLayout()).resolve(html, notes, "../", diagnostics).orElseThrow().html();
    }

    private static TemplateRenderer templates() {
        try {
            return new TemplateRenderer(templatesDir, Messages.of("en"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> diagnostics() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void singleCitationBecomesMarkerAndNote() {
        assertEquals("""
                <p>Text<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref">1</a></sup>.</p>
                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-labelledby="endnotes-title">
                <h2 id="endnotes-title">Notes</h2>
                <ol>
                <li id="note-1" class="note-source"><span class="backlinks"><a href="#ref-1a" role="doc-backlink" aria-label="Back to citation 1a">&#8617;&#65038;</a></span> <cite>Briefing</cite>. NIS, <time datetime="2024-10-18">18 October 2024</time>. No public link is known. <span class="grade">Reliability: <abbr title="Admiralty grade">B</abbr> (usually reliable).</span> <a class="source-entry" href="../sources/#nis">About this source</a></li>
                </ol>
                </section>
                """, render("Text [@nis]."));
        assertEquals(List.of(), diagnostics());
    }

    @Test
    void headingsNeverTakeTheIdsOfNotesMarkersOrTheEndnotes() {
        assertEquals("""
                <h2 id="note-1-2">Note 1</h2>
                <h2 id="note-1-1">Note 1 1</h2>
                <h2 id="main-1">Main</h2>
                <h2 id="endnotes-1">Endnotes</h2>
                <h2 id="endnotes-title-1">Endnotes title</h2>
                <h2 id="ref-1a-1">Ref 1a</h2>
                <h2 id="notes">Notes</h2>
                <p>Text<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref">1</a></sup> and <a href="#note-1-2">the heading</a>.</p>
                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-labelledby="endnotes-title">
                <h2 id="endnotes-title">Notes</h2>
                <ol>
                <li id="note-1" class="note-source"><span class="backlinks"><a href="#ref-1a" role="doc-backlink" aria-label="Back to citation 1a">&#8617;&#65038;</a></span> <cite>Briefing</cite>. NIS, <time datetime="2024-10-18">18 October 2024</time>. No public link is known. <span class="grade">Reliability: <abbr title="Admiralty grade">B</abbr> (usually reliable).</span> <a class="source-entry" href="../sources/#nis">About this source</a></li>
                </ol>
                </section>
                """, render("""
                ## Note 1
                ## Note 1 1
                ## Main
                ## Endnotes
                ## Endnotes title
                ## Ref 1a
                ## Notes
                Text [@nis] and [the heading](#note-1-2).
                """));
        assertEquals(List.of(), diagnostics());
    }

    @Test
    void sourceWithLinkAndArchiveShowsBoth() {
        String html = render("Text [@wire].");
        assertEquals(true, html.contains("<cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>. Wire, <time datetime=\"2024\">2024</time>. <a href=\"https://archive.example.org/s\" rel=\"noopener noreferrer\">Archived copy</a>. <a class=\"source-entry\""), html);
    }

    @Test
    void locatorGoesIntoTitleAndBesideTheBackLink() {
        String html = render("A [@nis, p. 4] and B [@nis, p. 7].");
        assertEquals("""
                <p>A<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref" title="p. 4">1</a></sup> and B<sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref" title="p. 7">1</a></sup>.</p>""",
                html.substring(0, html.indexOf('\n')));
        assertEquals(true, html.contains("<span class=\"backlinks\"><a href=\"#ref-1a\" role=\"doc-backlink\" aria-label=\"Back to citation 1a\">a</a> <span class=\"locator\">p. 4</span> <a href=\"#ref-1b\" role=\"doc-backlink\" aria-label=\"Back to citation 1b\">b</a> <span class=\"locator\">p. 7</span></span>"), html);
    }

    @Test
    void severalKeysAndPrefixNumberInDocumentOrder() {
        String html = render("One [see @wire; @nis] two [@wire].");
        assertEquals("""
                <p>One<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref">1</a></sup><sup class="noteref"><a href="#note-2" id="ref-2a" role="doc-noteref">2</a></sup> two<sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup>.</p>""",
                html.substring(0, html.indexOf('\n')));
        assertEquals(true, html.contains("aria-label=\"Back to citation 1a\">a</a> <span class=\"locator\">see</span> <a href=\"#ref-1b\""), html);
    }

    @Test
    void codeEscapesAndMailAreNotCitations() {
        assertEquals("""
                <p><code>[@nis]</code> [@nis] [write to a@example.org] <a href="mailto:me@example.org">me@example.org</a></p>
                <pre><code>[@nis]
                </code></pre>
                """, render("`[@nis]` \\[@nis] [write to a@example.org] <me@example.org>\n\n```\n[@nis]\n```\n"));
        assertEquals(List.of(), diagnostics());
    }

    @Test
    void footnotesShareTheNumberingAndMayCite() {
        assertEquals("""
                <p>Claim<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref">1</a></sup> and aside<sup class="noteref"><a href="#note-2" id="ref-2a" role="doc-noteref">2</a></sup>.</p>
                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-labelledby="endnotes-title">
                <h2 id="endnotes-title">Notes</h2>
                <ol>
                <li id="note-1" class="note-source"><span class="backlinks"><a href="#ref-1a" role="doc-backlink" aria-label="Back to citation 1a">a</a> <a href="#ref-1b" role="doc-backlink" aria-label="Back to citation 1b">b</a></span> <cite>Briefing</cite>. NIS, <time datetime="2024-10-18">18 October 2024</time>. No public link is known. <span class="grade">Reliability: <abbr title="Admiralty grade">B</abbr> (usually reliable).</span> <a class="source-entry" href="../sources/#nis">About this source</a></li>
                <li id="note-2" class="note-comment"><span class="backlinks"><a href="#ref-2a" role="doc-backlink" aria-label="Back to citation 2a">&#8617;&#65038;</a></span> Why it matters<sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup>.</li>
                </ol>
                </section>
                """, render("Claim [@nis] and aside[^why].\n\n[^why]: Why it matters [@nis].\n"));
    }

    @Test
    void unknownKeyIsReportedAtTheKeyWithAHint() {
        render("Intro line.\n\nThe figure [@nsi] and [@unknown-thing].");
        assertEquals(List.of(
                "content/p.md:6:13: error: unknown source 'nsi'\n  hint: did you mean 'nis'?",
                "content/p.md:6:24: error: unknown source 'unknown-thing'\n  hint: add it to content/sources.yaml"),
                diagnostics());
    }

    @Test
    void undefinedFootnoteIsAnErrorNotText() {
        String html = render("Text[^nope].");
        assertEquals(List.of("content/p.md:4:5: error: undefined footnote '[^nope]'\n"
                + "  hint: add a line '[^nope]: text of the note' to this page"), diagnostics());
        assertEquals(false, html.contains("[^nope]"), html);
    }

    @Test
    void unusedFootnoteDefinitionIsAWarning() {
        render("Text.\n\n[^spare]: Never called.\n");
        assertEquals(List.of("content/p.md:6:1: warning: footnote '[^spare]' is never referenced\n"
                + "  hint: cite it with [^spare] or delete the definition"), diagnostics());
    }

    @Test
    void backLinkLettersGoPastZ() {
        assertEquals("a", Endnotes.letter(0));
        assertEquals("z", Endnotes.letter(25));
        assertEquals("aa", Endnotes.letter(26));
        assertEquals("ab", Endnotes.letter(27));
    }

    @Test
    void anchorsAreCollected() {
        Page page = new Page("content/p.md", "p/", new FrontMatter("P", "", "", "", false, "", 0, AT), "## Key figures\n", 1);
        assertEquals(Set.of("key-figures"), MARKDOWN.parse(page, diagnostics).anchors());
    }
}
