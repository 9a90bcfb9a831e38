package io.storyline.annotate.entity;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature keys to dense indices 0, 1, 2, …: the vocabulary of
 * the NER model. Key 0 is reserved. Growing is for training; a loaded model only reads it.
 */
final class FeatureTable {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    FeatureTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The index of {@code key}, or -1. */
    int get(long key) {
        if (key == 0) key = 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return -1;
            i = (i + 1) & mask;
        }
    }

    /** The index of {@code key}, adding it with the next index when absent. */
    int add(long key) {
        if (key == 0) key = 1;
        if ((size + 1) * 2 > keys.length) grow();
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) {
                keys[i] = key;
                values[i] = size;
                return size++;
            }
            i = (i + 1) & mask;
        }
    }

    /** Every key, at its index. */
    long[] keysByIndex() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) out[values[i]] = keys[i];
        return out;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        Arrays.fill(keys, 0);
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] == 0) continue;
            int i = (int) (ok[j] ^ (ok[j] >>> 32)) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = ok[j];
            values[i] = ov[j];
        }
    }
}
