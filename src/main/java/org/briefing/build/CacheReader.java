package org.briefing.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
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

    /** A length-prefixed UTF-8 string. */
    String string() throws IOException {
        int n = readInt();
        if (n < 0 || n > CacheEntry.MAX_STRING) {
            throw new IOException("bad length");
        }
        return utf8(n);
    }

    /** Length-prefixed bytes. */
    byte[] bytes() throws IOException {
        int n = readInt();
        if (n < 0 || n > CacheEntry.MAX_STRING || n > available()) {
            throw new IOException("bad length");
        }
        return readNBytes(n);
    }

    /** A count of what follows, which cannot be more than the bytes left. */
    int count() throws IOException {
        int n = readInt();
        if (n < 0 || n > available()) {
            throw new IOException("bad count");
        }
        return n;
    }

    /** A counted list of strings, each replaced by {@code same} (an equal string). */
    List<String> strings(UnaryOperator<String> same) throws IOException {
        int n = count();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(same.apply(string()));
        }
        return out;
    }

    /** A counted map of strings in the order written, each replaced by {@code same}. */
    Map<String, String> map(UnaryOperator<String> same) throws IOException {
        int n = count();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(same.apply(string()), same.apply(string()));
        }
        return out;
    }

    private void need(int n) throws IOException {
        if (n < 0 || n > end - at) {
            throw new IOException("truncated");
        }
    }
}
