package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The link scan's attribute reader: exact cases, then jsoup as the oracle over generated pages. */
class HtmlAttributesTest {

    private static List<String> read(String html) {
        return HtmlAttributes.of(html).stream().map(a -> a.name() + "=" + a.value()).toList();
    }

    @Test
    void everyWayOfQuoting() {
        assertEquals(List.of("href=a.html", "id=x y", "src=p.png", "href=b/", "id=n"),
                read("<a href=\"a.html\" ID='x y'><img src=p.png><a\nhref = 'b/'\n/><p id=n>"));
    }

    @Test
    void referencesAreDecodedAndTheFirstOfRepeatedAttributesWins() {
        assertEquals(List.of("href=a?b=1&c=2", "href=it's", "id=one"),
                read("<a href=\"a?b=1&amp;c=2\"><a href='it&#39;s'><b id=one id=two>"));
    }

    @Test
    void commentsScriptsEndTagsAndTextAreSkipped() {
        assertEquals(List.of("src=s.js", "href=real"), read("""
                <!-- <a href="c"> --><!--><!---><script src=s.js>if (a<b) x = '<a href="js">';</script>
                <style>a[href='css'] {}</style><title><a href=t></title></p id=end>a < b <a href=real>
                """));
    }

    @org.briefing.Hardening
    @Test
    void agreesWithJsoupOnGeneratedPages() {
        Random random = new Random(20241018);
        for (int n = 0; n < 3000; n++) {
            String html = page(random);
            assertEquals(sorted(jsoup(html)), sorted(read(html)), html);
        }
    }

    private static List<String> jsoup(String html) {
        List<String> out = new ArrayList<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().equals("id") || a.getKey().equals("href") || a.getKey().equals("src")) {
                    out.add(a.getKey() + "=" + a.getValue());
                }
            }
        }
        return out;
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static final String[] TAGS = {"a", "img", "div", "p", "span", "section", "link", "li", "h2", "script",
        "style", "title", "textarea", "sup", "main", "nav"};
    private static final String[] NAMES = {"id", "href", "src", "ID", "Href", "class", "title", "data-x", "role"};
    private static final String[] PIECES = {"a", "b", "x", "1", "/", ".", "#", "-", ":", "&amp;", "&lt;", "&gt;",
        "&quot;", "&#39;", "&#x27;", "&#8617;", "&apos;"};

    /** A page of well-nested elements with attributes quoted every way, comments, text and raw text. */
    private static String page(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(8);
        for (int k = 0; k < parts; k++) {
            switch (r.nextInt(6)) {
                case 0 -> b.append("<!-- <a href=\"c").append(k).append("\"> -->");
                case 1 -> b.append(" text < ").append(r.nextInt(9)).append(" & more ");
                default -> element(r, b);
            }
        }
        return b.toString();
    }

    private static void element(Random r, StringBuilder b) {
        String tag = TAGS[r.nextInt(TAGS.length)];
        b.append('<').append(r.nextBoolean() ? tag : tag.toUpperCase(java.util.Locale.ROOT));
        int attrs = r.nextInt(4);
        for (int a = 0; a < attrs; a++) {
            b.append(r.nextInt(5) == 0 ? "\n" : " ").append(NAMES[r.nextInt(NAMES.length)]);
            if (r.nextInt(6) == 0) {
                continue; // no value
            }
            b.append(r.nextInt(4) == 0 ? " = " : "=");
            String value = value(r);
            switch (r.nextInt(3)) {
                case 0 -> b.append('"').append(value.replace("\"", "&quot;")).append(r.nextBoolean() ? "'" : "").append('"');
                case 1 -> b.append('\'').append(value.replace("'", "&#39;")).append(r.nextBoolean() ? " \" " : "").append('\'');
                default -> b.append(value.isEmpty() ? "v" : value);
            }
        }
        b.append(r.nextInt(5) == 0 ? " />" : ">");
        if (tag.equals("img") || tag.equals("link")) {
            return;
        }
        if (tag.equals("script") || tag.equals("style") || tag.equals("title") || tag.equals("textarea")) {
            b.append("if (a<b) '<a href=\"raw\" id=raw>' </notit>");
        } else if (r.nextInt(3) == 0 && !tag.equals("a")) {
            element(r, b);
        } else {
            b.append("t");
        }
        b.append("</").append(tag).append(r.nextInt(4) == 0 ? " id=\"end\">" : ">");
    }

    private static String value(Random r) {
        StringBuilder v = new StringBuilder();
        int len = r.nextInt(6);
        for (int i = 0; i < len; i++) {
            v.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return v.toString();
    }
}
