package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import java.util.List;
import java.util.Objects;

/**
 * The features the NER model reads for a token, as 64-bit keys: the word and its neighbours, the
 * word's shape, prefix and suffixes, capitalisation and position, gazetteer matches around it,
 * news cues (titles before names, organisation words after them), the capitalised run it belongs
 * to, and two document-wide facts (whether the word is also printed in lower case elsewhere in the
 * text, and whether it is printed capitalised in mid-sentence elsewhere). Per-token values are
 * computed once per document ({@link #prepare}). Thread-safe; a {@link Doc} belongs to one thread.
 */
final class NerFeatures {
    /** Most features one token can have. */
    static final int MAX = 96;

    // cue classes of a token (bits)
    static final int C_PERSON_PREFIX = 1, C_ROLE_HEAD = 2, C_ROLE_MOD = 4, C_ORG_STRONG = 8, C_ORG_WEAK = 16,
            C_CONNECTOR = 32, C_LOCATIVE = 64, C_AGENT_VERB = 128, C_FUNCTION = 256;

    // run flags
    static final int R_IN = 1, R_BEGIN = 2, R_END = 4, R_ORG_END = 8, R_SENT_START = 16, R_AFTER_PREFIX = 32,
            R_AFTER_ROLE = 64, R_GIVEN_FIRST = 128, R_BEFORE_POSSESSIVE = 256, R_CONTAINS_CONNECTOR = 512;

    private final Gazetteer gazetteer;
    /** Words the training data prints in lower case: a capitalised one of them is likely no name. */
    private final LongSet vocabulary;
    /** Distributional classes of the words of unlabelled text. */
    private final WordClasses classes;

    NerFeatures(Gazetteer gazetteer, LongSet vocabulary, WordClasses classes) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.classes = Objects.requireNonNull(classes, "classes");
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Per-token values of one document. */
    static final class Doc {
        final TextAnalysis t;
        final long[] shape, suf2, suf3, suf4, pre3;
        /** Gazetteer kinds: bits 0..7 first token of a match, bits 8..15 later tokens. */
        final int[] gaz;
        final int[] cue;
        final int[] run;
        final int[] runLength;
        /** First token of the capitalised run holding each token (meaningful where {@code run} is set). */
        final int[] runStart;
        final LongSet lowerSeen;
        final LongSet capsMidSentence;
        /** Words the training data prints in lower case (the model's vocabulary). */
        final LongSet common;
        /** Per granularity of the word classes, each token's class ({@link WordClasses#NONE} when it has none). */
        final int[][] cls;

        Doc(TextAnalysis t, LongSet common, int granularities) {
            this.t = t;
            this.common = common;
            int n = t.tokenCount();
            shape = new long[n];
            suf2 = new long[n];
            suf3 = new long[n];
            suf4 = new long[n];
            pre3 = new long[n];
            gaz = new int[n];
            cue = new int[n];
            run = new int[n];
            runLength = new int[n];
            runStart = new int[n];
            cls = new int[granularities][n];
            lowerSeen = new LongSet(Math.max(16, n));
            capsMidSentence = new LongSet(Math.max(16, n / 4));
        }
    }

    /** Computes the per-token values of a document. */
    Doc prepare(TextAnalysis t) {
        int gs = classes.granularities();
        Doc d = new Doc(t, vocabulary, gs);
        String text = t.text();
        int n = t.tokenCount();
        for (int i = 0; i < n; i++) {
            if (gs > 0) {
                int at = classes.indexOf(WordClasses.key(t, i));
                for (int g = 0; g < gs; g++) d.cls[g][i] = classes.classAt(at, g);
            }
            int s = t.start(i), e = t.end(i);
            d.shape[i] = shape(text, s, e);
            int len = e - s;
            d.suf2[i] = len > 2 ? TextAnalysis.hash(text, e - 2, e) : 0;
            d.suf3[i] = len > 3 ? TextAnalysis.hash(text, e - 3, e) : 0;
            d.suf4[i] = len > 4 ? TextAnalysis.hash(text, e - 4, e) : 0;
            d.pre3[i] = len > 3 ? TextAnalysis.hash(text, s, s + 3) : 0;
            long h = t.hash(i);
            int c = 0;
            if (NewsCues.PERSON_PREFIX_H.contains(h)) c |= C_PERSON_PREFIX;
            if (NewsCues.ROLE_HEAD_H.contains(h)) c |= C_ROLE_HEAD;
            if (NewsCues.ROLE_MODIFIER_H.contains(h)) c |= C_ROLE_MOD;
            if (NewsCues.ORG_STRONG_H.contains(h)) c |= C_ORG_STRONG;
            if (NewsCues.ORG_WEAK_H.contains(h)) c |= C_ORG_WEAK;
            if (NewsCues.CONNECTOR_H.contains(h)) c |= C_CONNECTOR;
            if (NewsCues.LOCATIVE_H.contains(h)) c |= C_LOCATIVE;
            if (NewsCues.AGENT_VERB_H.contains(h)) c |= C_AGENT_VERB;
            if (NewsCues.FUNCTION_H.contains(h)) c |= C_FUNCTION;
            d.cue[i] = c;
            int f = t.flags(i);
            if ((f & TextAnalysis.WORD) != 0) {
                if ((f & TextAnalysis.CAPITALIZED) == 0) d.lowerSeen.add(h);
                else if (!sentenceInitial(t, i)) d.capsMidSentence.add(h);
            }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            int from = t.sentenceStart(s), to = t.sentenceEnd(s);
            for (int i = from; i < to; i++) {
                List<Gazetteer.Match> ms = gazetteer.all(t, i, to);
                for (Gazetteer.Match m : ms) {
                    int bit = m.kind().bit();
                    d.gaz[m.start()] |= bit;
                    for (int k = m.start() + 1; k < m.end(); k++) d.gaz[k] |= bit << 8;
                }
            }
            runs(d, from, to);
        }
        return d;
    }

