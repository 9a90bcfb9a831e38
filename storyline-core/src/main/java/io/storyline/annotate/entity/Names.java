package io.storyline.annotate.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys under which names of one entity coincide: personal names without case, accents, hyphens,
 * spaces, periods and middle initials ("Kim Jong Un", "Kim Jong-un" and "KIM Jong-Un" all give
 * {@code kimjongun}); organisation names as their sorted content words ("Unification Ministry" and
 * "Ministry of Unification" give {@code ministry unification}); and the edit distance that tells a
 * misspelling ("Beigun") from its name ("Biegun"). Stateless.
 */
public final class Names {
    private Names() {
    }

    /** Lower case, accents removed, curly apostrophes straight. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '’') c = '\'';
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The words of a name: split at spaces, hyphens kept inside words, trailing periods and 's dropped. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : fold(name).split("[\\s\u00A0]+")) {
            if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
            while (w.endsWith(".") || w.endsWith(",")) w = w.substring(0, w.length() - 1);
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** A person's key: letters of the name, middle initials and honorifics left out. */
    static String personKey(String name) {
        List<String> ws = words(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            boolean initial = w.replace(".", "").length() == 1;
            if (initial && i > 0 && i < ws.size() - 1) continue;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetterOrDigit(c)) sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final Set<String> ORG_STOP = Set.of("the", "of", "for", "and", "on", "&", "in", "at", "de");

    /** An organisation's key: its content words, sorted ("ministry unification"). */
    static String orgKey(String name) {
        TreeSet<String> set = new TreeSet<>();
        for (String w : words(name)) {
            String letters = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!letters.isEmpty() && !ORG_STOP.contains(letters)) set.add(letters);
        }
        return String.join(" ", set);
    }

    /** A place's key: its letters and single spaces ("north carolina"). */
    static String placeKey(String name) {
        List<String> ws = words(name);
        if (!ws.isEmpty() && ws.get(0).equals("the")) ws = ws.subList(1, ws.size());
        StringBuilder sb = new StringBuilder();
        for (String w : ws) {
            String letters = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (letters.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(letters);
        }
        return sb.toString();
    }

    /** The initials of an organisation's content words ("Korea Institute for National Unification" gives "kinu"). */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(name)) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty() || ORG_STOP.contains(letters)) continue;
            sb.append(letters.charAt(0));
        }
        return sb.toString();
    }

    /** A word's letters only, folded ("jong-un" gives "jongun"). */
    static String letters(String word) {
        StringBuilder sb = new StringBuilder();
        String f = fold(word);
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The Damerau–Levenshtein (optimal string alignment) distance of two strings, or
     * {@code max + 1} as soon as it exceeds {@code max}.
     */
    public static int distance(String a, String b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }

    /** Title words kept as the words of a role, for comparing roles ("unification", "minister"). */
    static Set<String> roleWords(String title) {
        Set<String> out = new TreeSet<>();
        for (String w : words(title)) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() > 2 && !ORG_STOP.contains(letters) && !letters.equals("former")) out.add(letters.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
