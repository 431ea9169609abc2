package org.briefing.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
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
 * Usage: {@code SearchIndex.write(pages.size(), i -> Optional.of(new SearchIndex.Entry(url(i), title(i), SearchDocs.of(title(i), html(i)))), output::write)}.
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
    public record Entry(String url, String title, SearchDocs docs) {
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
        Map<String, String> files = new LinkedHashMap<>();
        write(pages.size(), i -> Optional.of(pages.get(i)), files::put);
        return files;
    }

    /**
     * Writes every file of the index to {@code out} (path under the site root, text), each once and
     * as soon as it is complete, in a stable order, for {@code count} pages in site order: page
     * {@code i} is {@code page.apply(i)}, or empty to leave it out. Each page is asked for once, in
     * order, on a thread of its own that also makes its lines of the page files, a batch of pages
     * ahead of this thread, which counts their terms ({@link PageBatches}); a page's parts are let
     * go once taken in, so a large site's searchable text is never all in memory.
     */
    public static void write(int count, IntFunction<Optional<Entry>> page, BiConsumer<String, String> out) {
        List<Integer> textStarts = new ArrayList<>();
        Shards textFiles = new Shards("pages", PAGES_SHARD, '[', ']', out);
        // Postings: term -> doc ids (ascending, as docs are numbered in page order) and term frequencies.
        TermTable<Posting> postings = new TermTable<>();
        int[] lengths = new int[Math.max(16, count * 4)];
        int docs = 0;
        long total = 0;
        PageBatches batches = new PageBatches(count, page);
        try {
            for (Optional<List<PageBatches.Prepared>> batch = batches.next(); batch.isPresent(); batch = batches.next()) {
                for (PageBatches.Prepared p : batch.get()) {
                    for (int j = 0; j < p.parts().size(); j++) {
                        SearchDocs.Part part = p.parts().get(j);
                        int doc = docs++;
                        part.forEachTermRange((terms, start, end, tf) -> postings.get(terms, start, end, Posting::new).add(doc, tf));
                        if (doc == lengths.length) {
                            lengths = java.util.Arrays.copyOf(lengths, lengths.length * 2);
                        }
                        lengths[doc] = part.length();
                        total += part.length();
                        if (textFiles.add(p.texts().get(j))) {
                            textStarts.add(doc);
                        }
                    }
                }
            }
        } finally {
            batches.stop();
        }
        textFiles.close();
        double average = docs == 0 ? 1 : Math.max(1, (double) total / docs);

        List<String> termStarts = new ArrayList<>();
        Shards terms = new Shards("terms", TERMS_SHARD, '{', '}', out);
        int[] ids = new int[docs];
        int[] weights = new int[docs];
        for (String term : postings.sortedKeys()) {
            Posting p = postings.get(term);
            p.read(ids, weights);
            for (int i = 0; i < p.count; i++) {
                double f = weights[i];
                double norm = 1 - B + B * lengths[ids[i]] / average;
                // BM25's term-frequency part, in tenths: 1..22.
                weights[i] = (int) Math.max(1, Math.round(10 * f * (K1 + 1) / (f + K1 * norm)));
            }
            double idf = Math.log(1 + (docs - p.count + 0.5) / (p.count + 0.5));
            if (terms.add(Json.string(term) + ":[" + Math.max(1, Math.round(idf * 100)) + ","
                    + Json.string(Postings.encode(ids, weights, p.count)) + "]")) {
                termStarts.add(term);
            }
        }
        terms.close();

        StringBuilder manifest = new StringBuilder("{\"version\":1,\"docs\":").append(docs).append(",\"terms\":[");
        for (int i = 0; i < termStarts.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Json.string(termStarts.get(i)));
        }
        manifest.append("],\"pages\":").append(textStarts.toString().replace(" ", "")).append('}');
        out.accept("search/index.js", script("manifest", 0, manifest.toString()));
        out.accept(SCRIPT, pageScript());
    }

    /** Numbered files of one kind, each a JSON list or object cut when it passes {@code limit} characters. */
    private static final class Shards {
        private final String kind;
        private final int limit;
        private final char open;
        private final char close;
        private final BiConsumer<String, String> out;
        private final StringBuilder json = new StringBuilder();
        private int number;

        Shards(String kind, int limit, char open, char close, BiConsumer<String, String> out) {
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
                out.accept("search/" + kind + "-" + number + ".js", script(kind, number, open + json.toString() + close));
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
