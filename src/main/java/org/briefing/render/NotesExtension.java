package org.briefing.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.briefing.cite.PageNotes;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Citations and footnotes for flexmark: parses {@code [@key]} and takes flexmark's footnote
 * parsing, but renders neither itself. Marks become {@link NoteToken}s and footnote definitions are
 * rendered separately, so the notes of a page are assembled in one place ({@code Endnotes}).
 */
final class NotesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** The page's notes, set on each document before it renders, so footnote bodies land there. */
    static final NullableDataKey<PageNotes> NOTES = new NullableDataKey<>("BRIEFING_PAGE_NOTES");

    private final FootnoteExtension footnotes = FootnoteExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        footnotes.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        footnotes.extend(builder);
        builder.linkRefProcessorFactory(new CitationLinkRefProcessor.Factory());
    }

    /** Renders a footnote definition into the page's notes instead of the page flow. */
    private static void defineFootnote(FootnoteBlock node, NodeRendererContext context, HtmlWriter html) {
        PageNotes notes = NOTES.get(node.getDocument());
        if (notes != null) {
            NodeRendererContext sub = context.getSubContext(false);
            sub.renderChildren(node);
            notes.defineFootnote(node.getText().toString(), sub.getHtmlWriter().toString());
        }
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // No options of its own.
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                new NodeRenderingHandler<>(NoteToken.class, (node, context, html) -> html.raw(node.tokens)),
                new NodeRenderingHandler<>(FootnoteBlock.class, NotesExtension::defineFootnote),
                new NodeRenderingHandler<>(CitationNode.class, (node, context, html) -> html.text(node.getChars()))));
    }
}
