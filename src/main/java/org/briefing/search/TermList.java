package org.briefing.search;

import java.util.Arrays;
import org.briefing.html.Json;

/**
 * Every term of the index in order, with its count, its triples as kept, its entry's length and
 * the entry itself when it is known ({@link #entry}).
 */
final class TermList {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    String[] terms;
    int[] counts;
    int[] entryLengths;
    byte[][] postings;
    String[] entries;
    /** Whether the term's entry may differ from the one the state's term files hold. */
    boolean[] changed;

    TermList(int size) {
        terms = new String[size];
        counts = new int[size];
        entryLengths = new int[size];
        postings = new byte[size][];
        entries = new String[size];
        changed = new boolean[size];
    }

    void trim(int size) {
        terms = Arrays.copyOf(terms, size);
        counts = Arrays.copyOf(counts, size);
        entryLengths = Arrays.copyOf(entryLengths, size);
        postings = Arrays.copyOf(postings, size);
        entries = Arrays.copyOf(entries, size);
        changed = Arrays.copyOf(changed, size);
    }

    /**
     * A term's entry in its term file: {@code "term":[count,"postings"]}, the postings being, for
     * each section, the gap from the previous section's page, its place on the page and its weight.
     */
    static String entry(String term, int count, int[][] triples, int[][] lengths, double pivot) {
        StringBuilder b = new StringBuilder(term.length() + 16 + count * 4);
        b.append(Json.string(term)).append(":[").append(count).append(",\"");
        int last = 0;
        for (int k = 0; k < count; k++) {
            int page = triples[0][k];
            int part = triples[1][k];
            if (page >= lengths.length || lengths[page] == null || part >= lengths[page].length) {
                throw new IndexState.Damaged("a triple names a part no page has");
            }
            double f = triples[2][k];
            double norm = 1 - B + B * lengths[page][part] / pivot;
            // BM25's term-frequency part, in tenths: 1..22.
            int weight = (int) Math.max(1, Math.round(10 * f * (K1 + 1) / (f + K1 * norm)));
            Postings.number(b, page - last);
            Postings.number(b, part);
            Postings.number(b, weight);
            last = page;
        }
        return b.append("\"]").toString();
    }
}
