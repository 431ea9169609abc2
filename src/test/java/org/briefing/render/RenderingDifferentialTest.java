package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.briefing.cite.PageNotes;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.html.Html;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link AstHtmlWriter} against flexmark's HtmlRenderer as production configured it before
 * ({@link FlexmarkOracle}): for every Markdown file of the repository, a hand list of tricky
 * CommonMark/GFM cases, hostile payloads and seeded random documents, the page HTML and every
 * footnote body handed to {@link PageNotes} must be the same to the byte. A failure shows the
 * first difference.
 */
@Hardening
class RenderingDifferentialTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final FlexmarkOracle ORACLE = new FlexmarkOracle();
    private static final Position AT = new Position("s", 1, 1);
    private static final FrontMatter FRONT = new FrontMatter("P", "", "", "", false, "", 0, AT);
    private static final SiteIndex SITE = new SiteIndex(List.of("nis", "wire"), Map.of(
            "content/other.md", new SiteIndex.Target("other/", () -> Set.of("top", "a-b")),
            "content/guide/start.md", new SiteIndex.Target("guide/start/", () -> Set.of("intro"))));

    /** Tricky cases, one a document. */
    static final List<String> HAND = List.of(
            "", "\n", "plain", "a\nb\n", "a  \nb", "a\\\nb", "a \nb",
            "# H1\n## H2 ##\n### *em* `code`\n#### [link](x.md)\n##### &amp; &copy;\n###### six\n####### seven",
            "#\n\n# \n\n#  #", "Setext\n===\n\nTwo\n---", "# Same\n# Same\n# Same-1",
            "- a\n- b\n- c", "- a\n\n- b", "- a\n  - b\n    - c\n- d", "1. one\n2. two", "3. three\n4. four",
            "0. zero", "- a\n\n  b\n- c", "* a\n+ b\n- c", "- \n  foo", "-\n  foo\n- bar", "- a\n- b\n\n\n- c",
            "1) x\n2) y", "- a\n > quote\n- b", "- ```\n  code\n  ```\n- x", "- | a |\n  |---|\n  | 1 |",
            "> quote\n> more\n>\n> para", "> # head\n> - list", ">> nested", "> a\nlazy",
            "```\ncode <b> & \"q\"\n```", "```java\nint x;\n```", "```java extra info\nx\n```",
            "``` j\\_a&amp;v\"a\nx\n```", "~~~\n\n\n\nblank lines\n\n\n~~~", "```\n  indented\n\ttab\n```",
            "    indented code\n    more\n\n\n    after blanks\n", "\tcode with tab", "```\nunclosed",
            "`code`", "`` a`b ``", "` a `", "`  `", "`a\nb`", "``` not fence ``` inline", "`<script>`",
            "*em* _em_ **strong** __strong__ ***both*** *a **b** c*", "*a", "**a*", "a*b*c", "_a_b", "* not list*",
            "&amp; &lt; &gt; &quot; &#39; &#x27; &copy; &nbsp; &bogus; &#0; &#xFFFFFF;", "\\* \\_ \\` \\\\ \\[ \\& \\a",
            "<script>alert(1)</script>", "<div>\n  <span>x</span>\n</div>", "<div>\n\n*md*\n</div>",
            "<!-- comment -->", "<!-- a\n\nb -->\npara", "text <!-- c --> more", "inline <b>bold</b> <br/>",
            "<pre>\n  pre\n\n\n\nx\n</pre>", "<script>\na\n\n\n\nb\n", "<?php echo 1; ?>", "<!DOCTYPE html>",
            "<![CDATA[ x ]]>", "</div>", "<a href=\"javascript:alert(1)\">x</a>", "a <span\n  title=\"t\">b</span>",
            "[link](http://example.org)", "[link](https://example.org \"Title\")", "[link](/abs)", "[link](rel.md)",
            "[link](other.md)", "[link](other.md#top)", "[link](other.md#nope)", "[link](#local)", "[a](<b c>)",
            "[a](b \"t &amp; &quot;\")", "[a](b 'single')", "[a](b (paren))", "[a](x?a=1&b=2)", "[a](x?a=1&amp;b=2)",
            "[a](%20%zz)", "[a](ä ö)", "[a](<ä ö>)", "[a](\\(x\\))", "[a](javascript:alert(1))",
            "[a](JavaScript:alert(1))", "[a](jav&#x09;ascript:x)", "[a](data:text/html,x)", "[a](vbscript:x)",
            "[a](mailto:a@b.c)", "[a](//example.org)", "[a]()", "[a](<>)", "[*em* `c`](u)", "[a](u \"t\\\"q\")",
            "[ref]\n\n[ref]: http://example.org \"Ref Title\"", "[text][ref]\n\n[ref]: /u", "[ref][]\n\n[ref]: other.md#a-b",
            "[undefined]", "[undefined][]", "[text][undefined]", "[*em*][nope]", "[a]\n\n[A]: u", "[ref]\n\n[ref]: javascript:x",
            "[ref]\n\n[ref]: <u v> 'title'", "[ref]\n\n[ref]:\n  http://x\n  \"multi\nline\"",
            "![alt](img.png)", "![alt *em* `c`](img.png \"title\")", "![](e.png)", "![a](javascript:x)",
            "![a](JAVASCRIPT:x)", "![a](data:image/png;base64,xx)", "![a][ref]\n\n[ref]: i.png \"t\"", "![a][nope]",
            "![a][]\n\n[a]: vbscript:x", "[![img](i.png)](http://x)", "![a [b](c)](d)",
            "<http://example.org>", "<https://x.y/a?b=1&c=2>", "<javascript:alert(1)>", "<JavaScript:x>",
            "<a@b.c>", "<mailto:a@b.c>", "<http://a.b/&amp;>", "http://bare.url", "www.example.org", "<www.x.com>",
            "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |\n[cap]",
            "| h |\n|---|\n| *em* | x |", "a | b\n--|--\n1 | 2", "| a |\n|---|", "|a|\n|-|\n|`|`|", "| a | b |\n|---|\n| 1 | 2 |",
            "| a |\n| --- |\n| [l](javascript:x) |", "| a |\n|:---:|\n| <b> |\n\npara", "text\n| a |\n|---|\n| 1 |",
            "***\n---\n___", "- - -", "a\n***\nb",
            "Claim [@nis].", "Claim [@nis, p. 4; @wire].", "Claim [@unknown].", "Claim \\[@nis].", "`[@nis]`",
            "[see @nis]", "[@nis]: def", "Note[^1].\n\n[^1]: The *note* body.", "A[^x] B[^y]\n\n[^x]: one\n[^y]: two\n\n    more",
            "Undefined[^nope].", "[^unused]: never called", "A[^1]\n\n[^1]: first\n[^1]: second",
            "Note[^n].\n\n[^n]: - list\n    - in note\n\n    ```\n    code\n    ```", "Note[^n].\n\n[^n]: > quote [@nis]",
            "Ünïcödé ☃ 한 İ 😀 \u202E rtl", "tab\there", "trailing spaces   \nnext", "a\r\nb\rc",
            "line one\n\n\n\n\nline two", "&#x6A;avascript", "\"quotes\" & 'apostrophes' <angles>",
            "[link\nacross](u)", "*em\nacross*", "a\\\n\\b", "  lead\n   space", "    \n    ", "\u00a0nbsp start",
            "x<y>z", "5 > 3 < 4", "[a](b)c[d](e)", "**[a](b)**", "[a](b)[c]\n\n[c]: d",
            // Tabs that flexmark expands to spaces inside list items and quotes: text not a plain slice of the source.
            "-\tfoo\tbar", ">\tfoo\t*em*", "- a\n\t- b\tc", "1.\t\tcode\tx", "*\t*em*", "  - \t x", ">\t\tcode",
            "- a\n\n\t\tindented\tcode", "[a](javascript:)", "![a](javascript:)", "[a](<javascript:x y>)",
            "\uFFFD replacement \uFFFD");

    @Test
    void handWrittenCases() {
        for (int i = 0; i < HAND.size(); i++) {
            assertSame("hand case " + i, HAND.get(i));
        }
    }

    @TestFactory
    Stream<DynamicTest> markdownFilesOfTheRepository() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("content"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertEquals(true, files.size() > 20, "found " + files);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertSame(p + " (whole file)", text);
            int end = text.indexOf("\n---", 3);
            if (text.startsWith("---") && end > 0) {
                assertSame(p + " (body)", text.substring(end + 4));
            }
        }));
    }

    @Test
    void hostilePayloads() throws IOException {
        String all;
        try (InputStream in = getClass().getResourceAsStream("/hostile/payloads.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = 0;
        for (String line : all.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String p = line.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r").replace("\\\\", "\\");
            for (String doc : List.of(p, "Text " + p + " end", "[" + p + "](" + p + ")", "[x](" + p + " \"" + p + "\")",
                    "![" + p + "](" + p + ")", "# " + p, "- " + p, "> " + p, "| " + p + " |\n|---|\n| " + p + " |",
                    "[r]\n\n[r]: " + p, "`" + p + "`", "<" + p + ">", "Note[^1]\n\n[^1]: " + p)) {
                assertSame("payload " + n, doc);
            }
            n++;
        }
    }

    @Test
    void seededRandomDocuments() {
        StringBuilder all = new StringBuilder();
        for (int seed = 0; seed < 1000; seed++) {
            String doc = RandomMarkdown.document(new Random(seed));
            all.append(assertSame("random document, seed " + seed + ":\n" + doc, doc));
        }
        // The generator really reaches every kind of output, so the comparison means something.
        for (String markup : List.of("<h1 id=", "<h6", "<p>", "<ul>", "<ol>", "<ol start=", "<li>\n<p>", "<blockquote>",
                "<pre><code>", "<pre><code class=\"language-", "<table>", "<th align=\"center\">", "<td align=\"right\">",
                "<caption>", "<em>", "<strong>", "<code>", "<a href=", "rel=\"noopener noreferrer\"", "<a title=",
                "<img src=", "alt=", "<br />", "<hr />", "&lt;script&gt;", "&amp;copy;", "\u0001", "mailto:")) {
            assertEquals(true, all.indexOf(markup) >= 0, "no random document rendered " + markup);
        }
    }

    /** flexmark dropped nodes it had no renderer for; the writer keeps their content, escaped. */
    @Test
    void unknownNodeTypeKeepsItsContentEscaped() {
        Document doc = MARKDOWN.parse(page("before"), new Diagnostics()).document();
        Node unknown = new Node() {
            @Override
            public BasedSequence[] getSegments() {
                return EMPTY_SEGMENTS;
            }
        };
        unknown.appendChild(new Text(BasedSequence.of("<b>kept</b> & ")));
        Paragraph p = (Paragraph) doc.getFirstChild();
        p.appendChild(unknown);
        assertEquals("<p>before&lt;b&gt;kept&lt;/b&gt; &amp; </p>\n", AstHtmlWriter.render(doc, new PageNotes()));
    }

    private static Page page(String markdown) {
        // As TextFile.reserve leaves bodies: without the note placeholders' control characters.
        return new Page("content/p.md", "p/", FRONT, markdown.replaceAll("[\u0000-\u0004]", ""), 1);
    }

    /** Renders {@code markdown} both ways, fails on the first difference, returns the HTML. */
    static String assertSame(String name, String markdown) {
        Page page = page(markdown);
        PageNotes notes = new PageNotes();
        Diagnostics diagnostics = new Diagnostics();
        String ours = MARKDOWN.render(MARKDOWN.parse(page, diagnostics), SITE, notes, diagnostics);

        ParsedPage oracleParsed = MARKDOWN.parse(page, new Diagnostics());
        new PageReferences(oracleParsed, SITE, new PageNotes(), new Diagnostics(), new java.util.HashSet<>()).apply();
        FlexmarkOracle.Output expected = ORACLE.render(oracleParsed.document());

        compare(name + " [page body]", expected.html(), ours);
        Map<String, String> ourNotes = footnoteBodies(notes);
        assertEquals(new TreeMap<>(expected.footnotes()).keySet(), new TreeMap<>(ourNotes).keySet(), name + " [footnote labels]");
        for (Map.Entry<String, String> e : expected.footnotes().entrySet()) {
            compare(name + " [footnote " + e.getKey() + "]", e.getValue(), ourNotes.get(e.getKey()));
        }
        return ours + String.join("", ourNotes.values());
    }

    /**
     * Fails with the first differing character and some context on each side. The one intended
     * difference: flexmark wrote control characters that character references decode into as
     * they are, ours writes U+FFFD ({@code Html.forbidden}); so controls, note tokens included,
     * count as U+FFFD on both sides.
     */
    static void compare(String name, String flexmark, String ours) {
        String expected = Html.clean(flexmark);
        String actual = Html.clean(ours);
        if (expected.equals(actual)) {
            return;
        }
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        fail(name + ": first difference at char " + i + "\n--- flexmark:\n" + show(expected, from, i)
                + "\n--- ours:\n" + show(actual, from, i) + "\n--- whole flexmark output:\n" + expected
                + "\n--- whole output of ours:\n" + actual);
    }

    private static String show(String s, int from, int at) {
        return (s.substring(from, Math.min(at, s.length())) + "\u2038" + s.substring(Math.min(at, s.length()),
                Math.min(s.length(), at + 60))).replace("\n", "\u21b5\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> footnoteBodies(PageNotes notes) {
        try {
            Field f = PageNotes.class.getDeclaredField("footnoteBodies");
            f.setAccessible(true);
            return (Map<String, String>) f.get(notes);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
