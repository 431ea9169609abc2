package org.briefing.search;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Term -> value, looked up by a range of a larger string: the index takes in every term of every
 * part of a page from one space-separated string ({@link SearchDocs.Part#terms}), and at 10,000
 * pages that is millions of lookups of a few tens of thousands of terms. A {@link java.util.HashMap}
 * would need a new string for each lookup; this open-addressing table compares the range in place
 * and makes a string only for a term it has not seen. Terms come from pages anyone may propose, and
 * many strings share a hash: a term that would sit more than {@link #PROBES} slots from where its
 * hash points goes to a {@link java.util.HashMap} beside the table instead (which keeps colliding
 * keys in a tree), so crafted terms cost a lookup there, never a probe through all of them.
 * Not thread-safe.
 */
final class TermTable<V> {
    /** How far from its hash's slot a term may sit in the table. */
    static final int PROBES = 32;
    private String[] keys = new String[1024];
    private Object[] values = new Object[1024];
    private int size;
    /** The terms that would sit too far away, with their values. */
    private final java.util.Map<String, V> overflow = new java.util.HashMap<>();

    /** The value of {@code text[start, end)}, made by {@code absent} the first time. */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end, Supplier<V> absent) {
        int length = end - start;
        int mask = keys.length - 1;
        int i = hash(text, start, end) & mask;
        for (int probe = 0; probe < PROBES; probe++, i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                // A term moved beside by a grow may have a free slot near its hash's now: look there first.
                V moved = overflow.isEmpty() ? null : overflow.get(text.substring(start, end));
                if (moved != null) {
                    return moved;
                }
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
        return overflow.computeIfAbsent(text.substring(start, end), k -> absent.get());
    }

    int size() {
        return size + overflow.size();
    }

    /** How many terms are in the map beside the table (for tests). */
    int overflowing() {
        return overflow.size();
    }

    /** Every term, sorted. */
    String[] sortedKeys() {
        String[] out = new String[size()];
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                out[n++] = k;
            }
        }
        for (String k : overflow.keySet()) {
            out[n++] = k;
        }
        Arrays.sort(out);
        return out;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int mask = keys.length - 1;
        int i = hash(key, 0, key.length()) & mask;
        for (int probe = 0; probe < PROBES && keys[i] != null; probe++, i = (i + 1) & mask) {
            if (keys[i].equals(key)) {
                return (V) values[i];
            }
        }
        return overflow.get(key);
    }

    /** Twice the slots; a term that would now sit too far away moves to the map beside. */
    @SuppressWarnings("unchecked")
    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = hash(oldKeys[j], 0, oldKeys[j].length()) & mask;
                int probe = 0;
                while (keys[i] != null && probe < PROBES) {
                    i = (i + 1) & mask;
                    probe++;
                }
                if (keys[i] == null) {
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                    size++;
                } else {
                    overflow.put(oldKeys[j], (V) oldValues[j]);
                }
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
