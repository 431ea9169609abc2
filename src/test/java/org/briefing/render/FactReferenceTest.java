package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.cite.Endnotes;
import org.briefing.cite.PageNotes;
import org.briefing.content.FactFile;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.content.Source;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.lang.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {{< fact ID >}}}: Markdown in, exact HTML or diagnostics out. */
class FactReferenceTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Position AT = new Position("s", 1, 1);
    private static final String TROOPS = """
            figures:
              - id: troops
                values:
                  - id: troops-media
                    value: 1500
                    approximate: true
                    sources: [wire]
                  - id: troops-total
                    value: 12000
                    approximate: false
                    sources: [nis, wire]
            """;
    private static final String SHIPMENTS = """
            quantities:
              - id: containers
                value: 13000
                comparator: more-than
                sources: [nis]
              - id: rounds
                value: 8000000
                comparator: exactly
                sources: [nis]
            items:
              - id: rockets
                label: Rockets
                sources: [nis]
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private static FactFile fact(String name, String yaml) {
        return FactFile.of(name, new YamlReader().read("content/facts/" + name + ".yaml", yaml, 0).document());
    }

    private String render(String markdown, String... factFiles) {
        List<FactFile> files = factFiles.length == 0
                ? List.of(fact("deployment", TROOPS), fact("shipments", SHIPMENTS))
                : List.of(fact("a", factFiles[0]), fact("b", factFiles[1]));
        SiteIndex site = new SiteIndex(List.of("nis", "wire"), Map.of(), FactIndex.of(files, diagnostics));
        Page page = new Page("content/p.md", "p/", new FrontMatter("P", "", "", "", false, "", 0, AT), markdown, 4);
        PageNotes notes = new PageNotes();
        String html = MARKDOWN.render(MARKDOWN.parse(page, diagnostics), site, notes, diagnostics);
        Source nis = new Source("nis", "Briefing", "NIS", "2024-10-18", "intelligence", "", "", "", "", "", "", AT);
        Source wire = new Source("wire", "Story", "Wire", "2024", "news", "", "", "", "", "", "", AT);
        html = new Endnotes(Map.of("nis", nis, "wire", wire), templates().notesLayout())
                .resolve(html, notes, "../", diagnostics).orElseThrow().html();
        int end = html.indexOf("\n<section");
        return end < 0 ? html.strip() : html.substring(0, end);
    }

    /** The built-in notes templates only: an empty templates folder. */
    @TempDir
    static Path templatesDir;

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
    void aFactIsItsValueAsTheTemplatesPrintItThenItsMarkersInThePageNumbering() {
        assertEquals("""
                <p>First [@nis]<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref">1</a></sup>, then about 1,500<sup class="noteref"><a href="#note-2" id="ref-2a" role="doc-noteref">2</a></sup> and 12,000<sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup><sup class="noteref"><a href="#note-2" id="ref-2b" role="doc-noteref">2</a></sup> soldiers, more than 13,000<sup class="noteref"><a href="#note-1" id="ref-1c" role="doc-noteref">1</a></sup> containers and 8,000,000<sup class="noteref"><a href="#note-1" id="ref-1d" role="doc-noteref">1</a></sup> rounds.</p>""",
                render("First \\[@nis] [@nis], then {{< fact troops-media >}} and {{<fact troops-total>}} soldiers, "
                        + "{{< fact containers >}} containers and {{< fact rounds >}} rounds."));
        assertEquals(List.of(), diagnostics());
    }

    @Test
    void codeSpansCodeBlocksAndEscapesKeepTheShortcodeAsText() {
        assertEquals("""
                <p><code>{{&lt; fact nope &gt;}}</code> and {{&lt; fact nope &gt;}}</p>
                <pre><code>{{&lt; fact nope &gt;}}
                </code></pre>""", render("`{{< fact nope >}}` and \\{{< fact nope >}}\n\n    {{< fact nope >}}\n"));
        assertEquals(List.of(), diagnostics());
    }

    @Test
    void anUnknownIdIsAnErrorAtTheShortcodeWithTheClosestId() {
        render("Text\nabout {{< fact troops-medai >}} and {{< fact zzz >}}.");
        assertEquals(List.of(
                "content/p.md:5:7: error: unknown fact 'troops-medai'\n  hint: did you mean 'troops-media'?",
                "content/p.md:5:37: error: unknown fact 'zzz'\n"
                        + "  hint: fact ids are the 'id' of values in content/facts/*.yaml"), diagnostics());
    }

    @Test
    void aGroupingWordsOrOtherShortcodesAreErrors() {
        render("{{< fact troops >}} {{< fact rockets >}} {{< fact >}} {{< fact a b >}} {{< ref x >}}");
        assertEquals(List.of(
                "content/p.md:4:1: error: fact 'troops' has no single number to state\n"
                        + "  hint: name one of its values: troops-media, troops-total",
                "content/p.md:4:21: error: fact 'rockets' has no single number to state\n"
                        + "  hint: {{< fact >}} states values that have a number and sources",
                "content/p.md:4:42: error: {{< fact >}} takes exactly one id\n  hint: name one fact id: {{< fact ID >}}",
                "content/p.md:4:55: error: {{< fact >}} takes exactly one id\n  hint: name one fact id: {{< fact ID >}}",
                "content/p.md:4:72: error: unknown shortcode 'ref'\n"
                        + "  hint: the only shortcode is {{< fact ID >}}; to show the braces, write \\{{< or put them in `code`"),
                diagnostics());
    }

    @Test
    void anIdUsedTwiceAcrossFilesIsAnErrorAtTheSecond() {
        render("x", "list:\n  - id: same\n    sources: [nis]\n", "other:\n  id: same\n  value: 3\n  sources: [wire]\n");
        assertEquals(List.of("content/facts/b.yaml:2:7: error: duplicate fact id 'same'\n"
                + "  hint: first used at content/facts/a.yaml:2:9; fact ids must be unique across content/facts/"),
                diagnostics());
    }
}
