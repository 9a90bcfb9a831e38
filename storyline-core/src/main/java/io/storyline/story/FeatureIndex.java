package io.storyline.story;

/**
 * Where features sit in an array of them, for a batch of look-ups (an article against its
 * candidate stories, an article's features added to a story): {@link #find} answers exactly what
 * a scan for the first position holding a feature answers, in constant time. Follows the array
 * while features are appended to it ({@link #appended}); dropped when positions change.
 */
final class FeatureIndex {
    /** Feature to its first position plus one; features 0 and 1 are not held ({@link LongTable} folds them together). */
    private final LongTable first;
    private boolean distinct = true;

    private FeatureIndex(int expected) {
        first = new LongTable(expected);
    }

    /** The index of {@code feats[0, n)}, with room for {@code room} more. */
    static FeatureIndex of(long[] feats, int n, int room) {
        FeatureIndex x = new FeatureIndex(n + room);
        for (int k = 0; k < n; k++) x.appended(feats, k);
        return x;
    }

    /** Records that {@code feats[k]} was appended (the array now holds {@code k + 1} features). */
    void appended(long[] feats, int k) {
        long f = feats[k];
        if (folded(f)) {
            if (scan(feats, k, f) >= 0) distinct = false;
        } else if (first.get(f) == 0) first.put(f, k + 1);
        else distinct = false;
    }

    /** Whether no feature occurs twice in the array. */
    boolean distinct() {
        return distinct;
    }

    /** The first position {@code < n} of {@code f} in {@code feats} (the array indexed), or -1. */
    int find(long[] feats, int n, long f) {
        return folded(f) ? scan(feats, n, f) : first.get(f) - 1;
    }

    private static boolean folded(long f) {
        return f == 0 || f == 1;
    }

    private static int scan(long[] feats, int n, long f) {
        for (int k = 0; k < n; k++) if (feats[k] == f) return k;
        return -1;
    }
}
