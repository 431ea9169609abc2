package org.briefing.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.html.Json;
import org.briefing.output.Output;

/**
 * One making of the search index from the pages and what the last one was made from: {@link
 * SearchIndex#write}. In order: which pages are kept; whether the kept state can be patched (every
 * kept page keeps its number and the parts of every page no longer kept can be recalled, so the
 * terms they held are known); the pages taken in anew, got and their files written on a thread of
 * their own a batch ahead of this one ({@link PageBatches}); every term's entry, worked out again
 * only for the terms of pages taken in or no longer kept (all of them when the state cannot be
 * patched or the pivot moved); the term files, cut where the entries' lengths and the terms'
 * hashes say, each made again only when one of its entries changed or its range moved.
 */
final class IndexMaking {

    /** A page the index takes in anew, with its parts. */
    record Taken(int page, List<SearchDocs.Part> parts) {
    }

    private final List<Optional<SearchIndex.Entry>> pages;
    private final IndexState old;
    private final SearchIndex.Recall recall;
    private final Output out;
    private final int n;
    /** Where term files are cut: {@link SearchIndex#TERMS_MIN} and {@link SearchIndex#TERMS_MAX}, smaller in tests. */
    private final int termsMin;
    private final int termsMax;
    private final int[][] lengths;
    /** Old page -> its number now, or -1 when it is not kept. */
    private final int[] newOf;
    /** The terms whose postings may have changed: those of pages taken in or no longer kept. */
    private final Set<String> touched = new HashSet<>();
    /** The triples of the pages taken in (and, when the state is not patched, all of the kept ones). */
    private final TermTable<Posting> fresh = new TermTable<>();

    IndexMaking(List<Optional<SearchIndex.Entry>> pages, IndexState old, SearchIndex.Recall recall, Output out,
                int termsMin, int termsMax) {
        this.termsMin = termsMin;
        this.termsMax = termsMax;
        this.pages = pages;
        this.old = old;
        this.recall = recall;
        this.out = out;
        this.n = pages.size();
        this.lengths = new int[n][];
        this.newOf = new int[old.pages.size()];
    }

