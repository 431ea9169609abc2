package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineLinksTest {

    @Test
    void folderLinksEndInIndexHtmlAndEverythingElseStays() {
        String page = """
                <a href="./">home</a> <a href="../">up</a> <a href="deployment/">d</a>
                <a href="../sources/#nis-briefing">s</a> <a href="./#main">top</a> <a href="#note-1">n</a>
                <form action="../search/" hidden></form> <a href="search/?q=x">q</a>
                <link rel="stylesheet" href="../assets/site.css"> <script src="../search/search.js"></script>
                <a href="https://example.org/a/">ext</a> <a href="mailto:x@example.org">m</a> <a href="cite.bib">c</a>
                <p data-href="x/">words</p>""";
        assertEquals("""
                <a href="./index.html">home</a> <a href="../index.html">up</a> <a href="deployment/index.html">d</a>
                <a href="../sources/index.html#nis-briefing">s</a> <a href="./index.html#main">top</a> <a href="#note-1">n</a>
                <form action="../search/index.html" hidden></form> <a href="search/index.html?q=x">q</a>
                <link rel="stylesheet" href="../assets/site.css"> <script src="../search/search.js"></script>
                <a href="https://example.org/a/">ext</a> <a href="mailto:x@example.org">m</a> <a href="cite.bib">c</a>
                <p data-href="x/">words</p>""",
                OfflineLinks.rewrite(page));
    }

    @Test
    void pageAddressesForTheSearchIndex() {
        assertEquals("index.html", OfflineLinks.page(""));
        assertEquals("deployment/index.html", OfflineLinks.page("deployment/"));
        assertEquals("a/b/index.html", OfflineLinks.page("a/b/"));
    }

    @Test
    void theLinkScanAcceptsOfflineLinksAndStillReportsBrokenOnes() {
        Map<String, String> written = new HashMap<>();
        LinkScan scan = new LinkScan((path, bytes) -> written.put(path, new String(bytes)));
        scan.writePage("index.html", OfflineLinks.rewrite("<main id=\"main\"><a href=\"deployment/#figures\">d</a></main>"),
                "content/index.md");
        scan.writePage("deployment/index.html", OfflineLinks.rewrite("<h2 id=\"figures\">F</h2><a href=\"../\">home</a>"
                + "<a href=\"../missing/\">gone</a>"), "content/deployment.md");
        assertEquals("<main id=\"main\"><a href=\"deployment/index.html#figures\">d</a></main>", written.get("index.html"));
        assertEquals("<h2 id=\"figures\">F</h2><a href=\"../index.html\">home</a><a href=\"../missing/index.html\">gone</a>",
                written.get("deployment/index.html"));
        var problems = scan.check(Path.of("no-such-root"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("'../missing/index.html' leads to a missing file"), problems::toString);
    }
}
