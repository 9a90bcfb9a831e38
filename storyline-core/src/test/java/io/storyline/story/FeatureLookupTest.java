package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.testing.Props;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The story package's lookups and orders answer exactly what the plain scans and sorts they replace answer. */
class FeatureLookupTest {
    /** Features drawn from a small pool (repeats), with 0 and 1 (folded together by {@link LongTable}). */
    private static long[] features(Random r) {
        long[] pool = {0, 1, 2, -1, Long.MIN_VALUE, r.nextLong(), r.nextLong(), r.nextLong()};
        long[] f = new long[r.nextInt(40)];
        for (int k = 0; k < f.length; k++) f[k] = r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : r.nextLong();
        return f;
    }

    private static int scan(long[] feats, int n, long f) {
        for (int k = 0; k < n; k++) if (feats[k] == f) return k;
        return -1;
    }

    @Test
    void featureIndexFindsTheFirstPositionAsAScanDoes() {
        Props.forAll("feature index", 500, r -> {
            long[] f = features(r);
            int built = f.length == 0 ? 0 : r.nextInt(f.length + 1);
            FeatureIndex x = FeatureIndex.of(f, built, f.length - built);
            for (int k = built; k < f.length; k++) x.appended(f, k);
            long distinct = Arrays.stream(f).distinct().count();
            assertEquals(distinct == f.length, x.distinct(), Arrays.toString(f));
            for (long q : new long[] {0, 1, 2, -1, Long.MIN_VALUE, r.nextLong()}) {
                assertEquals(scan(f, f.length, q), x.find(f, f.length, q), q + " in " + Arrays.toString(f));
            }
            for (long q : f) assertEquals(scan(f, f.length, q), x.find(f, f.length, q), q + " in " + Arrays.toString(f));
        });
    }

    @Test
    void indexSortOrdersAsABoxedStableSortDoes() {
        Props.forAll("index sort", 500, r -> {
            int n = r.nextInt(r.nextBoolean() ? 30 : 300);
            double[] d = new double[n];
            float[] s = new float[n];
            double[] specials = {0.0, -0.0, Double.NaN, 1.0, -1.0, Double.POSITIVE_INFINITY};
            for (int k = 0; k < n; k++) {
                d[k] = r.nextInt(4) == 0 ? specials[r.nextInt(specials.length)] : r.nextInt(5) + (r.nextBoolean() ? 0 : r.nextDouble());
                s[k] = (float) d[k];
            }
            Integer[] boxed = new Integer[n];
            for (int k = 0; k < n; k++) boxed[k] = k;
            Arrays.sort(boxed, (a, b) -> Double.compare(d[b], d[a]));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), IndexSort.descending(d, n));
            Arrays.sort(boxed = Arrays.stream(boxed).sorted().toArray(Integer[]::new), (a, b) -> Float.compare(s[b], s[a]));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), IndexSort.descending(s, n));
        });
    }
}