    IndexState make() {
        keep();
        boolean patch = patchable();
        takeIn(patch);
        int docs = 0;
        long total = 0;
        for (int[] l : lengths) {
            if (l != null) {
                docs += l.length;
                for (int length : l) {
                    total += length;
                }
            }
        }
        double pivot = SearchIndex.pivot(docs == 0 ? 1 : (double) total / docs);
        TermList terms = patch ? patched(pivot) : fromFresh(pivot);
        List<IndexState.Shard> shards = new TermFiles(termsMin, termsMax, out).write(terms, reuse(patch && pivot == old.pivot), lengths, pivot);

        StringBuilder manifest = new StringBuilder("{\"version\":").append(SearchIndex.VERSION).append(",\"docs\":")
                .append(docs).append(",\"pages\":").append(n).append(",\"terms\":[");
        for (int i = 0; i < shards.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Json.string(shards.get(i).first()));
        }
        manifest.append("],\"files\":[");
        for (int i = 0; i < shards.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Json.string(shards.get(i).id()));
        }
        manifest.append("]}");
        out.write("search/index.js", SearchIndex.script("manifest", "0", manifest.toString()));
        out.write(SearchIndex.SCRIPT, SearchIndex.pageScript());

        List<IndexState.Page> made = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Optional<SearchIndex.Entry> e = pages.get(i);
            made.add(e.isEmpty() ? new IndexState.Page("", "", "", "", new int[0])
                    : new IndexState.Page(e.get().url(), e.get().title(), e.get().id(), e.get().source(), lengths[i]));
        }
        return new IndexState(made, terms.terms, terms.counts, terms.entryLengths, terms.postings, shards, pivot);
    }

    /** The state's term files by first term, when its files can be known again; else none. */
    private Map<String, IndexState.Shard> reuse(boolean can) {
        Map<String, IndexState.Shard> before = new HashMap<>();
        if (can) {
            old.shards.forEach(f -> before.put(f.first(), f));
        }
        return before;
    }

    /** Which pages are kept: same address, title and id as a page the state holds. */
    private void keep() {
        Arrays.fill(newOf, -1);
        Map<String, Integer> oldByUrl = new HashMap<>();
        for (int j = 0; j < old.pages.size(); j++) {
            oldByUrl.putIfAbsent(old.pages.get(j).url(), j);
        }
        for (int i = 0; i < n; i++) {
            Optional<SearchIndex.Entry> e = pages.get(i);
            if (e.isEmpty()) {
                continue;
            }
            Integer j = oldByUrl.get(e.get().url());
            if (j != null && newOf[j] < 0 && old.pages.get(j).same(e.get().url(), e.get().title(), e.get().id())) {
                newOf[j] = i;
                lengths[i] = old.pages.get(j).lengths();
            }
        }
    }

    /** Whether the state can be patched; if so, the terms of the pages no longer kept are in {@link #touched}. */
    private boolean patchable() {
        if (old.pages.isEmpty() || old.pages.size() != n) {
            return false;
        }
        for (int j = 0; j < newOf.length; j++) {
            if (newOf[j] >= 0 && newOf[j] != j) {
                return false;
            }
        }
        for (int j = 0; j < newOf.length; j++) {
            IndexState.Page gone = old.pages.get(j);
            if (newOf[j] >= 0 || gone.lengths().length == 0) {
                continue;
            }
            Optional<SearchDocs> docs = gone.source().isEmpty() ? Optional.empty() : recall.recall(gone.source(), gone.id());
            if (docs.isEmpty() || docs.get().parts().size() != gone.lengths().length) {
                touched.clear();
                return false;
            }
            for (SearchDocs.Part part : docs.get().parts()) {
                part.forEachTermRange((terms, start, end, tf) -> touched.add(terms.substring(start, end)));
            }
        }
        return true;
    }

    /**
     * Takes in the pages not kept, on this thread, while the other gets them and writes their files
     * (and the kept pages' files the output does not hold). Without a patch, every kept triple is
     * taken in first, renumbered.
     */
    private void takeIn(boolean patch) {
        boolean[] anew = new boolean[n];
        for (int i = 0; i < n; i++) {
            anew[i] = pages.get(i).isPresent() && lengths[i] == null;
        }
        PageBatches<Taken> batches = new PageBatches<>(n, i -> SearchIndex.pageFile(i, pages.get(i), anew[i], out));
        try {
            if (!patch) {
                int[][] triples = buffers(maxCount(old));
                for (int k = 0; k < old.terms.length; k++) {
                    int count = read(old, k, triples);
                    Posting p = null;
                    for (int t = 0; t < count; t++) {
                        int page = newOf[oldPage(triples[0][t])];
                        if (page >= 0) {
                            if (p == null) {
                                String term = old.terms[k];
                                p = fresh.get(term, 0, term.length(), Posting::new);
                            }
                            p.add(page, triples[1][t], triples[2][t]);
                        }
                    }
                }
            }
            for (Optional<List<Taken>> batch = batches.next(); batch.isPresent(); batch = batches.next()) {
                for (Taken taken : batch.get()) {
                    int page = taken.page();
                    int[] partLengths = new int[taken.parts().size()];
                    for (int j = 0; j < partLengths.length; j++) {
                        SearchDocs.Part part = taken.parts().get(j);
                        int place = j;
                        part.forEachTermRange((terms, start, end, tf) ->
                                fresh.get(terms, start, end, Posting::new).add(page, place, tf));
                        partLengths[j] = part.length();
                    }
                    lengths[page] = partLengths;
                }
            }
        } finally {
            batches.stop();
        }
    }

    /** Every term from the triples taken in: all of them, as when the index is made from nothing. */
    private TermList fromFresh(double pivot) {
        String[] sorted = fresh.sortedKeys();
        TermList t = new TermList(sorted.length);
        int[][] triples = buffers(16);
        for (int k = 0; k < sorted.length; k++) {
            Posting p = fresh.get(sorted[k]);
            triples = buffers(triples, p.count);
            p.read(triples[0], triples[1], triples[2]);
            set(t, k, sorted[k], p, triples, pivot);
            t.changed[k] = true;
        }
        return t;
    }

    /** The state's terms, those {@link #touched} worked out again, the rest as they were. */
    private TermList patched(double pivot) {
        touched.addAll(Arrays.asList(fresh.sortedKeys()));
        String[] changedTerms = touched.toArray(new String[0]);
        Arrays.sort(changedTerms);
        boolean samePivot = pivot == old.pivot;
        TermList t = new TermList(old.terms.length + changedTerms.length);
        int[][] triples = buffers(maxCount(old));
        int size = 0;
        int a = 0;
        int b = 0;
        while (a < old.terms.length || b < changedTerms.length) {
            int order = a == old.terms.length ? 1 : b == changedTerms.length ? -1 : old.terms[a].compareTo(changedTerms[b]);
            if (order < 0) {
                // Untouched: every triple names a kept page, whose parts are as they were.
                t.terms[size] = old.terms[a];
                t.counts[size] = old.counts[a];
                t.postings[size] = old.postings[a];
                if (samePivot) {
                    t.entryLengths[size] = old.entryLengths[a];
                } else {
                    int count = read(old, a, triples);
                    t.entries[size] = TermList.entry(old.terms[a], count, triples, lengths, pivot);
                    t.entryLengths[size] = t.entries[size].length();
                    t.changed[size] = true;
                }
                size++;
                a++;
                continue;
            }
            String term = changedTerms[b];
            b++;
            Posting taken = fresh.get(term);
            int[] takenTriples = new int[0];
            if (taken != null) {
                triples = buffers(triples, taken.count);
                taken.read(triples[0], triples[1], triples[2]);
                takenTriples = new int[taken.count * 3];
                for (int k = 0; k < taken.count; k++) {
                    takenTriples[3 * k] = triples[0][k];
                    takenTriples[3 * k + 1] = triples[1][k];
                    takenTriples[3 * k + 2] = triples[2][k];
                }
            }
            if (order == 0) {
                Optional<Posting> spliced = splice(a, takenTriples, samePivot);
                a++;
                if (spliced.isEmpty()) {
                    // The same triples, on parts of the same length: the entry is as it was.
                    t.terms[size] = term;
                    t.counts[size] = old.counts[a - 1];
                    t.postings[size] = old.postings[a - 1];
                    t.entryLengths[size] = old.entryLengths[a - 1];
                    size++;
                    continue;
                }
                taken = spliced.get();
            }
            if (taken == null || taken.count == 0) {
                continue; // no page holds it any more
            }
            triples = buffers(triples, taken.count);
            taken.read(triples[0], triples[1], triples[2]);
            set(t, size, term, taken, triples, pivot);
            t.changed[size] = true;
            size++;
        }
        t.trim(size);
        return t;
    }

    /**
     * The state's term {@code k} with the triples of the pages not kept replaced by {@code taken}
     * (page, part, count, each triple in turn, in page order): the kept triples' bytes are copied as
     * they are. Empty when nothing changes its entry: the same triples on those pages, whose parts
     * kept their lengths (and {@code samePivot}).
     */
    private Optional<Posting> splice(int k, int[] taken, boolean samePivot) {
        byte[] bytes = old.postings[k];
        int count = old.counts[k];
        Posting out = new Posting();
        boolean same = samePivot;
        int next = 0; // the next taken triple
        int copyFrom = 0;
        int copied = 0;
        int lastPage = 0;
        int lastPart = 0;
        int[] at = {0};
        try {
            for (int i = 0; i < count; i++) {
                int start = at[0];
                int page = oldPage(Posting.varint(bytes, at));
                int part = Posting.varint(bytes, at);
                int tf = Posting.varint(bytes, at);
                boolean kept = newOf[page] >= 0;
                if (kept && (next == taken.length || taken[next] > page)) {
                    copied++;
                    lastPage = page;
                    lastPart = part;
                    continue;
                }
                out.append(bytes, copyFrom, start, copied, lastPage, lastPart);
                copied = 0;
                copyFrom = kept ? start : at[0];
                while (next < taken.length && taken[next] < page) {
                    same = false; // a triple on a page that had none of this term before it
                    out.add(taken[next], taken[next + 1], taken[next + 2]);
                    next += 3;
                }
                if (kept) {
                    copied++;
                    lastPage = page;
                    lastPart = part;
                    continue;
                }
                // A triple of a page not kept: the same as the next taken one?
                if (next < taken.length && taken[next] == page && taken[next + 1] == part && taken[next + 2] == tf
                        && Arrays.equals(lengths[page], old.pages.get(page).lengths())) {
                    out.add(taken[next], taken[next + 1], taken[next + 2]);
                    next += 3;
                } else {
                    same = false;
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IndexState.Damaged("the postings of " + old.terms[k] + " do not read back");
        }
        if (at[0] != bytes.length) {
            throw new IndexState.Damaged("the postings of " + old.terms[k] + " run on");
        }
        out.append(bytes, copyFrom, bytes.length, copied, lastPage, lastPart);
        if (next < taken.length) {
            same = false;
        }
        while (next < taken.length) {
            out.add(taken[next], taken[next + 1], taken[next + 2]);
            next += 3;
        }
        return same ? Optional.empty() : Optional.of(out);
    }

    /** {@code page}, checked to be one of the state's pages. */
    private int oldPage(int page) {
        if (page >= newOf.length) {
            throw new IndexState.Damaged("a triple names a page the state does not hold");
        }
        return page;
    }

    /** Term {@code k} of {@code t} from {@code p}, whose triples are read into {@code triples} in order. */
    private void set(TermList t, int k, String term, Posting p, int[][] triples, double pivot) {
        t.terms[k] = term;
        t.counts[k] = p.count;
        t.postings[k] = p.sorted ? p.bytes() : Posting.of(triples[0], triples[1], triples[2], p.count);
        t.entries[k] = TermList.entry(term, p.count, triples, lengths, pivot);
        t.entryLengths[k] = t.entries[k].length();
    }

    /** Term {@code k}'s triples of {@code state} into {@code triples}; its count. */
    private static int read(IndexState state, int k, int[][] triples) {
        int count = state.counts[k];
        try {
            state.posting(k).read(triples[0], triples[1], triples[2]);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IndexState.Damaged("the postings of " + state.terms[k] + " do not read back");
        }
        return count;
    }

    private static int maxCount(IndexState state) {
        int max = 16;
        for (int c : state.counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    static int[][] buffers(int size) {
        return new int[][] {new int[size], new int[size], new int[size]};
    }

    static int[][] buffers(int[][] have, int size) {
        return have[0].length >= size ? have : buffers(Math.max(size, have[0].length * 2));
    }
}
