package io.storyline.annotate.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain tagger over BIO labels for four name types (PER, ORG, LOC, MISC): one weight per
 * (feature, label), a weight per label transition, decoded exactly with Viterbi. Trained by
 * {@link NerTrainer} (an averaged structured perceptron). Immutable and thread-safe.
 *
 * <p>The file format (gzipped): magic {@code SLNER}, version, label count and names, start and
 * transition weights as floats, the vocabulary (hashes of words the training data printed in
 * lower case), the word classes ({@link WordClasses}: granularities, word count, keys, one 16-bit
 * class per word and granularity; absent in version 2), the scale of the quantised weights, then per feature its 64-bit key and one 16-bit
 * weight per label.
 */
public final class NerModel {
    /** The labels, in index order: O, then B-/I- per type. */
    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
    /** The types, in label order (type k has labels 2k+1, 2k+2). */
    static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    static final int L = LABELS.length;

    private static final String MAGIC = "SLNER";
    private static final int VERSION = 3;
    /** The version before word classes: read with none. */
    private static final int VERSION_WITHOUT_CLASSES = 2;

    private final FeatureTable features;
    private final float[] weights;
    private final float[] start;
    private final float[] trans;
    private final NerFeatures.LongSet vocabulary;
    private final WordClasses classes;

    NerModel(FeatureTable features, float[] weights, float[] start, float[] trans, NerFeatures.LongSet vocabulary,
             WordClasses classes) {
        this.features = features;
        this.weights = weights;
        this.start = start;
        this.trans = trans;
        this.vocabulary = vocabulary;
        this.classes = classes;
    }

    /** The distributional word classes the features read. */
    WordClasses classes() {
        return classes;
    }

    /** Hashes of the words the training data printed in lower case (read by the features). */
    NerFeatures.LongSet vocabulary() {
        return vocabulary;
    }

    /** Number of features with weights. */
    public int featureCount() {
        return features.size();
    }

    /** A number per name type (PER, ORG, LOC, MISC), as {@link Decoding} reads them. */
    public record PerType(float person, float organisation, float place, float misc) {
        public static final PerType ZERO = new PerType(0, 0, 0, 0);

