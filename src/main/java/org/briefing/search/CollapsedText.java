package org.briefing.search;

/**
 * Section text collapsed as it is added, as {@link PageText#collapse} does it afterwards: a run
 * of white space is one space, none at the ends.
 */
final class CollapsedText {
    private char[] chars = new char[1024];
    private int length;
    boolean pending; // white space seen since the last character kept, after at least one

    void append(char[] from, int start, int stop) {
        if (length + 2 * (stop - start) + 1 > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + 2 * (stop - start) + 1));
        }
        for (int k = start; k < stop; k++) {
            char c = from[k];
            if (c <= ' ' || c >= 0x80 ? PageText.isCollapsedSpace(c) : false) {
                pending = length > 0;
            } else {
                if (pending) {
                    chars[length++] = ' ';
                    pending = false;
                }
                chars[length++] = c;
            }
        }
    }

    void space() {
        pending = length > 0;
    }

    int length() {
        return length;
    }

    void reset(int to, boolean pendingThen) {
        length = to;
        pending = pendingThen;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
