package io.storyline.annotate.text;

import java.util.Arrays;

/**
 * The tokens and sentences of one text, made once per article by {@link TextAnalyzer} and shared
 * by every annotator. Compact and immutable: parallel int arrays indexed by token number, no
 * per-token objects.
 *
 * <p>A token is a range {@code [start(i), end(i))} of {@link #text()} (UTF-16 offsets, end
 * exclusive). Every token carries {@link #flags(int) flags} describing its shape and a 64-bit
 * {@link #hash(int) hash} of its lower-cased form ({@link #hash(CharSequence)} gives the same hash
 * for a string, so tables of words can be looked up without allocating). Sentences are runs of
 * consecutive tokens; paragraphs are runs of sentences separated by blank lines.
 *
 * <pre>{@code
 * TextAnalysis t = TextAnalyzer.standard().analyze(text);
 * for (int s = 0; s < t.sentenceCount(); s++)
 *     for (int i = t.sentenceStart(s); i < t.sentenceEnd(s); i++)
 *         if (t.is(i, TextAnalysis.CAPITALIZED)) System.out.println(t.token(i));
 * }</pre>
 */
public final class TextAnalysis {
    /** Contains at least one letter. */
    public static final int WORD = 1;
    /** Begins with an upper-case letter. */
    public static final int CAPITALIZED = 1 << 1;
    /** Has at least two letters, all upper case ("NATO", "U.S."). */
    public static final int ALL_CAPS = 1 << 2;
    /** Contains a digit. */
    public static final int DIGIT = 1 << 3;
    /** Digits with at most {@code . , : /} between them ("2,000", "3.5", "15:35"). */
    public static final int NUMBER = 1 << 4;
    /** Neither letter nor digit: punctuation or a symbol. */
    public static final int PUNCT = 1 << 5;
    /** Contains a hyphen between word characters ("In-young"). */
    public static final int HYPHEN = 1 << 6;
    /** Contains a period ("Mr.", "U.S.", "J."). */
    public static final int PERIOD = 1 << 7;
    /** A quotation mark (straight, curly, guillemet), single or double. */
    public static final int QUOTE = 1 << 8;
    /** Ends a sentence: {@code . ! ? …} as a token of its own. */
    public static final int TERMINAL = 1 << 9;
    /** A clitic split off a word: {@code 's n't 're 've 'll 'd 'm}. */
    public static final int CLITIC = 1 << 10;
    /** Preceded by whitespace (or the start of the text). */
    public static final int SPACE_BEFORE = 1 << 11;
    /** A line break lies between this token and the one before. */
    public static final int NEWLINE_BEFORE = 1 << 12;
    /** Contains lower-case letters and upper-case letters after the first ("McCain", "iPhone"). */
    public static final int MIXED_CASE = 1 << 13;
    /** A web address or e-mail. */
    public static final int URL = 1 << 14;

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] flags;
    private final long[] hashes;
    /** First token of each sentence, plus the token count at the end. */
    private final int[] sentenceStarts;
    /** Paragraph number of each sentence. */
    private final int[] paragraphs;
    private final int tokenCount;
    private final int sentenceCount;

    TextAnalysis(String text, int[] starts, int[] ends, int[] flags, long[] hashes, int tokenCount,
                 int[] sentenceStarts, int[] paragraphs, int sentenceCount) {
        this.text = text;
        this.starts = starts.length == tokenCount ? starts : Arrays.copyOf(starts, tokenCount);
        this.ends = ends.length == tokenCount ? ends : Arrays.copyOf(ends, tokenCount);
        this.flags = flags.length == tokenCount ? flags : Arrays.copyOf(flags, tokenCount);
        this.hashes = hashes.length == tokenCount ? hashes : Arrays.copyOf(hashes, tokenCount);
        this.tokenCount = tokenCount;
        int[] ss = Arrays.copyOf(sentenceStarts, sentenceCount + 1);
        ss[sentenceCount] = tokenCount;
        this.sentenceStarts = ss;
        this.paragraphs = Arrays.copyOf(paragraphs, sentenceCount);
        this.sentenceCount = sentenceCount;
    }

    /** The analysed text. */
    public String text() {
        return text;
    }

    public int tokenCount() {
        return tokenCount;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The token as printed (allocates). */
    public String token(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** The token lower-cased (allocates). */
    public String lower(int token) {
        return token(token).toLowerCase(java.util.Locale.ROOT);
    }

    /** Length of the token in chars. */
    public int length(int token) {
        return ends[token] - starts[token];
    }

    /** The first char of the token. */
    public char first(int token) {
        return text.charAt(starts[token]);
    }

    /** The flag bits of a token ({@link #WORD}, {@link #CAPITALIZED}, …). */
    public int flags(int token) {
        return flags[token];
    }

    /** Whether the token has every bit of {@code flag}. */
    public boolean is(int token, int flag) {
        return (flags[token] & flag) == flag;
    }

    /** Hash of the token lower-cased, with curly apostrophes read as straight ones. */
    public long hash(int token) {
        return hashes[token];
    }

    /** Whether the token, lower-cased, equals {@code lowerWord} (which must be lower case). */
    public boolean isWord(int token, String lowerWord) {
        int s = starts[token], n = ends[token] - s;
        if (n != lowerWord.length()) return false;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(s + k);
            if (c == '’') c = '\'';
            if (Character.toLowerCase(c) != lowerWord.charAt(k)) return false;
        }
        return true;
    }

    public int sentenceCount() {
        return sentenceCount;
    }

    /** First token of a sentence. */
    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    /** One past the last token of a sentence. */
    public int sentenceEnd(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    /** The paragraph a sentence belongs to (0-based; paragraphs are separated by blank lines). */
    public int paragraph(int sentence) {
        return paragraphs[sentence];
    }

    /** The sentence holding a token (binary search). */
    public int sentenceOf(int token) {
        if (token < 0 || token >= tokenCount) throw new IndexOutOfBoundsException(token);
        int i = Arrays.binarySearch(sentenceStarts, 0, sentenceCount, token);
        if (i >= 0) {
            while (i + 1 < sentenceCount && sentenceStarts[i + 1] == token) i++;
            return i;
        }
        return -i - 2;
    }

    /** The first token ending after {@code offset}: the token at or after a char offset ({@link #tokenCount()} if none). */
    public int tokenAt(int offset) {
        int lo = 0, hi = tokenCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether only spaces and tabs (no line break, no other char) lie between two offsets. */
    public boolean spaceOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\u00A0') return false;
        }
        return true;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The hash {@link #hash(int)} gives a token printed as {@code s} (case and apostrophe style ignored). */
    public static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    /** The hash of {@code s[from, to)}, as {@link #hash(CharSequence)}. */
    public static long hash(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '’') c = '\'';
            h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** A 64-bit finaliser (from SplitMix64), so that low bits are usable as table indices. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "TextAnalysis[" + tokenCount + " tokens, " + sentenceCount + " sentences]";
    }
}
