package org.briefing.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What one build's search index was made from, kept for the next build ({@link SearchIndex#write}):
 * each page's address, title, the id naming its parts, where its parts can be asked for again and
 * their lengths; each term's postings as (page, part, weighted count) triples in page order, with
 * the length of its entry in the term files; each term file's range and name; the BM25 pivot. The
 * next build takes in again only the pages whose id changed, and makes again only the term files
 * whose terms changed. Written and read here as bytes with a header, a context (the caller's: the
 * generator's fingerprint) and a CRC-32; anything else reads as no state. A triple is checked
 * when it is read ({@link Damaged}), not when the state is.
 */
public final class IndexState {
    private static final String HEADER = "briefing search index 2";
    /** No index yet: every page is taken in. */
    static final IndexState EMPTY = new IndexState(List.of(), new String[0], new int[0], new int[0], new byte[0][],
            List.of(), 0);

    /**
     * One page as the index last took it: its {@code source} is where its parts can be asked for
     * again ("" if nowhere); a page left out (it failed) has the id "" and no parts.
     */
    public record Page(String url, String title, String id, String source, int[] lengths) {
        boolean same(String url, String title, String id) {
            return !id.isEmpty() && this.id.equals(id) && this.url.equals(url) && this.title.equals(title);
        }
    }

    /** One term file: its first and last terms, how many it holds, the id in its name and the name of its bytes. */
    record Shard(String first, String last, int terms, String id, String name) {
    }

    /** A state whose triples do not fit its pages: the index is then made without it. */
    static final class Damaged extends RuntimeException {
        Damaged(String message) {
            super(message);
        }
    }

    final List<Page> pages;
    /** Sorted; each with its number of sections, its entry's length and its triples as unsigned varints. */
    final String[] terms;
    final int[] counts;
    final int[] entryLengths;
    final byte[][] postings;
    final List<Shard> shards;
    final double pivot;

    IndexState(List<Page> pages, String[] terms, int[] counts, int[] entryLengths, byte[][] postings, List<Shard> shards,
               double pivot) {
        this.pages = List.copyOf(pages);
        this.terms = terms;
        this.counts = counts;
        this.entryLengths = entryLengths;
        this.postings = postings;
        this.shards = List.copyOf(shards);
        this.pivot = pivot;
    }

    /** This state as bytes, under {@code context}. */
    public byte[] bytes(String context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            writeTo(bytes, context);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Writes {@link #bytes} to {@code sink} as it goes, without holding them all (25 MB at 10,000 pages). */
    public void writeTo(java.io.OutputStream sink, String context) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(
                new java.io.BufferedOutputStream(sink, 1 << 16), crc));
        string(out, HEADER);
        string(out, context);
        out.writeDouble(pivot);
        out.writeInt(pages.size());
        for (Page p : pages) {
            string(out, p.url());
            string(out, p.title());
            string(out, p.id());
            string(out, p.source());
            out.writeInt(p.lengths().length);
            for (int length : p.lengths()) {
                out.writeInt(length);
            }
        }
        out.writeInt(terms.length);
        for (int t = 0; t < terms.length; t++) {
            string(out, terms[t]);
            out.writeInt(counts[t]);
            out.writeInt(entryLengths[t]);
            out.writeInt(postings[t].length);
            out.write(postings[t]);
        }
        out.writeInt(shards.size());
        for (Shard s : shards) {
            string(out, s.first());
            string(out, s.last());
            out.writeInt(s.terms());
            string(out, s.id());
            string(out, s.name());
        }
        out.flush();
        // The CRC of everything before it, written past the checksum.
        java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(8).putLong(crc.getValue());
        sink.write(tail.array());
        sink.flush();
    }

    /** The state in {@code bytes} if they are whole and were made under {@code context}; else empty. */
    public static Optional<IndexState> of(byte[] bytes, String context) {
        try {
            if (bytes.length < 8) {
                return Optional.empty();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
            if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()
                    || !string(in).equals(HEADER) || !string(in).equals(context)) {
                return Optional.empty();
            }
            double pivot = in.getDouble();
            int n = count(in, 20);
            List<Page> pages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String url = string(in);
                String title = string(in);
                String id = string(in);
                String source = string(in);
                int[] lengths = new int[count(in, 4)];
                for (int j = 0; j < lengths.length; j++) {
                    lengths[j] = in.getInt();
                }
                pages.add(new Page(url, title, id, source, lengths));
            }
            int t = count(in, 16);
            String[] terms = new String[t];
            int[] counts = new int[t];
            int[] entryLengths = new int[t];
            byte[][] postings = new byte[t][];
            for (int k = 0; k < t; k++) {
                terms[k] = string(in);
                counts[k] = in.getInt();
                entryLengths[k] = in.getInt();
                postings[k] = new byte[count(in, 1)];
                in.get(postings[k]);
                if (k > 0 && terms[k - 1].compareTo(terms[k]) >= 0 || counts[k] <= 0 || entryLengths[k] <= 0) {
                    return Optional.empty();
                }
            }
            int s = count(in, 20);
            List<Shard> shards = new ArrayList<>(s);
            for (int k = 0; k < s; k++) {
                String first = string(in);
                String last = string(in);
                shards.add(new Shard(first, last, in.getInt(), string(in), string(in)));
            }
            return in.hasRemaining() || !(pivot >= 1) ? Optional.empty()
                    : Optional.of(new IndexState(pages, terms, counts, entryLengths, postings, shards, pivot));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Term {@code k}'s triples, checked against the pages they name. */
    Posting posting(int k) {
        return Posting.of(postings[k], counts[k]);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) {
        byte[] b = new byte[count(in, 1)];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count of things each at least {@code size} bytes long, refused if the rest cannot hold them. */
    private static int count(ByteBuffer in, int size) {
        int n = in.getInt();
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new IllegalArgumentException("bad count");
        }
        return n;
    }
}
