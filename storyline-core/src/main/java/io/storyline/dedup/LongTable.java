package io.storyline.dedup;

import java.util.Arrays;

/**
 * A read-mostly map from {@code long} keys to values with open addressing, so that per-token
 * lookups on the hot path neither box nor allocate. Not thread-safe while being filled; safe to
 * share once built.
 */
final class LongTable<V> {
    private long[] keys;
    private Object[] values;
    private boolean[] used;
    private int size;

    LongTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new Object[cap];
        used = new boolean[cap];
    }

    void put(long key, V value) {
        if ((size + 1) * 2 > keys.length) grow();
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int i = slot(key);
        return used[i] ? (V) values[i] : null;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (Fingerprinter.mix(key) & mask);
        while (used[i] && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] k = keys;
        Object[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new Object[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) if (u[i]) put(k[i], (V) v[i]);
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "LongTable[" + size + " of " + keys.length + "]" + Arrays.hashCode(keys);
    }
}
