package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

/** The one-pass cut of a page against the cut of jsoup's tree, its oracle (more of it: {@link MainSectionsDifferentialTest}). */
class MainSectionsTest {

    static Optional<List<PageText.Section>> fast(String html) {
        return MainSections.of(html, PageText::headingText);
    }

    @Test
    void itsTagTableIsTheParsers() {
        MainSections.TAGS.forEach((name, block) -> {
            assertTrue(Tag.isKnownTag(name), name);
            assertEquals(Tag.valueOf(name).isBlock(), block, name + " is a block");
            assertEquals(Tag.valueOf(name).isEmpty(), MainSections.VOID.contains(name), name + " is void");
        });
    }

    @Test
    void onePageCutExactly() {
        String html = """
                <header>Not searched</header><main id="main"><h1>Troops &amp; shells</h1>
                <p>About 1,500&nbsp;troops<sup class="noteref"><a role="doc-noteref" href="#n1">1</a></sup> in&#160;Kursk&#x2019;s
                area.<br>Next line</p><h2 id="figures">Figures <sup>2</sup></h2><table><thead><tr><th>Item</th><th>Count</th></tr></thead>
                <tbody><tr><td>Shells</td><td>3.5 million</td></tr></tbody></table><!-- a comment -->
                <div hidden>hidden</div><div data-search="skip"><h2 id="cite">Cite</h2></div>
                <svg viewBox="0 0 1 1"><text>chart</text><rect/></svg><script>if (a < b) {}</script>
                <section role="doc-endnotes"><h2 id="notes">Notes</h2><ol><li id="n1">A source.</li></ol></section>
                </main><footer>Not searched</footer>""";
        List<PageText.Section> expected = List.of(
                new PageText.Section("", "", "Troops & shells About 1,500 troops in Kursk\u2019s area. Next line"),
                new PageText.Section("figures", "Figures 2", "Item Count Shells 3.5 million"));
        assertEquals(Optional.of(expected), fast(html));
        assertEquals(expected, PageText.parsed(html));
    }

    @Test
    void markupAParserWouldRearrangeIsLeftToIt() {
        for (String body : List.of(
                "<p>a<div>b</div></p>",               // a block closes the paragraph
                "<p>a<p>b</p></p>",
                "<b>a<i>b</b>c</i>",                  // closed out of turn
                "<div>a",                             // left open
                "</p>",                               // closed, never opened
                "<table>text<tr><td>a</td></tr></table>", // text a table moves out
                "<table><tr><td>a</td></tr></table>", // an implied tbody
                "<ul><li>a<li>b</ul>",                // an implied end
                "<a href=x>a<a href=y>b</a></a>",
                "<h2 id=a>x<h3 id=b>y</h3></h2>",
                "<div/>",                             // "/>" on a tag that is not void
                "<custom-tag>a</custom-tag>",
                "<p>&copy; 2024</p>",                 // a reference outside the short list
                "<p>&amp 2024</p>",                   // no semicolon
                "<p>&#150;</p>",                      // a number the parser maps to another character
                "<!DOCTYPE html>",
                "<!-->",
                "<svg><p>a</p></svg>",                // a tag that ends the drawing
                "<main>inner</main>",
                "<form><input></form>")) {
            String html = "<main>" + body + "</main>";
            assertEquals(Optional.empty(), fast(html), body);
            PageText.parsed(html); // and the parser reads it
        }
    }
}
