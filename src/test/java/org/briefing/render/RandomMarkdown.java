package org.briefing.render;

import java.util.List;
import java.util.Random;

/**
 * Seeded random Markdown for {@link RenderingDifferentialTest}: blocks of every kind the parser
 * knows, nested in lists and quotes, with inline text mixing emphasis, code, links, references,
 * images, autolinks, entities, escapes, raw HTML, citations and footnotes.
 */
final class RandomMarkdown {
    private static final List<String> INLINE = List.of("word", "words here", " ", "  ", "*", "**", "_", "__", "`",
            "``", "`code`", "*em*", "**strong**", "[", "]", "(", ")", "[link](http://example.org/a?b=1&c=2)",
            "[rel](other.md#top)", "[bad](javascript:alert(1))", "[t](u \"title\")", "[ref]", "[text][ref]",
            "[nope]", "![img](i.png \"t\")", "![alt *x*][ref]", "![x](javascript:y)", "<http://auto.link/x>",
            "<a@b.c>", "<javascript:x>", "&amp;", "&copy;", "&#65;", "&#x41;", "&bogus;", "\\*", "\\\\", "\\[",
            "<b>", "</b>", "<!-- c -->", "<script>", "\"", "'", "<", ">", "&", "[@nis]", "[@nis, p. 4]",
            "[@nobody]", "[^1]", "[^2]", "[^missing]", "ünï", "😀", "\t", "a  \n", "\\\n", "\n", "~", "|", "#",
            "www.example.org", "http://bare.org");
    private static final List<String> BLOCK_START = List.of("", "", "", "# ", "## ", "###### ", "- ", "* ", "1. ",
            "2) ", "> ", "    ", "| ", "***\n", "```\n", "```js\n", "<div>\n", "<!-- \n", "[ref]: /url \"T\"\n",
            "[^1]: ", "[^2]: ", "\t", "   ");

    private RandomMarkdown() {
    }

    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        int blocks = 1 + r.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            block(r, b, "", 0);
            b.append(r.nextInt(4) == 0 ? "\n" : "\n\n");
        }
        if (r.nextBoolean()) {
            b.append("[ref]: http://example.org/ref \"Ref & title\"\n");
        }
        if (r.nextBoolean()) {
            b.append("\n[^1]: Footnote *one* with [@nis].\n\n    Second paragraph.\n");
        }
        return b.toString();
    }

    private static void block(Random r, StringBuilder b, String prefix, int depth) {
        switch (r.nextInt(depth > 2 ? 7 : 10)) {
            case 0, 1, 2 -> b.append(prefix).append(inline(r, prefix));
            case 3 -> b.append(prefix).append("#".repeat(1 + r.nextInt(6))).append(' ').append(inline(r, "\u0000"));
            case 4 -> {
                b.append(prefix).append("```").append(r.nextBoolean() ? "lang x" : "").append('\n');
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.append(prefix).append(r.nextBoolean() ? "  " : "").append(r.nextBoolean() ? "" : "<code> & \"x\"").append('\n');
                }
                b.append(prefix).append("```");
            }
            case 5 -> table(r, b, prefix);
            case 6 -> b.append(prefix).append(BLOCK_START.get(r.nextInt(BLOCK_START.size()))).append(inline(r, prefix));
            case 7 -> {
                boolean ordered = r.nextBoolean();
                boolean loose = r.nextInt(3) == 0;
                for (int i = 1 + r.nextInt(3); i > 0; i--) {
                    String marker = ordered ? (1 + r.nextInt(3)) + ". " : "- ";
                    b.append(prefix).append(marker);
                    int start = b.length();
                    block(r, b, prefix + " ".repeat(marker.length()), depth + 1);
                    // The first line of the item goes after the marker, not on a prefixed line of its own.
                    if (b.indexOf(prefix + " ".repeat(marker.length()), start) == start) {
                        b.delete(start, start + prefix.length() + marker.length());
                    }
                    b.append(loose ? "\n\n" : "\n");
                }
            }
            case 8 -> {
                for (int i = 1 + r.nextInt(3); i > 0; i--) {
                    block(r, b, prefix + "> ", depth + 1);
                    b.append('\n').append(prefix).append(r.nextBoolean() ? ">\n" : "");
                }
            }
            default -> {
                b.append(prefix).append("    code <x> &amp;\n").append(prefix).append("\n").append(prefix).append("    more");
            }
        }
    }

    private static void table(Random r, StringBuilder b, String prefix) {
        int cols = 1 + r.nextInt(4);
        b.append(prefix).append('|');
        for (int c = 0; c < cols; c++) {
            b.append(' ').append(cell(r)).append(" |");
        }
        b.append('\n').append(prefix).append('|');
        for (int c = 0; c < cols; c++) {
            b.append(List.of("---", ":--", ":-:", "--:").get(r.nextInt(4))).append('|');
        }
        for (int row = r.nextInt(4); row > 0; row--) {
            b.append('\n').append(prefix).append('|');
            for (int c = cols - 1 + r.nextInt(3); c > 0; c--) {
                b.append(' ').append(cell(r)).append(" |");
            }
        }
        if (r.nextInt(4) == 0) {
            b.append('\n').append(prefix).append("[caption ").append(cell(r)).append(']');
        }
    }

    private static String cell(Random r) {
        return inline(r, "\u0000").replace("|", "\\|");
    }

    /** A line or a few of inline text; {@code prefix} continues it after a line break ("\0": one line only). */
    private static String inline(Random r, String prefix) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(10); i > 0; i--) {
            String piece = INLINE.get(r.nextInt(INLINE.size()));
            if (piece.contains("\n")) {
                if (prefix.equals("\u0000")) {
                    continue;
                }
                piece = piece.replace("\n", "\n" + prefix);
            }
            b.append(piece);
        }
        return b.toString();
    }
}
