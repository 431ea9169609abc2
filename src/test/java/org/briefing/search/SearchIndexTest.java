package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void termsFoldAccentsAndCaseAndKeepNumbersWhole() {
        assertEquals(List.of("beta", "1500", "troops", "north", "korea", "s", "12", "000"),
                Terms.of("Béta 1,500 TROOPS: North Korea's 12 000"));
    }

    @Test
    void postingsAreGapsAndWeightsInFiveBitDigits() {
        // ids 0, 1, 40 with weights 10, 22, 1: gaps 0, 1, 39 (39 = 7 + 1*32 -> digit 39 "d", then "1").
        assertEquals("0A1Md11", Postings.encode(new int[] {0, 1, 40}, new int[] {10, 22, 1}, 3));
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
        assertEquals(List.of("search/pages-0.js", "search/terms-0.js", "search/index.js", "assets/search.js"),
                List.copyOf(files.keySet()));
        assertEquals("BriefingSearch.load(\"manifest\",0,{\"version\":1,\"docs\":3,\"terms\":[\"1500\"],\"pages\":[0]});\n",
                files.get("search/index.js"));
        // 3 docs: the home page's top (id 0, with the title), its "Figures" section (1) and page b's top (2).
        // Lengths 7, 5, 5 (the title counts 3 times, a heading 2), average 17/3. For example "home" in doc 0:
        // f = 3 + 1, BM25 10 * 4 * 2.2 / (4 + 1.2 * (0.25 + 0.75 * 7 / 5.667)) = 16.3 -> 16 ("G");
        // a term in one doc of 3 has idf ln(1 + 2.5 / 1.5) = 0.98 -> 98, in two ln(1.6) = 0.47 -> 47.
        assertEquals("BriefingSearch.load(\"terms\",0,{"
                + "\"1500\":[98,\"1B\"],"
                + "\"about\":[98,\"1B\"],"
                + "\"beta\":[98,\"2H\"],"
                + "\"figures\":[98,\"1E\"],"
                + "\"home\":[98,\"0G\"],"
                + "\"in\":[98,\"09\"],"
                + "\"russia\":[47,\"092B\"],"
                + "\"troops\":[47,\"091B\"]});\n", files.get("search/terms-0.js"));
        assertEquals("BriefingSearch.load(\"pages\",0,["
                + "[\"\",\"Home\",\"\",\"\",\"Home Troops in Russia.\"],"
                + "[\"\",\"Home\",\"figures\",\"Figures\",\"About 1,500 troops.\"],"
                + "[\"b/\",\"Béta\",\"\",\"\",\"Béta Russia\"]]);\n", files.get("search/pages-0.js"));
    }

    @Test
    void aLongSectionIsIndexedInPartsUnderOneAnchor() {
        String words = "word ".repeat(SearchDocs.PART / 5 + 10).strip();
        List<SearchIndex.Doc> docs = SearchIndex.docs(List.of(page("a/", "A",
                List.of(new PageText.Section("long", "Long", words)))));
        assertEquals(2, docs.size());
        assertEquals(List.of("long", "long"), docs.stream().map(SearchIndex.Doc::anchor).toList());
        assertEquals(words, docs.get(0).text() + " " + docs.get(1).text());
    }

    private static SearchIndex.Entry page(String url, String title, List<PageText.Section> sections) {
        return new SearchIndex.Entry(url, title, SearchDocs.of(title, sections));
    }

    private static final String HOME = """
            <header><nav><a href="./">Not in main</a></nav></header>
            <main><h1>Home</h1><p>Troops in Russia.</p>
            <h2 id="figures">Figures</h2><p>About 1,500 troops.<sup class="noteref"><a role="doc-noteref" href="#note-1">1</a></sup></p>
            <section role="doc-endnotes" id="endnotes"><h2 id="notes">Notes</h2><ol><li id="note-1">A source.</li></ol></section>
            <section data-search="skip"><h2 id="cite-this-page">Cite this page</h2></section>
            </main>""";
}
