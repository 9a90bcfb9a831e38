package io.storyline.dedup;

import java.util.Arrays;

/**
 * {@link DedupIndex} in primitive arrays: an open-addressing table from hash to a linked list of
 * postings. About 12 bytes per distinct hash and 8 bytes per posting; a hash carried by more than
 * {@code maxPostings} documents stops collecting postings (boilerplate that every page repeats), and
 * a lookup reads at most {@code maxVisits} postings of a hash, newest first (postings are lists
 * headed by the latest document).
 */
public final class MemoryDedupIndex implements DedupIndex {
    private static final int EMPTY = -1;

    private final int maxPostings;
    private final int maxVisits;
    private long[] keys;
    private int[] head;
    private int[] df;
    private int used;
    private int[] postDoc;
    private int[] postNext;
    private int posts;
    private int[] counts = new int[1024];
    private int[] touched = new int[1024];

    /**
     * @param maxPostings postings kept per hash
     * @param maxVisits   postings read per hash when looking up, newest first
     */
    public MemoryDedupIndex(int maxPostings, int maxVisits) {
        this.maxPostings = maxPostings;
        this.maxVisits = maxVisits;
        int cap = 1 << 16;
        keys = new long[cap];
        head = new int[cap];
        df = new int[cap];
        Arrays.fill(head, EMPTY);
        postDoc = new int[1 << 16];
        postNext = new int[1 << 16];
    }

    @Override
    public void add(int doc, Fingerprints fp) {
        for (long h : fp.hashes()) {
            if ((used + 1) * 4L > keys.length * 3L) rehash();
            int slot = slot(h);
            if (head[slot] == EMPTY && df[slot] == 0) {
                keys[slot] = h;
                used++;
            }
            if (df[slot] >= maxPostings) continue;
            df[slot]++;
            if (posts == postDoc.length) {
                postDoc = Arrays.copyOf(postDoc, posts * 2);
                postNext = Arrays.copyOf(postNext, posts * 2);
            }
            postDoc[posts] = doc;
            postNext[posts] = head[slot];
            head[slot] = posts++;
        }
    }

    @Override
    public void candidates(Fingerprints fp, CandidateSink sink) {
        int nt = 0;
        for (long h : fp.hashes()) {
            int slot = slot(h);
            if (df[slot] == 0) continue;
            int visits = 0;
            for (int p = head[slot]; p != EMPTY && visits++ < maxVisits; p = postNext[p]) {
                int d = postDoc[p];
                if (d >= counts.length) counts = Arrays.copyOf(counts, Math.max(d + 1, counts.length * 2));
                if (counts[d]++ == 0) {
                    if (nt == touched.length) touched = Arrays.copyOf(touched, nt * 2);
                    touched[nt++] = d;
                }
            }
        }
        for (int i = 0; i < nt; i++) {
            int d = touched[i];
            int c = counts[d];
            counts[d] = 0;
            sink.accept(d, c);
        }
    }

    /** The slot holding {@code h}, or the empty slot where it belongs. */
    private int slot(long h) {
        int mask = keys.length - 1;
        int i = (int) (Fingerprinter.mix(h) & mask);
        while (df[i] != 0 || head[i] != EMPTY) {
            if (keys[i] == h) return i;
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash() {
        long[] ok = keys;
        int[] oh = head, od = df;
        keys = new long[ok.length * 2];
        head = new int[ok.length * 2];
        df = new int[ok.length * 2];
        Arrays.fill(head, EMPTY);
        for (int i = 0; i < ok.length; i++) {
            if (od[i] == 0 && oh[i] == EMPTY) continue;
            int s = slot(ok[i]);
            keys[s] = ok[i];
            head[s] = oh[i];
            df[s] = od[i];
        }
    }

    @Override
    public long memoryBytes() {
        return keys.length * 16L + postDoc.length * 8L + counts.length * 4L + touched.length * 4L;
    }
}
