package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Learns {@link WordClasses} from unlabelled text with the exchange algorithm (Kneser and Ney
 * 1993; Martin, Liermann and Ney 1998): words are moved, one at a time, to the class that most
 * raises the likelihood of a class bigram model of the text, until few words move. The
 * likelihood to maximise is, up to a constant, {@code Σ N(c,d) log N(c,d) − 2 Σ N(c) log N(c)}
 * over class bigram counts {@code N(c,d)} and class counts {@code N(c)}, so a move is scored from
 * the word's own neighbour counts by class alone.
 *
 * <p>Words rarer than {@link Options#minCount} share one "rare word" symbol (which is clustered
 * like a word, and gets no class in the result); sentence boundaries are a symbol too. Deterministic
 * for given texts and options.
 */
public final class WordClusterer {
    /**
     * @param classes    classes per granularity, e.g. {@code [64, 320]}: one clustering each
     * @param minCount   least count of a word to get a class
     * @param iterations most passes over the vocabulary per clustering
     */
    public record Options(int[] classes, int minCount, int iterations) {
        public static final Options DEFAULTS = new Options(new int[] {64, 320}, 3, 12);
        /** Most classes of one granularity (the class bigram table is dense). */
        public static final int MAX_CLASSES = 4096;

        public Options {
            classes = classes.clone();
            for (int c : classes) if (c < 2 || c > MAX_CLASSES) throw new IllegalArgumentException("classes must be in [2, " + MAX_CLASSES + "]");
            if (minCount < 1) throw new IllegalArgumentException("minCount must be positive");
            if (iterations < 1) throw new IllegalArgumentException("iterations must be positive");
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }
    }

    private final Options options;

    public WordClusterer(Options options) {
        this.options = options;
    }

    /** The word classes of the texts. */
    public WordClasses cluster(List<TextAnalysis> texts, Consumer<String> progress) {
        Corpus corpus = Corpus.of(texts, options.minCount());
        int[] sizes = options.classes();
        int[][] out = new int[sizes.length][];
        for (int g = 0; g < sizes.length; g++) {
            int[] cls = corpus.exchange(sizes[g], options.iterations(), progress);
            out[g] = Arrays.copyOfRange(cls, Corpus.FIRST_WORD, cls.length);
        }
        progress.accept(String.format("word classes: %,d tokens, %,d words with a class", corpus.tokens, corpus.keys.length));
        return new WordClasses(corpus.keys, out);
    }

    /** The text as a sequence of word ids with its bigram counts, in both directions. */
    private static final class Corpus {
        static final int RARE = 0, BOUNDARY = 1, FIRST_WORD = 2;

        final long[] keys;     // of words FIRST_WORD..
        final long[] count;    // per id
        final int[] nextStart, nextWord, nextCount; // successors per id (CSR)
        final int[] prevStart, prevWord, prevCount; // predecessors per id (CSR)
        final long tokens;

        private Corpus(long[] keys, long[] count, long[] pairs, long[] pairCounts, long tokens) {
            this.keys = keys;
            this.count = count;
            this.tokens = tokens;
            int v = count.length;
            int[][] next = csr(v, pairs, pairCounts, false);
            nextStart = next[0];
            nextWord = next[1];
            nextCount = next[2];
            int[][] prev = csr(v, pairs, pairCounts, true);
            prevStart = prev[0];
            prevWord = prev[1];
            prevCount = prev[2];
        }

        static Corpus of(List<TextAnalysis> texts, int minCount) {
            FeatureTable all = new FeatureTable(1 << 16);
            long[] counts = new long[1 << 16];
            for (TextAnalysis t : texts) {
                for (int i = 0; i < t.tokenCount(); i++) {
                    int id = all.add(WordClasses.key(t, i));
                    if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
                    counts[id]++;
                }
            }
            // kept words, most frequent first (ties by key, for determinism)
            long[] allKeys = all.keysByIndex();
            Integer[] order = new Integer[allKeys.length];
            int kept = 0;
            for (int k = 0; k < allKeys.length; k++) if (counts[k] >= minCount) order[kept++] = k;
            final long[] c = counts;
            Integer[] keptOrder = Arrays.copyOf(order, kept);
            Arrays.sort(keptOrder, (a, b) -> c[a] != c[b] ? Long.compare(c[b], c[a]) : Long.compare(allKeys[a], allKeys[b]));
            int[] idOf = new int[allKeys.length];
            Arrays.fill(idOf, RARE);
            long[] keys = new long[kept];
            for (int r = 0; r < kept; r++) {
                idOf[keptOrder[r]] = FIRST_WORD + r;
                keys[r] = allKeys[keptOrder[r]];
            }
            int v = FIRST_WORD + kept;
            long[] count = new long[v];
            FeatureTable pairIndex = new FeatureTable(1 << 18);
            long[] pairs = new long[1 << 18], pairCounts = new long[1 << 18];
            long tokens = 0;
            for (TextAnalysis t : texts) {
                for (int s = 0; s < t.sentenceCount(); s++) {
                    int prev = BOUNDARY;
                    count[BOUNDARY]++;
                    for (int i = t.sentenceStart(s); i < t.sentenceEnd(s); i++) {
                        int id = idOf[all.get(WordClasses.key(t, i))];
                        count[id]++;
                        tokens++;
                        long pair = ((long) prev << 32) | id;
                        int p = pairIndex.add(pair + 1);
                        if (p >= pairs.length) {
                            pairs = Arrays.copyOf(pairs, pairs.length * 2);
                            pairCounts = Arrays.copyOf(pairCounts, pairCounts.length * 2);
                        }
                        pairs[p] = pair;
                        pairCounts[p]++;
                        prev = id;
                    }
                }
            }
            int np = pairIndex.size();
            return new Corpus(keys, count, Arrays.copyOf(pairs, np), Arrays.copyOf(pairCounts, np), tokens);
        }

