package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The range-keyed table against a HashMap of substrings, its oracle. */
class TermTableTest {

    @org.briefing.Hardening
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

    /**
     * Terms a page can be written to hold: thousands of strings with one String hash ("aa"/"bB"
     * pairs; "c0" and "an" for folded text). They cannot all sit near one slot: those that would
     * sit too far go to the map beside the table, and every lookup still finds the one entry.
     */
    @org.briefing.Hardening
    @Test
    void termsSharingOneHashAreKeptApartAndFoundAgain() {
        List<String> colliding = new ArrayList<>(List.of(""));
        for (int i = 0; i < 12; i++) {
            List<String> longer = new ArrayList<>();
            for (String s : colliding) {
                longer.add(s + "c0");
                longer.add(s + "an");
            }
            colliding = longer;
        }
        assertEquals(4096, colliding.stream().map(String::hashCode).distinct().count() == 1 ? colliding.size() : -1);
        TermTable<int[]> table = new TermTable<>();
        Map<String, int[]> oracle = new HashMap<>();
        Random random = new Random(7);
        // Other terms in between, so the table grows while terms sit beside it.
        for (int round = 0; round < 40000; round++) {
            String term = random.nextBoolean() ? colliding.get(random.nextInt(colliding.size())) : "t" + random.nextInt(30000);
            String text = "x " + term + " y";
            table.get(text, 2, 2 + term.length(), () -> new int[1])[0]++;
            oracle.computeIfAbsent(term, k -> new int[1])[0]++;
        }
        assertTrue(table.overflowing() > 0, "most of them are beside the table");
        assertEquals(oracle.size(), table.size());
        for (Map.Entry<String, int[]> e : oracle.entrySet()) {
            assertEquals(e.getValue()[0], table.get(e.getKey())[0], e.getKey());
        }
        assertArrayEquals(oracle.keySet().stream().sorted().toArray(String[]::new), table.sortedKeys());
    }

    @Test
    void aPartsTermsAreTakenAsTheRangesOfItsOneString() {
        SearchDocs.Part part = SearchDocs.of("Title", "<main><h1>Title</h1><p>troops troops in Russia</p></main>")
                .parts().get(0);
        Map<String, Integer> byRange = new HashMap<>();
        part.forEachTermRange((terms, start, end, count) -> byRange.put(terms.substring(start, end), count));
        // The same as the terms string split at its spaces, with the counts in the same order.
        String[] terms = part.terms().split(" ");
        Map<String, Integer> byTerm = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            byTerm.put(terms[i], part.tfs()[i]);
        }
        assertEquals(byTerm, byRange);
        assertEquals(2, byRange.get("troops"));
    }
}
