package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefing.content.FactFile;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.prose.Block;
import org.briefing.prose.Prose;
import org.briefing.prose.Sentence;
import org.junit.jupiter.api.Test;

/** A page's prose as blocks and sentences with what each cites: Markdown in, an exact listing out. */
class ProseReaderTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private static String read(String markdown) {
        Diagnostics d = new Diagnostics();
        FactIndex facts = FactIndex.of(List.of(FactFile.of("f", new YamlReader().read("content/facts/f.yaml", """
                quantities:
                  - id: containers
                    value: 13000
                    comparator: more-than
                    sources: [nis, wire]
                """, 0).document())), d);
        Page page = new Page("content/p.md", "p/",
                new FrontMatter("P", "", "", "", false, "", 0, new Position("content/p.md", 1, 1)), markdown, 5);
        Prose prose = ProseReader.read(MARKDOWN.parse(page, d), facts);
        StringBuilder b = new StringBuilder();
        for (Block block : prose.blocks()) {
            b.append(block.kind().word()).append(" in '").append(block.section()).append("' at ").append(block.at())
                    .append(block.cited() ? ", cited" : "").append('\n');
            for (Sentence s : block.sentences()) {
                b.append("  ").append(s.at().line()).append(':').append(s.at().column()).append(' ').append(s.text());
                if (!s.sources().isEmpty()) {
                    b.append(" | sources ").append(s.sources());
                }
                if (!s.facts().isEmpty()) {
                    b.append(" | facts ").append(s.facts());
                }
                s.quotes().forEach(q -> b.append(" | quote \"").append(q.text()).append("\" at ").append(q.at().line())
                        .append(':').append(q.at().column()));
                if (!s.hedges().isEmpty()) {
                    b.append(" | hedges ").append(s.hedges());
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void sentencesKeepTheirCitationsQuotationsAndHedges() {
        assertEquals("""
                paragraph in '' at content/p.md:5:1, cited
                  5:1 Troops have reportedly arrived [@x]. | sources [nis] | hedges [reportedly]
                  5:49 Mr. Kim called it a “grave threat”, according to officials. | sources [wire, nis] | quote "grave threat" at 5:69 | hedges [according to]
                  6:1 Nothing else is known.
                paragraph in 'Figures' at content/p.md:10:1, cited
                  10:1 more than 13,000 containers were shipped, if true, the report could say so. | sources [nis, wire] | facts [containers] | hedges [if true, could]
                """, read("""
                Troops have *reportedly* arrived `[@x]` [@nis]. Mr. Kim called it a “grave threat”, according to officials [@wire; @nis].
                Nothing else is known.

                ## Figures

                {{< fact containers >}} containers were shipped, if true, the report could say so.
                """));
    }

    @Test
    void listItemsTableRowsAndQuotesAreBlocksButCodeAndFootnotesAreNot() {
        assertEquals("""
                list item in 'Known' at content/p.md:7:1, cited
                  7:3 One "quoted phrase" here. | sources [nis] | quote "quoted phrase" at 7:7
                list item in 'Known' at content/p.md:8:1
                  8:3 Two, uncited, 2024.
                list item in 'Known' at content/p.md:9:3, cited
                  9:5 Nested item. | sources [nis]
                table row in 'Known' at content/p.md:13:1, cited
                  13:3 about 1,500 | South Korean media | sources [wire]
                paragraph in 'Known' at content/p.md:15:3
                  15:3 A quoted block.
                """, read("""
                ## Known

                - One "quoted phrase" here [@nis].
                - Two, uncited, 2024.
                  - Nested [@nis] item.

                | Figure | Claimant |
                |---|---|
                | about 1,500 | South Korean media [@wire] |

                > A quoted block.

                    code "not prose" 2024

                [^n]: A note "not prose" 2024.
                """));
    }
}
