package io.storyline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens with offsets: runs of letters and digits; a possessive
 * {@code 's} (after ' or ’) becomes its own token {@code 's}. Hyphens and dots separate
 * tokens, so "Jong-un" and "Jong Un" tokenise alike. Stateless.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    /** A token: its lower-cased form, whether it was printed in capitals, and its offsets. */
    record Token(String lower, boolean capitals, int start, int end) {
    }

    /** Tokens of {@code text[from, to)}, at most {@code max}. */
    static List<Token> tokens(String text, int from, int to, int max) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to && out.size() < max) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            boolean allCaps = true;
            boolean anyLetter = false;
            while (i < to) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) break;
                if (Character.isLetter(c)) {
                    anyLetter = true;
                    if (!Character.isUpperCase(c)) allCaps = false;
                }
                i += Character.charCount(c);
            }
            String lower = text.substring(s, i).toLowerCase(Locale.ROOT);
            boolean possessive = lower.equals("s") && s > from && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’')
                    && s - 1 > from && !Character.isWhitespace(text.charAt(s - 2));
            out.add(new Token(possessive ? "'s" : lower, anyLetter && allCaps, s, i));
        }
        return out;
    }

    /** The lower-cased word forms of a short string (for building tables). */
    static String[] words(String s) {
        return tokens(s, 0, s.length(), Integer.MAX_VALUE).stream().map(Token::lower).toArray(String[]::new);
    }
}
