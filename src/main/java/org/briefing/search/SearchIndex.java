package org.briefing.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefing.html.Json;
import org.briefing.output.Digests;
import org.briefing.output.Output;

/**
 * The site's search index, written by the build as script files under {@code search/} that the
 * page script loads on demand with {@code <script src>} (so it works from {@code file://} and under
 * the Content-Security-Policy): {@code index.js}, a small manifest; {@code terms-ID.js}, the terms
 * in sorted ranges, each with its number of sections and its postings, ID coming from a digest of
 * the range's first term (the manifest lists both); {@code pages-N.js}, page
 * N's sections (a long one in parts) with the page, anchor, heading and text, for result lines and
 * snippets. A query loads the manifest, the term ranges it needs and the files of the pages shown.
 * The page script itself is written to {@code assets/search.js}.
 *
 * <p>Built so that one page's edit changes few files, as a page's own file in Pagefind does: a
 * section is known by its page's number and its place on the page, not by a number running through
 * the site; the idf is worked out in the browser from each term's count, not written with it; BM25's
 * length normalisation divides by the average section length rounded to a step of an eighth of an
 * octave ({@link #pivot}), which an edit seldom moves; and a term range ends where a term's hash
 * says so once the range is large enough, so a range that grows does not move every later cut.
 * What the index was made from is kept ({@link IndexState}), and the next build takes in only the
 * pages whose parts changed and makes only the files the output does not already hold.
 * Usage: {@code IndexState s = SearchIndex.write(entries, previous, recall, output)}.
 */
public final class SearchIndex {
    /**
     * A term range is cut before a term whose hash has its low three bits clear once it holds
     * {@link #TERMS_MIN} characters of JSON, and before any term that would take it past
     * {@link #TERMS_MAX}.
     */
    static final int TERMS_MIN = 24 * 1024;
    static final int TERMS_MAX = 64 * 1024;
    /**
     * A section's place on its page is below this (the page script's PARTS): small enough that a
     * section's id, page times PARTS plus place, stays a small integer in the browser up to 16,000
     * pages; a page of 4 MB has about 2,000 sections.
     */
    static final int PARTS = 1 << 16;
    static final int VERSION = 2;
    /**
     * Where the page script goes: with the site's own scripts, which are the only ones its pages may
     * load. A site's own {@code templates/assets/search.js} replaces it.
     */
    public static final String SCRIPT = "assets/search.js";

    private SearchIndex() {
    }

    /**
     * One page as the index takes it: its address, its title, an {@code id} naming its parts (two
     * entries with one id have the same parts: the build uses the id naming the page's HTML, from
     * which they are made), where its parts can be asked for again by a later build ({@code
     * source}, "" if nowhere: {@link Recall}) and its parts, asked for only if they are needed.
     */
    public record Entry(String url, String title, String id, String source, Supplier<SearchDocs> docs) {
        public Entry {
            if (id.isEmpty()) {
                throw new IllegalArgumentException("an entry needs an id");
            }
        }

        /** An entry whose parts are known: named by them, with nowhere to ask for them again. */
        public static Entry of(String url, String title, SearchDocs docs) {
            StringBuilder b = new StringBuilder();
            for (SearchDocs.Part p : docs.parts()) {
                b.append(p.anchor()).append('\u0000').append(p.heading()).append('\u0000').append(p.text()).append('\u0000');
            }
            return new Entry(url, title, "t:" + Digests.sha256(b.toString().getBytes(StandardCharsets.UTF_8)), "", () -> docs);
        }
    }

    /** Where a page's parts as a previous build took them can be asked for again. */
    @FunctionalInterface
    public interface Recall {
        /** The parts of the page {@code source} held under {@code id}, if it still holds them. */
        Optional<SearchDocs> recall(String source, String id);

        Recall NONE = (source, id) -> Optional.empty();
    }