    /** Marks capitalised runs (capitalised words, possibly joined by one connector word) in a sentence. */
    private static void runs(Doc d, int from, int to) {
        TextAnalysis t = d.t;
        int i = from;
        while (i < to) {
            if (!capitalized(t, i)) {
                i++;
                continue;
            }
            int s = i;
            int e = i + 1;
            boolean connector = false;
            while (e < to) {
                if (capitalized(t, e)) {
                    e++;
                } else if ((d.cue[e] & C_CONNECTOR) != 0 && e + 1 < to && capitalized(t, e + 1)
                        && !t.is(e, TextAnalysis.CAPITALIZED)) {
                    connector = true;
                    e += 2;
                } else {
                    break;
                }
            }
            int flags = R_IN;
            if ((d.cue[e - 1] & C_ORG_STRONG) != 0) flags |= R_ORG_END;
            if (s == from || sentenceInitial(t, s)) flags |= R_SENT_START;
            if (s > from && (d.cue[s - 1] & C_PERSON_PREFIX) != 0) flags |= R_AFTER_PREFIX;
            if (s > from && (d.cue[s - 1] & C_ROLE_HEAD) != 0) flags |= R_AFTER_ROLE;
            if ((d.gaz[s] & Gazetteer.Kind.GIVEN.bit()) != 0) flags |= R_GIVEN_FIRST;
            if (e < to && t.is(e, TextAnalysis.CLITIC) && t.isWord(e, "'s")) flags |= R_BEFORE_POSSESSIVE;
            if (connector) flags |= R_CONTAINS_CONNECTOR;
            for (int k = s; k < e; k++) {
                int f = flags;
                if (k == s) f |= R_BEGIN;
                if (k == e - 1) f |= R_END;
                d.run[k] = f;
                d.runLength[k] = e - s;
                d.runStart[k] = s;
            }
            i = e;
        }
    }

    private static boolean capitalized(TextAnalysis t, int i) {
        int f = t.flags(i);
        return (f & TextAnalysis.WORD) != 0 && ((f & TextAnalysis.CAPITALIZED) != 0 || (f & TextAnalysis.MIXED_CASE) != 0);
    }

    /** First token of its sentence, or right after an opening quote or bracket that starts it. */
    static boolean sentenceInitial(TextAnalysis t, int i) {
        int s = t.sentenceStart(t.sentenceOf(i));
        for (int k = s; k < i; k++) {
            int f = t.flags(k);
            if ((f & TextAnalysis.PUNCT) == 0) return false;
        }
        return true;
    }

    // feature templates
    private static final int T_BIAS = 1, T_W0 = 2, T_WM1 = 3, T_WP1 = 4, T_WM2 = 5, T_WP2 = 6, T_SH0 = 7, T_SHM1 = 8,
            T_SHP1 = 9, T_SHM1_SH0 = 10, T_SH0_SHP1 = 11, T_SUF2 = 12, T_SUF3 = 13, T_SUF4 = 14, T_PRE3 = 15,
            T_WM1_W0 = 16, T_W0_WP1 = 17, T_POS = 18, T_GAZ0 = 19, T_GAZM1 = 20, T_GAZP1 = 21, T_DOC = 22,
            T_RUN = 23, T_RUNLEN = 24, T_CUEM1 = 25, T_CUEP1 = 26, T_CUE0 = 27, T_W0_CAP = 28, T_CUEM2 = 29,
            T_RUN_W0 = 30, T_GAZ_RUN = 31, T_SH0_DOC = 32, T_LEN = 33, T_WM1_SH0 = 34, T_SH0_WP1 = 35, T_VOCAB = 36, T_VOCAB_SH = 37,
            T_CL0 = 38, T_CLM1 = 39, T_CLP1 = 40, T_CL0_SH0 = 41, T_RUN_LAST = 42, T_RUN_FIRST = 43;

