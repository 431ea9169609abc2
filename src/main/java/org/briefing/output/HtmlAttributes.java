package org.briefing.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code id}, {@code href} and {@code src} attributes of every start tag of an HTML page,
 * as a browser tokenises them: double-quoted, single-quoted or unquoted values, white space around
 * {@code =}, any case, character references decoded, the first of repeated attributes kept.
 * Comments, {@code <!...>}, {@code <?...>}, end tags and the text of raw-text elements
 * ({@code script}, {@code style}, {@code textarea}, {@code title}, ...) are skipped. A few times
 * cheaper than a full parse (measured against jsoup at 1,000 pages); its tests check it against jsoup.
 */
final class HtmlAttributes {
    /** The attributes wanted from one start tag, in document order. */
    record Attribute(String name, String value) {
    }

    private static final List<String> RAW_TEXT = List.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    private final String html;
    private int i;

    private HtmlAttributes(String html) {
        this.html = html;
    }

    /** Every id, href and src value of the page, in document order. */
    static List<Attribute> of(String html) {
        List<Attribute> out = new ArrayList<>();
        new HtmlAttributes(html).scan(out);
        return out;
    }

    private void scan(List<Attribute> out) {
        int n = html.length();
        while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                i = commentEnd(i + 4);
            } else if (c == '!' || c == '?' || c == '/' && i + 2 < n && !isAsciiLetter(html.charAt(i + 2))) {
                int end = html.indexOf('>', i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '/') {
                skipTag(); // an end tag: its attributes mean nothing
            } else if (isAsciiLetter(c)) {
                int nameStart = i + 1;
                int nameEnd = startTag(out);
                if (is(nameStart, nameEnd, "plaintext")) {
                    return;
                }
                for (String raw : RAW_TEXT) {
                    if (is(nameStart, nameEnd, raw)) {
                        skipRawText(raw);
                        break;
                    }
                }
            } else {
                i++;
            }
        }
    }

    /** Whether {@code html[from, to)} is {@code name}, in any case. */
    private boolean is(int from, int to, String name) {
        return to - from == name.length() && html.regionMatches(true, from, name, 0, name.length());
    }

    /**
     * Reads the start tag at {@code i}, adding its wanted attributes to {@code out}; returns where
     * its name ends. Allocates only for the values kept: this runs over every tag of every page.
     */
    private int startTag(List<Attribute> out) {
        int n = html.length();
        int start = ++i;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        int tagEnd = i;
        int seen = 0; // bits of id, href, src: the first of repeated attributes wins
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                return tagEnd;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i++;
            while (i < n && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            int nameEnd = i;
            int wanted = is(nameStart, nameEnd, "id") ? 1 : is(nameStart, nameEnd, "href") ? 2
                    : is(nameStart, nameEnd, "src") ? 4 : 0;
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(html.charAt(i))) {
                    i++;
                }
                value = value();
            } else {
                i = nameEnd;
            }
            if (wanted != 0 && (seen & wanted) == 0) {
                seen |= wanted;
                out.add(new Attribute(wanted == 1 ? "id" : wanted == 2 ? "href" : "src", decode(value)));
            }
        }
        return tagEnd;
    }

    /** An attribute value at {@code i}: quoted with " or ', or unquoted up to white space or '>'. */
    private String value() {
        int n = html.length();
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
            char q = html.charAt(i);
            int end = html.indexOf(q, i + 1);
            String v = html.substring(i + 1, end < 0 ? n : end);
            i = end < 0 ? n : end + 1;
            return v;
        }
        int start = i;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
        }
        return html.substring(start, i);
    }

    /** Where a comment whose text starts at {@code from} ends; "<!-->" and "<!--->" end at once, as in a browser. */
    private int commentEnd(int from) {
        if (html.startsWith(">", from)) {
            return from + 1;
        }
        if (html.startsWith("->", from)) {
            return from + 2;
        }
        int end = html.indexOf("-->", from);
        return end < 0 ? html.length() : end + 3;
    }

    private void skipTag() {
        int end = html.indexOf('>', i);
        i = end < 0 ? html.length() : end + 1;
    }

    /** Skips to the end tag of a raw-text element (its text holds no tags). */
    private void skipRawText(String tag) {
        int n = html.length();
        while ((i = html.indexOf("</", i)) >= 0) {
            int after = i + 2 + tag.length();
            if (html.regionMatches(true, i + 2, tag, 0, tag.length())
                    && (after >= n || isSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>')) {
                return;
            }
            i += 2;
        }
        i = n;
    }

    /** Decodes the character references HTML writers use: numeric ones and the five of XML. */
    static String decode(String v) {
        int amp = v.indexOf('&');
        if (amp < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length()).append(v, 0, amp);
        int k = amp;
        while (k < v.length()) {
            char c = v.charAt(k);
            int semi = c == '&' ? v.indexOf(';', k) : -1;
            if (semi > k + 1 && semi - k <= 10) {
                String ref = v.substring(k + 1, semi);
                int cp = codePoint(ref);
                if (cp >= 0) {
                    b.appendCodePoint(cp);
                    k = semi + 1;
                    continue;
                }
            }
            b.append(c);
            k++;
        }
        return b.toString();
    }

    private static int codePoint(String ref) {
        switch (ref) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            default: break;
        }
        try {
            int cp = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16)
                    : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
            return cp > 0 && Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
