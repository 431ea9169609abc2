package org.briefing.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The one place jsoup is used for search: a rendered page's {@code <main>} cut into sections at its
 * headings ({@code h2}-{@code h4} with an id). The part before the first such heading is the page's
 * top (anchor ""). Note markers, the endnotes and anything marked {@code data-search="skip"} are left
 * out. {@link MainSections} reads most pages in one pass; the parsed tree is walked only where it
 * gives up.
 */
final class PageText {
    private PageText() {
    }

    /** One searchable section: the heading's id (or "" for the page top), its text and the text under it. */
    record Section(String anchor, String heading, String text) {
    }

    static List<Section> sections(String html) {
        return MainSections.of(html, PageText::headingText).orElseGet(() -> parsed(html));
    }

    /** The text of one heading element's markup, as its element's {@code text()} gives it. */
    static String headingText(String markup) {
        Element heading = Jsoup.parseBodyFragment(markup).body().firstElementChild();
        return heading == null ? "" : heading.text();
    }

    /** The sections as the parsed tree gives them: {@link MainSections}' oracle. */
    static List<Section> parsed(String html) {
        // Only <main> is read: parsing it alone spares the head, header and footer of every page.
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        Document doc = Jsoup.parseBodyFragment(start >= 0 && end > start ? html.substring(start, end + 7) : html);
        Element main = doc.selectFirst("main");
        List<Section> out = new ArrayList<>();
        if (main == null) {
            return out;
        }
        Cutter cutter = new Cutter(out);
        cutter.walk(main);
        cutter.close();
        return out;
    }

    /** White space runs as one space, none at the ends. */
    static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isCollapsedSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** What {@link #collapse} takes for white space. */
    static boolean isCollapsedSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private static final class Cutter {
        private final List<Section> out;
        private String anchor = "";
        private String heading = "";
        private StringBuilder text = new StringBuilder();

        Cutter(List<Section> out) {
            this.out = out;
        }

        void walk(Element e) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    append(t.getWholeText());
                } else if (child instanceof Element el) {
                    if (skipped(el)) {
                        continue;
                    }
                    if (el.nameIs("h2") || el.nameIs("h3") || el.nameIs("h4")) {
                        if (!el.id().isEmpty()) {
                            close();
                            anchor = el.id();
                            heading = el.text();
                            continue;
                        }
                    }
                    boolean block = el.isBlock() || el.nameIs("br") || el.nameIs("td") || el.nameIs("th");
                    if (block) {
                        append(" ");
                    }
                    walk(el);
                    if (block) {
                        append(" ");
                    }
                }
            }
        }

        private static boolean skipped(Element el) {
            return el.nameIs("script") || el.nameIs("style") || el.nameIs("template") || el.nameIs("svg")
                    || el.hasAttr("hidden") || "doc-endnotes".equals(el.attr("role"))
                    || "skip".equals(el.attr("data-search")) || el.nameIs("sup") && isNoteMarker(el);
        }

        private static boolean isNoteMarker(Element sup) {
            for (Element child : sup.children()) {
                if (child.nameIs("a") && "doc-noteref".equals(child.attr("role"))) {
                    return true;
                }
            }
            return false;
        }

        private void append(String s) {
            text.append(s);
        }

        void close() {
            String t = collapse(text);
            if (!t.isEmpty() || !heading.isEmpty()) {
                out.add(new Section(anchor, heading, t));
            }
            text = new StringBuilder();
        }
    }
}
