package org.briefing.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import org.briefing.cite.PageNotes;

/**
 * Writes a parsed page's flexmark tree as HTML, byte for byte what flexmark 0.64.8's HtmlRenderer
 * wrote with our options: raw HTML escaped as text, heading ids from {@code parse}, GFM tables in a
 * focusable scroll container, note tokens as they are, footnote bodies handed to {@link PageNotes}
 * instead of the flow, and links and images with the rules that were an attribute provider
 * ({@link LinkMarkup}).
 * <p>
 * It exists for speed: HtmlRenderer's line-formatting machinery cost as much CPU as parsing, and
 * our output needs none of it beyond "new line unless at a line start", "drop spaces at a line
 * start", "at most one empty line" and "keep {@code <pre>} as it is", which {@link HtmlLines} does.
 * {@code RenderingDifferentialTest} keeps the old renderer as the oracle. One instance per render.
 */
final class AstHtmlWriter {
    private final HtmlLines out;
    private final PageNotes notes;
    private final Document document;
    private final ListOptions listOptions;
    private final SourceText text;
    private final LinkMarkup links;

    private AstHtmlWriter(Document document, PageNotes notes, ListOptions listOptions, SourceText text, int size) {
        this.document = document;
        this.notes = notes;
        this.listOptions = listOptions;
        this.text = text;
        this.out = new HtmlLines(size + size / 4 + 64); // HTML is a bit longer than its Markdown
        this.links = new LinkMarkup(out, text, document, this::children);
    }

    /** The HTML of a page's body; footnote definitions go to {@code notes} (when not null) instead. */
    static String render(Document document, PageNotes notes) {
        AstHtmlWriter w = new AstHtmlWriter(document, notes, ListOptions.get(document),
                new SourceText(document.getChars().getBase()), document.getTextLength());
        w.children(document);
        w.out.line(); // flexmark ended the page's last line, not a footnote body's
        return w.out.toString();
    }