    /** The files of the index of {@code pages} made from nothing kept, by path in the order written. */
    static Map<String, String> files(List<Optional<Entry>> pages) {
        Map<String, String> files = new LinkedHashMap<>();
        write(pages, Optional.empty(), Recall.NONE, (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    /**
     * Writes every file of the index of {@code pages} (in site order; empty: a page left out) to
     * {@code out} and returns what it was made from, for the next build. From {@code previous} it
     * keeps what it knew of each page whose address, title and id are the same: only the other
     * pages' parts are asked for (and a kept page's when {@code out} does not already hold its
     * file). When every kept page keeps its number and {@code recall} still has the parts of every
     * page no longer kept, only the terms of those pages are worked out again, and only the term
     * files holding a term whose entry changed are made again; otherwise every term is. The files
     * are the same, byte for byte, whatever {@code previous} was; a previous state that does not
     * hold together is not used.
     */
    public static IndexState write(List<Optional<Entry>> pages, Optional<IndexState> previous, Recall recall, Output out) {
        return write(pages, previous, recall, out, TERMS_MIN, TERMS_MAX);
    }

    /** The same, with term files cut at other sizes (tests: many files from a few pages). */
    static IndexState write(List<Optional<Entry>> pages, Optional<IndexState> previous, Recall recall, Output out,
                            int termsMin, int termsMax) {
        if (previous.isPresent()) {
            try {
                return new IndexMaking(pages, previous.get(), recall, out, termsMin, termsMax).make();
            } catch (IndexState.Damaged e) {
                // Made from nothing, below.
            }
        }
        return new IndexMaking(pages, IndexState.EMPTY, recall, out, termsMin, termsMax).make();
    }

    /**
     * Page {@code i}'s file, unless {@code out} holds it already (and the page is not {@code taken}
     * in anew); the page's parts when it is.
     */
    static Optional<IndexMaking.Taken> pageFile(int i, Optional<Entry> entry, boolean taken, Output out) {
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Entry e = entry.get();
        String path = "search/pages-" + i + ".js";
        String name = "search page " + VERSION + " " + Digests.sha256((i + "\u0000" + e.url() + "\u0000" + e.title()
                + "\u0000" + e.id()).getBytes(StandardCharsets.UTF_8));
        if (!taken && out.holds(path, name)) {
            return Optional.empty();
        }
        List<SearchDocs.Part> parts = e.docs().get().parts();
        if (parts.size() >= PARTS) {
            throw new IllegalStateException(e.url() + " has more sections than the search index can number");
        }
        StringBuilder json = new StringBuilder("BriefingSearch.load(\"pages\",").append(i).append(",[");
        String url = Json.string(e.url());
        String title = Json.string(e.title());
        for (int j = 0; j < parts.size(); j++) {
            SearchDocs.Part d = parts.get(j);
            json.append(j == 0 ? "[" : ",[").append(url).append(',').append(title).append(',').append(Json.string(d.anchor()))
                    .append(',').append(Json.string(d.heading())).append(',').append(Json.string(d.text())).append(']');
        }
        out.write(path, json.append("]);\n").toString().getBytes(StandardCharsets.UTF_8), name);
        return taken ? Optional.of(new IndexMaking.Taken(i, parts)) : Optional.empty();
    }

    /**
     * The average section length as BM25 divides by it: rounded to the nearest power of 2^(1/8),
     * so that the weights, and the files, stay as they are when an edit moves the average a little.
     * StrictMath, so every JVM rounds alike.
     */
    static double pivot(double average) {
        double eighths = StrictMath.rint(StrictMath.log(Math.max(1, average)) / StrictMath.log(2) * 8);
        return StrictMath.pow(2, eighths / 8);
    }

    /** String's hash (the same on every JVM), its bits mixed so that the low ones depend on every character. */
    static int cutHash(String term) {
        int h = term.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** A file of the index: a call of the page script with its kind, its key among files of that kind and its data. */
    static String script(String kind, String key, String json) {
        return "BriefingSearch.load(\"" + kind + "\"," + key + "," + json + ");\n";
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
}
