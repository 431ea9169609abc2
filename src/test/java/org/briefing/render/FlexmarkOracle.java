package org.briefing.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's own HtmlRenderer configured exactly as production used it before {@link AstHtmlWriter}
 * (escaped HTML, parsed heading ids, {@link ScrollingTables}, {@link SafeLinks}, note tokens as
 * they are, footnote bodies rendered on the side): the oracle of {@code RenderingDifferentialTest}.
 */
final class FlexmarkOracle {
    /** Where the footnote bodies of the document being rendered go, label to HTML, first one kept. */
    private static final NullableDataKey<Map<String, String>> FOOTNOTES = new NullableDataKey<>("ORACLE_FOOTNOTES");

    private final HtmlRenderer renderer;

    FlexmarkOracle() {
        MutableDataSet options = MarkdownRenderer.parserOptions();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new NotesExtension(), new NotesRendering(),
                new ScrollingTables()));
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeLinks.Factory())
                .htmlIdGeneratorFactory(new ParsedIds.Factory()).build();
    }

    /** The rendered body and the footnote bodies, of a document PageReferences has already rewritten. */
    record Output(String html, Map<String, String> footnotes) {
    }

    Output render(Document document) {
        Map<String, String> footnotes = new LinkedHashMap<>();
        FOOTNOTES.set(document, footnotes);
        return new Output(renderer.render(document), footnotes);
    }

    /** What NotesExtension rendered: tokens raw, footnote definitions on the side, citations as text. */
    private static final class NotesRendering implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // No options of its own.
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                    new NodeRenderingHandler<>(NoteToken.class, (node, context, html) -> html.raw(node.tokens)),
                    new NodeRenderingHandler<>(FootnoteBlock.class, NotesRendering::defineFootnote),
                    new NodeRenderingHandler<>(CitationNode.class, (node, context, html) -> html.text(node.getChars()))));
        }

        private static void defineFootnote(FootnoteBlock node, NodeRendererContext context, HtmlWriter html) {
            Map<String, String> footnotes = FOOTNOTES.get(node.getDocument());
            if (footnotes != null) {
                NodeRendererContext sub = context.getSubContext(false);
                sub.renderChildren(node);
                footnotes.putIfAbsent(node.getText().toString(), sub.getHtmlWriter().toString());
            }
        }
    }

    /** Heading ids as MarkdownRenderer.parse made them: the renderer reads them instead of generating them again. */
    private static final class ParsedIds extends HeaderIdGenerator {
        @Override
        public void generateIds(Document document) {
            // Already done once, in parse.
        }

        static final class Factory extends HeaderIdGenerator.Factory {
            @Override
            public HeaderIdGenerator create(LinkResolverContext context) {
                return new ParsedIds();
            }
        }
    }
}