        /** Compressed rows of the bigram counts, by first word ({@code byLast} false) or by last word. */
        private static int[][] csr(int v, long[] pairs, long[] counts, boolean byLast) {
            int[] start = new int[v + 1];
            for (long p : pairs) start[(int) (byLast ? p & 0xffffffffL : p >>> 32) + 1]++;
            for (int k = 0; k < v; k++) start[k + 1] += start[k];
            int[] fill = Arrays.copyOf(start, v);
            int[] word = new int[pairs.length], cnt = new int[pairs.length];
            for (int k = 0; k < pairs.length; k++) {
                int row = (int) (byLast ? pairs[k] & 0xffffffffL : pairs[k] >>> 32);
                int col = (int) (byLast ? pairs[k] >>> 32 : pairs[k] & 0xffffffffL);
                int at = fill[row]++;
                word[at] = col;
                cnt[at] = (int) Math.min(Integer.MAX_VALUE, counts[k]);
            }
            return new int[][] {start, word, cnt};
        }

        /** One exchange clustering into {@code C} classes; the class of every id. */
        int[] exchange(int C, int iterations, Consumer<String> progress) {
            int v = count.length;
            int[] cls = new int[v];
            for (int w = 0; w < v; w++) cls[w] = w % C; // ids are in frequency order: the frequent words start apart
            long[] nc = new long[C];
            long[] nb = new long[C * C];
            for (int w = 0; w < v; w++) {
                nc[cls[w]] += count[w];
                for (int k = nextStart[w]; k < nextStart[w + 1]; k++) nb[cls[w] * C + cls[nextWord[k]]] += nextCount[k];
            }
            XLogX f = new XLogX(tokens + 2L * count[BOUNDARY] + 1);
            long[] succ = new long[C], pred = new long[C];
            int[] succList = new int[C], predList = new int[C];
            for (int it = 1; it <= iterations; it++) {
                int moved = 0;
                for (int w = 0; w < v; w++) {
                    // the word's neighbours by class (itself apart)
                    int ns = 0, npd = 0;
                    long self = 0;
                    for (int k = nextStart[w]; k < nextStart[w + 1]; k++) {
                        int u = nextWord[k];
                        if (u == w) {
                            self += nextCount[k];
                            continue;
                        }
                        int c = cls[u];
                        if (succ[c] == 0) succList[ns++] = c;
                        succ[c] += nextCount[k];
                    }
                    for (int k = prevStart[w]; k < prevStart[w + 1]; k++) {
                        int u = prevWord[k];
                        if (u == w) continue;
                        int c = cls[u];
                        if (pred[c] == 0) predList[npd++] = c;
                        pred[c] += prevCount[k];
                    }
                    // take the word out of its class
                    int a = cls[w];
                    apply(nb, nc, C, a, -1, w, succ, succList, ns, pred, predList, npd, self);
                    // the best class to put it in
                    int best = a;
                    double bestGain = Double.NEGATIVE_INFINITY;
                    long n = count[w];
                    for (int b = 0; b < C; b++) {
                        int row = b * C;
                        double gain = 0;
                        for (int j = 0; j < ns; j++) {
                            int c = succList[j];
                            if (c == b) continue;
                            long x = nb[row + c];
                            gain += f.of(x + succ[c]) - f.of(x);
                        }
                        for (int j = 0; j < npd; j++) {
                            int c = predList[j];
                            if (c == b) continue;
                            long x = nb[c * C + b];
                            gain += f.of(x + pred[c]) - f.of(x);
                        }
                        long xbb = nb[row + b];
                        gain += f.of(xbb + succ[b] + pred[b] + self) - f.of(xbb);
                        gain -= 2 * (f.of(nc[b] + n) - f.of(nc[b]));
                        if (gain > bestGain + 1e-9 || (b == a && gain >= bestGain - 1e-9)) {
                            bestGain = gain;
                            best = b;
                        }
                    }
                    apply(nb, nc, C, best, 1, w, succ, succList, ns, pred, predList, npd, self);
                    if (best != a) moved++;
                    cls[w] = best;
                    for (int j = 0; j < ns; j++) succ[succList[j]] = 0;
                    for (int j = 0; j < npd; j++) pred[predList[j]] = 0;
                }
                if (progress != null) progress.accept(String.format("%d classes, pass %d: %,d of %,d words moved", C, it, moved, v));
                if (moved < v / 500) break;
            }
            return cls;
        }

        /** Adds ({@code sign} 1) or removes (-1) word {@code w}'s counts to or from class {@code b}. */
        private void apply(long[] nb, long[] nc, int C, int b, int sign, int w, long[] succ, int[] succList, int ns,
                           long[] pred, int[] predList, int npd, long self) {
            for (int j = 0; j < ns; j++) nb[b * C + succList[j]] += sign * succ[succList[j]];
            for (int j = 0; j < npd; j++) nb[predList[j] * C + b] += sign * pred[predList[j]];
            nb[b * C + b] += sign * self;
            nc[b] += sign * count[w];
        }
    }

    /** {@code x ln x}, tabulated for the counts a corpus can have. */
    private static final class XLogX {
        private final double[] table;

        XLogX(long max) {
            table = new double[(int) Math.min(max + 1, 1 << 24)];
            for (int x = 1; x < table.length; x++) table[x] = x * Math.log(x);
        }

        double of(long x) {
            return x < table.length ? table[(int) x] : x * Math.log(x);
        }
    }
}