    private static final long BOS = 0x1111_2222_3333_4444L, EOS = 0x5555_6666_7777_8888L;

    private static long key(int template, long value) {
        long z = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 31)) * 0xbf58476d1ce4e5b9L;
        return z ^ (z >>> 29);
    }

    /**
     * Writes the features of token {@code i} of the sentence {@code [from, to)} into {@code out}
     * and returns how many there are (at most {@link #MAX}).
     */
    int extract(Doc d, int i, int from, int to, long[] out) {
        int n = lexical(d, i, from, to, out, 0);
        return context(d, i, from, to, out, n);
    }

    /**
     * The features that name the word itself (the word, alone and with its neighbours), written
     * from {@code out[n]}; returns the new count. Training sometimes leaves them out, so that the
     * model also learns to recognise names it has never seen from their context.
     */
    int lexical(Doc d, int i, int from, int to, long[] out, int n) {
        TextAnalysis t = d.t;
        long w0 = t.hash(i);
        long wm1 = i - 1 >= from ? t.hash(i - 1) : BOS, wp1 = i + 1 < to ? t.hash(i + 1) : EOS;
        int f = t.flags(i);
        boolean initial = sentenceInitial(t, i);
        int caps = (f & (TextAnalysis.CAPITALIZED | TextAnalysis.ALL_CAPS | TextAnalysis.MIXED_CASE | TextAnalysis.WORD));
        out[n++] = key(T_W0, w0);
        out[n++] = key(T_WM1_W0, wm1 * 31 + w0);
        out[n++] = key(T_W0_WP1, w0 * 31 + wp1);
        out[n++] = key(T_W0_CAP, w0 * 31 + caps + (initial ? 7 : 0));
        int r = d.run[i];
        if (r != 0) out[n++] = key(T_RUN_W0, w0 * 31 + (r & (R_BEGIN | R_END)));
        return n;
    }

    /** The other features of token {@code i}, written from {@code out[n]}; returns the new count. */
    int context(Doc d, int i, int from, int to, long[] out, int n) {
        TextAnalysis t = d.t;
        long w0 = t.hash(i);
        long wm1 = i - 1 >= from ? t.hash(i - 1) : BOS, wp1 = i + 1 < to ? t.hash(i + 1) : EOS;
        long wm2 = i - 2 >= from ? t.hash(i - 2) : BOS, wp2 = i + 2 < to ? t.hash(i + 2) : EOS;
        long sh0 = d.shape[i], shm1 = i - 1 >= from ? d.shape[i - 1] : BOS, shp1 = i + 1 < to ? d.shape[i + 1] : EOS;
        int f = t.flags(i);
        out[n++] = key(T_BIAS, 0);
        out[n++] = key(T_WM1, wm1);
        out[n++] = key(T_WP1, wp1);
        out[n++] = key(T_WM2, wm2);
        out[n++] = key(T_WP2, wp2);
        out[n++] = key(T_SH0, sh0);
        out[n++] = key(T_SHM1, shm1);
        out[n++] = key(T_SHP1, shp1);
        out[n++] = key(T_SHM1_SH0, shm1 * 31 + sh0);
        out[n++] = key(T_SH0_SHP1, sh0 * 31 + shp1);
        if (d.suf2[i] != 0) out[n++] = key(T_SUF2, d.suf2[i]);
        if (d.suf3[i] != 0) out[n++] = key(T_SUF3, d.suf3[i]);
        if (d.suf4[i] != 0) out[n++] = key(T_SUF4, d.suf4[i]);
        if (d.pre3[i] != 0) out[n++] = key(T_PRE3, d.pre3[i]);
        out[n++] = key(T_WM1_SH0, wm1 * 31 + sh0);
        out[n++] = key(T_SH0_WP1, sh0 * 31 + wp1);
        boolean initial = sentenceInitial(t, i);
        int caps = (f & (TextAnalysis.CAPITALIZED | TextAnalysis.ALL_CAPS | TextAnalysis.MIXED_CASE | TextAnalysis.WORD));
        out[n++] = key(T_POS, (initial ? 1000 : 0) + caps);
        int len = t.length(i);
        out[n++] = key(T_LEN, Math.min(len, 12) + ((f & TextAnalysis.CAPITALIZED) != 0 ? 100 : 0));
        n = gaz(out, n, T_GAZ0, d.gaz[i]);
        if (i - 1 >= from) n = gaz(out, n, T_GAZM1, d.gaz[i - 1]);
        if (i + 1 < to) n = gaz(out, n, T_GAZP1, d.gaz[i + 1]);
        if ((f & TextAnalysis.WORD) != 0 && (f & TextAnalysis.CAPITALIZED) != 0) {
            int doc = (d.lowerSeen.contains(w0) ? 1 : 0) + (d.capsMidSentence.contains(w0) ? 2 : 0) + (initial ? 4 : 0);
            out[n++] = key(T_DOC, doc);
            out[n++] = key(T_SH0_DOC, sh0 * 31 + doc);
            int voc = (vocabulary.contains(w0) ? 1 : 0) + (initial ? 2 : 0) + (d.lowerSeen.contains(w0) ? 4 : 0);
            out[n++] = key(T_VOCAB, voc);
            out[n++] = key(T_VOCAB_SH, sh0 * 31 + voc);
        }
        for (int g = 0; g < d.cls.length; g++) {
            int[] c = d.cls[g];
            long gk = (long) g << 20;
            out[n++] = key(T_CL0, gk + c[i] + 1);
            out[n++] = key(T_CLM1, gk + (i - 1 >= from ? c[i - 1] + 1 : -2));
            out[n++] = key(T_CLP1, gk + (i + 1 < to ? c[i + 1] + 1 : -2));
            out[n++] = key(T_CL0_SH0, (gk + c[i] + 1) * 31 + sh0);
        }
        out[n++] = key(T_CUE0, d.cue[i]);
        out[n++] = key(T_CUEM1, i - 1 >= from ? d.cue[i - 1] : -1);
        out[n++] = key(T_CUEP1, i + 1 < to ? d.cue[i + 1] : -1);
        out[n++] = key(T_CUEM2, i - 2 >= from ? d.cue[i - 2] : -1);
        int r = d.run[i];
        if (r != 0) {
            out[n++] = key(T_RUN, r);
            out[n++] = key(T_RUNLEN, Math.min(d.runLength[i], 5) * 4 + (r & (R_BEGIN | R_END)) / 2);
            out[n++] = key(T_GAZ_RUN, (long) d.gaz[i] * 1024 + r);
            // the run's last and first words, for every word of it ("... Railroad", "Lake ...")
            int rs = d.runStart[i], re = rs + d.runLength[i] - 1;
            long pos = r & (R_BEGIN | R_END);
            if (re > i) out[n++] = key(T_RUN_LAST, t.hash(re) * 31 + pos);
            if (rs < i) out[n++] = key(T_RUN_FIRST, t.hash(rs) * 31 + pos);
        }
        return n;
    }

    private static int gaz(long[] out, int n, int template, int mask) {
        while (mask != 0 && n < MAX) {
            int bit = Integer.numberOfTrailingZeros(mask);
            out[n++] = key(template, bit);
            mask &= mask - 1;
        }
        if (mask == 0 && n < MAX) out[n++] = key(template, 99);
        return n;
    }

    /**
     * The word's shape: upper-case letters as X, lower-case as x, digits as d, other chars as
     * themselves, runs of one class collapsed ("Xx", "X.X.", "Xx-xx", "d,d").
     */
    static long shape(String text, int s, int e) {
        long h = 0x84222325L;
        char prev = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            char m;
            if (Character.isUpperCase(c)) m = 'X';
            else if (Character.isLowerCase(c) || Character.isLetter(c)) m = 'x';
            else if (Character.isDigit(c)) m = 'd';
            else m = c == '’' ? '\'' : c;
            if (m == prev && (m == 'X' || m == 'x' || m == 'd')) continue;
            prev = m;
            h = (h ^ m) * 0x100000001b3L;
        }
        return h;
    }

    /** A set of longs (open addressing), for the document-wide word facts. */
    static final class LongSet {
        private long[] keys;
        private int size;

        int size() {
            return size;
        }

        /** The members, in no order. */
        long[] toArray() {
            long[] out = new long[size];
            int n = 0;
            for (long k : keys) if (k != 0) out[n++] = k;
            return out;
        }

        LongSet(int expected) {
            keys = new long[Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1];
        }

        void add(long k) {
            if (k == 0) k = 1;
            if ((size + 1) * 2 > keys.length) {
                long[] old = keys;
                keys = new long[old.length * 2];
                size = 0;
                for (long o : old) if (o != 0) add(o);
            }
            int mask = keys.length - 1;
            int i = (int) (k ^ (k >>> 32)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == k) return;
                i = (i + 1) & mask;
            }
            keys[i] = k;
            size++;
        }

        boolean contains(long k) {
            if (k == 0) k = 1;
            int mask = keys.length - 1;
            int i = (int) (k ^ (k >>> 32)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == k) return true;
                i = (i + 1) & mask;
            }
            return false;
        }
    }
}
