package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The margins of the tagger's names, checked against every label sequence of short sentences. */
class NerModelMarginsTest {
    private static final int L = NerModel.L;

    /** Score of one label sequence, or -infinity where it breaks BIO. */
    private static double score(float[] emit, float[] start, float[] trans, int[] y) {
        if (NerModel.isInside(y[0])) return Double.NEGATIVE_INFINITY;
        double s = start[y[0]] + emit[y[0]];
        for (int i = 1; i < y.length; i++) {
            if (!NerModel.allowed(y[i - 1], y[i])) return Double.NEGATIVE_INFINITY;
            s += trans[y[i - 1] * L + y[i]] + emit[i * L + y[i]];
        }
        return s;
    }

    /** Best score over every sequence whose labels are O on {@code [a, b)}. */
    private static double bestWithO(float[] emit, float[] start, float[] trans, int n, int a, int b) {
        double best = Double.NEGATIVE_INFINITY;
        int[] y = new int[n];
        int total = (int) Math.pow(L, n);
        for (int code = 0; code < total; code++) {
            int c = code;
            boolean ok = true;
            for (int i = 0; i < n; i++) {
                y[i] = c % L;
                c /= L;
                if (i >= a && i < b && y[i] != 0) ok = false;
            }
            if (ok) best = Math.max(best, score(emit, start, trans, y));
        }
        return best;
    }

    @Test
    void marginsAreExactOnEveryShortSentence() {
        Random random = new Random(7);
        int names = 0;
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(4);
            float[] emit = new float[n * L], start = new float[L], trans = new float[L * L];
            for (int k = 0; k < emit.length; k++) emit[k] = (float) (random.nextGaussian() * 3);
            for (int k = 0; k < L; k++) start[k] = (float) random.nextGaussian();
            for (int k = 0; k < trans.length; k++) trans[k] = (float) random.nextGaussian();
            int[] labels = new int[n];
            float[] forward = NerModel.viterbi(emit, n, start, trans, labels);
            double best = score(emit, start, trans, labels);
            float[] margin = NerModel.nameMargins(emit, n, start, trans, labels, forward);
            for (int a = 0; a < n; ) {
                if (labels[a] == 0) {
                    assertTrue(Float.isNaN(margin[a]));
                    a++;
                    continue;
                }
                int b = a + 1;
                while (b < n && labels[b] == labels[a] + (NerModel.isInside(labels[a]) ? 0 : 1)) b++;
                double expected = best - bestWithO(emit, start, trans, n, a, b);
                assertTrue(expected >= -1e-3, "the best sequence is best");
                for (int i = a; i < b; i++) assertEquals(expected, margin[i], 1e-3, "round " + round + ", token " + i);
                names++;
                a = b;
            }
        }
        assertTrue(names > 100, "the random sentences hold names: " + names);
    }

    @Test
    void aNameBelowItsTypesMarginIsWeak() {
        // one token; B-ORG beats O by 5
        float[] emit = new float[L];
        emit[3] = 5;
        float[] start = new float[L], trans = new float[L * L];
        int[] labels = new int[1];
        float[] forward = NerModel.viterbi(emit, 1, start, trans, labels);
        assertEquals(3, labels[0]);
        boolean[] weak = new boolean[1];
        NerModel.prune(emit, 1, start, trans, labels, forward, new NerModel.PerType(0, 6, 0, 0), weak);
        assertTrue(weak[0]);
        NerModel.prune(emit, 1, start, trans, labels, forward, new NerModel.PerType(9, 4, 9, 9), weak);
        assertFalse(weak[0]);
    }

    @Test
    void numbersPerTypeAreReadAndCheckedAsTheyAreWritten() {
        assertEquals(new NerModel.PerType(10, 12, 10, 0), NerModel.PerType.parse("10,12,10"));
        assertEquals(new NerModel.PerType(1.5f, -2, 3, 4), NerModel.PerType.parse(" 1.5, -2,3 ,4"));
        assertEquals("1.5,-2,3,4", NerModel.PerType.parse("1.5,-2,3,4").text());
        assertEquals(NerModel.Decoding.DEFAULTS.margin(), NerModel.PerType.parse(NerModel.Decoding.DEFAULTS.margin().text()));
        assertThrows(IllegalArgumentException.class, () -> NerModel.PerType.parse("10,12"));
        assertThrows(IllegalArgumentException.class, () -> NerModel.PerType.parse("10,x,10"));
        assertThrows(IllegalArgumentException.class, () -> NerModel.PerType.parse("10,NaN,10"));
        assertThrows(IllegalArgumentException.class,
                () -> new NerModel.Decoding(NerModel.PerType.ZERO, NerModel.PerType.parse("10,-1,10")));
    }
}
