package io.storyline.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds which of a fixed list of keywords occur in a {@code class}/{@code id} string, in one pass
 * over the string (an Aho–Corasick automaton over lower-case ASCII letters, digits, {@code -} and
 * {@code _}). Immutable and thread-safe.
 *
 * <p>A keyword may be anchored: {@code ^nav} must start a word and {@code ad$} must end one, so
 * {@code ^ad$} matches {@code ad}, {@code top-ad} and {@code adSlot} but not {@code header} or
 * {@code download}. Words are separated by anything that is not a letter, and by a lower-to-upper
 * case change ({@code shareBar}). {@code [text]} must be a whole class name or id (separated by
 * white space), so it matches {@code class="text"} but not {@code frame-type-text}; {@code [post}
 * and {@code post]} anchor one side only.
 *
 * @param <V> what a keyword stands for (a clutter reason, a rank)
 */
final class CueMatcher<V> {
    /** One keyword (with optional {@code ^}/{@code $} anchors) and its value. */
    record Cue<V>(String pattern, V value) {
    }

    private static final int ALPHABET = 38; // a-z, 0-9, '-', '_'
    private static final byte FREE = 0, WORD = 1, TOKEN = 2;

    private final List<V> values;
    private final int[] lengths;
    private final byte[] atStart;
    private final byte[] atEnd;
    /** Transitions, {@code ALPHABET} per state. */
    private final int[] delta;
    private final int[][] out;

    private CueMatcher(List<Cue<V>> cues) {
        int n = cues.size();
        values = new ArrayList<>(n);
        lengths = new int[n];
        atStart = new byte[n];
        atEnd = new byte[n];
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> outs = new ArrayList<>();
        trie.add(newRow());
        outs.add(new ArrayList<>());
        for (int k = 0; k < n; k++) {
            String p = cues.get(k).pattern();
            values.add(cues.get(k).value());
            atStart[k] = p.startsWith("^") ? WORD : p.startsWith("[") ? TOKEN : FREE;
            atEnd[k] = p.length() < 2 ? FREE : p.endsWith("$") ? WORD : p.endsWith("]") ? TOKEN : FREE;
            String word = p.substring(atStart[k] == FREE ? 0 : 1, p.length() - (atEnd[k] == FREE ? 0 : 1))
                    .toLowerCase(Locale.ROOT);
            if (word.isEmpty()) throw new IllegalArgumentException("empty cue: " + p);
            lengths[k] = word.length();
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int c = code(word.charAt(i));
                if (c < 0) throw new IllegalArgumentException("cue outside [a-z0-9_-]: " + p);
                if (trie.get(state)[c] <= 0) {
                    trie.add(newRow());
                    outs.add(new ArrayList<>());
                    trie.get(state)[c] = trie.size() - 1;
                }
                state = trie.get(state)[c];
            }
            outs.get(state).add(k);
        }
        // breadth-first: failure links, completed into a deterministic automaton
        int states = trie.size();
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] root = trie.get(0);
        for (int c = 0; c < ALPHABET; c++) {
            if (root[c] > 0) {
                fail[root[c]] = 0;
                queue.add(root[c]);
            } else {
                root[c] = 0;
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            outs.get(s).addAll(outs.get(fail[s]));
            int[] row = trie.get(s);
            for (int c = 0; c < ALPHABET; c++) {
                int t = row[c];
                if (t > 0) {
                    fail[t] = trie.get(fail[s])[c];
                    queue.add(t);
                } else {
                    row[c] = trie.get(fail[s])[c];
                }
            }
        }
        delta = new int[states * ALPHABET];
        for (int st = 0; st < states; st++) System.arraycopy(trie.get(st), 0, delta, st * ALPHABET, ALPHABET);
        out = new int[states][];
        for (int s = 0; s < states; s++) {
            out[s] = outs.get(s).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    /** A matcher over the given cues; the list order is the priority order of {@link #first}. */
    @SafeVarargs
    static <V> CueMatcher<V> of(Cue<V>... cues) {
        return new CueMatcher<>(List.of(cues));
    }

    static <V> CueMatcher<V> of(List<Cue<V>> cues) {
        return new CueMatcher<>(cues);
    }

    private static int[] newRow() {
        int[] r = new int[ALPHABET];
        Arrays.fill(r, -1);
        return r;
    }

    private static int code(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= '0' && c <= '9') return 26 + c - '0';
        if (c == '-') return 36;
        if (c == '_') return 37;
        return -1;
    }

    /**
     * The index (in list order) of the highest-priority cue that occurs in {@code s}, or -1.
     */
    int first(String s) {
        int best = Integer.MAX_VALUE;
        int state = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = code(s.charAt(i));
            if (c < 0) {
                state = 0;
                continue;
            }
            state = delta[state * ALPHABET + c];
            int[] found = out[state];
            if (found.length == 0) continue;
            for (int k : found) {
                if (k >= best) break;
                int start = i - lengths[k] + 1;
                if (atStart[k] == WORD && !wordStart(s, start)) continue;
                if (atStart[k] == TOKEN && start > 0 && !Character.isWhitespace(s.charAt(start - 1))) continue;
                if (atEnd[k] == WORD && !wordEnd(s, i)) continue;
                if (atEnd[k] == TOKEN && i < n - 1 && !Character.isWhitespace(s.charAt(i + 1))) continue;
                best = k;
                break;
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /** The value of the highest-priority cue that occurs in {@code s}, or null. */
    V value(String s) {
        int k = first(s);
        return k < 0 ? null : values.get(k);
    }

    V valueAt(int index) {
        return values.get(index);
    }

    private static boolean wordStart(String s, int p) {
        if (p == 0) return true;
        char prev = s.charAt(p - 1), cur = s.charAt(p);
        return !Character.isLetter(prev) || (Character.isLowerCase(prev) && Character.isUpperCase(cur));
    }

    private static boolean wordEnd(String s, int p) {
        if (p == s.length() - 1) return true;
        char cur = s.charAt(p), next = s.charAt(p + 1);
        return !Character.isLetter(next) || (Character.isLowerCase(cur) && Character.isUpperCase(next));
    }
}
