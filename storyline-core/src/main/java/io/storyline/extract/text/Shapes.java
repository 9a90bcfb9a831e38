package io.storyline.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a line reads on its own: word count, whether it ends like a sentence, whether it is cut
 * off. Counts CJK characters as half-words so that unspaced scripts are measured fairly.
 */
final class Shapes {
    /** Prose is at least this many words when it ends like a sentence. */
    static final int PROSE_MIN_WORDS = 8;
    /** Text this long is prose even without closing punctuation. */
    static final int PROSE_ANYWAY_WORDS = 25;
    /** Closing marks that may follow a sentence's final punctuation. */
    private static final String CLOSERS = "\"'”’»)]}*";
    private static final String TERMINALS = ".!?。！？";

    private Shapes() {
    }

    static Unit unit(int index, String text, int start, int end, boolean bulleted) {
        int words = words(text);
        Unit u = new Unit(index, text, start, end, bulleted, words, shape(text, words));
        u.truncated = truncated(text);
        return u;
    }

    static Unit.Shape shape(String text, int words) {
        int letters = 0, lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c) || !Character.isUpperCase(c) && !Character.isTitleCase(c)) lower++;
            }
        }
        if (letters == 0 || words == 1 && letters <= 2) return Unit.Shape.FRAGMENT;
        boolean sentenceEnd = endsLikeSentence(text);
        boolean hasLower = lower * 4 >= letters;
        if (sentenceEnd && words >= PROSE_MIN_WORDS && hasLower) return Unit.Shape.PROSE;
        if (words >= PROSE_ANYWAY_WORDS && hasLower) return Unit.Shape.PROSE;
        if (sentenceEnd && words >= 3 && hasLower && !text.endsWith(":")) return Unit.Shape.SHORT_PROSE;
        return Unit.Shape.LINE;
    }

    /** Whether the text ends with a sentence's closing punctuation (quotes and brackets aside). */
    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && TERMINALS.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the text is cut off with an ellipsis right after a word ("…Finance Minis..."). */
    static boolean truncated(String text) {
        String t = text.strip();
        int i;
        if (t.endsWith("...")) i = t.length() - 4;
        else if (t.endsWith("…")) i = t.length() - 2;
        else return false;
        while (i >= 0 && t.charAt(i) == '.') i--;
        if (i < 0) return false;
        return Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == ' ' || t.charAt(i) == ',';
    }

    /** Words, counting each CJK character as half a word. */
    static int words(String text) {
        int words = 0, cjk = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCjk(c)) {
                cjk++;
                in = false;
            } else if (Character.isWhitespace(c)) {
                in = false;
            } else if (!in) {
                words++;
                in = true;
            }
        }
        return words + cjk / 2;
    }

    static boolean isCjk(char c) {
        if (c < '\u0E00') return false; // below Thai: no unspaced script
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }

    /** Lower-cased word tokens with surrounding punctuation removed; empty tokens dropped. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('[') >= 0) text = Vocabulary.LINK_MARKER.matcher(text).replaceAll(" ");
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int s = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’'
                    || text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) i++;
            if (i > s) out.add(text.substring(s, i).toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /**
     * A hash of each word token, as {@link #tokens} would cut and lower-case them, without
     * building the strings (the repeat finder hashes every word of a capture).
     */
    static long[] tokenHashes(String text) {
        long[] out = new long[16];
        int size = 0;
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i >= n) break;
            long h = 0xcbf29ce484222325L;
            while (i < n) {
                char c = text.charAt(i);
                boolean inWord = Character.isLetterOrDigit(c) || c == '\'' || c == '’'
                        || c == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
                if (!inWord) break;
                h = (h ^ (c == '’' ? '\'' : Character.toLowerCase(c))) * 0x100000001b3L;
                i++;
            }
            if (size == out.length) out = Arrays.copyOf(out, size * 2);
            out[size++] = h;
        }
        return Arrays.copyOf(out, size);
    }

    /** Letters and digits only, lower-cased: the key under which repeated lines are found. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** Whether every letter is upper case (and there are some): "TRENDING", "OTHER LINKS". */
    static boolean allCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) return false;
            }
        }
        return letters >= 2;
    }
}
