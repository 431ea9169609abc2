package org.briefing.diag;

import java.util.Arrays;

/**
 * Maps character offsets in a text back to file lines and columns (both from 1, columns in
 * UTF-16 characters): {@code new LineIndex("content/a.md", body, 5).at(offset)}. The one place
 * offsets become positions. The line starts are found on the first question, not before, as only
 * a text with a problem is ever asked. Safe to share between threads.
 */
public final class LineIndex {
    private final String path;
    private final CharSequence text;
    private final int firstLine;
    private volatile int[] starts;

    /** {@code firstLine} is the file line {@code text} starts on (a page body starts after its front matter). */
    public LineIndex(String path, CharSequence text, int firstLine) {
        this.path = path;
        this.text = text;
        this.firstLine = firstLine;
    }

    /** The position of the character at {@code offset} (or just past the end). */
    public Position at(int offset) {
        int[] s = starts;
        if (s == null) {
            s = lineStarts(text);
            starts = s;
        }
        int i = Arrays.binarySearch(s, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(path, firstLine + line, offset - s[line] + 1);
    }

    private static int[] lineStarts(CharSequence text) {
        String t = text.toString(); // String.indexOf is many times faster than a charAt loop
        int[] s = new int[16];
        int n = 1;
        for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', nl + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = nl + 1;
        }
        return Arrays.copyOf(s, n);
    }
}
