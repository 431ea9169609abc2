package org.briefing.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.html.Json;
import org.briefing.output.Digests;
import org.briefing.output.Output;

/** The term files of the index: the terms cut into ranges, each file written unless the output holds it. */
final class TermFiles {
    private final int termsMin;
    private final int termsMax;
    private final Output out;

    /** Files cut as {@link SearchIndex#TERMS_MIN} and {@link SearchIndex#TERMS_MAX} say, smaller in tests. */
    TermFiles(int termsMin, int termsMax, Output out) {
        this.termsMin = termsMin;
        this.termsMax = termsMax;
        this.out = out;
    }

    /**
     * Cuts the terms into files and writes each the output does not hold: one whose range and
     * entries are as the state's file of the same first term is known by that file's name, the
     * others are made and named by their bytes.
     */
    List<IndexState.Shard> write(TermList t, Map<String, IndexState.Shard> before, int[][] lengths, double pivot) {
        List<IndexState.Shard> shards = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int[][] triples = IndexMaking.buffers(16);
        int from = 0;
        while (from < t.terms.length) {
            int size = t.entryLengths[from];
            int to = from + 1;
            while (to < t.terms.length && !(size + 1 + t.entryLengths[to] > termsMax
                    || size >= termsMin && (SearchIndex.cutHash(t.terms[to]) & 7) == 0)) {
                size += 1 + t.entryLengths[to];
                to++;
            }
            String first = t.terms[from];
            String last = t.terms[to - 1];
            String id = fileId(first, shards.size(), ids);
            String path = "search/terms-" + id + ".js";
            IndexState.Shard known = before.get(first);
            boolean same = known != null && known.last().equals(last) && known.id().equals(id) && known.terms() == to - from;
            for (int k = from; same && k < to; k++) {
                same = !t.changed[k];
            }
            if (same && out.holds(path, known.name())) {
                shards.add(known);
            } else {
                StringBuilder json = new StringBuilder(size + 2).append('{');
                for (int k = from; k < to; k++) {
                    if (t.entries[k] == null) {
                        triples = IndexMaking.buffers(triples, t.counts[k]);
                        Posting.of(t.postings[k], t.counts[k]).read(triples[0], triples[1], triples[2]);
                        t.entries[k] = TermList.entry(t.terms[k], t.counts[k], triples, lengths, pivot);
                    }
                    json.append(k == from ? "" : ",").append(t.entries[k]);
                    t.entries[k] = null; // written: let it go
                }
                byte[] bytes = SearchIndex.script("terms", Json.string(id), json.append('}').toString())
                        .getBytes(StandardCharsets.UTF_8);
                String name = "search terms " + Digests.sha256(bytes);
                out.write(path, bytes, name);
                shards.add(new IndexState.Shard(first, last, to - from, id, name));
            }
            from = to;
        }
        return shards;
    }

    /**
     * The id in a term file's name: from a digest of its first term, so a file keeps its name when
     * files before it are cut differently; the file's number is added if two first terms share one.
     */
    private static String fileId(String first, int number, Set<String> ids) {
        String id = Digests.sha256(first.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        if (!ids.add(id)) {
            id = id + "-" + number;
            ids.add(id);
        }
        return id;
    }
}
