package org.briefing.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three citation files of a page, word for word, and each read back by a real reader of its format. */
public class PageCitationTest {
    static final String TITLE = "Costs {in} 100% of $ cases_#1 ~ ^ \\ end";
    static final PageCitation CITATION = PageCitation.of("Briefing: Korea & Russia", "en", "https://example.org/b/",
            "deployment/", TITLE, "2024-10-18", "", "2024-10");

    @Test
    void plainText() {
        assertEquals("Costs {in} 100% of $ cases_#1 ~ ^ \\ end. Briefing: Korea & Russia, 18 October 2024. "
                + "Information as of October 2024. https://example.org/b/deployment/", CITATION.plainText());
    }

    @Test
    void bibtexEscapesWhatBibtexWouldReadAsCommands() {
        assertEquals("""
                @misc{deployment-2024,
                  title = {{Costs \\{in\\} 100\\% of \\$ cases\\_\\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end}},
                  author = {{Briefing: Korea \\& Russia}},
                  year = {2024},
                  month = {10},
                  date = {2024-10-18},
                  url = {https://example.org/b/deployment/},
                  howpublished = {\\url{https://example.org/b/deployment/}},
                  note = {Information as of October 2024},
                  language = {en},
                }
                """, CITATION.bibtex());
    }

    @Test
    void bibtexReadsBackWithJbibtexToTheSameWords() throws Exception {
        BibTeXEntry entry = parseBibtex(CITATION.bibtex()).getEntries().get(new Key("deployment-2024"));
        assertEquals(new Key("misc"), entry.getType());
        assertEquals(TITLE, latexToText(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()));
        assertEquals("Briefing: Korea & Russia", latexToText(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()));
        assertEquals("2024", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
        assertEquals("https://example.org/b/deployment/", entry.getField(BibTeXEntry.KEY_URL).toUserString());
    }

    @Test
    void risHasOneTagALine() {
        assertEquals("""
                TY  - ELEC
                TI  - Costs {in} 100% of $ cases_#1 ~ ^ \\ end
                AU  - Briefing: Korea & Russia
                T2  - Briefing: Korea & Russia
                PY  - 2024
                DA  - 2024/10/18/
                UR  - https://example.org/b/deployment/
                N1  - Information as of October 2024
                LA  - en
                ER  -\s
                """, CITATION.ris());
    }

    @Test
    void cslJsonIsValidAgainstTheCslDataSchema() {
        assertEquals("""
                [
                  {
                    "id": "deployment-2024",
                    "type": "webpage",
                    "title": "Costs {in} 100% of $ cases_#1 ~ ^ \\\\ end",
                    "author": [{"literal": "Briefing: Korea \\u0026 Russia"}],
                    "container-title": "Briefing: Korea \\u0026 Russia",
                    "issued": {"date-parts": [[2024, 10, 18]]},
                    "URL": "https://example.org/b/deployment/",
                    "note": "Information as of October 2024",
                    "language": "en"
                  }
                ]
                """, CITATION.cslJson());
        assertEquals(List.of(), cslErrors(CITATION.cslJson()));
        JsonNode item = new JsonMapper().readTree(CITATION.cslJson()).get(0);
        assertEquals(TITLE, item.get("title").asString());
        assertEquals("Briefing: Korea & Russia", item.get("container-title").asString());
    }

    @Test
    void theSchemaCheckRejectsAnItemCslDoesNotKnow() {
        assertEquals(2, cslErrors("[{\"id\": \"x\", \"type\": \"web page\", \"issued\": {\"date-parts\": [[2024, 10, 18, 1]]}}]").size());
    }

    @Test
    void aPageWithoutDatesOrBaseUrlLeavesThoseFieldsOut() {
        PageCitation bare = PageCitation.of("Site", "ko", "", "", "Overview", "", "", "");
        assertEquals("Site.", bare.plainText(), "the home page is cited by the site's name");
        assertEquals("@misc{index,\n  title = {{Site}},\n  author = {{Site}},\n  language = {ko},\n}\n", bare.bibtex());
        assertEquals(List.of(), cslErrors(bare.cslJson()));
    }

    // ---- readers of the formats, shared with the site-wide test ------------------------------------

    public static BibTeXDatabase parseBibtex(String text) throws Exception {
        return new BibTeXParser().parseFully(new StringReader(text));
    }

    public static String latexToText(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    public static List<String> cslErrors(String json) {
        try (InputStream in = PageCitationTest.class.getResourceAsStream("/csl/csl-data.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return schema.validate(new JsonMapper().readTree(json)).stream().map(Object::toString).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
