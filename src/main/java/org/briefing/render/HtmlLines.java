package org.briefing.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.briefing.html.Html;

/**
 * An HTML buffer with the few line rules of flexmark's writer, which our output must keep to stay
 * byte-identical: a new line only when the current one has something, spaces dropped at a line
 * start, at most one empty line in a row, and {@code <pre>} content kept as it is.
 */
final class HtmlLines {
    private final StringBuilder out;
    /** Where the line being written starts in {@link #out}. */
    private int lineStart;
    /** Inside {@code <pre>}: blanks and blank lines are kept. */
    private boolean pre;
    /** The line before {@link #lineStart} was empty (written outside {@code <pre>}). */
    private boolean afterBlank;
    /** The line being written has a character other than blanks. */
    private boolean lineText;

    HtmlLines(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Enters or leaves {@code <pre>} content. */
    void pre(boolean inside) {
        pre = inside;
    }

    /** Ends the line being written, unless it is empty. */
    void line() {
        if (out.length() > lineStart) {
            out.append('\n');
            lineStart = out.length();
            afterBlank = false;
            lineText = false;
        }
    }

    /** Appends markup as it is (still subject to the line rules). */
    HtmlLines raw(String s) {
        if (s.isEmpty()) {
            return this;
        }
        char first = s.charAt(0);
        if ((lineText || first != ' ' && first != '\t' && first != '\n') && s.indexOf('\n') < 0) {
            out.append(s); // the usual case: a tag or token within a line, nothing for the line rules to do
            lineText = true;
            return this;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            put(s.charAt(i));
        }
        return this;
    }

    /**
     * Appends text escaped as flexmark did: {@code & < > "}, and with {@link Html#forbidden}
     * characters (among them the note placeholders, which a character reference in the Markdown
     * can decode into) replaced by U+FFFD. Runs of other characters go in one append.
     */
    void text(CharSequence s) {
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' ? c < '\u007F' || c > '\u009F' && c < '\uFFFE'
                    : c != '&' && c != '<' && c != '"' && c != '\n' && c != '>' && (c >= ' ' || c == '\t')
                    && (lineText || pre || c != ' ' && c != '\t')) {
                lineText |= c != '\t';
                continue;
            }
            out.append(s, from, i);
            switch (c) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '"' -> raw("&quot;");
                default -> put(Html.forbidden(c) ? Html.REPLACEMENT : c);
            }
            from = i + 1;
        }
        out.append(s, from, s.length());
    }

    /**
     * One character, with the line rules of flexmark's writer: outside {@code <pre>}, spaces before
     * anything but tabs on a line are dropped, and a run of empty lines is kept as one.
     */
    void put(char c) {
        if (c == '\n') {
            if (out.length() > lineStart) {
                out.append('\n');
                afterBlank = false;
            } else if (pre || (!afterBlank && out.length() > 0)) {
                out.append('\n');
                afterBlank = !pre;
            }
            lineStart = out.length();
            lineText = false;
        } else if (c == ' ') {
            if (pre || lineText) {
                out.append(c);
            }
        } else {
            out.append(c);
            lineText |= c != '\t';
        }
    }

    /**
     * {@code name="value"}, the value escaped as flexmark did for attributes (entities kept), with
     * {@link Html#forbidden} characters replaced as in {@link #text}.
     */
    void attribute(String name, String value) {
        raw(" ").raw(name).raw("=\"");
        raw(Escaping.escapeHtml(Html.clean(value), true));
        raw("\"");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
