package org.briefing.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an entry's fields in place: a plain cursor, as {@link java.io.DataInputStream} over a
 * {@link java.io.ByteArrayInputStream} takes a lock for every byte and costs several times more on the
 * hundreds of thousands of small fields a large site's cache holds.
 */
final class CacheReader {
    private final byte[] bytes;
    private final int end;
    private int at;

    CacheReader(byte[] bytes, int end) {
        this(bytes, 0, end);
    }

    /** A reader of {@code bytes} from {@code from} (inclusive) to {@code end}. */
    CacheReader(byte[] bytes, int from, int end) {
        this.bytes = bytes;
        this.at = from;
        this.end = end;
    }

    int available() {
        return end - at;
    }

    int readInt() throws IOException {
        need(4);
        int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
        at += 4;
        return v;
    }

    boolean readBoolean() throws IOException {
        need(1);
        return bytes[at++] != 0;
    }

    byte[] readNBytes(int n) throws IOException {
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(bytes, at, at + n);
        at += n;
        return b;
    }

    void skip(int n) throws IOException {
        need(n);
        at += n;
    }

    String utf8(int n) throws IOException {
        need(n);
        String s = new String(bytes, at, n, StandardCharsets.UTF_8);
        at += n;
        return s;
    }

    private void need(int n) throws IOException {
        if (n < 0 || n > end - at) {
            throw new IOException("truncated");
        }
    }
}
