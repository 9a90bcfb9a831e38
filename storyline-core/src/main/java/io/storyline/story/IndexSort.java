package io.storyline.story;

/**
 * Orders of indices without boxing: what sorting the boxed indices {@code 0..n-1} with
 * {@code Arrays.sort} and the same comparator gives (a stable sort: ties keep index order).
 */
final class IndexSort {
    /** Below this length a run is sorted by insertion before the merges. */
    private static final int RUN = 24;

    private IndexSort() {
    }

    /** A comparison of two indices. */
    interface Comparison {
        int compare(int a, int b);
    }

    /** Indices {@code 0..n-1} by {@code key}, largest first ({@link Double#compare} order); ties in index order. */
    static int[] descending(double[] key, int n) {
        return sorted(n, (a, b) -> Double.compare(key[b], key[a]));
    }

    /** Indices {@code 0..n-1} by {@code key}, largest first ({@link Float#compare} order); ties in index order. */
    static int[] descending(float[] key, int n) {
        return sorted(n, (a, b) -> Float.compare(key[b], key[a]));
    }

    /** Indices {@code 0..n-1} sorted stably by {@code cmp}: insertion-sorted runs, then bottom-up merges. */
    static int[] sorted(int n, Comparison cmp) {
        int[] a = new int[n];
        for (int k = 0; k < n; k++) a[k] = k;
        for (int lo = 0; lo < n; lo += RUN) insertion(a, lo, Math.min(n, lo + RUN), cmp);
        if (n <= RUN) return a;
        int[] b = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) merge(a, b, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width), cmp);
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void insertion(int[] a, int lo, int hi, Comparison cmp) {
        for (int i = lo + 1; i < hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && cmp.compare(a[j], x) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Merges {@code a[lo, mid)} and {@code a[mid, hi)} into {@code b[lo, hi)}, the left first on ties. */
    private static void merge(int[] a, int[] b, int lo, int mid, int hi, Comparison cmp) {
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) b[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) b[k++] = a[i++];
        while (j < hi) b[k++] = a[j++];
    }
}
