package io.storyline.dedup;

/**
 * Splits text into word tokens without allocating strings: runs of letters and digits, each
 * reported with a 64-bit hash of its lower-cased characters, whether it was printed in capitals,
 * and its offsets. A possessive {@code 's} (after ' or ’) hashes as {@code 's}. Hyphens and dots
 * separate tokens, so "Jong-un" and "Jong Un" tokenise alike. Stateless.
 */
final class Tokenizer {
    /** Hash of the possessive token {@code 's} (no scanned word hashes to it but by chance). */
    static final long POSSESSIVE = 0x2f5e8a1c9d3b7e41L;

    private Tokenizer() {
    }

    /** Receives tokens in order. */
    @FunctionalInterface
    interface Sink {
        void token(long hash, boolean capitals, int start, int end);
    }

    /** ASCII character classes, so the common case needs no Unicode lookups. */
    private static final byte OTHER = 0, DIGIT = 1, LOWER = 2, UPPER = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) ASCII[c] = DIGIT;
        for (char c = 'a'; c <= 'z'; c++) ASCII[c] = LOWER;
        for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = UPPER;
    }

    /** Scans {@code text[from, to)}, reporting at most {@code max} tokens; returns how many. */
    static int scan(CharSequence text, int from, int to, int max, Sink sink) {
        int count = 0;
        int i = from;
        while (i < to && count < max) {
            char ch = text.charAt(i);
            if (ch < 128 ? ASCII[ch] == OTHER : !isWordChar(ch)) {
                i++;
                continue;
            }
            int s = i;
            boolean allCaps = true, anyLetter = false;
            long h = FNV_OFFSET;
            while (i < to) {
                char c = text.charAt(i);
                if (c < 128) {
                    byte k = ASCII[c];
                    if (k == OTHER) break;
                    if (k == UPPER) {
                        anyLetter = true;
                        c = (char) (c + 32);
                    } else if (k == LOWER) {
                        anyLetter = true;
                        allCaps = false;
                    }
                } else {
                    if (!isWordChar(c)) break;
                    if (Character.isLetter(c)) {
                        anyLetter = true;
                        if (!Character.isUpperCase(c)) allCaps = false;
                    }
                    c = Character.toLowerCase(c);
                }
                h = (h ^ c) * FNV_PRIME;
                i++;
            }
            boolean possessive = i - s == 1 && (ch == 's' || ch == 'S') && s - 1 > from
                    && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’')
                    && !Character.isWhitespace(text.charAt(s - 2));
            sink.token(possessive ? POSSESSIVE : finish(h), anyLetter && allCaps, s, i);
            count++;
        }
        return count;
    }

    /** Letters, digits, and the halves of surrogate pairs (letters outside the BMP). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long finish(long h) {
        return Fingerprinter.mix(h);
    }

    /** The hash {@link #scan} gives a single word (lower-cased). */
    static long hash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) h = (h ^ Character.toLowerCase(word.charAt(i))) * FNV_PRIME;
        return finish(h);
    }

    /** The token hashes of a short string (for building tables). */
    static long[] hashes(String s) {
        long[] out = new long[s.length()];
        int n = scan(s, 0, s.length(), Integer.MAX_VALUE, (h, caps, st, en) -> { });
        int[] k = {0};
        scan(s, 0, s.length(), Integer.MAX_VALUE, (h, caps, st, en) -> out[k[0]++] = h);
        return java.util.Arrays.copyOf(out, n);
    }
}
