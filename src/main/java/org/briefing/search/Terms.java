package org.briefing.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text is cut into search terms, the same in the build and in {@code search.js}: accents
 * removed (NFKD, marks dropped), lower case, then what the script's
 * {@code /\p{N}{1,3}(?:,\p{N}{3})+|[\p{L}\p{N}]+/gu} matches, commas taken out: "1,500" is one
 * term, "1500". Scanned by hand rather than with a regular expression: this runs over every word.
 */
final class Terms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Terms() {
    }

    /**
     * Adds {@code weight} to {@code counts} for each term of {@code text}, as {@link #of} cuts them;
     * returns how many terms it had times {@code weight}. Text in ASCII (the common case) is read in
     * one pass without folding it first: there folding only lowers the case, which moves nothing.
     */
    static int count(String text, int weight, java.util.Map<String, int[]> counts) {
        int n = text.length();
        char[] cs = new char[n];
        text.getChars(0, n, cs, 0);
        for (char c : cs) {
            if (c >= 0x80) {
                List<String> terms = of(text);
                terms.forEach(t -> add(counts, t, weight));
                return terms.size() * weight;
            }
        }
        int terms = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int end = i;
            if (c <= '9') {
                end = groupedNumberEnd(cs, i);
                if (end > 0) {
                    StringBuilder digits = new StringBuilder(end - i);
                    for (int k = i; k < end; k++) {
                        if (cs[k] != ',') {
                            digits.append(cs[k]);
                        }
                    }
                    add(counts, digits.toString(), weight);
                    terms++;
                    i = end;
                    continue;
                }
                end = i;
            }
            while (end < n && isWordChar(cs[end])) {
                char w = cs[end];
                if (w >= 'A' && w <= 'Z') {
                    cs[end] = (char) (w + ('a' - 'A'));
                }
                end++;
            }
            add(counts, new String(cs, i, end - i), weight);
            terms++;
            i = end;
        }
        return terms * weight;
    }

    private static void add(java.util.Map<String, int[]> counts, String term, int weight) {
        int[] c = counts.get(term);
        if (c == null) {
            counts.put(term, new int[] {weight});
        } else {
            c[0] += weight;
        }
    }

    /** {@link #groupedNumberEnd(String, int)} over ASCII characters. */
    private static int groupedNumberEnd(char[] s, int i) {
        int j = i;
        while (j < s.length && s[j] >= '0' && s[j] <= '9') {
            j++;
        }
        if (j - i > 3) {
            return -1;
        }
        int end = -1;
        while (j < s.length && s[j] == ',') {
            int k = j + 1;
            while (k - j - 1 < 3 && k < s.length && s[k] >= '0' && s[k] <= '9') {
                k++;
            }
            if (k - j - 1 < 3) {
                break;
            }
            end = k;
            j = k;
        }
        return end;
    }

    static List<String> of(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int grouped = isNumber(c) ? groupedNumberEnd(folded, i) : -1;
            if (grouped > 0) {
                out.add(folded.substring(i, grouped).replace(",", ""));
                i = grouped;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(folded.codePointAt(end))) {
                end += Character.charCount(folded.codePointAt(end));
            }
            out.add(folded.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Where "1,500" or "12,000,000" starting at {@code i} ends, or -1 if no such number starts there. */
    private static int groupedNumberEnd(String s, int i) {
        int digits = 0;
        int j = i;
        while (j < s.length() && isNumber(s.codePointAt(j))) {
            j += Character.charCount(s.codePointAt(j));
            digits++;
        }
        if (digits > 3) {
            return -1;
        }
        int end = -1;
        while (j < s.length() && s.charAt(j) == ',') {
            int k = j + 1;
            int group = 0;
            while (group < 3 && k < s.length() && isNumber(s.codePointAt(k))) {
                k += Character.charCount(s.codePointAt(k));
                group++;
            }
            if (group < 3) {
                break;
            }
            end = k;
            j = k;
        }
        return end;
    }

    private static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        String plain = ascii ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(int c) {
        if (c < 0x80) { // most text: a table lookup instead of the Unicode category
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean isNumber(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
