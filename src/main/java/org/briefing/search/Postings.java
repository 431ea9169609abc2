package org.briefing.search;

/**
 * The compact text form of a term's postings: for each section in id order, the gap from the
 * previous id, then the weight, each as a little-endian run of base-64 digits carrying 5 bits
 * (digit values 32-63 mean "more digits follow"). Common terms cost about two characters a section.
 */
final class Postings {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private Postings() {
    }

    /** {@code ids} ascending, {@code weights} alike long. */
    static String encode(int[] ids, int[] weights, int count) {
        StringBuilder b = new StringBuilder(count * 2);
        int last = 0;
        for (int i = 0; i < count; i++) {
            number(b, ids[i] - last);
            number(b, weights[i]);
            last = ids[i];
        }
        return b.toString();
    }

    static void number(StringBuilder b, int value) {
        int v = value;
        while (v >= 32) {
            b.append(DIGITS.charAt(32 + (v & 31)));
            v >>>= 5;
        }
        b.append(DIGITS.charAt(v));
    }
}
