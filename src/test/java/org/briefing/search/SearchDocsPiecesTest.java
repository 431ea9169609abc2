package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cutting a long section into pieces by index, against the plain loop that copies what is left each time. */
class SearchDocsPiecesTest {

    /** The cut as first written: simple, and quadratic in the length of the section. */
    private static List<String> byCopying(String text) {
        List<String> out = new ArrayList<>();
        String rest = text;
        do {
            int cut = rest.length() <= SearchDocs.PART ? rest.length() : rest.lastIndexOf(' ', SearchDocs.PART);
            cut = cut <= 0 ? Math.min(SearchDocs.PART, rest.length()) : cut;
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        } while (!rest.isEmpty());
        return out;
    }

    @org.briefing.Hardening
    @Test
    void piecesAreThoseOfThePlainLoop() {
        Random random = new Random(1202);
        // Spaces, other white space (an em space is white space to strip(), a no-break space is not),
        // letters, and a character outside the BMP.
        String[] bits = {" ", "  ", "\n", "\t", "\u2003", "\u00a0", "word", "x", "Ω", "\ud83d\ude00", "1,500"};
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int target = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextInt(9000);
            while (text.length() < target) {
                String bit = bits[random.nextInt(bits.length)];
                text.append(random.nextInt(40) == 0 ? "y".repeat(random.nextInt(2500)) : bit);
            }
            String t = text.toString();
            assertEquals(byCopying(t), SearchDocs.pieces(t), () -> "length " + t.length());
        }
        assertEquals(List.of(""), SearchDocs.pieces(""));
        assertEquals(byCopying(" ".repeat(5000)), SearchDocs.pieces(" ".repeat(5000)));
    }
}
