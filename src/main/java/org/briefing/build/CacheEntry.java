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
 * The bytes of one cached {@link PageResult}: a magic number, the format version, the generator's
 * fingerprint and the entry's own key, the fields, then a CRC-32 of everything before it. Anything
 * that does not read back whole and exactly (a truncated file, flipped bits, another format or
 * generator, an entry filed under the wrong key) is rejected, never trusted.
 */
final class CacheEntry {
    private static final int MAGIC = 0x42524643; // "BRFC"
    private static final int FORMAT = 3;
    /** Longest string an entry may hold: a page is at most a few MiB. */
    private static final int MAX_STRING = 64 * 1024 * 1024;

    private CacheEntry() {
    }

    static byte[] encode(String generator, String key, PageResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(r.utf8().length + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, generator);
            string(out, key);
            string(out, r.path());
            string(out, r.outputFile());
            string(out, r.htmlId());
            out.writeInt(r.utf8().length);
            out.write(r.utf8());
            strings(out, r.cited());
            out.writeInt(r.diagnostics().size());
            for (Diagnostic d : r.diagnostics()) {
                string(out, d.path());
                out.writeInt(d.line());
                out.writeInt(d.column());
                out.writeBoolean(d.isError());
                string(out, d.message());
                string(out, d.hint() == null ? "" : d.hint());
            }
            strings(out, r.anchors().stream().sorted().toList());
            strings(out, r.ids().stream().sorted().toList());
            strings(out, r.links());
            map(out, r.anchorDeps());
            map(out, r.sourceDeps());
            search(out, r.search());
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The entry, if {@code bytes} is a whole, intact entry for this generator and key. */
    static Optional<PageResult> decode(String generator, String key, byte[] bytes) {
        return decode(generator, key, bytes, true);
    }

    /**
     * The same; without {@code withHtml} the result's HTML is left empty (the entry is still checked
     * whole), for a build that needs only the rest until it writes the page.
     */
    static Optional<PageResult> decode(String generator, String key, byte[] bytes, boolean withHtml) {
        try {
            Optional<CacheReader> opened = open(generator, key, bytes);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            CacheReader in = opened.get();
            String path = string(in);
            String outputFile = string(in);
            String htmlId = string(in);
            byte[] html = withHtml ? bytes(in) : skip(in);
            List<String> cited = strings(in);
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
            Set<String> anchors = new HashSet<>(strings(in));
            Set<String> ids = new HashSet<>(strings(in));
            List<String> links = strings(in);
            Map<String, String> anchorDeps = map(in);
            Map<String, String> sourceDeps = map(in);
            SearchDocs search = search(in);
            if (in.available() != 0) {
                return Optional.empty();
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
     * Only the HTML of the entry, if {@code bytes} is a whole, intact entry for this generator and
     * key: checked as {@link #decode} checks it, without decoding the other fields again.
     */
    static Optional<byte[]> html(String generator, String key, byte[] bytes) {
        try {
            Optional<CacheReader> opened = open(generator, key, bytes);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            CacheReader in = opened.get();
            skip(in); // path
            skip(in); // output file
            skip(in); // HTML id
            return Optional.of(bytes(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A reader past the entry's header, if {@code bytes} is whole (its CRC holds) and an entry of
     * this format, generator and key.
     */
    private static Optional<CacheReader> open(String generator, String key, byte[] bytes) throws IOException {
        if (bytes.length < 16) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            return Optional.empty();
        }
        CacheReader in = new CacheReader(bytes, bytes.length - 8);
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !string(in).equals(generator) || !string(in).equals(key)) {
            return Optional.empty();
        }
        return Optional.of(in);
    }

    private static byte[] skip(CacheReader in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad length");
        }
        in.skip(n);
        return new byte[0];
    }

    private static void strings(DataOutputStream out, Collection<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(CacheReader in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
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

    private static Map<String, String> map(CacheReader in) throws IOException {
        int n = count(in);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(string(in), string(in));
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
