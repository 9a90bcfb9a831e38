package io.storyline.annotate.time;

import java.util.Arrays;

/**
 * The text cut into light tokens for time expressions: runs of letters, runs of digits, and
 * single other characters, with offsets. Letters and digits split ("27th" is {@code 27}, {@code th}),
 * so the grammar sees forms like {@code 3pm}, {@code 1990s} and {@code 2019-02-27} as short token
 * sequences. One pass; arrays only, no token objects.
 */
final class Tokens {
    static final byte WORD = 1, NUM = 2, PUNCT = 3;

    /** Token flags. */
    static final int CAP = 1, ALLCAPS = 2, SPACE_BEFORE = 4, NEWLINE_BEFORE = 8, PARAGRAPH_BEFORE = 16;

    /** Numbers longer than this are kept as tokens without a value. */
    private static final int MAX_DIGITS = 9;

    final String text;
    final int size;
    final int[] start, end, num, flags;
    final byte[] kind;
    /** Lexicon entry of each word token, or null. */
    final Lexicon.Word[] word;

    private Tokens(String text, int size, int[] start, int[] end, int[] num, int[] flags, byte[] kind,
                   Lexicon.Word[] word) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.num = num;
        this.flags = flags;
        this.kind = kind;
        this.word = word;
    }

    static Tokens of(String text) {
        int n = text.length();
        int cap = Math.max(16, n / 4);
        int[] start = new int[cap], end = new int[cap], num = new int[cap], flags = new int[cap];
        byte[] kind = new byte[cap];
        Lexicon.Word[] word = new Lexicon.Word[cap];
        int size = 0, i = 0, newlines = 0;
        boolean space = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                if (c == '\n') newlines++;
                i++;
                continue;
            }
            if (size == start.length) {
                int grown = size + (size >> 1) + 16;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                num = Arrays.copyOf(num, grown);
                flags = Arrays.copyOf(flags, grown);
                kind = Arrays.copyOf(kind, grown);
                word = Arrays.copyOf(word, grown);
            }
            int j = i + 1;
            int f = (space ? SPACE_BEFORE : 0) | (newlines > 0 ? NEWLINE_BEFORE : 0) | (newlines > 1 ? PARAGRAPH_BEFORE : 0);
            if (isDigit(c)) {
                while (j < n && isDigit(text.charAt(j))) j++;
                kind[size] = NUM;
                num[size] = j - i <= MAX_DIGITS ? Integer.parseInt(text, i, j, 10) : -1;
            } else if (Character.isLetter(c)) {
                boolean upper = Character.isUpperCase(c), allUpper = upper;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    if (!Character.isUpperCase(text.charAt(j))) allUpper = false;
                    j++;
                }
                kind[size] = WORD;
                num[size] = -1;
                if (upper) f |= CAP;
                if (allUpper && j - i > 1) f |= ALLCAPS;
                word[size] = Lexicon.lookup(text, i, j);
            } else {
                if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(text.charAt(j))) j++;
                kind[size] = PUNCT;
                num[size] = -1;
            }
            start[size] = i;
            end[size] = j;
            flags[size] = f;
            size++;
            space = false;
            newlines = 0;
            i = j;
        }
        return new Tokens(text, size, start, end, num, flags, kind, word);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    boolean isWord(int i) {
        return i < size && kind[i] == WORD;
    }

    boolean isNum(int i) {
        return i < size && kind[i] == NUM && num[i] >= 0;
    }

    /** Digits of a number token (0 when not a number). */
    int digits(int i) {
        return i < size && kind[i] == NUM ? end[i] - start[i] : 0;
    }

    boolean isPunct(int i, char c) {
        return i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    /** True for any of the dash characters at token {@code i}. */
    boolean isDash(int i) {
        if (i >= size || kind[i] != PUNCT) return false;
        char c = text.charAt(start[i]);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010' || c == '\u2011';
    }

    /** Token {@code i} follows token {@code i-1} with no space between. */
    boolean attached(int i) {
        return i < size && i > 0 && (flags[i] & SPACE_BEFORE) == 0;
    }

    /** A line break lies between tokens {@code i-1} and {@code i}. */
    boolean newlineBefore(int i) {
        return i < size && (flags[i] & NEWLINE_BEFORE) != 0;
    }

    boolean cap(int i) {
        return i < size && (flags[i] & CAP) != 0;
    }

    boolean allCaps(int i) {
        return i < size && (flags[i] & ALLCAPS) != 0;
    }

    Lexicon.Word word(int i) {
        return i < size && i >= 0 ? word[i] : null;
    }

    /** The word at {@code i} equals {@code lower} ignoring case. */
    boolean is(int i, String lower) {
        return i < size && i >= 0 && kind[i] == WORD && text.regionMatches(true, start[i], lower, 0, lower.length())
                && end[i] - start[i] == lower.length();
    }

    String str(int i) {
        return text.substring(start[i], end[i]);
    }
}
