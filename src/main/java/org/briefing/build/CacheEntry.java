package org.briefing.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Severity;
import org.briefing.search.SearchDocs;

/**
 * The bytes of one cached {@link PageResult}, in three parts, so that a build reads of most
 * entries only what it needs when it needs it: a large site's pages are mostly in place already
 * (their HTML is not read), and the search index takes the searchable parts one page after another
 * (they are not all held at once):
 * <ol>
 * <li>a magic number, the format version, the lengths of the fields and of the search part; the
 * generator's fingerprint and the entry's own key, then every field but the searchable parts and
 * the HTML; a CRC-32 of all of it;</li>
 * <li>the searchable parts, then a CRC-32 of the whole entry before it;</li>
 * <li>the HTML, then a CRC-32 of the whole entry before it.</li>
 * </ol>
 * Anything that does not read back whole and exactly (a truncated file, flipped bits, another
 * format or generator, an entry filed under the wrong key) is rejected, never trusted.
 */
final class CacheEntry {
    private static final int MAGIC = 0x42524643; // "BRFC"
    private static final int FORMAT = 5;
    /** Magic number, format, the fields' length and the search part's length. */
    static final int HEAD = 16;
    /** Longest string an entry may hold: a page is at most a few MiB. */
    private static final int MAX_STRING = 64 * 1024 * 1024;

    private CacheEntry() {
    }

    static byte[] encode(String generator, String key, PageResult r) {
        ByteArrayOutputStream fields = new ByteArrayOutputStream(4096);
        ByteArrayOutputStream searchable = new ByteArrayOutputStream(8192);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(r.utf8().length + 16384);
        try (DataOutputStream f = new DataOutputStream(fields); DataOutputStream s = new DataOutputStream(searchable);
             DataOutputStream out = new DataOutputStream(bytes)) {
            string(f, generator);
            string(f, key);
            string(f, r.path());
            string(f, r.outputFile());
            string(f, r.htmlId());
            strings(f, r.cited());
            f.writeInt(r.diagnostics().size());
            for (Diagnostic d : r.diagnostics()) {
                string(f, d.path());
                f.writeInt(d.line());
                f.writeInt(d.column());
                f.writeBoolean(d.isError());
                string(f, d.message());
                string(f, d.hint() == null ? "" : d.hint());
            }
            strings(f, r.anchors().stream().sorted().toList());
            strings(f, r.ids().stream().sorted().toList());
            strings(f, r.links());
            map(f, r.anchorDeps());
            map(f, r.sourceDeps());
            f.flush();
            search(s, r.search());
            s.flush();
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(fields.size());
            out.writeInt(searchable.size());
            fields.writeTo(out);
            out.flush();
            out.writeLong(crc(bytes.toByteArray(), bytes.size()));
            searchable.writeTo(out);
            out.flush();
            out.writeLong(crc(bytes.toByteArray(), bytes.size()));
            out.writeInt(r.utf8().length);
            out.write(r.utf8());
            out.flush();
            out.writeLong(crc(bytes.toByteArray(), bytes.size()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /**
     * How many bytes from its start an entry's first part takes (all that {@link #decode} without the
     * HTML reads), given at least its first {@link #HEAD} bytes; -1 if they are not the start of an entry.
     */
    static int firstPartLength(byte[] head) {
        int[] lengths = lengths(head);
        return lengths == null ? -1 : HEAD + lengths[0] + 8;
    }

    /**
     * How many bytes from its start an entry's first two parts take (all that {@link #search}
     * reads), given at least its first {@link #HEAD} bytes; -1 if they are not the start of an entry.
     */
    static int searchPartEnd(byte[] head) {
        int[] lengths = lengths(head);
        return lengths == null ? -1 : HEAD + lengths[0] + 8 + lengths[1] + 8;
    }

    /** The lengths of the fields and of the search part, if {@code head} starts an entry of this format. */
    private static int[] lengths(byte[] head) {
        if (head.length < HEAD) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head);
        int fields = b.getInt(8);
        int search = b.getInt(12);
        if (b.getInt(0) != MAGIC || b.getInt(4) != FORMAT || fields < 0 || fields > MAX_STRING
                || search < 0 || search > MAX_STRING) {
            return null;
        }
        return new int[] {fields, search};
    }

    /** The entry, if {@code bytes} is a whole, intact entry for this generator and key. */
    static Optional<PageResult> decode(String generator, String key, byte[] bytes) {
        return decode(generator, key, bytes, true);
    }

    /**
     * The same; without {@code withHtml} the result's HTML is left empty, its searchable parts are
     * {@link SearchDocs#NONE} and only the entry's first part is read and checked ({@code bytes}
     * may be that part alone): for a build that needs the HTML only to write the page, and the
     * searchable parts only in the search index ({@link #search}).
     */
    static Optional<PageResult> decode(String generator, String key, byte[] bytes, boolean withHtml) {
        return decode(generator, key, bytes, withHtml, java.util.function.UnaryOperator.identity());
    }

    /**
     * The same, with each id, link, source id and digest read replaced by {@code same} (an equal
     * string), so that the many a large site's pages share (note links, nav links, the digests of the
     * sources they cite) are held once, not once a page, while the build keeps every page's.
     */
    static Optional<PageResult> decode(String generator, String key, byte[] bytes, boolean withHtml,
                                       java.util.function.UnaryOperator<String> same) {
        try {
            Optional<CacheReader> opened = open(generator, key, bytes, withHtml);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            CacheReader in = opened.get();
            String path = string(in);
            String outputFile = string(in);
            String htmlId = string(in);
            byte[] html = withHtml ? html(bytes).orElseThrow() : new byte[0];
            List<String> cited = strings(in, same);
            int n = count(in);
            List<Diagnostic> diagnostics = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String p = string(in);
                int line = in.readInt();
                int col = in.readInt();
                Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
                String message = string(in);
                String hint = string(in);
                diagnostics.add(new Diagnostic(p, line, col, severity, message, hint));
            }
            Set<String> anchors = new HashSet<>(strings(in, same));
            Set<String> ids = new HashSet<>(strings(in, same));
            List<String> links = strings(in, same);
            Map<String, String> anchorDeps = map(in, same);
            Map<String, String> sourceDeps = map(in, same);
            if (in.available() != 0) {
                return Optional.empty();
            }
            SearchDocs search = SearchDocs.NONE;
            if (withHtml) {
                Optional<SearchDocs> read = searchPart(bytes);
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                search = read.get();
            }
            return Optional.of(new PageResult(path, outputFile, html, cited, diagnostics, anchors, ids, links,
                    anchorDeps, sourceDeps, search, htmlId));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // torn or foreign: a miss, rebuilt from the source
        }
    }

    private static void search(DataOutputStream out, SearchDocs search) throws IOException {
        out.writeInt(search.parts().size());
        for (SearchDocs.Part p : search.parts()) {
            out.writeBoolean(p.pageTop());
            string(out, p.anchor());
            string(out, p.heading());
            string(out, p.text());
            out.writeInt(p.length());
            string(out, p.terms());
            out.writeInt(p.tfs().length);
            for (int tf : p.tfs()) {
                out.writeInt(tf);
            }
        }
    }

    private static SearchDocs search(CacheReader in) throws IOException {
        int n = count(in);
        List<SearchDocs.Part> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean top = in.readBoolean();
            String anchor = string(in);
            String heading = string(in);
            String text = string(in);
            int length = in.readInt();
            String terms = string(in);
            int[] tfs = new int[count(in)];
            for (int j = 0; j < tfs.length; j++) {
                tfs[j] = in.readInt();
            }
            parts.add(new SearchDocs.Part(top, anchor, heading, text, terms, tfs, length));
        }
        return new SearchDocs(parts);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(CacheReader in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad length");
        }
        return in.utf8(n);
    }

    private static byte[] bytes(CacheReader in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING || n > in.available()) {
            throw new IOException("bad length");
        }
        return in.readNBytes(n);
    }

