package org.briefing.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.briefing.html.Json;

/**
 * The site's search index, written by the build as script files under {@code search/} that the
 * page script loads on demand with {@code <script src>} (so it works from {@code file://} and under
 * the Content-Security-Policy): {@code index.js}, a small manifest; {@code terms-N.js}, the terms
 * in sorted ranges with their postings and precomputed BM25 weights; {@code pages-N.js}, every
 * section in page order (a long one in parts) with its page, anchor, heading and text, for result
 * lines and snippets.
 * A query loads the manifest, the term ranges it needs and the page files of the results shown.
 * The page script itself is written to {@code assets/search.js}.
 * Usage: {@code SearchIndex.Collector c = SearchIndex.collector(n); c.add(i, url, title, SearchDocs.of(title, html)); c.files()}.
 */
public final class SearchIndex {
    /** Page files and term ranges are cut when they pass these sizes (characters of JSON). */
    static final int TERMS_SHARD = 48 * 1024;
    static final int PAGES_SHARD = 16 * 1024;
    /**
     * Where the page script goes: with the site's own scripts, which are the only ones its pages may
     * load. A site's own {@code templates/assets/search.js} replaces it.
     */
    public static final String SCRIPT = "assets/search.js";
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private SearchIndex() {
    }

    /** One page as the index takes it: its address, its title and its prepared parts. */
    record Entry(String url, String title, SearchDocs docs) {
    }

    public static Collector collector(int pages) {
        return new Collector(pages);
    }

    /**
     * Gathers pages from any thread (by their place in the site order) and the bibliography, which
     * is indexed after them; a page added again replaces its earlier parts (the preview's rebuilds).
     */
    public static final class Collector {
        private final AtomicReferenceArray<Entry> pages;
        private final java.util.concurrent.atomic.AtomicReference<Entry> last =
                new java.util.concurrent.atomic.AtomicReference<>();

        Collector(int size) {
            this.pages = new AtomicReferenceArray<>(size);
        }

        /** Page {@code i} of the site order; {@code url} is site-relative ("deployment/"), as links write it. */
        public void add(int i, String url, String title, SearchDocs docs) {
            pages.set(i, new Entry(url, title, docs));
        }

        /** The page indexed after all others (the bibliography). */
        public void addLast(String url, String title, SearchDocs docs) {
            last.set(new Entry(url, title, docs));
        }

        /** Every file of the index, by path under the site root, in a stable order. */
        public Map<String, String> files() {
            List<Entry> all = new ArrayList<>();
            for (int i = 0; i < pages.length(); i++) {
                if (pages.get(i) != null) {
                    all.add(pages.get(i));
                }
            }
            if (last.get() != null) {
                all.add(last.get());
            }
            return SearchIndex.files(all);
        }
    }

    /** One searchable unit, a section or a part of a long one, with the page it belongs to. */
    record Doc(String url, String title, SearchDocs.Part part) {
        String anchor() {
            return part.anchor();
        }

        String text() {
            return part.text();
        }
    }

    static List<Doc> docs(List<Entry> pages) {
        List<Doc> docs = new ArrayList<>();
        for (Entry page : pages) {
            for (SearchDocs.Part part : page.docs().parts()) {
                docs.add(new Doc(page.url(), page.title(), part));
            }
        }
        return docs;
    }

