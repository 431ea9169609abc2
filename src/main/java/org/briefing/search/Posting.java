package org.briefing.search;

import java.util.Arrays;

/**
 * A growing list of (page, place on the page, weighted term frequency) for one term, kept as
 * unsigned variable-length numbers (7 bits a byte): at 10,000 pages the postings are the largest
 * thing the build holds, and this takes about a quarter of the room int arrays would. Triples
 * come in page order but for those of pages taken in anew after the kept ones: then {@link
 * #sorted} is false and {@link #read} sorts them.
 */
final class Posting {
    private byte[] bytes = new byte[8];
    private int size;
    private long last = -1;
    boolean sorted = true;
    int count;

    void add(int page, int part, int tf) {
        long key = ((long) page << 32) | part;
        sorted &= key > last;
        last = key;
        put(page);
        put(part);
        put(tf);
        count++;
    }

    /**
     * Appends {@code triples} triples kept as bytes {@code from[start, end)}, the last of them on
     * page {@code lastPage}, part {@code lastPart}.
     */
    void append(byte[] from, int start, int end, int triples, int lastPage, int lastPart) {
        if (triples == 0) {
            return;
        }
        if (size + (end - start) > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + (end - start), bytes.length + (bytes.length >> 1)));
        }
        System.arraycopy(from, start, bytes, size, end - start);
        size += end - start;
        count += triples;
        long key = ((long) lastPage << 32) | lastPart;
        sorted &= key >= last;
        last = key;
    }

    private void put(int value) {
        if (size + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + 5, bytes.length + (bytes.length >> 1)));
        }
        int v = value;
        while ((v & ~0x7F) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** The triples, in page and part order, into the arrays, each at least {@link #count} long. */
    void read(int[] pages, int[] parts, int[] tfs) {
        int[] at = {0};
        for (int i = 0; i < count; i++) {
            pages[i] = varint(bytes, at);
            parts[i] = varint(bytes, at);
            tfs[i] = varint(bytes, at);
        }
        if (!sorted) {
            sort(pages, parts, tfs, count);
        }
    }

    /** The first {@code count} triples sorted by page and part: as one long each when they fit in one. */
    private static void sort(int[] pages, int[] parts, int[] tfs, int count) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            if (pages[i] >= 1 << 23 || parts[i] >= 1 << 20 || tfs[i] >= 1 << 20) {
                sortBoxed(pages, parts, tfs, count);
                return;
            }
            keys[i] = (long) pages[i] << 40 | (long) parts[i] << 20 | tfs[i];
        }
        Arrays.sort(keys);
        for (int i = 0; i < count; i++) {
            pages[i] = (int) (keys[i] >>> 40);
            parts[i] = (int) (keys[i] >>> 20) & 0xFFFFF;
            tfs[i] = (int) keys[i] & 0xFFFFF;
        }
    }

    private static void sortBoxed(int[] pages, int[] parts, int[] tfs, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> pages[x] != pages[y] ? Integer.compare(pages[x], pages[y]) : Integer.compare(parts[x], parts[y]));
        int[] p = Arrays.copyOf(pages, count);
        int[] q = Arrays.copyOf(parts, count);
        int[] f = Arrays.copyOf(tfs, count);
        for (int i = 0; i < count; i++) {
            pages[i] = p[order[i]];
            parts[i] = q[order[i]];
            tfs[i] = f[order[i]];
        }
    }

    /** {@code count} triples as {@link IndexState} keeps them. */
    static byte[] of(int[] pages, int[] parts, int[] tfs, int count) {
        Posting p = new Posting();
        for (int i = 0; i < count; i++) {
            p.add(pages[i], parts[i], tfs[i]);
        }
        return p.bytes();
    }

    /** The {@code count} triples {@link IndexState} kept as {@code bytes}, in order. */
    static Posting of(byte[] bytes, int count) {
        Posting p = new Posting();
        p.bytes = bytes;
        p.size = bytes.length;
        p.count = count;
        return p;
    }

    /** The unsigned varint at {@code at[0]}, which moves past it. */
    static int varint(byte[] bytes, int[] at) {
        int v = 0;
        int shift = 0;
        byte b;
        do {
            if (shift > 28) {
                throw new IllegalArgumentException("varint too long");
            }
            b = bytes[at[0]++];
            v |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        if (v < 0) {
            throw new IllegalArgumentException("negative varint");
        }
        return v;
    }
}
