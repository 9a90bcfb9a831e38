package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Distributional word classes: each word of an unlabelled corpus put in one of a few hundred
 * classes of words that occur between the same kinds of neighbours ("Pyongyang" beside "Seoul",
 * "ministry" beside "agency"), learned by {@link WordClusterer}. The NER features read a word's
 * class, so that a name the labelled data never shows is treated like the names of its class.
 * Several granularities may be kept (coarse and fine), each a class per word.
 *
 * <p>A word is keyed by its lower-cased hash and whether it starts with a capital ({@link #key}).
 * Immutable and thread-safe.
 */
public final class WordClasses {
    /** No classes: every lookup answers {@link #NONE}. */
    public static final WordClasses EMPTY = new WordClasses(new long[0], new int[0][]);

    /** The answer for a word outside the corpus's vocabulary. */
    static final int NONE = -1;

    private static final long CAPITALIZED_SALT = 0x2545F4914F6CDD1DL;

    /** Per granularity, per word (in the order of its index in {@link #index}), the class. */
    private final int[][] classes;
    /** The word keys, each to its index. */
    private final FeatureTable index;

    /**
     * @param keys    word keys ({@link #key}), distinct
     * @param classes per granularity, one class per key
     */
    WordClasses(long[] keys, int[][] classes) {
        for (int[] g : classes) {
            if (g.length != keys.length) throw new IllegalArgumentException("one class per key expected");
        }
        this.classes = new int[classes.length][];
        for (int g = 0; g < classes.length; g++) this.classes[g] = classes[g].clone();
        this.index = new FeatureTable(Math.max(16, keys.length));
        for (long k : keys) index.add(k);
        if (index.size() != keys.length) throw new IllegalArgumentException("duplicate word keys");
    }

    /** The key of token {@code i}: its lower-cased hash, set apart when it starts with a capital. */
    static long key(TextAnalysis t, int i) {
        long h = t.hash(i);
        return (t.flags(i) & (TextAnalysis.CAPITALIZED | TextAnalysis.ALL_CAPS)) != 0 ? h ^ CAPITALIZED_SALT : h;
    }

    /** Number of granularities. */
    public int granularities() {
        return classes.length;
    }

    /** Number of words with a class. */
    public int size() {
        return index.size();
    }

    /** The class of a word key at granularity {@code g}, or {@link #NONE}. */
    int classOf(long key, int g) {
        int i = index.get(key);
        return i < 0 ? NONE : classes[g][i];
    }

    /** The index of a word key (for {@link #classAt}), or -1: one lookup for every granularity. */
    int indexOf(long key) {
        return index.get(key);
    }

    /** The class at granularity {@code g} of the word at {@code index} ({@link #indexOf}), or {@link #NONE} for -1. */
    int classAt(int index, int g) {
        return index < 0 ? NONE : classes[g][index];
    }

    void write(DataOutputStream o) throws IOException {
        o.writeInt(classes.length);
        long[] keys = index.keysByIndex();
        o.writeInt(keys.length);
        for (long k : keys) o.writeLong(k);
        for (int[] g : classes) for (int c : g) o.writeShort(c);
    }

    static WordClasses read(DataInputStream in) throws IOException {
        int gs = in.readInt();
        int n = in.readInt();
        if (gs < 0 || gs > 8 || n < 0 || n > 5_000_000) throw new IOException("bad word classes " + gs + " x " + n);
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) keys[k] = in.readLong();
        int[][] classes = new int[gs][n];
        for (int[] g : classes) for (int k = 0; k < n; k++) g[k] = in.readUnsignedShort();
        return new WordClasses(keys, classes);
    }

    @Override
    public String toString() {
        return "WordClasses[" + index.size() + " words, " + Arrays.stream(classes).mapToInt(g -> Arrays.stream(g).max().orElse(-1) + 1)
                .boxed().toList() + " classes]";
    }
}
