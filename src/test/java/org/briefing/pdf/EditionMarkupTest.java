package org.briefing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The edition as one HTML document: cover, contents, chapters with footnotes, outline. */
class EditionMarkupTest {
    static final String PAGE = """
            <!DOCTYPE html><html><body><header>site menu</header><main id="main">
            <article><h1>Deployment</h1><p>Troops arrived<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref">1</a></sup><sup class="noteref"><a href="#note-2" id="ref-2a" role="doc-noteref">2</a></sup>.
            See the <a href="../methodology/">methodology</a>.</p><h2 id="figures">Figures</h2>
            <p>Again<sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup>.</p></article>
            <section class="endnotes" role="doc-endnotes"><ol>
            <li id="note-1"><span class="backlinks"><a href="#ref-1a" role="doc-backlink">a</a> <a href="#ref-1b" role="doc-backlink">b</a></span> <cite>NIS briefing</cite>. NIS, 2024. <a class="source-entry" href="../sources/#nis">About this source</a></li>
            <li id="note-2"><span class="backlinks"><a href="#ref-2a" role="doc-backlink">&#8617;</a></span> An explanation.</li>
            </ol></section></main><footer>Download PDF</footer></body></html>
            """;

    static Edition edition(String asOf) {
        return new Edition("A briefing", "What is known.", "en", "https://example.org/b/", asOf, "1 December 2025", 1764547200,
                List.of(new Edition.Chapter("Deployment", "deployment/", PAGE),
                        new Edition.Chapter("Methodology", "methodology/", "<main><article><h1>Methodology</h1></article></main>")),
                new Edition.Chapter("Sources", "sources/", "<main><article><h1>Sources</h1><ol class=\"bibliography\"><li id=\"nis\">NIS</li></ol></article></main>"));
    }

    @Test
    void coverShowsTitleSummaryDatesAndAddress() {
        Document doc = EditionMarkup.of(edition("20 November 2024"));
        assertEquals("A briefing What is known. Information current to 20 November 2024 Built 1 December 2025 Online: https://example.org/b/",
                doc.selectFirst(".cover").text());
        assertEquals("A briefing What is known. Built 1 December 2025 Online: https://example.org/b/",
                EditionMarkup.of(edition("")).selectFirst(".cover").text());
    }

    @Test
    void contentsAndOutlineListThePagesThenTheBibliography() {
        Document doc = EditionMarkup.of(edition(""));
        assertEquals("<ol><li><a href=\"#chapter-1\">Deployment</a></li><li><a href=\"#chapter-2\">Methodology</a></li>"
                + "<li><a href=\"#chapter-3\">Sources</a></li></ol>", doc.selectFirst(".toc ol").outerHtml());
        assertEquals("<bookmarks><bookmark name=\"Contents\" href=\"#contents\"></bookmark>"
                + "<bookmark name=\"Deployment\" href=\"#chapter-1\"><bookmark name=\"Figures\" href=\"#chapter-1--figures\"></bookmark></bookmark>"
                + "<bookmark name=\"Methodology\" href=\"#chapter-2\"></bookmark>"
                + "<bookmark name=\"Sources\" href=\"#chapter-3\"></bookmark></bookmarks>", doc.selectFirst("bookmarks").outerHtml());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("A briefing", doc.title());
    }

    @Test
    void notesBecomeFootnotesAtTheirFirstMarkerAndLinksStayInsideThePdf() {
        Document doc = EditionMarkup.of(edition(""));
        assertEquals("<p>Troops arrived<sup class=\"noteref\"><a href=\"#chapter-1--note-1\" id=\"chapter-1--ref-1a\" role=\"doc-noteref\">1</a></sup>"
                + "<span class=\"footnote\" id=\"chapter-1--note-1\"><span class=\"footnote-number\">1. </span> <cite>NIS briefing</cite>. NIS, 2024. "
                + "<a class=\"source-entry\" href=\"#chapter-3--nis\">About this source</a></span>"
                + "<sup class=\"noteref\">,<a href=\"#chapter-1--note-2\" id=\"chapter-1--ref-2a\" role=\"doc-noteref\">2</a></sup>"
                + "<span class=\"footnote\" id=\"chapter-1--note-2\"><span class=\"footnote-number\">2. </span> An explanation.</span>.\n"
                + "See the <a href=\"#chapter-2\">methodology</a>.</p>", doc.selectFirst("#chapter-1 p").outerHtml());
        assertEquals(List.of(), doc.select("#chapter-1 [role=doc-endnotes], #chapter-1 header, #chapter-1 footer").eachText());
        assertEquals("Deployment", doc.selectFirst("#chapter-1 .running-title").text());
    }
}
