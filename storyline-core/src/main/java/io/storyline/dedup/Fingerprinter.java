package io.storyline.dedup;

import java.util.Arrays;

/**
 * Text to {@link Fingerprints}: shingles of {@code shingle} consecutive content words of the
 * normalised text (function words skipped), hashed to 64 bits, sampled by hash. Thread-safe.
 */
public final class Fingerprinter {
    private final DedupOptions options;
    private final Aliases aliases;

    public Fingerprinter(DedupOptions options, Aliases aliases) {
        this.options = options;
        this.aliases = aliases;
    }

    /** Token buffers reused by each thread on the fast path (they only grow). */
    private static final ThreadLocal<Normalized.Tokens[]> BUFFERS =
            ThreadLocal.withInitial(() -> new Normalized.Tokens[] {new Normalized.Tokens(), new Normalized.Tokens()});

    /** Fingerprints of a text, in one pass without sentence structure (the fast path of ingest). */
    public Fingerprints of(String text) {
        Fingerprints[] fp = new Fingerprints[1];
        fingerprintAndWords(text, fp);
        return fp[0];
    }

    /** Distinct content words of a text, counted by the same pass as {@link #of(String)}. */
    int[] fingerprintAndWords(String text, Fingerprints[] fp) {
        Normalized.Tokens[] buffers = BUFFERS.get();
        Normalized.Tokens raw = buffers[0], out = buffers[1];
        raw.size = 0;
        out.size = 0;
        Tokenizer.scan(text, 0, text.length(), options.maxTokens(), raw::add);
        Normalized.normalize(aliases, text, raw, out);
        fp[0] = of(out.hash, out.flag, out.size);
        return new int[] {Normalized.distinctContent(out.hash, out.flag, out.size), out.size};
    }

    Normalized normalize(String text) {
        return Normalized.of(text, aliases, options.maxTokens(), options.maxSentences());
    }

    Fingerprints of(Normalized t) {
        return of(t.norm, t.stop, t.size());
    }

    private Fingerprints of(long[] tokens, boolean[] function, int n) {
        long[] words = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (!function[i]) words[m++] = tokens[i];
        int k = Math.min(options.shingle(), Math.max(1, m));
        int count = m == 0 ? 0 : m - k + 1;
        long[] all = new long[Math.max(count, 0)];
        for (int i = 0; i < count; i++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = 0; j < k; j++) h = h * 0x9E3779B97F4A7C15L + words[i + j];
            all[i] = mix(h);
        }
        int sampling = 1;
        while (sampling < options.maxSampling() && count / (sampling * 2) >= options.targetFingerprints()) sampling *= 2;
        long mask = sampling - 1;
        long[] kept = new long[count];
        int c = 0;
        for (long h : all) if ((h & mask) == 0) kept[c++] = h;
        long[] out = Arrays.copyOf(kept, c);
        Arrays.sort(out);
        int d = 0;
        for (int i = 0; i < out.length; i++) if (d == 0 || out[i] != out[d - 1]) out[d++] = out[i];
        return new Fingerprints(Arrays.copyOf(out, d), sampling, count);
    }

    /** A 64-bit finaliser (from SplitMix64) spreading bits so that low bits sample fairly. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
