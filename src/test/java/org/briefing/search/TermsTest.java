package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanner against the regular expression the page script uses, as the oracle. */
class TermsTest {
    private static final Pattern TERM = Pattern.compile("\\p{N}{1,3}(?:,\\p{N}{3})+|[\\p{L}\\p{N}]+");

    private static List<String> oracle(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = TERM.matcher(folded);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    @org.briefing.Hardening
    @Test
    void randomTextCutsAsTheRegularExpressionDoes() {
        String alphabet = "aZé ,,1234567890.'-\u00a0Ж日\u0301\u0663\u2167\u00b2Ωß\tİ";
        Random random = new Random(5);
        for (int n = 0; n < 20000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(oracle(s.toString()), Terms.of(s.toString()), s.toString());
        }
    }

    @org.briefing.Hardening
    @Test
    void countingInOnePassGivesTheCountsOfTheTermsCut() {
        // ASCII text takes the one-pass path, text with any other character the folding one.
        String alphabet = "aZz AQ,,,1234567890.'-_\t\n09:;()é";
        Random random = new Random(11);
        for (int n = 0; n < 20000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(n % 2 == 0 ? alphabet.length() - 1 : alphabet.length())));
            }
            int weight = 1 + random.nextInt(3);
            java.util.Map<String, Integer> expected = new java.util.HashMap<>();
            Terms.of(s.toString()).forEach(t -> expected.merge(t, weight, Integer::sum));
            java.util.Map<String, int[]> counted = new java.util.HashMap<>();
            int length2 = Terms.count(s.toString(), weight, counted);
            java.util.Map<String, Integer> actual = new java.util.HashMap<>();
            counted.forEach((t, c) -> actual.put(t, c[0]));
            assertEquals(expected, actual, s.toString());
            assertEquals(Terms.of(s.toString()).size() * weight, length2, s.toString());
        }
    }

    @Test
    void plainEnglishWithFigures() {
        String text = "About 11,000-12,000 troops; 1,500 in October 2024, Kursk (Russia's) 3.5 million shells.";
        assertEquals(oracle(text), Terms.of(text));
    }
}