    static Map<String, String> files(List<Entry> pages) {
        List<Doc> docs = docs(pages);
        // The page files are made on a thread of their own while this one makes the postings and
        // the term files: the two take about the same time.
        java.util.concurrent.CompletableFuture<Texts> pageFiles = new java.util.concurrent.CompletableFuture<>();
        Thread other = new Thread(() -> complete(pageFiles, () -> texts(docs)), "search-index");
        other.setDaemon(true);
        other.start();
        // Postings: term -> doc ids (ascending, as docs are numbered in page order) and term frequencies.
        Map<String, Posting> postings = postings(docs, 0, docs.size());
        int[] lengths = new int[docs.size()];
        long total = 0;
        for (int id = 0; id < docs.size(); id++) {
            lengths[id] = docs.get(id).part().length();
            total += lengths[id];
        }
        double average = docs.isEmpty() ? 1 : Math.max(1, (double) total / docs.size());

        Map<String, String> out = new LinkedHashMap<>();
        List<String> termStarts = new ArrayList<>();
        Shards terms = new Shards("terms", TERMS_SHARD, '{', '}', out);
        String[] sorted = postings.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        int[] ids = new int[docs.size()];
        int[] weights = new int[docs.size()];
        for (String term : sorted) {
            Posting p = postings.remove(term);
            p.read(ids, weights);
            for (int i = 0; i < p.count; i++) {
                double f = weights[i];
                double norm = 1 - B + B * lengths[ids[i]] / average;
                // BM25's term-frequency part, in tenths: 1..22.
                weights[i] = (int) Math.max(1, Math.round(10 * f * (K1 + 1) / (f + K1 * norm)));
            }
            double idf = Math.log(1 + (docs.size() - p.count + 0.5) / (p.count + 0.5));
            if (terms.add(Json.string(term) + ":[" + Math.max(1, Math.round(idf * 100)) + ","
                    + Json.string(Postings.encode(ids, weights, p.count)) + "]")) {
                termStarts.add(term);
            }
        }
        terms.close();
        Texts text = joined(pageFiles);
        out.putAll(text.files());

        StringBuilder manifest = new StringBuilder("{\"version\":1,\"docs\":").append(docs.size()).append(",\"terms\":[");
        for (int i = 0; i < termStarts.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Json.string(termStarts.get(i)));
        }
        manifest.append("],\"pages\":").append(text.starts().toString().replace(" ", "")).append('}');
        Map<String, String> files = new LinkedHashMap<>();
        files.put("search/index.js", script("manifest", 0, manifest.toString()));
        files.putAll(out);
        files.put(SCRIPT, pageScript());
        return files;
    }

    /** The postings of docs {@code from} (inclusive) to {@code to}, each list in ascending doc order. */
    private static Map<String, Posting> postings(List<Doc> docs, int from, int to) {
        Map<String, Posting> postings = new HashMap<>();
        for (int id = from; id < to; id++) {
            int doc = id;
            docs.get(id).part().forEachTerm((term, tf) -> postings.computeIfAbsent(term, k -> new Posting()).add(doc, tf));
        }
        return postings;
    }

    /** The page files, by path, and the first doc of each. */
    private record Texts(Map<String, String> files, List<Integer> starts) {
    }

    private static Texts texts(List<Doc> docs) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Integer> docStarts = new ArrayList<>();
        Shards texts = new Shards("pages", PAGES_SHARD, '[', ']', files);
        for (int id = 0; id < docs.size(); id++) {
            Doc d = docs.get(id);
            if (texts.add("[" + Json.string(d.url()) + "," + Json.string(d.title()) + "," + Json.string(d.anchor())
                    + "," + Json.string(d.part().heading()) + "," + Json.string(d.text()) + "]")) {
                docStarts.add(id);
            }
        }
        texts.close();
        return new Texts(files, docStarts);
    }

    private static <T> void complete(java.util.concurrent.CompletableFuture<T> f, java.util.function.Supplier<T> work) {
        try {
            f.complete(work.get());
        } catch (RuntimeException | Error e) {
            f.completeExceptionally(e);
        }
    }

    /** What {@code f} made; what it threw is thrown here as it was. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Numbered files of one kind, each a JSON list or object cut when it passes {@code limit} characters. */
    private static final class Shards {
        private final String kind;
        private final int limit;
        private final char open;
        private final char close;
        private final Map<String, String> out;
        private final StringBuilder json = new StringBuilder();
        private int number;

        Shards(String kind, int limit, char open, char close, Map<String, String> out) {
            this.kind = kind;
            this.limit = limit;
            this.open = open;
            this.close = close;
            this.out = out;
        }

        /** Adds one entry; true when it starts a new file. */
        boolean add(String entry) {
            if (json.length() > 0 && json.length() + entry.length() > limit) {
                close();
            }
            boolean first = json.length() == 0;
            json.append(first ? "" : ",").append(entry);
            return first;
        }

        void close() {
            if (json.length() > 0) {
                out.put("search/" + kind + "-" + number + ".js", script(kind, number, open + json.toString() + close));
                number++;
                json.setLength(0);
            }
        }
    }

    private static String script(String kind, int number, String json) {
        return "BriefingSearch.load(\"" + kind + "\"," + number + "," + json + ");\n";
    }

    /** The page script that reads these files: bundled with the generator, so both always match. */
    static String pageScript() {
        try (InputStream in = SearchIndex.class.getResourceAsStream("search.js")) {
            if (in == null) {
                throw new IllegalStateException("search.js is missing from the generator");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A growing list of (section id, weighted term frequency) for one term, kept as variable-length
     * numbers (id gaps and frequencies, 7 bits a byte): at 10,000 pages the postings are the largest
     * thing the build holds, and this takes about a quarter of the room two int arrays did.
     */
    private static final class Posting {
        private byte[] bytes = new byte[6];
        private int size;
        private int last;
        int count;

        void add(int id, int tf) {
            put(id - last);
            put(tf);
            last = id;
            count++;
        }

        private void put(int value) {
            if (size + 5 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(size + 5, bytes.length + (bytes.length >> 1)));
            }
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        /** The ids into {@code ids} and the frequencies into {@code tfs}, both at least {@code count} long. */
        void read(int[] ids, int[] tfs) {
            int at = 0;
            int id = 0;
            for (int i = 0; i < 2 * count; i++) {
                int v = 0;
                int shift = 0;
                byte b;
                do {
                    b = bytes[at++];
                    v |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                if ((i & 1) == 0) {
                    id += v;
                    ids[i >> 1] = id;
                } else {
                    tfs[i >> 1] = v;
                }
            }
        }
    }
}
