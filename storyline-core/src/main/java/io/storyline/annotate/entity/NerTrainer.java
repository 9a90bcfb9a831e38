package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron over the features of
 * {@link NerFeatures}, decoded with Viterbi. Gold names are given as character spans of each
 * document's text, so the model is trained on the tokens Storyline's own {@link TextAnalyzer}
 * makes (a token belongs to a span when at least half of it lies inside). Deterministic for a
 * given seed.
 */
public final class NerTrainer {
    /** A gold name: chars {@code [start, end)} of the text, type PER, ORG, LOC or MISC. */
    public record Span(int start, int end, String type) {
        public Span {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** One training document. */
    public record Example(String id, String text, List<Span> spans) {
        public Example {
            Objects.requireNonNull(text, "text");
            spans = List.copyOf(spans);
        }
    }

    /**
     * @param epochs  passes over the data
     * @param seed    shuffling seed
     * @param dropout chance that a capitalised word's own features are left out of one pass (so
     *                that context and shape learn to carry names the model has not seen)
     * @param runs    independent runs (seeds {@code seed}, {@code seed + 1}, …) whose weights are
     *                averaged: less dependence on the order of the examples
     */
    public record Options(int epochs, long seed, double dropout, int runs) {
        private static final int DEFAULTS_RUNS = 5;
        public static final Options DEFAULTS = new Options(12, 42, 0.25, DEFAULTS_RUNS);

        public Options(int epochs, long seed, double dropout) {
            this(epochs, seed, dropout, DEFAULTS_RUNS);
        }

        public Options {
            if (epochs < 1) throw new IllegalArgumentException("epochs must be positive");
            if (runs < 1) throw new IllegalArgumentException("runs must be positive");
            if (dropout < 0 || dropout >= 1) throw new IllegalArgumentException("dropout must be in [0, 1)");
        }
    }

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;

    public NerTrainer(TextAnalyzer analyzer, Gazetteer gazetteer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Words printed in lower case at least twice in the examples. */
    private NerFeatures.LongSet vocabulary(List<TextAnalysis> texts) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (TextAnalysis t : texts) {
            for (int i = 0; i < t.tokenCount(); i++) {
                if (t.is(i, TextAnalysis.WORD) && !t.is(i, TextAnalysis.CAPITALIZED)) counts.merge(t.hash(i), 1, Integer::sum);
            }
        }
        NerFeatures.LongSet out = new NerFeatures.LongSet(counts.size());
        counts.forEach((h, c) -> {
            if (c >= 2) out.add(h);
        });
        return out;
    }

    /**
     * A sentence ready for training: per token the indices of its lexical features, of its other
     * features, whether it is a capitalised word (whose lexical features may be dropped), and the
     * gold labels.
     */
    private record Sent(int[][] lexical, int[][] context, boolean[] name, int[] gold) {
    }

    /** The BIO label index of each token of {@code t} under the gold spans. */
    static int[] project(TextAnalysis t, List<Span> spans) {
        int[] labels = new int[t.tokenCount()];
        for (Span s : spans) {
            int type = typeIndex(s.type());
            if (type < 0) continue;
            boolean first = true;
            for (int i = t.tokenAt(s.start()); i < t.tokenCount() && t.start(i) < s.end(); i++) {
                int overlap = Math.min(t.end(i), s.end()) - Math.max(t.start(i), s.start());
                if (overlap * 2 < t.length(i)) continue;
                if (labels[i] != 0) {
                    first = false;
                    continue;
                }
                labels[i] = first ? 2 * type + 1 : 2 * type + 2;
                first = false;
            }
        }
        return labels;
    }

    static int typeIndex(String type) {
        for (int k = 0; k < NerModel.TYPES.length; k++) if (NerModel.TYPES[k].equals(type)) return k;
        return -1;
    }

    /** Trains a model on the examples without word classes; progress lines go to {@code progress}. */
    public NerModel train(List<Example> examples, Options options, Consumer<String> progress) {
        return train(examples, WordClasses.EMPTY, options, progress);
    }

    /**
     * Trains a model on the examples, with features of the word classes learned from unlabelled
     * text (kept in the model); progress lines go to {@code progress}.
     */
    public NerModel train(List<Example> examples, WordClasses classes, Options options, Consumer<String> progress) {
        FeatureTable table = new FeatureTable(1 << 18);
        List<Sent> sents = new ArrayList<>();
        long[] scratch = new long[NerFeatures.MAX];
        int tokens = 0;
        List<TextAnalysis> analysed = new ArrayList<>();
        for (Example ex : examples) analysed.add(analyzer.analyze(ex.text()));
        NerFeatures.LongSet vocabulary = vocabulary(analysed);
        NerFeatures features = new NerFeatures(gazetteer, vocabulary, classes);
        for (int x = 0; x < examples.size(); x++) {
            Example ex = examples.get(x);
            TextAnalysis t = analysed.get(x);
            NerFeatures.Doc d = features.prepare(t);
            int[] labels = project(t, ex.spans());
            for (int s = 0; s < t.sentenceCount(); s++) {
                int from = t.sentenceStart(s), to = t.sentenceEnd(s);
                int[][] lex = new int[to - from][], ctx = new int[to - from][];
                boolean[] name = new boolean[to - from];
                int[] gold = new int[to - from];
                for (int i = from; i < to; i++) {
                    int m = features.lexical(d, i, from, to, scratch, 0);
                    int[] fi = new int[m];
                    for (int k = 0; k < m; k++) fi[k] = table.add(scratch[k]);
                    lex[i - from] = fi;
                    m = features.context(d, i, from, to, scratch, 0);
                    fi = new int[m];
                    for (int k = 0; k < m; k++) fi[k] = table.add(scratch[k]);
                    ctx[i - from] = fi;
                    name[i - from] = t.is(i, TextAnalysis.WORD) && (t.is(i, TextAnalysis.CAPITALIZED) || labels[i] != 0);
                    gold[i - from] = labels[i];
                }
                // a label sequence that breaks BIO (an I- after another type) is repaired to B-
                for (int i = 0; i < gold.length; i++) {
                    if (NerModel.isInside(gold[i]) && !NerModel.allowed(i == 0 ? 0 : gold[i - 1], gold[i])) gold[i]--;
                }
                sents.add(new Sent(lex, ctx, name, gold));
                tokens += to - from;
            }
        }
        int L = NerModel.L;
        int F = table.size();
        progress.accept(String.format("%d documents, %d sentences, %d tokens, %d features, %d words in the vocabulary",
                examples.size(), sents.size(), tokens, F, vocabulary.size()));
        float[] w = new float[F * L], start = new float[L], trans = new float[L * L];
        for (int r = 0; r < options.runs(); r++) {
            float[][] one = run(sents, F, options, options.seed() + r, r == 0 ? progress : null);
            for (int k = 0; k < w.length; k++) w[k] += one[0][k] / options.runs();
            for (int k = 0; k < L; k++) start[k] += one[1][k] / options.runs();
            for (int k = 0; k < trans.length; k++) trans[k] += one[2][k] / options.runs();
        }
        return new NerModel(table, w, start, trans, vocabulary, classes);
    }

    /** One averaged-perceptron run over the sentences with shuffling seed {@code seed}: weights, start and transition scores. */
    private static float[][] run(List<Sent> sents, int F, Options options, long seed, Consumer<String> progress) {
        int L = NerModel.L;
        float[] w = new float[F * L];
        double[] acc = new double[F * L];
        float[] start = new float[L];
        double[] startAcc = new double[L];
        float[] trans = new float[L * L];
        double[] transAcc = new double[L * L];
        Random random = new Random(seed);
        List<Sent> order = new ArrayList<>(sents);
        long c = 1;
        int[] pred = new int[1024];
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            int wrong = 0;
            for (Sent s : order) {
                int n = s.gold.length;
                if (pred.length < n) pred = new int[n * 2];
                float[] emit = new float[n * L];
                boolean[] drop = new boolean[n];
                for (int i = 0; i < n; i++) {
                    drop[i] = s.name[i] && random.nextDouble() < options.dropout();
                    if (!drop[i]) add(emit, i, s.lexical[i], w);
                    add(emit, i, s.context[i], w);
                }
                NerModel.viterbi(emit, n, start, trans, pred);
                boolean same = true;
                for (int i = 0; i < n; i++) {
                    if (pred[i] != s.gold[i]) {
                        same = false;
                        break;
                    }
                }
                if (!same) {
                    wrong++;
                    for (int i = 0; i < n; i++) {
                        int g = s.gold[i], p = pred[i];
                        if (g != p) {
                            if (!drop[i]) update(s.lexical[i], g, p, w, acc, c);
                            update(s.context[i], g, p, w, acc, c);
                        }
                        int gp = i == 0 ? -1 : s.gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
                        if (g != p || gp != pp) {
                            if (i == 0) {
                                start[g] += 1;
                                startAcc[g] += c;
                                start[p] -= 1;
                                startAcc[p] -= c;
                            } else {
                                trans[gp * L + g] += 1;
                                transAcc[gp * L + g] += c;
                                trans[pp * L + p] -= 1;
                                transAcc[pp * L + p] -= c;
                            }
                        }
                    }
                }
                c++;
            }
            if (progress != null) progress.accept(String.format("epoch %d: %d of %d sentences mislabelled", epoch, wrong, order.size()));
        }
        double cf = c;
        for (int k = 0; k < w.length; k++) w[k] -= (float) (acc[k] / cf);
        for (int k = 0; k < L; k++) start[k] -= (float) (startAcc[k] / cf);
        for (int k = 0; k < trans.length; k++) trans[k] -= (float) (transAcc[k] / cf);
        return new float[][] {w, start, trans};
    }

    private static void add(float[] emit, int i, int[] feats, float[] w) {
        int L = NerModel.L;
        for (int f : feats) {
            int b = f * L;
            for (int y = 0; y < L; y++) emit[i * L + y] += w[b + y];
        }
    }

    private static void update(int[] feats, int gold, int pred, float[] w, double[] acc, long c) {
        int L = NerModel.L;
        for (int f : feats) {
            w[f * L + gold] += 1;
            acc[f * L + gold] += c;
            w[f * L + pred] -= 1;
            acc[f * L + pred] -= c;
        }
    }

}
