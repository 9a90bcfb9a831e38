package io.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text prepared for comparison: word tokens as hashes of a normalised form (lower case, name
 * variants replaced by one canonical token, British spellings by American ones), each with the
 * char range it came from and its sentence. Immutable after construction.
 */
final class Normalized {
    final String text;
    /** Normalised token hashes. */
    final long[] norm;
    /** Whether each token is a function word. */
    final boolean[] stop;
    /** Char range of each token in {@link #text} (an alias spans its whole phrase). */
    final int[] start;
    final int[] end;
    /** Char ranges of the sentences. */
    final List<int[]> sentences;
    /** First token index of each sentence (size = sentences + 1). */
    final int[] sentenceFirstToken;

    private Normalized(String text, Tokens t, List<int[]> sentences, int[] firstToken) {
        this.text = text;
        this.norm = Arrays.copyOf(t.hash, t.size);
        this.start = Arrays.copyOf(t.start, t.size);
        this.end = Arrays.copyOf(t.end, t.size);
        this.stop = Arrays.copyOf(t.flag, t.size);
        this.sentences = sentences;
        this.sentenceFirstToken = firstToken;
    }

    int size() {
        return norm.length;
    }

    /** Distinct content words: how much a text says, repeats not counted. */
    int distinctContentWords() {
        return distinctContent(norm, stop, norm.length);
    }

    static int distinctContent(long[] tokens, boolean[] function, int n) {
        long[] c = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (!function[i]) c[m++] = tokens[i];
        Arrays.sort(c, 0, m);
        int d = 0;
        for (int i = 0; i < m; i++) if (i == 0 || c[i] != c[i - 1]) d++;
        return d;
    }

    /** Normalises at most {@code maxTokens} tokens and {@code maxSentences} sentences of the text. */
    static Normalized of(String text, Aliases aliases, int maxTokens, int maxSentences) {
        List<int[]> sents = Sentences.split(text, maxSentences);
        Tokens raw = new Tokens(), out = new Tokens();
        List<Integer> firsts = new ArrayList<>();
        int used = 0;
        for (int si = 0; si < sents.size() && out.size < maxTokens; si++) {
            firsts.add(out.size);
            used = si + 1;
            int[] s = sents.get(si);
            raw.size = 0;
            Tokenizer.scan(text, s[0], s[1], maxTokens - out.size, raw::add);
            normalize(aliases, text, raw, out);
        }
        firsts.add(out.size);
        int[] first = firsts.stream().mapToInt(Integer::intValue).toArray();
        return new Normalized(text, out, List.copyOf(sents.subList(0, used)), first);
    }

    /**
     * Replaces alias phrases and British spellings in {@code raw}, appending the result to
     * {@code out} with each token's flag set when it is a function word.
     */
    static void normalize(Aliases aliases, CharSequence text, Tokens raw, Tokens out) {
        for (int i = 0; i < raw.size; ) {
            Aliases.Rule rule = aliases.rule(raw.hash[i]);
            Aliases.Entry hit = null;
            if (rule != null) {
                for (Aliases.Entry e : rule.starts()) {
                    if (matches(raw, i, e)) {
                        hit = e;
                        break;
                    }
                }
            }
            if (hit != null) {
                int last = i + hit.tokens().length - 1;
                out.add(hit.canonical(), false, raw.start[i], raw.end[last]);
                i = last + 1;
            } else {
                out.add(aliases.spelling(raw.hash[i], rule, text, raw.start[i], raw.end[i]),
                        rule != null && rule.function(), raw.start[i], raw.end[i]);
                i++;
            }
        }
    }

    private static boolean matches(Tokens raw, int i, Aliases.Entry e) {
        long[] want = e.tokens();
        if (i + want.length > raw.size) return false;
        for (int k = 0; k < want.length; k++) {
            if (raw.hash[i + k] != want[k]) return false;
            if (e.caseSensitive() && !raw.flag[i + k]) return false;
        }
        return true;
    }

    /** Growable parallel arrays of tokens; the flag is "printed in capitals" for raw tokens, "function word" for normalised ones. */
    static final class Tokens {
        long[] hash = new long[256];
        boolean[] flag = new boolean[256];
        int[] start = new int[256];
        int[] end = new int[256];
        int size;

        void add(long h, boolean capitals, int s, int e) {
            if (size == hash.length) {
                int n = size * 2;
                hash = Arrays.copyOf(hash, n);
                flag = Arrays.copyOf(flag, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
            }
            hash[size] = h;
            flag[size] = capitals;
            start[size] = s;
            end[size] = e;
            size++;
        }
    }
}
