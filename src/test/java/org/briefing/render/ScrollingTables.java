package org.briefing.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * The oracle's half of the table wrapper (see {@link FlexmarkOracle}); production writes the same
 * markup in {@link AstHtmlWriter}. Wraps every Markdown table in {@code <div class="table-wrap" tabindex="0">}, the scroll
 * container that keeps a wide table readable on a phone. The wrapper is focusable so a keyboard
 * user can scroll it too (WCAG 2.1.1; axe rule scrollable-region-focusable). The table itself is
 * rendered unchanged by the tables extension.
 */
final class ScrollingTables implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // No options of its own.
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                    html.attr("class", "table-wrap").attr("tabindex", "0").withAttr().tag("div").line();
                    context.delegateRender();
                    html.tag("/div").line();
                })));
    }
}
