package io.storyline.extract.text;

import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds units that repeat other text of the capture: a title or caption printed twice, a pull
 * quote repeating a body quote's words, a summary made of body sentences. Sets
 * {@link Unit#echoOf} on the copy, never on the text it copies:
 * <ul>
 * <li>exact repeats (same letters and digits): the later copy is the echo;</li>
 * <li>a unit whose word 4-grams are mostly found in one longer unit is an echo of it (pull quote);</li>
 * <li>a unit whose 4-grams are mostly found only across several units is a compilation of them
 *     (summary, standfirst), and it is the echo, not they.</li>
 * </ul>
 * Linear in the number of words: each 4-gram remembers at most {@link #HOLDERS} units.
 */
final class Echoes {
    /** Word n-gram length for containment. */
    static final int N = 4;
    /** Units holding one n-gram that are remembered. */
    static final int HOLDERS = 6;
    /** Exact repeats shorter than this (letters and digits) are ignored: "Share", "Reuters". */
    static final int MIN_EXACT_KEY = 12;
    /** A paragraph repeated within this many units is a caption printed twice. */
    static final int TWIN_DISTANCE = 2;

    private Echoes() {
    }

    static void find(List<Unit> units, double coverage, Deadline deadline) {
        Map<String, Integer> firstByKey = new HashMap<>();
        for (Unit u : units) {
            String key = Shapes.key(u.text);
            if (key.length() < MIN_EXACT_KEY) continue;
            Integer first = firstByKey.putIfAbsent(key, u.index);
            if (first != null) u.echoOf = first;
        }
        deadline.check();

        int n = units.size();
        long[][] grams = new long[n][];
        Map<Long, int[]> holders = new HashMap<>(units.size() * 32);
        for (Unit u : units) {
            if ((u.index & 255) == 0) deadline.check();
            long[] tokens = u.echoOf >= 0 ? new long[0] : Shapes.tokenHashes(u.text);
            if (tokens.length < N + 2) {
                grams[u.index] = new long[0];
                continue;
            }
            long[] g = new long[tokens.length - N + 1];
            for (int i = 0; i < g.length; i++) {
                long h = 1125899906842597L;
                for (int k = 0; k < N; k++) h = 31 * h + tokens[i + k];
                g[i] = h;
                int[] list = holders.computeIfAbsent(h, x -> new int[HOLDERS + 1]);
                add(list, u.index);
            }
            grams[u.index] = g;
        }

        double[] all = new double[n];
        double[] single = new double[n];
        int[] coverer = new int[n];
        Tally tally = new Tally();
        for (Unit u : units) {
            if ((u.index & 255) == 0) deadline.check();
            long[] g = grams[u.index];
            coverer[u.index] = -1;
            if (g.length == 0) continue;
            tally.clear();
            int covered = 0;
            for (long h : g) {
                int[] list = holders.get(h);
                boolean any = false;
                for (int k = 1; k <= list[0]; k++) {
                    int other = list[k];
                    if (other == u.index) continue;
                    any = true;
                    tally.add(other);
                }
                if (any) covered++;
            }
            all[u.index] = covered / (double) g.length;
            coverer[u.index] = tally.best();
            single[u.index] = tally.bestCount() / (double) g.length;
        }

        for (Unit a : units) {
            int i = a.index;
            if (a.echoOf >= 0 || all[i] < coverage) continue;
            int b = coverer[i];
            if (b < 0) continue;
            if (single[i] < coverage) {
                a.echoOf = b; // a compilation of several units
                continue;
            }
            boolean bCompilation = all[b] >= coverage && single[b] < coverage;
            if (bCompilation) continue; // b is the echo, a is what it copies
            boolean mutual = coverer[b] == i && single[b] >= coverage;
            if (mutual) {
                boolean aSmaller = grams[i].length < grams[b].length
                        || grams[i].length == grams[b].length && i > b;
                if (aSmaller) a.echoOf = b;
            } else {
                a.echoOf = b;
            }
        }
    }

    /**
     * Prose printed twice within a few lines is a picture's caption (alt text and caption, or a
     * caption above and below): both copies are labelled caption. Articles do not repeat a
     * paragraph at once; titles, which do repeat, are not prose.
     */
    static void twinCaptions(List<Unit> units) {
        for (Unit u : units) {
            if (u.echoOf < 0 || u.index - u.echoOf > TWIN_DISTANCE) continue;
            Unit first = units.get(u.echoOf);
            if (first.shape != Unit.Shape.PROSE || first.local != null) continue;
            if (!Shapes.key(first.text).equals(Shapes.key(u.text))) continue;
            first.local = Clutter.CAPTION;
            u.local = Clutter.CAPTION;
        }
    }

    /** Counts per unit for one unit's n-grams; few distinct units, so a small array does. */
    private static final class Tally {
        private int[] keys = new int[16];
        private int[] counts = new int[16];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    counts[i]++;
                    return;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            keys[size] = key;
            counts[size++] = 1;
        }

        /** The unit counted most (the earliest on ties), or -1. */
        int best() {
            int best = -1, count = 0;
            for (int i = 0; i < size; i++) {
                if (counts[i] > count || counts[i] == count && keys[i] < best) {
                    best = keys[i];
                    count = counts[i];
                }
            }
            return best;
        }

        int bestCount() {
            int count = 0;
            for (int i = 0; i < size; i++) count = Math.max(count, counts[i]);
            return count;
        }
    }

    /** Adds a unit to a holder list ({@code list[0]} is the size), once, up to its capacity. */
    private static void add(int[] list, int unit) {
        int size = list[0];
        if (size > 0 && list[size] == unit) return;
        if (size < HOLDERS) {
            list[size + 1] = unit;
            list[0] = size + 1;
        }
    }
}
