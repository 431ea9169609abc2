package org.briefing.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@link PageText}'s cut of a page's {@code <main>}, made in one pass over the markup instead of
 * through a parsed tree: the per-page step runs it on every page, and the tree cost more than the
 * rest of the search work (measured on 3,000 pages of the benchmark corpus). It reads only markup
 * whose tree is its nesting as written, so that walking the tags in order is walking the tree an
 * HTML parser builds. Anything else gives up (empty), and {@link PageText} parses the page: a tag
 * left open or closed out of turn, a block in a paragraph, text or a row a table would move, a tag
 * outside the list below, {@code /&gt;} on a tag that is not void, a character reference it does
 * not know or without its semicolon, a comment or declaration of an unusual form, a NUL.
 * Its tests compare it with the parsed cut on every page of the briefing and on random markup.
 */
final class MainSections {
    /** The HTML tags read, each with whether the parser's tag table calls it a block; test-checked against it. */
    static final Map<String, Boolean> TAGS = Map.ofEntries(
            Map.entry("p", true), Map.entry("div", true), Map.entry("section", true), Map.entry("article", true),
            Map.entry("aside", true), Map.entry("nav", true), Map.entry("header", true), Map.entry("footer", true),
            Map.entry("address", true), Map.entry("blockquote", true), Map.entry("figure", true),
            Map.entry("figcaption", true), Map.entry("ul", true), Map.entry("ol", true), Map.entry("li", true),
            Map.entry("dl", true), Map.entry("dt", true), Map.entry("dd", true), Map.entry("h1", true),
            Map.entry("h2", true), Map.entry("h3", true), Map.entry("h4", true), Map.entry("h5", true),
            Map.entry("h6", true), Map.entry("hr", true), Map.entry("pre", true), Map.entry("details", true),
            Map.entry("summary", false), Map.entry("table", true), Map.entry("caption", true),
            Map.entry("colgroup", true), Map.entry("col", true), Map.entry("thead", true), Map.entry("tbody", true),
            Map.entry("tfoot", true), Map.entry("tr", true), Map.entry("td", true), Map.entry("th", true),
            Map.entry("a", false), Map.entry("abbr", false), Map.entry("b", false), Map.entry("bdi", false),
            Map.entry("bdo", false), Map.entry("br", false), Map.entry("cite", false), Map.entry("code", false),
            Map.entry("data", false), Map.entry("del", false), Map.entry("dfn", false), Map.entry("em", false),
            Map.entry("i", false), Map.entry("img", false), Map.entry("ins", false), Map.entry("kbd", false),
            Map.entry("mark", false), Map.entry("q", false), Map.entry("s", false), Map.entry("samp", false),
            Map.entry("small", false), Map.entry("span", false), Map.entry("strong", false), Map.entry("sub", false),
            Map.entry("sup", false), Map.entry("time", false), Map.entry("u", false), Map.entry("var", false),
            Map.entry("wbr", false));
    /** The void tags among them: never closed, {@code /&gt;} allowed. */
    static final Set<String> VOID = Set.of("br", "col", "hr", "img", "wbr");
    /** What a paragraph may hold without the parser closing it. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr", "script", "style", "svg");
    /** Inside an {@code svg} (skipped whole), the drawing tags read; anything else gives up. */
    private static final Set<String> SVG = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline",
            "polygon", "text", "tspan", "title", "desc", "defs", "use", "symbol", "lineargradient", "radialgradient",
            "stop", "clippath", "mask", "pattern", "marker");
    /** Where a table's parts may go: a part's tag -> the tags its parent may have. */
    private static final Map<String, Set<String>> TABLE_PARENTS = Map.of(
            "caption", Set.of("table"), "colgroup", Set.of("table"), "thead", Set.of("table"),
            "tbody", Set.of("table"), "tfoot", Set.of("table"), "tr", Set.of("thead", "tbody", "tfoot"),
            "td", Set.of("tr"), "th", Set.of("tr"), "col", Set.of("colgroup"));
    /** Elements whose own text a parser would move out (non-blank) and which take only table parts. */
    private static final Set<String> TABLE_CONTEXT = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    /** Thrown (without a stack) where the markup needs a parser. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** One open element. */
    private static final class Open {
        final String name;
        final boolean hidden;   // skipped, or inside something skipped or a heading being read
        final boolean spaced;   // walked, and a block: a space before and after
        final boolean heading;  // a heading with an id, whose text is read whole at its end tag
        final boolean svg;
        final int start;        // where its start tag begins
        final int mark;         // the section text's length when it opened (a sup that may be a note marker)
        boolean noteMarker;
        boolean pendingAtMark;

        Open(String name, boolean hidden, boolean spaced, boolean heading, boolean svg, int start, int mark) {
            this.name = name;
            this.hidden = hidden;
            this.spaced = spaced;
            this.heading = heading;
            this.svg = svg;
            this.start = start;
            this.mark = mark;
        }
    }

    private final String s;
    private final char[] cs; // s's characters: read a character at a time, an array is cheaper than charAt
    private final int end;
    private final UnaryOperator<String> headingText;
    private final List<PageText.Section> out = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private final CollapsedText text = new CollapsedText();
    private String anchor = "";
    private String heading = "";
    private int i;
    private int paragraphs;
    private int headings;
    private int links;
    private int sups;

    private MainSections(String s, int from, int end, UnaryOperator<String> headingText) {
        this.s = s;
        this.cs = s.toCharArray();
        this.i = from;
        this.end = end;
        this.headingText = headingText;
    }

    /**
     * The sections of {@code html}'s {@code <main>}, or empty where a parser is needed;
     * {@code headingText} gives the text of one heading element's markup, as the parser's tree does.
     */
    static Optional<List<PageText.Section>> of(String html, UnaryOperator<String> headingText) {
        int start = html.indexOf("<main");
        int last = html.lastIndexOf("</main>");
        if (start < 0 || last <= start) {
            return Optional.empty();
        }
        MainSections m = new MainSections(html, start + 1, last, headingText);
        try {
            if (!m.name().equals("main") || m.attributes().selfClosing) {
                return Optional.empty();
            }
            m.scan();
            return Optional.of(m.out);
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    private void scan() {
        while (i < end) {
            int lt = i;
            while (lt < end && cs[lt] != '<') {
                lt++;
            }
            if (lt >= end) {
                text(i, end);
                i = end;
                break;
            }
            text(i, lt);
            i = lt;
            char c = lt + 1 < end ? cs[lt + 1] : ' ';
            if (isAsciiLetter(c)) {
                i = lt + 1;
                startTag(lt);
            } else if (c == '/') {
                i = lt + 2;
                if (i >= end || !isAsciiLetter(cs[i])) {
                    throw GIVE_UP;
                }
                endTag();
            } else if (c == '!') {
                comment();
            } else if (c == '?') {
                throw GIVE_UP;
            } else {
                text(lt, lt + 1); // a "<" that starts no tag is text
                i = lt + 1;
            }
        }
        if (!open.isEmpty()) {
            throw GIVE_UP;
        }
        close();
    }

    private void startTag(int tagStart) {
        String name = name();
        Attributes a = attributes();
        Open parent = open.isEmpty() ? null : open.get(open.size() - 1);
        if (parent != null && parent.svg) {
            if (!SVG.contains(name)) {
                throw GIVE_UP;
            }
            if (!a.selfClosing) {
                open.add(new Open(name, true, false, false, true, tagStart, 0));
            }
            return;
        }
        String parentName = parent == null ? "main" : parent.name;
        boolean hidden = parent != null && parent.hidden;
        if (name.equals("svg")) {
            checkContext(name, parentName);
            if (!a.selfClosing) {
                open.add(new Open(name, true, false, false, true, tagStart, 0));
            }
            return;
        }
        if (name.equals("script") || name.equals("style")) {
            checkContext(name, parentName);
            if (a.selfClosing) {
                throw GIVE_UP;
            }
            skipRawText(name);
            return;
        }
        Boolean block = TAGS.get(name);
        if (block == null || a.selfClosing && !VOID.contains(name)) {
            throw GIVE_UP;
        }
        checkContext(name, parentName);
        boolean skipped = hidden || a.hidden || "doc-endnotes".equals(a.role) || "skip".equals(a.search);
        if (!hidden && parent != null && parent.name.equals("sup") && name.equals("a") && "doc-noteref".equals(a.role)) {
            parent.noteMarker = true; // a sup whose child is a note link: left out whole
        }
        boolean spaced = !skipped && (block || name.equals("br") || name.equals("td") || name.equals("th"));
        boolean isHeading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        if (VOID.contains(name)) {
            if (spaced) {
                text.space();
            }
            return;
        }
        boolean readHeading = !skipped && isHeading && name.charAt(1) >= '2' && name.charAt(1) <= '4'
                && a.id != null && !a.id.isEmpty();
        if (readHeading) {
            if (sups > 0) {
                throw GIVE_UP; // a note marker around it would hide it
            }
            close();
            anchor = a.id;
            open.add(new Open(name, true, false, true, false, tagStart, 0));
        } else {
            if (spaced) {
                text.space();
            }
            Open o = new Open(name, skipped, spaced, false, false, tagStart, text.length());
            o.pendingAtMark = text.pending;
            open.add(o);
        }
        count(name, 1);
    }

    /** Gives up where the parser would close, move or add an element rather than nest this one. */
    private void checkContext(String name, String parentName) {
        if (paragraphs > 0 && !PHRASING.contains(name)
                || headings > 0 && name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                || links > 0 && name.equals("a")) {
            throw GIVE_UP;
        }
        Set<String> parents = TABLE_PARENTS.get(name);
        if (parents != null ? !parents.contains(parentName) : TABLE_CONTEXT.contains(parentName)) {
            throw GIVE_UP;
        }
        if (name.equals("li") || name.equals("dd") || name.equals("dt")) {
            // An open item of the same list (up to the list itself) would be closed by this one.
            Set<String> items = name.equals("li") ? Set.of("li") : Set.of("dd", "dt");
            Set<String> lists = name.equals("li") ? Set.of("ul", "ol") : Set.of("dl");
            for (int k = open.size() - 1; k >= 0; k--) {
                String n = open.get(k).name;
                if (lists.contains(n)) {
                    break;
                }
                if (items.contains(n)) {
                    throw GIVE_UP;
                }
            }
        }
    }

    private void count(String name, int by) {
        switch (name) {
            case "p" -> paragraphs += by;
            case "a" -> links += by;
            case "sup" -> sups += by;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headings += by;
            default -> {
            }
        }
    }

    private void endTag() {
        String name = name();
        while (i < end && isSpace(cs[i])) {
            i++;
        }
        if (i >= end || cs[i] != '>') {
            throw GIVE_UP;
        }
        i++;
        if (open.isEmpty() || !open.get(open.size() - 1).name.equals(name)) {
            throw GIVE_UP;
        }
        Open o = open.remove(open.size() - 1);
        if (o.svg) {
            return;
        }
        count(name, -1);
        if (o.heading) {
            heading = headingText.apply(s.substring(o.start, i));
        } else if (!o.hidden) {
            if (o.noteMarker) {
                text.reset(o.mark, o.pendingAtMark); // a note marker is left out whole
            } else if (o.spaced) {
                text.space();
            }
        }
    }

    /** A comment, skipped; any other {@code <!...>} gives up. */
    private void comment() {
        if (!s.startsWith("<!--", i) || s.startsWith("<!-->", i) || s.startsWith("<!--->", i)) {
            throw GIVE_UP;
        }
        int close = s.indexOf("-->", i + 4);
        if (close < 0 || close + 3 > end || s.substring(i + 4, close).contains("--!>")) {
            throw GIVE_UP;
        }
        i = close + 3;
    }

    private void skipRawText(String name) {
        int k = i;
        while (true) {
            int lt = s.indexOf("</", k);
            if (lt < 0 || lt >= end) {
                throw GIVE_UP;
            }
            int after = lt + 2 + name.length();
            if (s.regionMatches(true, lt + 2, name, 0, name.length()) && after < end
                    && (isSpace(cs[after]) || cs[after] == '>' || cs[after] == '/')) {
                i = lt + 2;
                name();
                int gt = s.indexOf('>', i);
                if (gt < 0 || gt >= end || !s.substring(i, gt).isBlank()) {
                    throw GIVE_UP;
                }
                i = gt + 1;
                return;
            }
            k = lt + 2;
        }
    }

    /** A tag's name from {@code i}, in lower case. */
    private String name() {
        int from = i;
        while (i < end) {
            char c = cs[i];
            if (isSpace(c) || c == '/' || c == '>') {
                break;
            }
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-')) {
                throw GIVE_UP;
            }
            i++;
        }
        if (i >= end) {
            throw GIVE_UP;
        }
        return s.substring(from, i).toLowerCase(java.util.Locale.ROOT);
    }

    /** What the scan needs of one start tag's attributes; the first of a repeated one counts. */
    private static final class Attributes {
        String id;
        String role;
        String search;
        boolean hidden;
        boolean selfClosing;
    }

    /** The attributes from {@code i} to the end of the start tag, which {@code i} is left past. */
    private Attributes attributes() {
        Attributes a = new Attributes();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (true) {
            while (i < end && isSpace(cs[i])) {
                i++;
            }
            if (i >= end) {
                throw GIVE_UP;
            }
            char c = cs[i];
            if (c == '>') {
                i++;
                return a;
            }
            if (c == '/') {
                if (i + 1 < end && cs[i + 1] == '>') {
                    a.selfClosing = true;
                    i += 2;
                    return a;
                }
                throw GIVE_UP;
            }
            int from = i;
            while (i < end && !isSpace(c = cs[i]) && c != '/' && c != '>' && c != '=') {
                if (c == '"' || c == '\'' || c == '<' || c == 0) {
                    throw GIVE_UP;
                }
                i++;
            }
            if (i == from || i >= end) {
                throw GIVE_UP;
            }
            String name = s.substring(from, i).toLowerCase(java.util.Locale.ROOT);
            while (i < end && isSpace(cs[i])) {
                i++;
            }
            String raw = "";
            if (i < end && cs[i] == '=') {
                i++;
                while (i < end && isSpace(cs[i])) {
                    i++;
                }
                raw = value();
            }
            if (!seen.add(name)) {
                continue;
            }
            switch (name) {
                case "id" -> a.id = decode(raw);
                case "role" -> a.role = decode(raw);
                case "data-search" -> a.search = decode(raw);
                case "hidden" -> a.hidden = true;
                default -> {
                }
            }
        }
    }

    private String value() {
        if (i >= end) {
            throw GIVE_UP;
        }
        char q = cs[i];
        if (q == '"' || q == '\'') {
            int close = s.indexOf(q, i + 1);
            if (close < 0 || close + 1 >= end) {
                throw GIVE_UP;
            }
            String raw = s.substring(i + 1, close);
            i = close + 1;
            char next = cs[i];
            if (!isSpace(next) && next != '>' && next != '/') {
                throw GIVE_UP;
            }
            return raw;
        }
        int from = i;
        char c;
        while (i < end && !isSpace(c = cs[i]) && c != '>') {
            if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`' || c == 0) {
                throw GIVE_UP;
            }
            i++;
        }
        if (i == from) {
            throw GIVE_UP;
        }
        return s.substring(from, i);
    }

    /** The text from {@code from} to {@code to}, where it is read: decoded, into the section. */
    private void text(int from, int to) {
        Open top = open.isEmpty() ? null : open.get(open.size() - 1);
        boolean table = top != null && !top.svg && TABLE_CONTEXT.contains(top.name);
        boolean hidden = top != null && top.hidden;
        int run = from;
        for (int k = from; k < to; k++) {
            char c = cs[k];
            if (table && !isSpace(c) || c == 0) {
                throw GIVE_UP; // a parser would move this text out of the table, or drop the NUL
            }
            if (c == '&') {
                if (!hidden) {
                    text.append(cs, run, k);
                }
                StringBuilder decoded = hidden ? null : new StringBuilder(2);
                run = reference(k, to, decoded);
                k = run - 1;
                if (decoded != null) {
                    text.append(decoded.toString().toCharArray(), 0, decoded.length());
                }
            }
        }
        if (!hidden) {
            text.append(cs, run, to);
        }
    }

    /** Decodes the character reference at {@code amp} into {@code into} (if not null); where it ends. */
    private int reference(int amp, int to, StringBuilder into) {
        int k = amp + 1;
        if (k < to && cs[k] == '#') {
            k++;
            boolean hex = k < to && (cs[k] == 'x' || cs[k] == 'X');
            if (hex) {
                k++;
            }
            int from = k;
            long value = 0;
            while (k < to && Character.digit(cs[k], hex ? 16 : 10) >= 0 && k - from < 8) {
                value = value * (hex ? 16 : 10) + Character.digit(cs[k], hex ? 16 : 10);
                k++;
            }
            if (k == from || k >= to || cs[k] != ';' || value == 0 || value > 0x10FFFF
                    || value >= 0xD800 && value <= 0xDFFF || value >= 0x80 && value <= 0x9F) {
                throw GIVE_UP;
            }
            if (into != null) {
                into.appendCodePoint((int) value);
            }
            return k + 1;
        }
        int from = k;
        while (k < to && (isAsciiLetter(cs[k]) || cs[k] >= '0' && cs[k] <= '9')) {
            k++;
        }
        if (k == from) {
            if (into != null) {
                into.append('&'); // "&" before no name is text
            }
            return amp + 1;
        }
        String decoded = k < to && cs[k] == ';' ? ENTITIES.get(s.substring(from, k)) : null;
        if (decoded == null) {
            throw GIVE_UP;
        }
        if (into != null) {
            into.append(decoded);
        }
        return k + 1;
    }

    /** An attribute value decoded, or giving up on a reference it does not know. */
    private String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder();
        MainSections m = new MainSections(raw, 0, raw.length(), headingText);
        int k = 0;
        while (k < raw.length()) {
            int amp = raw.indexOf('&', k);
            if (amp < 0) {
                b.append(raw, k, raw.length());
                break;
            }
            b.append(raw, k, amp);
            k = m.reference(amp, raw.length(), b);
        }
        return b.toString();
    }

    /** Ends the section being read: as {@link PageText} does, an empty one without a heading is dropped. */
    private void close() {
        String t = text.toString();
        if (!t.isEmpty() || !heading.isEmpty()) {
            out.add(new PageText.Section(anchor, heading, t));
        }
        text.reset(0, false);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
