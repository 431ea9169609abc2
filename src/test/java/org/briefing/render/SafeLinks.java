package org.briefing.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.briefing.html.UrlPolicy;

/**
 * The oracle's link rules (see {@link FlexmarkOracle}); production applies the same in
 * {@link AstHtmlWriter}. Last line of defence on every rendered link and image: an unsafe scheme loses its href/src
 * (the text stays), external links get {@code rel="noopener noreferrer"}.
 */
final class SafeLinks implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        String href = attributes.getValue("href");
        if (attributes.contains("href")) {
            if (!UrlPolicy.isSafe(href)) {
                attributes.remove("href");
            } else if (UrlPolicy.isExternal(href)) {
                attributes.replaceValue("rel", "noopener noreferrer");
            }
        }
        if (attributes.contains("src") && !UrlPolicy.isSafe(attributes.getValue("src"))) {
            attributes.replaceValue("src", "data-removed");
        }
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SafeLinks();
        }
    }
}
