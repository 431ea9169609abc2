package org.briefing.render;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The characters of a parsed page's tree as plain strings, cheaply: slices of the page's Markdown
 * where they can be, and flexmark's unescaping only where there is something to unescape.
 */
final class SourceText {
    /** The page's Markdown, which the tree's character sequences are (mostly) slices of. */
    private final Object base;
    private final String source;

    SourceText(Object base) {
        this.base = base;
        this.source = base.toString();
    }

    /**
     * The characters of {@code s}: straight from the page source when they are one unbroken stretch
     * of one line of it (nearly always), which skips flexmark's per-character segment lookups.
     */
    String string(BasedSequence s) {
        if (s.getBase() == base) {
            int start = s.getStartOffset();
            int end = s.getEndOffset();
            if (end - start == s.length()) {
                // Same length as its span, within one line: no prefix left out, no tab expanded.
                String t = source.substring(start, end);
                if (t.indexOf('\n') < 0 && t.indexOf('\0') < 0) {
                    return t;
                }
            }
        }
        return s.toString();
    }

    /** Backslash escapes and entities resolved, as flexmark's {@code unescape()}; fast when there are none. */
    static String unescape(CharSequence s) {
        String t = s.toString();
        return t.indexOf('\\') < 0 && t.indexOf('&') < 0 ? t : Escaping.unescapeString(t);
    }

    /** Line ends as LF, as flexmark's renderer wrote them. */
    static String normalizeEol(CharSequence s) {
        String t = s.toString();
        return t.indexOf('\r') < 0 ? t : Escaping.normalizeEOL(t);
    }
}
