package org.briefing.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.function.Consumer;
import org.briefing.html.UrlPolicy;

/**
 * Links and images of a page's tree as {@link AstHtmlWriter} writes them, with the rules every
 * link and image gets: a {@code javascript:} URL as flexmark suppressed it, an unsafe href dropped
 * (the text stays), an unsafe src replaced by "data-removed", {@code rel="noopener noreferrer"}
 * on external links.
 */
final class LinkMarkup {
    private final HtmlLines out;
    private final SourceText text;
    private final Document document;
    /** Writes a node's children: link text is ordinary inline content. */
    private final Consumer<Node> children;

    LinkMarkup(HtmlLines out, SourceText text, Document document, Consumer<Node> children) {
        this.out = out;
        this.text = text;
        this.document = document;
        this.children = children;
    }

    void link(Link link) {
        String url = text.string(link.getUrl());
        if (suppressed(url)) {
            children.accept(link);
            return;
        }
        anchor(SourceText.unescape(url), link.getTitle().isNotNull() ? link.getTitle().unescape() : null, () -> children.accept(link));
    }

    void linkRef(LinkRef ref) {
        Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
        if (reference == null) {
            // Not a link after all: its brackets stay as text around its content.
            if (!ref.hasChildren()) {
                out.text(ref.getChars().unescape());
            } else {
                out.text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                children.accept(ref);
                out.text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
            return;
        }
        String url = reference.getUrl().unescape();
        if (suppressed(url)) {
            children.accept(ref);
            return;
        }
        anchor(url, reference.getTitle().isNotNull() ? reference.getTitle().unescape() : null, () -> children.accept(ref));
    }

    /** {@code <a>} with SafeLinks' rules: an unsafe href is dropped, an external one gets rel. */
    private void anchor(String href, String title, Runnable content) {
        out.raw("<a");
        boolean safe = UrlPolicy.isSafe(href);
        if (safe) {
            out.attribute("href", href);
        }
        if (title != null) {
            out.attribute("title", title);
        }
        if (safe && UrlPolicy.isExternal(href)) {
            out.raw(" rel=\"noopener noreferrer\"");
        }
        out.raw(">");
        content.run();
        out.raw("</a>");
    }

    void autoLink(AutoLink link) {
        String text = link.getText().toString();
        if (suppressed(link.getUrl())) {
            out.text(text);
            return;
        }
        anchor(text.startsWith("www.") ? "http://" + text : text, null, () -> out.text(text));
    }

    void mailLink(MailLink link) {
        String text = link.getText().unescape();
        if (suppressed(link.getUrl())) {
            out.text(text);
            return;
        }
        anchor("mailto:" + text, null, () -> out.text(text));
    }

    void image(Image image) {
        String url = text.string(image.getUrl());
        if (suppressed(url)) {
            return;
        }
        String src = SourceText.unescape(url);
        if (!image.getUrlContent().isEmpty()) {
            // flexmark's multi-line image URL content, encoded as its renderer did.
            src += Escaping.percentEncodeUrl(image.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        img(src, new TextCollectingVisitor().collectAndGetText(image),
                image.getTitle().isNotNull() ? image.getTitle().unescape() : null);
    }

    void imageRef(ImageRef ref) {
        Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
        if (reference == null) {
            out.text(ref.getChars().unescape());
            return;
        }
        String src = reference.getUrl().unescape();
        if (suppressed(src)) {
            return;
        }
        img(src, new TextCollectingVisitor().collectAndGetText(ref),
                reference.getTitle().isNotNull() ? reference.getTitle().unescape() : null);
    }

    /** {@code <img>} with SafeLinks' rule: an unsafe src becomes "data-removed", in place. */
    private void img(String src, String alt, String title) {
        out.raw("<img");
        out.attribute("src", UrlPolicy.isSafe(src) ? src : "data-removed");
        out.attribute("alt", alt);
        if (title != null) {
            out.attribute("title", title);
        }
        out.raw(" />");
    }

    /** flexmark's default SUPPRESSED_LINKS, {@code javascript:.*} matched whole: such links render as their text, such images not at all. */
    private static boolean suppressed(CharSequence url) {
        int n = url.length();
        if (n < 11 || !"javascript:".contentEquals(url.subSequence(0, 11))) {
            return false;
        }
        for (int i = 11; i < n; i++) {
            char c = url.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // the regex's '.' does not match line terminators
            }
        }
        return true;
    }
}
