package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.Hardening;
import org.briefing.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render step marks notes with C0 control characters. Content must never be able to produce
 * one where the HTML is written: every C0 and C1 control, raw and as decimal and hex character
 * references, in every place Markdown can put text, gives a page with no control character, the
 * same note markers and the same endnotes as the same page without it (where the content itself
 * is shown in the endnotes, it shows as U+FFFD or as the literal reference it was).
 */
@Hardening
class ForgedNoteTokenTest {
    /**
     * Every place Markdown puts text; {@code X} is where the character goes, {@code C} the same in a
     * citation, whose {@code ;} separates citations (so there a reference goes without it).
     */
    private static final String PAGE = """
            ---
            title: Forged
            layout: page
            ---
            # Head X one

            Text X two *em X three* **strong X four** [link X five](https://example.org/aXb "title X six")
            ![alt X seven](https://example.org/iXg.png "image X eight") `code X nine` <https://example.org/auXto>
            and a citation [see C ten @src, p. C eleven] and a [reference][r] and a note[^f].

            [r]: https://example.org/rXf "reference X twelve"

            | head X | b |
            |---|---|
            | cell X | c |

            ```infoXstring other
            body X thirteen
            ```

                indented X fourteen

            > quote X fifteen

            - item X sixteen

            [^f]: Footnote X body.
            """;
    private static final String SOURCES = """
            - id: src
              title: "A title\\" onmouseover=\\"alert(1)\\" x=\\""
              publisher: P
              date: 2024
              kind: news
            """;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");
    private static final Pattern ENDNOTES = Pattern.compile("<section class=\"endnotes\".*?</section>", Pattern.DOTALL);
    /** What a character placed in the Markdown may show as: replaced, or its reference shown as text. */
    private static final Pattern SHOWN = Pattern.compile("\uFFFD|&amp;#[xX]?[0-9a-fA-F]+;?");

    @TempDir
    Path tmp;

    /** Raw, decimal and hex spellings of every C0 and C1 control (raw tab, LF and CR are Markdown syntax). */
    static Map<String, String> spellings() {
        Map<String, String> m = new LinkedHashMap<>();
        List<Integer> controls = new ArrayList<>();
        for (int c = 0; c <= 0x1F; c++) {
            controls.add(c);
        }
        for (int c = 0x7F; c <= 0x9F; c++) {
            controls.add(c);
        }
        for (int c : controls) {
            if (c != '\t' && c != '\n' && c != '\r') {
                m.put("raw-" + Integer.toHexString(c), String.valueOf((char) c));
            }
            m.put("dec-" + Integer.toHexString(c), "&#" + c + ";");
            m.put("hex-" + Integer.toHexString(c), "&#x" + Integer.toHexString(c) + ";");
        }
        // A forged note call, and a forged endnotes and JSON-LD slot, spelled out whole.
        m.put("call", "&#1;0&#2;");
        m.put("call-hex", "&#x1;0&#x02;");
        m.put("slots", "&#3;&#4;");
        return m;
    }

    @Test
    void noContentMakesANoteTokenAnywhere() {
        TestSite site = TestSite.in(tmp.resolve("root")).file("content/sources.yaml", SOURCES)
                .file("content/baseline.md", page("Z"))
                .file("content/index.md", "---\ntitle: Home\nlayout: page\n---\nHome.\n");
        Map<String, String> cases = spellings();
        cases.forEach((name, x) -> site.file("content/" + name + ".md", page(x)));
        BuildResult r = site.build();
        assertEquals("", TestSite.errors(r));

        String baseline = LiveContent.read(site.site().resolve("baseline/index.html"));
        String baseNotes = endnotes(baseline);
        int baseMarkers = count(baseline, "role=\"doc-noteref\"");
        assertEquals(2, baseMarkers);
        for (String name : cases.keySet()) {
            String html = LiveContent.read(site.site().resolve(name + "/index.html"));
            Matcher stray = CONTROL.matcher(html);
            assertTrue(!stray.find(), name + ": control character U+" + (stray.hitEnd() ? "" : String.format("%04X",
                    (int) html.charAt(stray.start()))) + " in the page");
            assertEquals(baseMarkers, count(html, "role=\"doc-noteref\""), name + ": note markers");
            assertEquals(expectedNotes(baseNotes, name, cases.get(name)), SHOWN.matcher(endnotes(html)).replaceAll("Z"),
                    name + ": endnotes");
            assertEquals(List.of(), LiveContent.inPage(name, html), name);
        }
        assertEquals(List.of(), LiveContent.in(site.site()));
    }

    /** Before the fix, a forged call in a link title spliced the marker, and the title, into the attribute. */
    @Test
    void aForgedCallInALinkTitleStaysText() {
        TestSite site = TestSite.in(tmp.resolve("root")).file("content/sources.yaml", SOURCES)
                .file("content/index.md", "---\ntitle: T\nlayout: page\n---\nCited [@src].\n\n"
                        + "[x](https://example.org/ \"&#1;0&#2;\") ![y](https://example.org/i.png \"&#x1;0&#x2;\")\n");
        assertEquals("", TestSite.errors(site.build()));
        String html = LiveContent.read(site.site().resolve("index.html"));
        assertTrue(html.contains("<a href=\"https://example.org/\" title=\"\uFFFD0\uFFFD\" rel=\"noopener noreferrer\">x</a>"
                + " <img src=\"https://example.org/i.png\" alt=\"y\" title=\"\uFFFD0\uFFFD\" />"), html);
        assertEquals(1, count(html, "role=\"doc-noteref\""));
        assertEquals(List.of(), LiveContent.inPage("index.html", html));
    }

    /**
     * The baseline's endnotes with what the content asked for in the footnote body and the
     * citation, each reference or replaced character as {@code Z}; a tab or line feed asked for by
     * a reference is kept, as text (a space at the start of a line is dropped, as everywhere).
     */
    private static String expectedNotes(String baseNotes, String name, String x) {
        boolean raw = name.startsWith("raw-");
        String foot = raw ? "Z" : x.replaceAll("&#[xX]?[0-9a-fA-F]+;", "Z");
        if (name.matches("(dec|hex)-[9a]")) {
            foot = String.valueOf((char) Integer.parseInt(name.substring(4), 16));
        }
        String cite = raw ? "Z" : x.replace(";", "").replaceAll("&#[xX]?[0-9a-fA-F]+", "Z");
        return baseNotes.replace("Footnote Z body", "\n".equals(foot) ? "Footnote \nbody" : "Footnote " + foot + " body")
                .replace("see Z ten, p. Z eleven", "see " + cite + " ten, p. " + cite + " eleven");
    }

    private static String page(String x) {
        return PAGE.replace("X", x).replace("C", x.replace(";", ""));
    }

    private static String endnotes(String html) {
        Matcher m = ENDNOTES.matcher(html);
        assertTrue(m.find(), "the page has endnotes");
        return m.group();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