    // ---- The tree -------------------------------------------------------------------------------

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            node(n);
        }
    }

    /** Dispatches on the exact class, as flexmark's renderer did, most frequent first. */
    private void node(Node n) {
        Class<?> c = n.getClass();
        if (c == Text.class) {
            out.text(SourceText.normalizeEol(SourceText.unescape(text.string(n.getChars()))));
        } else if (c == SoftLineBreak.class) {
            out.raw("\n");
        } else if (c == Paragraph.class) {
            paragraph((Paragraph) n);
        } else if (c == NoteToken.class) {
            out.raw(((NoteToken) n).tokens);
        } else if (c == Emphasis.class) {
            inlineTag("em", n);
        } else if (c == StrongEmphasis.class) {
            inlineTag("strong", n);
        } else if (c == Link.class) {
            links.link((Link) n);
        } else if (c == Code.class) {
            out.raw("<code>");
            out.text(Escaping.collapseWhitespace(text.string(((Code) n).getText()), true));
            out.raw("</code>");
        } else if (c == Heading.class) {
            heading((Heading) n);
        } else if (c == BulletListItem.class || c == OrderedListItem.class) {
            listItem((ListItem) n);
        } else if (c == BulletList.class) {
            block("ul", null, n);
        } else if (c == OrderedList.class) {
            int start = ((OrderedList) n).getStartNumber();
            block("ol", listOptions.isOrderedListManualStart() && start != 1 ? " start=\"" + start + "\"" : null, n);
        } else if (c == BlockQuote.class) {
            block("blockquote", null, n);
        } else if (c == LinkRef.class) {
            links.linkRef((LinkRef) n);
        } else if (c == TextBase.class) {
            children(n);
        } else if (c == HtmlEntity.class) {
            out.text(n.getChars().unescape());
        } else if (c == HardLineBreak.class) {
            out.raw("<br />\n");
        } else if (c == AutoLink.class) {
            links.autoLink((AutoLink) n);
        } else if (c == MailLink.class) {
            links.mailLink((MailLink) n);
        } else if (c == Image.class) {
            links.image((Image) n);
        } else if (c == ImageRef.class) {
            links.imageRef((ImageRef) n);
        } else if (c == FencedCodeBlock.class) {
            fencedCode((FencedCodeBlock) n);
        } else if (c == IndentedCodeBlock.class) {
            indentedCode((IndentedCodeBlock) n);
        } else if (c == ThematicBreak.class) {
            out.line();
            out.raw("<hr />");
            out.line();
        } else if (c == HtmlBlock.class) {
            htmlBlock((HtmlBlock) n);
        } else if (c == HtmlCommentBlock.class || c == HtmlInnerBlock.class || c == HtmlInnerBlockComment.class
                || c == HtmlInline.class || c == HtmlInlineComment.class) {
            // Raw HTML is escaped as text (ESCAPE_HTML); only a whole HtmlBlock gets a paragraph.
            out.text(SourceText.normalizeEol(n.getChars()));
        } else if (c == Reference.class || c == TableSeparator.class) {
            // Definitions and the |---| row render nothing.
        } else if (c == TableBlock.class) {
            table(n);
        } else if (c == TableHead.class) {
            tableSection("thead", n);
        } else if (c == TableBody.class) {
            tableSection("tbody", n);
        } else if (c == TableRow.class) {
            out.line();
            out.raw("<tr>");
            children(n);
            out.raw("</tr>");
            out.line();
        } else if (c == TableCell.class) {
            tableCell((TableCell) n);
        } else if (c == TableCaption.class) {
            out.line();
            out.raw("<caption>");
            children(n);
            out.raw("</caption>");
            out.line();
        } else if (c == FootnoteBlock.class) {
            footnoteDefinition((FootnoteBlock) n);
        } else if (c == CitationNode.class) {
            out.text(n.getChars());
        } else {
            // A node type this writer does not know (a new flexmark version, another extension):
            // keep its content, escaped, rather than drop it. flexmark itself would drop it.
            children(n);
        }
    }

    private void inlineTag(String tag, Node n) {
        out.raw("<").raw(tag).raw(">");
        children(n);
        out.raw("</").raw(tag).raw(">");
    }

    /** A block element with its children on lines of their own. */
    private void block(String tag, String attributes, Node n) {
        out.line();
        out.raw("<").raw(tag);
        if (attributes != null) {
            out.raw(attributes);
        }
        out.raw(">");
        out.line();
        children(n);
        out.line();
        out.raw("</").raw(tag).raw(">");
        out.line();
    }

    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (p.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(p, listOptions, document)) {
            children(p); // a tight list item's text goes without <p>
            return;
        }
        out.line();
        out.raw("<p>");
        children(p);
        out.raw("</p>");
        out.line();
    }

    private void heading(Heading h) {
        String tag = "h" + h.getLevel();
        out.line();
        out.raw("<").raw(tag);
        String id = h.getAnchorRefId();
        if (id != null && !id.isEmpty()) {
            out.attribute("id", id);
        }
        out.raw(">");
        children(h);
        out.raw("</").raw(tag).raw(">");
        out.line();
    }

    private void listItem(ListItem item) {
        out.line();
        out.raw("<li>");
        BasedSequence suffix = item.getMarkerSuffix();
        if (!suffix.isEmpty()) {
            out.text(suffix.unescape());
        }
        children(item);
        out.raw("</li>");
        out.line();
    }

    private void fencedCode(FencedCodeBlock code) {
        out.line();
        out.raw("<pre>");
        out.pre(true);
        out.raw("<code");
        BasedSequence info = code.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            out.attribute("class", "language-" + code.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape());
        }
        out.raw(">");
        out.text(SourceText.normalizeEol(code.getContentChars()));
        out.raw("</code></pre>");
        out.pre(false);
        out.line();
    }

    private void indentedCode(IndentedCodeBlock code) {
        out.line();
        out.raw("<pre>");
        out.pre(true);
        out.raw("<code>");
        out.text(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        out.raw("</code></pre>");
        out.pre(false);
        out.line();
    }

    private void htmlBlock(HtmlBlock block) {
        out.line();
        if (block.hasChildren()) {
            children(block); // inner blocks, only with parser options we do not set
        } else {
            String html = SourceText.normalizeEol(block.getContentChars());
            if (!html.isEmpty() && html.charAt(html.length() - 1) == '\n') {
                html = html.substring(0, html.length() - 1);
            }
            out.raw("<p>");
            out.text(html);
            out.raw("</p>");
            out.line();
        }
        out.line();
    }

    // ---- Tables (ScrollingTables' wrapper around the tables extension's markup) ------------------

    private void table(Node table) {
        out.raw("<div class=\"table-wrap\" tabindex=\"0\">"); // no line before: ScrollingTables wrote none
        out.line();
        block("table", null, table);
        out.line();
        out.raw("</div>");
        out.line();
    }

    private void tableSection(String tag, Node n) {
        out.line();
        out.raw("<").raw(tag).raw(">");
        children(n);
        out.raw("</").raw(tag).raw(">");
        out.line();
    }

    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        out.raw("<").raw(tag);
        if (cell.getAlignment() != null) {
            switch (cell.getAlignment()) {
                case LEFT -> out.raw(" align=\"left\"");
                case CENTER -> out.raw(" align=\"center\"");
                case RIGHT -> out.raw(" align=\"right\"");
                default -> { }
            }
        }
        out.raw(">");
        children(cell);
        out.raw("</").raw(tag).raw(">");
    }

    // ---- Footnotes ------------------------------------------------------------------------------

    /** A footnote definition is rendered on its own, into the page's notes, not into the flow. */
    private void footnoteDefinition(FootnoteBlock block) {
        if (notes == null) {
            return;
        }
        AstHtmlWriter sub = new AstHtmlWriter(document, null, listOptions, text, block.getTextLength());
        sub.children(block);
        notes.defineFootnote(block.getText().toString(), sub.out.toString());
    }

}
