package io.storyline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A light sentence splitter for comparison: breaks at blank lines and after {@code . ! ?}
 * (with closing quotes or brackets) followed by space and a capital, digit or opening quote,
 * except after abbreviations and initials. Offsets are char offsets into the text. Stateless.
 */
final class Sentences {
    /** Words that end with a dot without ending a sentence (lower case, without the dot). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "gov", "lt", "col", "maj", "capt", "sgt", "st",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
            "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "mt", "ft", "approx", "dept", "est", "vol",
            "fig", "al", "pres", "rev", "hon", "amb", "adm", "cmdr", "supt", "insp", "bzw", "ca", "nr",
            "hr", "fr", "vgl", "usw", "mio", "mrd");

    private Sentences() {
    }

    /** Sentence ranges {@code [start, end)} over {@code text}, whitespace trimmed, at most {@code max}. */
    static List<int[]> split(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n && out.size() < max; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                end = true;
                cut = i;
            } else if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？') {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) j++;
                if (c == '。' || c == '！' || c == '？') {
                    end = true;
                    cut = j;
                } else if (j < n && Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) k++;
                    if (k >= n || startsSentence(text.charAt(k))) {
                        end = c != '.' || !abbreviationBefore(text, i);
                        cut = j;
                    }
                }
            }
            if (end) {
                add(out, text, start, cut);
                start = cut;
                i = Math.max(i, cut - 1);
            }
        }
        if (out.size() < max) add(out, text, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '“';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'' || c == '‘'
                || c == '(' || c == '«' || c == '-' || c == '—' || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return false;
        if (word.length() == 1) return true; // an initial: "Lee J. Kim", "U.S."
        if (word.contains(".")) return true; // "U.S.", "a.m."
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<int[]> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new int[] {s, e});
    }
}
