package org.briefing.pdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One rendered page as a chapter of the PDF: its main content without the site's frame, each note
 * moved to a footnote beside the first marker that cites it, every id prefixed with the chapter's
 * own so pages cannot clash, and every link turned into a jump inside the PDF where its target is in
 * it (an absolute address where it is not, or plain text when the site has no address).
 */
final class ChapterMarkup {
    /** The site's pages are resolved against this made-up origin, which never reaches the PDF. */
    private static final URI ORIGIN = URI.create("https://site.invalid/");

    private final Map<String, String> anchorsByUrl;
    private final String baseUrl;

    /** {@code anchorsByUrl}: each chapter's site-relative URL to its anchor in the PDF. */
    ChapterMarkup(Map<String, String> anchorsByUrl, String baseUrl) {
        this.anchorsByUrl = Map.copyOf(anchorsByUrl);
        this.baseUrl = baseUrl;
    }

    /** The chapter as a {@code <section>} with the given anchor, holding a running title and the page's content. */
    Element chapter(Edition.Chapter page, String anchor) {
        Document doc = Jsoup.parse(page.html());
        Element main = doc.selectFirst("main");
        Element content = main != null ? main : doc.body();
        // "Cite this page" names the web page and links files beside it: not part of the printed edition.
        content.select("script, noscript, template, .skip-link, [hidden], .cite-this").remove();
        footnotes(content);
        Element section = new Element("section").addClass("chapter").attr("id", anchor);
        section.appendElement("div").addClass("running-title").text(page.title());
        for (Element child : content.children()) {
            section.appendChild(child.clone());
        }
        rewrite(section, page.url(), anchor);
        return section;
    }

    /**
     * Turns the endnotes into footnotes: a copy of each note (its number and text, not its
     * back-links) floats beside the first marker citing it, and the endnotes list goes. A marker
     * inside a table gets its note before the table, since footnotes cannot float out of a cell.
     */
    private static void footnotes(Element content) {
        Element endnotes = content.selectFirst("[role=doc-endnotes]");
        if (endnotes == null) {
            return;
        }
        // Two markers side by side are kept apart on paper: "2,1", not "21".
        for (Element sup : content.select("sup.noteref")) {
            if (sup.previousSibling() instanceof Element before && before.tagName().equals("sup") && before.hasClass("noteref")) {
                sup.prependText(",");
            }
        }
        Set<String> placed = new HashSet<>();
        for (Element marker : content.select("a[role=doc-noteref]")) {
            String id = marker.attr("href").startsWith("#") ? marker.attr("href").substring(1) : "";
            Element note = id.isEmpty() ? null : endnotes.getElementById(id);
            if (note == null || !placed.add(id)) {
                continue;
            }
            Element footnote = new Element("span").addClass("footnote").attr("id", id);
            footnote.appendElement("span").addClass("footnote-number").text(marker.text() + ". ");
            Element text = note.clone();
            text.select(".backlinks").remove();
            footnote.appendChildren(text.childNodesCopy());
            hang(footnote, marker);
        }
        endnotes.remove();
    }

    /**
     * Puts a footnote right after its marker, or, for a marker inside a table, on a line just
     * before the table, since footnotes cannot float out of a table cell.
     */
    static void hang(Element footnote, Element marker) {
        Element anchorPoint = marker.parent() != null && marker.parent().tagName().equals("sup") ? marker.parent() : marker;
        Element table = anchorPoint.closest("table");
        if (table == null) {
            anchorPoint.after(footnote);
            return;
        }
        Element wrap = table.parent() != null && table.parent().hasClass("table-wrap") ? table.parent() : table;
        Element holder = wrap.previousElementSibling();
        if (holder == null || !holder.hasClass("table-notes")) {
            // A footnote needs a line to hang from: a zero-width space makes one.
            holder = new Element("p").addClass("table-notes").appendText("\u200B");
            wrap.before(holder);
        }
        holder.appendChild(footnote);
    }

    /** Prefixes ids and resolves links; drops attributes that mean nothing on paper. */
    private void rewrite(Element section, String pageUrl, String anchor) {
        for (Element e : section.select("[id]")) {
            if (e != section) {
                e.attr("id", anchor + "--" + e.attr("id"));
            }
        }
        for (Element e : section.select("[aria-labelledby], [aria-describedby]")) {
            for (String attr : new String[] {"aria-labelledby", "aria-describedby"}) {
                if (e.hasAttr(attr)) {
                    e.attr(attr, anchor + "--" + e.attr(attr));
                }
            }
        }
        section.select("[tabindex]").removeAttr("tabindex");
        section.select("[download]").removeAttr("download");
        for (Element a : section.select("a[href]")) {
            String target = target(a.attr("href"), pageUrl, anchor);
            if (target.isEmpty()) {
                a.removeAttr("href");
            } else {
                a.attr("href", target);
            }
        }
    }

    /** Where a link of the page at {@code pageUrl} goes in the PDF: "#anchor", an absolute URL, or "" for nowhere. */
    String target(String href, String pageUrl, String anchor) {
        if (href.startsWith("#")) {
            return href.length() == 1 ? "#" + anchor : "#" + anchor + "--" + href.substring(1);
        }
        URI resolved;
        try {
            resolved = ORIGIN.resolve(new URI(null, null, pageUrl, null)).resolve(new URI(href));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
        if (!ORIGIN.getHost().equals(resolved.getHost())) {
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme();
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? href : "";
        }
        String path = resolved.getPath() == null ? "" : resolved.getPath().replaceFirst("^/", "");
        if (path.endsWith("index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        String chapter = anchorsByUrl.get(path);
        String fragment = resolved.getFragment();
        if (chapter != null) {
            return fragment == null || fragment.isEmpty() ? "#" + chapter : "#" + chapter + "--" + fragment;
        }
        if (baseUrl.isEmpty()) {
            return "";
        }
        return baseUrl + resolved.getRawPath().replaceFirst("^/", "")
                + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
    }
}