        public PerType {
            for (float v : new float[] {person, organisation, place, misc}) {
                if (!Float.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
            }
        }

        /** Reads {@code "PER,ORG,LOC"} or {@code "PER,ORG,LOC,MISC"} (MISC 0 when left out). */
        public static PerType parse(String text) {
            String[] p = text.trim().split("\\s*,\\s*");
            if (p.length < 3 || p.length > 4) throw new IllegalArgumentException("expected PER,ORG,LOC[,MISC]: " + text);
            float[] v = new float[4];
            for (int k = 0; k < p.length; k++) {
                try {
                    v[k] = Float.parseFloat(p[k]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number in " + text + ": " + p[k]);
                }
            }
            return new PerType(v[0], v[1], v[2], v[3]);
        }

        /** As {@link #parse} reads it; MISC left out when 0. */
        public String text() {
            String t = fmt(person) + "," + fmt(organisation) + "," + fmt(place);
            return misc == 0 ? t : t + "," + fmt(misc);
        }

        private static String fmt(float f) {
            return f == Math.rint(f) ? Long.toString((long) f) : Float.toString(f);
        }

        /** The number of type index {@code type} (0 PER … 3 MISC). */
        float of(int type) {
            return switch (type) {
                case 0 -> person;
                case 1 -> organisation;
                case 2 -> place;
                default -> misc;
            };
        }

        boolean any() {
            return person != 0 || organisation != 0 || place != 0 || misc != 0;
        }
    }

    /**
     * How the tagger's scores become names, per type. {@code bias} is added to the score of every
     * label of the type in a second reading of the sentence (below zero, the type must earn its
     * tokens by more); a name that reading does not keep as it is counts as unsure. A
     * name's margin is the best label sequence's score less the best score of a sequence that
     * leaves the name's tokens all O (how much the sentence's reading would lose without it), in
     * the units of the model's weights; a name below its type's {@code margin} is one the tagger is
     * unsure of, which {@link EntityRecognizer} drops unless a rule or a list keeps it. Both were
     * chosen on the development sets ({@code train ner --dev --bias … --margins …}); see
     * docs/evaluation.md.
     */
    public record Decoding(PerType bias, PerType margin) {
        /** Scores as trained, every name kept. */
        public static final Decoding NONE = new Decoding(PerType.ZERO, PerType.ZERO);
        /** The decoding the product uses with the bundled model. */
        public static final Decoding DEFAULTS = new Decoding(new PerType(0, 0, -5, 0), new PerType(10, 12, 10, 0));

        public Decoding {
            java.util.Objects.requireNonNull(bias, "bias");
            java.util.Objects.requireNonNull(margin, "margin");
            if (margin.person() < 0 || margin.organisation() < 0 || margin.place() < 0 || margin.misc() < 0) {
                throw new IllegalArgumentException("a margin must be >= 0: " + margin.text());
            }
        }
    }

    static boolean isInside(int label) {
        return label >= 2 && (label & 1) == 0;
    }

    /** Whether {@code cur} may follow {@code prev}: an I- label only continues its own type. */
    static boolean allowed(int prev, int cur) {
        if (!isInside(cur)) return true;
        return prev == cur || prev == cur - 1;
    }

    /** The type index of a label (0 PER … 3 MISC), or -1 for O. */
    static int typeOf(int label) {
        return label == 0 ? -1 : (label - 1) / 2;
    }

    /**
     * Labels the tokens {@code [from, to)} of a document into {@code labels[0 .. to-from)}.
     *
     * @param scratch feature buffer of at least {@link NerFeatures#MAX}
     * @param decoding biases and least margins per type (see {@link Decoding})
     * @param weak     set true at {@code [0, to-from)} for the tokens of names below their margin
     */
    void tag(NerFeatures fx, NerFeatures.Doc d, int from, int to, int[] labels, long[] scratch, Decoding decoding, boolean[] weak) {
        int n = to - from;
        if (n <= 0) return;
        float[] emit = new float[n * L];
        for (int i = 0; i < n; i++) {
            int m = fx.extract(d, from + i, from, to, scratch);
            int base = i * L;
            for (int k = 0; k < m; k++) {
                int f = features.get(scratch[k]);
                if (f < 0) continue;
                int w = f * L;
                for (int y = 0; y < L; y++) emit[base + y] += weights[w + y];
            }
        }
        float[] forward = viterbi(emit, n, start, trans, labels);
        if (decoding.margin().any()) prune(emit, n, start, trans, labels, forward, decoding.margin(), weak);
        PerType bias = decoding.bias();
        if (bias.any()) {
            // a name the biased reading does not keep as it is, is one the tagger is unsure of
            for (int i = 0; i < n; i++) for (int y = 1; y < L; y++) emit[i * L + y] += bias.of(typeOf(y));
            int[] biased = new int[n];
            viterbi(emit, n, start, trans, biased);
            for (int a = 0; a < n; ) {
                if (labels[a] == 0) {
                    a++;
                    continue;
                }
                int b = nameEnd(labels, a, n);
                boolean same = b == n || biased[b] != labels[a] + 1;
                for (int i = a; i < b && same; i++) same = biased[i] == labels[i];
                if (!same) for (int i = a; i < b; i++) weak[i] = true;
                a = b;
            }
        }
    }

    /**
     * Marks in {@code weak} the tokens of every name of {@code labels} whose margin (see
     * {@link #nameMargins}) is below its type's minimum, and clears it for the other tokens of names.
     */
    static void prune(float[] emit, int n, float[] start, float[] trans, int[] labels, float[] forward, PerType minMargin,
            boolean[] weak) {
        float[] margin = nameMargins(emit, n, start, trans, labels, forward);
        for (int i = 0; i < n; i++) if (labels[i] != 0) weak[i] = margin[i] < minMargin.of(typeOf(labels[i]));
    }

    /**
     * For each token of a name of {@code labels} (the best sequence for {@code emit}), the name's
     * margin: the best sequence's score less the best score of a sequence whose labels on the
     * name's tokens are all O (exact, from {@link #viterbi}'s forward scores {@code alpha} and one
     * max-sum pass backwards); NaN for tokens labelled O.
     */
    static float[] nameMargins(float[] emit, int n, float[] start, float[] trans, int[] labels, float[] alpha) {
        float[] out = new float[n];
        float[] beta = new float[n * L];
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                for (int z = 0; z < L; z++) if (allowed(y, z)) best = Math.max(best, trans[y * L + z] + emit[(i + 1) * L + z] + beta[(i + 1) * L + z]);
                beta[i * L + y] = best;
            }
        }
        float total = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < L; y++) total = Math.max(total, alpha[(n - 1) * L + y]);
        for (int a = 0; a < n; ) {
            if (labels[a] == 0) {
                out[a++] = Float.NaN;
                continue;
            }
            int b = nameEnd(labels, a, n);
            float pre;
            if (a == 0) pre = start[0] + emit[0];
            else {
                pre = Float.NEGATIVE_INFINITY;
                for (int p = 0; p < L; p++) pre = Math.max(pre, alpha[(a - 1) * L + p] + trans[p * L]);
                pre += emit[a * L];
            }
            for (int i = a + 1; i < b; i++) pre += trans[0] + emit[i * L];
            float post = 0;
            if (b < n) {
                post = Float.NEGATIVE_INFINITY;
                for (int z = 0; z < L; z++) if (allowed(0, z)) post = Math.max(post, trans[z] + emit[b * L + z] + beta[b * L + z]);
            }
            for (int i = a; i < b; i++) out[i] = total - (pre + post);
            a = b;
        }
        return out;
    }

    /**
     * Exact best label sequence for emission scores {@code emit[n*L]}, into {@code labels}; returns
     * the forward scores (per token and label, the best score of a sequence ending there), which
     * {@link #nameMargins} reads.
     */
    static float[] viterbi(float[] emit, int n, float[] start, float[] trans, int[] labels) {
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) score[y] = isInside(y) ? Float.NEGATIVE_INFINITY : start[y] + emit[y];
        for (int i = 1; i < n; i++) {
            int b = i * L, pb = (i - 1) * L;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!allowed(p, y)) continue;
                    float s = score[pb + p] + trans[p * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[b + y] = best + emit[b + y];
                back[b + y] = arg;
            }
        }
        int last = (n - 1) * L;
        int arg = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < L; y++) {
            if (score[last + y] > best) {
                best = score[last + y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = arg;
            arg = back[i * L + arg];
        }
        return score;
    }

    /** The end (exclusive) of the name whose first token is {@code a} in {@code labels[0, n)}: its type's I- labels after it. */
    static int nameEnd(int[] labels, int a, int n) {
        int inside = 2 * typeOf(labels[a]) + 2;
        int b = a + 1;
        while (b < n && labels[b] == inside) b++;
        return b;
    }

    /** Writes the model, quantising weights to 16 bits and leaving out features whose weights all round to zero. */
    public void save(OutputStream out) throws IOException {
        float max = 1e-9f;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float scale = max / 32767f;
        long[] keys = features.keysByIndex();
        int kept = 0;
        for (int f = 0; f < keys.length; f++) if (!zero(f, scale)) kept++;
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream o = new DataOutputStream(gz);
        o.writeUTF(MAGIC);
        o.writeInt(VERSION);
        o.writeInt(L);
        for (String l : LABELS) o.writeUTF(l);
        for (float s : start) o.writeFloat(s);
        for (float s : trans) o.writeFloat(s);
        long[] voc = vocabulary.toArray();
        java.util.Arrays.sort(voc);
        o.writeInt(voc.length);
        for (long v : voc) o.writeLong(v);
        classes.write(o);
        o.writeFloat(scale);
        o.writeInt(kept);
        for (int f = 0; f < keys.length; f++) {
            if (zero(f, scale)) continue;
            o.writeLong(keys[f]);
            for (int y = 0; y < L; y++) o.writeShort(Math.round(weights[f * L + y] / scale));
        }
        o.flush();
        gz.finish();
    }

    private boolean zero(int f, float scale) {
        for (int y = 0; y < L; y++) if (Math.round(weights[f * L + y] / scale) != 0) return false;
        return true;
    }

    /** Reads a model written by {@link #save}. */
    public static NerModel load(InputStream in) throws IOException {
        DataInputStream i = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (!MAGIC.equals(i.readUTF())) throw new IOException("not a Storyline NER model");
        int version = i.readInt();
        if (version != VERSION && version != VERSION_WITHOUT_CLASSES) throw new IOException("unsupported NER model version " + version);
        int l = i.readInt();
        if (l != L) throw new IOException("unexpected label count " + l);
        for (int y = 0; y < L; y++) {
            String name = i.readUTF();
            if (!name.equals(LABELS[y])) throw new IOException("unexpected label " + name);
        }
        float[] start = new float[L];
        for (int y = 0; y < L; y++) start[y] = i.readFloat();
        float[] trans = new float[L * L];
        for (int k = 0; k < trans.length; k++) trans[k] = i.readFloat();
        int vocCount = i.readInt();
        if (vocCount < 0 || vocCount > 10_000_000) throw new IOException("bad vocabulary size " + vocCount);
        NerFeatures.LongSet voc = new NerFeatures.LongSet(vocCount);
        for (int k = 0; k < vocCount; k++) voc.add(i.readLong());
        WordClasses classes = version == VERSION ? WordClasses.read(i) : WordClasses.EMPTY;
        float scale = i.readFloat();
        int count = i.readInt();
        if (count < 0 || count > 50_000_000) throw new IOException("bad feature count " + count);
        FeatureTable table = new FeatureTable(count);
        float[] weights = new float[count * L];
        for (int f = 0; f < count; f++) {
            int idx = table.add(i.readLong());
            for (int y = 0; y < L; y++) weights[idx * L + y] = i.readShort() * scale;
        }
        return new NerModel(table, weights, start, trans, voc, classes);
    }

    /** The model bundled with Storyline ({@code ner-model.bin.gz} in this package's resources). */
    public static NerModel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final NerModel BUNDLED = loadBundled();
    }

    private static NerModel loadBundled() {
        try (InputStream in = NerModel.class.getResourceAsStream("ner-model.bin.gz")) {
            if (in == null) throw new IllegalStateException("the bundled NER model is missing (ner-model.bin.gz)");
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled NER model", e);
        }
    }

    @Override
    public String toString() {
        return "NerModel[" + features.size() + " features, " + Arrays.toString(LABELS) + "]";
    }
}