    /**
     * Only the searchable parts of the entry, if {@code bytes} starts with its first two parts (or
     * is all of it), intact, for this generator and key.
     */
    static Optional<SearchDocs> search(String generator, String key, byte[] bytes) {
        try {
            int end = searchPartEnd(bytes);
            if (end < 0 || bytes.length < end
                    || crc(bytes, end - 8) != java.nio.ByteBuffer.wrap(bytes, end - 8, 8).getLong()) {
                return Optional.empty();
            }
            return open(generator, key, bytes, false).isEmpty() ? Optional.empty() : searchPart(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The searchable parts of an entry whose first two parts are already checked. */
    private static Optional<SearchDocs> searchPart(byte[] bytes) throws IOException {
        int end = searchPartEnd(bytes);
        CacheReader in = new CacheReader(bytes, firstPartLength(bytes), end - 8);
        SearchDocs docs = search(in);
        return in.available() == 0 ? Optional.of(docs) : Optional.empty();
    }

    /**
     * Only the HTML of the entry, if {@code bytes} is a whole, intact entry for this generator and
     * key: checked as {@link #decode} checks it, without decoding the other fields again.
     */
    static Optional<byte[]> html(String generator, String key, byte[] bytes) {
        try {
            return open(generator, key, bytes, true).isEmpty() ? Optional.empty() : html(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The HTML of an entry already checked whole. */
    private static Optional<byte[]> html(byte[] bytes) throws IOException {
        CacheReader in = new CacheReader(bytes, searchPartEnd(bytes), bytes.length - 8);
        byte[] html = bytes(in);
        return in.available() == 0 ? Optional.of(html) : Optional.empty();
    }

    /**
     * A reader of the entry's fields past the generator and key, if {@code bytes} starts with an
     * intact first part (its CRC holds) of this format, generator and key and, with {@code whole},
     * is the whole entry, intact (its last CRC covers all before it, the search part too).
     */
    private static Optional<CacheReader> open(String generator, String key, byte[] bytes, boolean whole) throws IOException {
        int first = firstPartLength(bytes);
        if (first < 0 || bytes.length < first || whole && bytes.length < searchPartEnd(bytes) + 4 + 8) {
            return Optional.empty();
        }
        if (crc(bytes, first - 8) != java.nio.ByteBuffer.wrap(bytes, first - 8, 8).getLong()) {
            return Optional.empty();
        }
        if (whole && crc(bytes, bytes.length - 8) != java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            return Optional.empty();
        }
        CacheReader in = new CacheReader(bytes, HEAD, first - 8);
        if (!string(in).equals(generator) || !string(in).equals(key)) {
            return Optional.empty();
        }
        return Optional.of(in);
    }

    private static void strings(DataOutputStream out, Collection<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(CacheReader in, java.util.function.UnaryOperator<String> same) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(same.apply(string(in)));
        }
        return out;
    }

    private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (var e : new java.util.TreeMap<>(map).entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
    }

    private static Map<String, String> map(CacheReader in, java.util.function.UnaryOperator<String> same) throws IOException {
        int n = count(in);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(same.apply(string(in)), same.apply(string(in)));
        }
        return out;
    }

    private static int count(CacheReader in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad count");
        }
        return n;
    }
}
