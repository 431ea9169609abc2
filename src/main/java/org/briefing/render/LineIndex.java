package org.briefing.render;

import java.util.Arrays;
import org.briefing.diag.Position;

/** Maps character offsets in a page body back to file lines and columns. */
final class LineIndex {
    private final String path;
    private final int firstLine;
    private final int[] starts;

    LineIndex(String path, String text, int firstLine) {
        this.path = path;
        this.firstLine = firstLine;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
    }

    Position at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(path, firstLine + line, offset - starts[line] + 1);
    }
}
