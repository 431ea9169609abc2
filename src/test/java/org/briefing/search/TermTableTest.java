package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The range-keyed table against a HashMap of substrings, its oracle. */
class TermTableTest {

    @Test
    void rangesOfManyStringsFindTheSameEntriesAHashMapDoes() {
        Random random = new Random(20261202);
        TermTable<int[]> table = new TermTable<>();
        Map<String, int[]> oracle = new HashMap<>();
        // "Aa" and "BB" have the same String hash; short alphabets make many near-misses.
        String[] alphabet = {"a", "b", "é", "Aa", "BB", "1", "ж", "x"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "prefix ");
            int start = text.length();
            StringBuilder term = new StringBuilder();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                term.append(alphabet[random.nextInt(alphabet.length)]);
            }
            text.append(term).append(' ').append("tail");
            int[] found = table.get(text.toString(), start, start + term.length(), () -> new int[1]);
            found[0]++;
            oracle.computeIfAbsent(term.toString(), k -> new int[1])[0]++;
        }
        assertEquals(oracle.size(), table.size());
        for (Map.Entry<String, int[]> e : oracle.entrySet()) {
            assertEquals(e.getValue()[0], table.get(e.getKey())[0], e.getKey());
        }
        assertArrayEquals(oracle.keySet().stream().sorted().toArray(String[]::new), table.sortedKeys());
        assertNull(table.get("not there"));
    }

    @Test
    void aPartsTermsAreTakenAsTheRangesOfItsOneString() {
        SearchDocs.Part part = SearchDocs.of("Title", "<main><h1>Title</h1><p>troops troops in Russia</p></main>")
                .parts().get(0);
        Map<String, Integer> byRange = new HashMap<>();
        part.forEachTermRange((terms, start, end, count) -> byRange.put(terms.substring(start, end), count));
        Map<String, Integer> byTerm = new HashMap<>();
        part.forEachTerm(byTerm::put);
        assertEquals(byTerm, byRange);
        assertEquals(2, byRange.get("troops"));
    }
}
