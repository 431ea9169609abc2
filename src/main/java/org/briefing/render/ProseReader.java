package org.briefing.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.briefing.cite.CitationItem;
import org.briefing.cite.CitationSyntax;
import org.briefing.prose.Block;
import org.briefing.prose.BlockText;
import org.briefing.prose.Prose;

/**
 * Reads a parsed page's prose (paragraphs, list items, table body rows, each under its section
 * heading) with what every sentence cites, for the per-page checks and for comparing two versions.
 * Footnote definitions and code are not prose. Reads the tree as parsed, so call it before the
 * page is rendered (rendering replaces citations with note tokens).
 */
public final class ProseReader {
    private final ParsedPage parsed;
    private final FactIndex facts;
    private final List<Block> blocks = new ArrayList<>();
    private String section = "";

    private ProseReader(ParsedPage parsed, FactIndex facts) {
        this.parsed = parsed;
        this.facts = facts;
    }

    /** The page's prose; fact references read as the values they print when {@code facts} knows them. */
    public static Prose read(ParsedPage parsed, FactIndex facts) {
        ProseReader r = new ProseReader(parsed, facts);
        r.blocks(parsed.document());
        return new Prose(parsed.page().path(), r.blocks);
    }

    private void blocks(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
    }

    private void block(Node n) {
        if (n instanceof Heading h) {
            section = h.getText().toString().strip();
        } else if (n instanceof Paragraph p) {
            add(Block.Kind.PARAGRAPH, p, List.of(p));
        } else if (n instanceof ListItem item) {
            List<Node> paragraphs = new ArrayList<>();
            item.getChildren().forEach(c -> {
                if (c instanceof Paragraph) {
                    paragraphs.add(c);
                }
            });
            add(Block.Kind.LIST_ITEM, item, paragraphs);
            item.getChildren().forEach(c -> {
                if (!(c instanceof Paragraph)) {
                    block(c);
                }
            });
        } else if (n instanceof TableRow row && row.getParent() instanceof TableBody) {
            List<Node> cells = new ArrayList<>();
            row.getChildren().forEach(cells::add);
            add(Block.Kind.TABLE_ROW, row, cells);
        } else if (n instanceof BlockQuote || n instanceof ListBlock || n instanceof TableBlock
                || n instanceof TableBody) {
            blocks(n);
        }
        // Anything else is not prose: code blocks, rules, HTML blocks, footnote definitions.
    }

    private void add(Block.Kind kind, Node at, List<Node> parts) {
        BlockText text = new BlockText(parsed.lines()::at);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.made(kind == Block.Kind.TABLE_ROW ? " | " : " ", parts.get(i).getStartOffset());
            }
            inline(parts.get(i), text);
        }
        if (!text.isEmpty()) {
            blocks.add(text.block(kind, section, at.getStartOffset()));
        }
    }

    private void inline(Node parent, BlockText text) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof HtmlInline || n instanceof HtmlEntity) {
                text.text(n.getChars(), n.getStartOffset());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.made(" ", n.getStartOffset());
            } else if (n instanceof Code c) {
                text.text(c.getText(), c.getText().getStartOffset());
            } else if (n instanceof AutoLink || n instanceof MailLink) {
                text.text(n.getChildChars(), n.getStartOffset());
            } else if (n instanceof CitationNode c) {
                var chars = c.getChars();
                List<String> keys = CitationSyntax.parse(chars.subSequence(1, chars.length() - 1)).orElseThrow()
                        .stream().map(CitationItem::key).toList();
                text.cite(keys, List.of(), c.getStartOffset());
            } else if (n instanceof ShortcodeNode s) {
                fact(s, text);
            } else if (!(n instanceof Footnote)) {
                inline(n, text); // emphasis, links, images (their alt text), table cells
            }
        }
    }

    private void fact(ShortcodeNode s, BlockText text) {
        Shortcode code = Shortcode.parse(s.getChars());
        var fact = code.name().equals("fact") && code.args().size() == 1
                ? facts.get(code.args().get(0)).filter(f -> f.text().isPresent()) : java.util.Optional.<FactIndex.Fact>empty();
        if (fact.isEmpty()) {
            text.text(s.getChars(), s.getStartOffset());
            return;
        }
        text.made(fact.get().text().orElseThrow(), s.getStartOffset());
        text.cite(fact.get().sources(), List.of(fact.get().id()), s.getStartOffset());
    }
}
