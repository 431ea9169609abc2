package org.briefing.search;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Term -> value, looked up by a range of a larger string: the index takes in every term of every
 * part of a page from one space-separated string ({@link SearchDocs.Part#terms}), and at 10,000
 * pages that is millions of lookups of a few tens of thousands of terms. A {@link java.util.HashMap}
 * would need a new string for each lookup; this open-addressing table compares the range in place
 * and makes a string only for a term it has not seen. Not thread-safe.
 */
final class TermTable<V> {
    private String[] keys = new String[1024];
    private Object[] values = new Object[1024];
    private int size;

    /** The value of {@code text[start, end)}, made by {@code absent} the first time. */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end, Supplier<V> absent) {
        int length = end - start;
        int mask = keys.length - 1;
        for (int i = hash(text, start, end) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                V v = absent.get();
                keys[i] = text.substring(start, end);
                values[i] = v;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return v;
            }
            if (k.length() == length && k.regionMatches(0, text, start, length)) {
                return (V) values[i];
            }
        }
    }

    int size() {
        return size;
    }

    /** Every term, sorted. */
    String[] sortedKeys() {
        String[] out = new String[size];
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int mask = keys.length - 1;
        for (int i = hash(key, 0, key.length()) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(key)) {
                return (V) values[i];
            }
        }
        return null;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = hash(oldKeys[j], 0, oldKeys[j].length()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** String's own hash of the range, its bits spread so that linear probing stays short. */
    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
