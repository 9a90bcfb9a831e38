package io.storyline.dedup;

import java.util.Arrays;

/**
 * The sampled shingle hashes of one text: every shingle whose hash is divisible by
 * {@code sampling} (a power of two chosen from the text's length). Two texts sampled at different
 * rates still share exactly the shingles kept at the coarser rate, so counts compare.
 *
 * @param hashes   sorted, distinct
 * @param sampling 1, 2, 4, … : one shingle in {@code sampling} is kept on average
 * @param shingles the number of shingles in the text before sampling
 */
public record Fingerprints(long[] hashes, int sampling, int shingles) {
    public Fingerprints {
        if (Integer.bitCount(sampling) != 1) throw new IllegalArgumentException("sampling must be a power of two");
    }

    public int size() {
        return hashes.length;
    }

    /** The number of hashes both share. */
    public int shared(Fingerprints o) {
        int i = 0, j = 0, n = 0;
        while (i < hashes.length && j < o.hashes.length) {
            long a = hashes[i], b = o.hashes[j];
            if (a == b) {
                n++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprints f && f.sampling == sampling && f.shingles == shingles
                && Arrays.equals(f.hashes, hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes) * 31 + sampling;
    }

    @Override
    public String toString() {
        return "Fingerprints[" + hashes.length + " of " + shingles + " shingles, 1/" + sampling + "]";
    }
}
