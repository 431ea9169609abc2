package org.briefing.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
    static final int MAX_STRING = 64 * 1024 * 1024;

    private CacheEntry() {
    }

    static byte[] encode(String generator, String key, PageResult r) {
        ByteArrayOutputStream fields = new ByteArrayOutputStream(4096);
        ByteArrayOutputStream searchable = new ByteArrayOutputStream(8192);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(r.utf8().length + 16384);
        // Each CRC covers everything written before it, so one running CRC gives all three.
        CRC32 crc = new CRC32();
        try (DataOutputStream f = new DataOutputStream(fields); DataOutputStream s = new DataOutputStream(searchable);
             DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(bytes, crc))) {
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
            out.writeLong(crc.getValue());
            searchable.writeTo(out);
            out.writeLong(crc.getValue());
            out.writeInt(r.utf8().length);
            out.write(r.utf8());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Whether the CRC in the 8 bytes before {@code end} is that of all the bytes before it. */
    private static boolean crcHolds(byte[] bytes, int end) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, end - 8);
        return crc.getValue() == java.nio.ByteBuffer.wrap(bytes, end - 8, 8).getLong();
    }

    /**
     * How many bytes from its start an entry's first part takes (all that {@link #decode} without the
     * HTML reads), given at least its first {@link #HEAD} bytes; -1 if they are not the start of an entry.
     */
    static int firstPartLength(byte[] head) {
        return startsEntry(head) ? HEAD + java.nio.ByteBuffer.wrap(head).getInt(8) + 8 : -1;
    }

    /**
     * How many bytes from its start an entry's first two parts take (all that {@link #search}
     * reads), given at least its first {@link #HEAD} bytes; -1 if they are not the start of an entry.
     */
    static int searchPartEnd(byte[] head) {
        return startsEntry(head) ? firstPartLength(head) + java.nio.ByteBuffer.wrap(head).getInt(12) + 8 : -1;
    }

    /** Whether {@code head} starts an entry of this format, its two lengths in bounds. */
    private static boolean startsEntry(byte[] head) {
        if (head.length < HEAD) {
            return false;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head);
        int fields = b.getInt(8);
        int search = b.getInt(12);
        return b.getInt(0) == MAGIC && b.getInt(4) == FORMAT && fields >= 0 && fields <= MAX_STRING
                && search >= 0 && search <= MAX_STRING;
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
        return decode(generator, key, bytes, withHtml, UnaryOperator.identity());
    }

    /**
     * The same, with each id, link, source id and digest read replaced by {@code same} (an equal
     * string), so that the many a large site's pages share (note links, nav links, the digests of the
     * sources they cite) are held once, not once a page, while the build keeps every page's.
     */
    static Optional<PageResult> decode(String generator, String key, byte[] bytes, boolean withHtml,
                                       UnaryOperator<String> same) {
        try {
            Optional<CacheReader> opened = open(generator, key, bytes, withHtml);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            CacheReader in = opened.get();
            String path = in.string();
            String outputFile = in.string();
            String htmlId = in.string();
            byte[] html = withHtml ? html(bytes).orElseThrow() : new byte[0];
            List<String> cited = in.strings(same);
            int n = in.count();
            List<Diagnostic> diagnostics = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String p = in.string();
                int line = in.readInt();
                int col = in.readInt();
                Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
                String message = in.string();
                String hint = in.string();
                diagnostics.add(new Diagnostic(p, line, col, severity, message, hint));
            }
            Set<String> anchors = new HashSet<>(in.strings(same));
            Set<String> ids = new HashSet<>(in.strings(same));
            List<String> links = in.strings(same);
            Map<String, String> anchorDeps = in.map(same);
            Map<String, String> sourceDeps = in.map(same);
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
        int n = in.count();
        List<SearchDocs.Part> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean top = in.readBoolean();
            String anchor = in.string();
            String heading = in.string();
            String text = in.string();
            int length = in.readInt();
            String terms = in.string();
            int[] tfs = new int[in.count()];
            for (int j = 0; j < tfs.length; j++) {
                tfs[j] = in.readInt();
            }
            parts.add(new SearchDocs.Part(top, anchor, heading, text, terms, tfs, length));
        }
        return new SearchDocs(parts);
    }

    /** A string as its UTF-8 length and bytes, as {@link CacheReader#string} reads it. */
    static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * Only the searchable parts of the entry, if {@code bytes} starts with its first two parts (or
     * is all of it), intact, for this generator and key.
     */
    static Optional<SearchDocs> search(String generator, String key, byte[] bytes) {
        try {
            int end = searchPartEnd(bytes);
            if (end < 0 || bytes.length < end
                    || !crcHolds(bytes, end)) {
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
        byte[] html = in.bytes();
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
        if (!crcHolds(bytes, first)) {
            return Optional.empty();
        }
        if (whole && !crcHolds(bytes, bytes.length)) {
            return Optional.empty();
        }
        CacheReader in = new CacheReader(bytes, HEAD, first - 8);
        if (!in.string().equals(generator) || !in.string().equals(key)) {
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

    private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (var e : new java.util.TreeMap<>(map).entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
    }

}
