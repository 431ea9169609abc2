package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.output.Digests;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void termsFoldAccentsAndCaseAndKeepNumbersWhole() {
        assertEquals(List.of("beta", "1500", "troops", "north", "korea", "s", "12", "000"),
                Terms.of("Béta 1,500 TROOPS: North Korea's 12 000"));
    }

    @Test
    void postingNumbersAreFiveBitDigits() {
        // 0, 1, 39 (= 7 + 1*32: digit 39 "d", then "1"), 10, 22.
        StringBuilder b = new StringBuilder();
        for (int n : new int[] {0, 1, 39, 10, 22}) {
            Postings.number(b, n);
        }
        assertEquals("01d1AM", b.toString());
    }

    @Test
    void aPageIsCutAtItsHeadingsLeavingOutNoteMarkersAndEndnotes() {
        assertEquals(List.of(
                        new PageText.Section("", "", "Home Troops in Russia."),
                        new PageText.Section("figures", "Figures", "About 1,500 troops.")),
                PageText.sections(HOME));
    }

    @Test
    void theIndexFilesForATwoPageSite() {
        Map<String, String> files = SearchIndex.files(List.of(
                page("", "Home", PageText.sections(HOME)),
                page("b/", "Béta", PageText.sections("<main><h1>Béta</h1><p>Russia</p></main>"))));
        String id = Digests.sha256("1500".getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        assertEquals(List.of("search/pages-0.js", "search/pages-1.js", "search/terms-" + id + ".js", "search/index.js",
                "assets/search.js"), List.copyOf(files.keySet()));
        assertEquals("BriefingSearch.load(\"manifest\",0,{\"version\":2,\"docs\":3,\"pages\":2,\"terms\":[\"1500\"],"
                + "\"files\":[\"" + id + "\"]});\n", files.get("search/index.js"));
        // 3 sections: the home page's top (page 0, part 0, with the title), its "Figures" section (0, 1) and page
        // b's top (1, 0). Lengths 7, 5, 5 (the title counts 3 times, a heading 2): average 17/3 = 5.67, rounded
        // to 2^(20/8) = 5.66. For example "home" in (0, 0): f = 3 + 1,
        // BM25 10 * 4 * 2.2 / (4 + 1.2 * (0.25 + 0.75 * 7 / 5.66)) = 16.3 -> 16 ("G"); "russia" once in (0, 0)
        // weighs 9.1 -> 9 and once in (1, 0) 10.499 -> 10 ("A"), the second a page on: "0 0 9" then "1 0 A";
        // "1500" once in (0, 1), also 5 long: "0 1 A".
        assertEquals("BriefingSearch.load(\"terms\",\"" + id + "\",{"
                + "\"1500\":[1,\"01A\"],"
                + "\"about\":[1,\"01A\"],"
                + "\"beta\":[1,\"10H\"],"
                + "\"figures\":[1,\"01E\"],"
                + "\"home\":[1,\"00G\"],"
                + "\"in\":[1,\"009\"],"
                + "\"russia\":[2,\"00910A\"],"
                + "\"troops\":[2,\"00901A\"]});\n", files.get("search/terms-" + id + ".js"));
        assertEquals("BriefingSearch.load(\"pages\",0,["
                + "[\"\",\"Home\",\"\",\"\",\"Home Troops in Russia.\"],"
                + "[\"\",\"Home\",\"figures\",\"Figures\",\"About 1,500 troops.\"]]);\n", files.get("search/pages-0.js"));
        assertEquals("BriefingSearch.load(\"pages\",1,[[\"b/\",\"Béta\",\"\",\"\",\"Béta Russia\"]]);\n",
                files.get("search/pages-1.js"));
    }

    @Test
    void theIdfIsLeftToThePageScriptAndThePivotMovesInEighthsOfAnOctave() {
        assertEquals(Math.pow(2, 20 / 8.0), SearchIndex.pivot(17 / 3.0), 1e-12);
        assertEquals(128.0, SearchIndex.pivot(131.0), 1e-12); // within 1/16 octave of 128
        assertEquals(Math.pow(2, 57 / 8.0), SearchIndex.pivot(141.0), 1e-12);
    }

    @Test
    void aLongSectionIsIndexedInPartsUnderOneAnchor() {
        String words = "word ".repeat(SearchDocs.PART / 5 + 10).strip();
        SearchDocs docs = SearchDocs.of("A", List.of(new PageText.Section("long", "Long", words)));
        assertEquals(2, docs.parts().size());
        assertEquals(List.of("long", "long"), docs.parts().stream().map(SearchDocs.Part::anchor).toList());
        assertEquals(words, docs.parts().get(0).text() + " " + docs.parts().get(1).text());
    }

    private static Optional<SearchIndex.Entry> page(String url, String title, List<PageText.Section> sections) {
        return Optional.of(SearchIndex.Entry.of(url, title, SearchDocs.of(title, sections)));
    }
    private static final String HOME = """
            <header><nav><a href="./">Not in main</a></nav></header>
            <main><h1>Home</h1><p>Troops in Russia.</p>
            <h2 id="figures">Figures</h2><p>About 1,500 troops.<sup class="noteref"><a role="doc-noteref" href="#note-1">1</a></sup></p>
            <section role="doc-endnotes" id="endnotes"><h2 id="notes">Notes</h2><ol><li id="note-1">A source.</li></ol></section>
            <section data-search="skip"><h2 id="cite-this-page">Cite this page</h2></section>
            </main>""";
}
