package io.storyline.story;

import java.util.Arrays;

/** An open-addressing map from 64-bit keys (never 0) to ints: document frequencies without boxing. */
final class LongTable {
    private long[] keys;
    private int[] values;
    private int size;

    /** A table sized for the corpus-wide maps (document frequencies, postings). */
    LongTable() {
        this(1 << 11);
    }

    /** A table that holds {@code expected} keys without growing. */
    LongTable(int expected) {
        int capacity = Integer.highestOneBit(2 * Math.max(8, expected) - 1) << 1; // the least power of two >= 2 * expected
        keys = new long[capacity];
        values = new int[capacity];
    }

    int get(long key) {
        int i = slot(key);
        return keys[i] == key ? values[i] : 0;
    }

    /** Adds {@code delta} and returns the new value. */
    int add(long key, int delta) {
        if (key == 0) key = 1;
        if (size * 2 >= keys.length) grow();
        int i = slot(key);
        if (keys[i] != key) {
            keys[i] = key;
            size++;
        }
        return values[i] += delta;
    }

    void put(long key, int value) {
        if (key == 0) key = 1;
        if (size * 2 >= keys.length) grow();
        int i = slot(key);
        if (keys[i] != key) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    int size() {
        return size;
    }

    /** Calls {@code f} for every entry. */
    void forEach(Entry f) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) f.accept(keys[i], values[i]);
    }

    interface Entry {
        void accept(long key, int value);
    }

    long memoryBytes() {
        return keys.length * 12L;
    }

    private int slot(long key) {
        if (key == 0) key = 1;
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L; // spread every bit of the key over the slot (Fibonacci hashing)
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        for (int k = 0; k < ok.length; k++) {
            if (ok[k] == 0) continue;
            int i = slot(ok[k]);
            keys[i] = ok[k];
            values[i] = ov[k];
        }
    }

    @Override
    public String toString() {
        return "LongTable[" + size + "]" + (size < 0 ? Arrays.toString(keys) : "");
    }
}
