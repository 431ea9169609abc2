package org.briefing.render;

import java.util.Arrays;
import org.briefing.diag.Position;

/**
 * Maps character offsets in a page body back to file lines and columns. Only a page with a
 * problem needs it, so the line starts are found on the first question, not for every page.
 */
final class LineIndex {
    private final String path;
    private final String text;
    private final int firstLine;
    private volatile int[] starts;

    LineIndex(String path, String text, int firstLine) {
        this.path = path;
        this.text = text;
        this.firstLine = firstLine;
    }

    Position at(int offset) {
        int[] s = starts;
        if (s == null) {
            s = lineStarts(text);
            starts = s;
        }
        int i = Arrays.binarySearch(s, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(path, firstLine + line, offset - s[line] + 1);
    }

    private static int[] lineStarts(String text) {
        int[] s = new int[16];
        int n = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = nl + 1;
        }
        return Arrays.copyOf(s, n);
    }
}
