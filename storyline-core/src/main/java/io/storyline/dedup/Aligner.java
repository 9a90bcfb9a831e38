package io.storyline.dedup;

import io.storyline.model.Change;
import io.storyline.model.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The precise stage: aligns two texts sentence by sentence on their normalised words, decides
 * the relation, and lists the changes of the second text (the member) against the first (the
 * canonical). Sentences may be reordered, split or merged; within aligned sentences a word diff
 * finds rewritten names, cut clauses and inserted words. Thread-safe.
 */
public final class Aligner {
    /** Low bits of a packed (word, position) long that hold the position; the rest hold the word's hash. */
    private static final int LOW_BITS = 22;
    private static final long HIGH = -1L << LOW_BITS;

    /** A word hash (already well mixed) and a position below 2^22 in one sortable long. */
    private static long pack(long word, int position) {
        return (word & HIGH) | position;
    }

    /** A sentence is part of another when the other has at least this many times its content words. */
    private static final double PART_RATIO = 1.3;

    /** Largest product of two sentences' lengths for which a word diff is computed. */
    private static final int MAX_DIFF_CELLS = 160_000;

    private final DedupOptions options;

    public Aligner(DedupOptions options) {
        this.options = options;
    }

    Comparison compare(Normalized a, Normalized b) {
        if (sameIgnoringWhitespace(a.text, b.text)) {
            return new Comparison(Relation.EXACT, 1, 1, 1, a.sentences.size(), List.of());
        }
        int na = a.sentences.size(), nb = b.sentences.size();
        if (a.size() == 0 || b.size() == 0) return distinct();
        boolean[] repA = repeats(a), repB = repeats(b);
        int[][] contentA = contentSets(a, repA), contentB = contentSets(b, repB);
        // index of A's content words: (word, sentence) packed in one long (the word's high bits, the
        // sentence in the low LOW_BITS) and sorted, so lookups are binary searches without boxing
        int total = 0;
        for (int[] c : contentA) total += c.length;
        long[] index = new long[total];
        int k0 = 0;
        for (int i = 0; i < na; i++) for (int t : contentA[i]) index[k0++] = pack(a.norm[t], i);
        Arrays.sort(index);
        // candidate sentence pairs with their overlap
        List<long[]> pairs = new ArrayList<>();
        int[] overlap = new int[na];
        int[] touched = new int[na];
        for (int j = 0; j < nb; j++) {
            int nt = 0;
            for (int t : contentB[j]) {
                long key = b.norm[t] & HIGH;
                int q = Arrays.binarySearch(index, key);
                if (q < 0) q = -q - 1;
                for (; q < total && (index[q] & HIGH) == key; q++) {
                    int i = (int) (index[q] & ~HIGH);
                    if (overlap[i]++ == 0) touched[nt++] = i;
                }
            }
            for (int k = 0; k < nt; k++) {
                int i = touched[k];
                int o = overlap[i];
                overlap[i] = 0;
                int la = contentA[i].length, lb = contentB[j].length;
                double dice = 2.0 * o / (la + lb);
                int small = Math.min(la, lb);
                double contain = small == 0 ? 0 : (double) o / small;
                // a sentence split in two, or merged with another: the smaller part is contained in the larger
                boolean part = small >= 4 && contain >= options.containment()
                        && Math.max(la, lb) >= PART_RATIO * small;
                if (dice >= options.sentenceMatch() || part) {
                    long score = Math.round(Math.max(dice, part ? contain * 0.99 : 0) * 1_000_000);
                    pairs.add(new long[] {score, i, j, part ? (la > lb ? 1 : 2) : 0});
                }
            }
        }
        pairs.sort((x, y) -> Long.compare(y[0], x[0]));
        boolean[] usedA = new boolean[na], usedB = new boolean[nb];
        int[] parent = new int[na + nb]; // union-find over sentences: A at i, B at na + j
        for (int k = 0; k < parent.length; k++) parent[k] = k;
        int edges = 0;
        for (long[] p : pairs) {
            int i = (int) p[1], j = (int) p[2];
            int containerSide = (int) p[3];
            boolean freeA = !usedA[i] || containerSide == 1;
            boolean freeB = !usedB[j] || containerSide == 2;
            if (!freeA || !freeB || (usedA[i] && usedB[j])) continue;
            usedA[i] = true;
            usedB[j] = true;
            parent[find(parent, i)] = find(parent, na + j);
            edges++;
        }
        // each connected group of sentences (one sentence, or one split into several) is diffed as a whole
        Map<Integer, List<Integer>> groupA = new HashMap<>(), groupB = new HashMap<>();
        for (int i = 0; i < na; i++) if (usedA[i]) groupA.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        for (int j = 0; j < nb; j++) if (usedB[j]) groupB.computeIfAbsent(find(parent, na + j), k -> new ArrayList<>()).add(j);
        boolean[] matchedTokA = new boolean[a.size()], matchedTokB = new boolean[b.size()];
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> g : groupA.entrySet()) {
            List<Integer> bs = groupB.get(g.getKey());
            if (bs == null) continue;
            diff(a, tokens(a, g.getValue()), b, tokens(b, bs), matchedTokA, matchedTokB, changes);
        }
        int ma = count(matchedTokA), mb = count(matchedTokB);
        int sizeA = Math.max(1, a.size() - repeatedTokens(a, repA)), sizeB = Math.max(1, b.size() - repeatedTokens(b, repB));
        double covA = Math.min(1, (double) ma / sizeA), covB = Math.min(1, (double) mb / sizeB);
        double sim = Math.min(1, (double) (ma + mb) / (sizeA + sizeB));
        double shorterCoverage = sizeA <= sizeB ? covA : covB, longerCoverage = sizeA <= sizeB ? covB : covA;
        Relation rel;
        if (covA >= options.nearCoverage() && covB >= options.nearCoverage()) {
            rel = Relation.NEAR;
        } else if (shorterCoverage >= options.syndicatedCoverage() && longerCoverage >= options.longerCoverage()
                && Math.min(ma, mb) >= options.minAlignedWords()) {
            rel = Relation.SYNDICATED;
        } else {
            return new Comparison(Relation.DISTINCT, sim, covA, covB, edges, List.of());
        }
        for (int i = 0; i < na; i++) {
            if (!usedA[i] && !repA[i] && hasContent(a, i)) {
                int[] s = a.sentences.get(i);
                changes.add(new Change(null, Change.Kind.CUT, a.text.substring(s[0], s[1]), null, -1, -1, s[0], s[1]));
            }
        }
        for (int j = 0; j < nb; j++) {
            if (!usedB[j] && !repB[j] && hasContent(b, j)) {
                int[] s = b.sentences.get(j);
                changes.add(new Change(null, Change.Kind.ADD, null, b.text.substring(s[0], s[1]), s[0], s[1], -1, -1));
            }
        }
        changes.sort((x, y) -> Integer.compare(pos(x), pos(y)));
        // a near copy differs trivially; a copy whose editor renamed, cut or added something is an edited one
        if (rel == Relation.NEAR && changes.stream().anyMatch(Aligner::substantive)) rel = Relation.SYNDICATED;
        return new Comparison(rel, sim, covA, covB, edges, changes);
    }

    /** Words a cut or addition needs to be an edit rather than a trimmed dateline or credit. */
    private static final int EDIT_WORDS = 3;
    /** Share of a word's letters a spelling variant may change ("programs" / "programmes"). */
    private static final double SPELLING_SHARE = 0.25;

    /** Whether a change is an editor's: a renaming, or a cut or addition of a few words or more. */
    static boolean substantive(Change c) {
        return switch (c.kind()) {
            case CUT -> words(c.from()) >= EDIT_WORDS;
            case ADD -> words(c.to()) >= EDIT_WORDS;
            case REWRITE -> !spellingVariant(c.from(), c.to());
        };
    }

    private static int words(String s) {
        if (s == null || s.isBlank()) return 0;
        return s.strip().split("\\s+").length;
    }

    /** Same letters but for case and punctuation ("US" / "U.S."), or a few letters respelled. */
    static boolean spellingVariant(String a, String b) {
        String x = letters(a), y = letters(b);
        if (x.equals(y)) return true;
        if (x.indexOf(' ') >= 0 || y.indexOf(' ') >= 0) return false;
        int longer = Math.max(x.length(), y.length());
        return longer >= 4 && editDistance(x, y) <= Math.max(1, (int) (SPELLING_SHARE * longer));
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; s != null && i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
            else if (Character.isWhitespace(c) && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        return sb.toString().strip();
    }

    private static int editDistance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) return Integer.MAX_VALUE;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static int pos(Change c) {
        return c.start() >= 0 ? c.start() : c.canonicalStart();
    }

    private static Comparison distinct() {
        return new Comparison(Relation.DISTINCT, 0, 0, 0, 0, List.of());
    }

    private static boolean hasContent(Normalized t, int sentence) {
        for (int k = t.sentenceFirstToken[sentence]; k < t.sentenceFirstToken[sentence + 1]; k++) {
            if (!t.stop[k]) return true;
        }
        return false;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) if (x) n++;
        return n;
    }

    /** Sentences whose words repeat an earlier sentence of the same text word for word (printed twice). */
    private static boolean[] repeats(Normalized t) {
        int ns = t.sentences.size();
        boolean[] rep = new boolean[ns];
        java.util.Set<WordsKey> seen = new java.util.HashSet<>();
        for (int s = 0; s < ns; s++) {
            int from = t.sentenceFirstToken[s], to = t.sentenceFirstToken[s + 1];
            rep[s] = to > from && !seen.add(new WordsKey(Arrays.copyOfRange(t.norm, from, to)));
        }
        return rep;
    }

    /** A sentence's words as a set key. */
    private record WordsKey(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WordsKey k && Arrays.equals(k.words, words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    private static int repeatedTokens(Normalized t, boolean[] rep) {
        int n = 0;
        for (int s = 0; s < rep.length; s++) if (rep[s]) n += t.sentenceFirstToken[s + 1] - t.sentenceFirstToken[s];
        return n;
    }

    /** Token indices of each sentence's distinct content words; none for repeated sentences. */
    private static int[][] contentSets(Normalized t, boolean[] rep) {
        int ns = t.sentences.size();
        int[][] out = new int[ns][];
        for (int s = 0; s < ns; s++) {
            if (rep[s]) {
                out[s] = new int[0];
                continue;
            }
            int from = t.sentenceFirstToken[s], to = t.sentenceFirstToken[s + 1];
            long[] packed = new long[to - from];
            int m = 0;
            for (int k = from; k < to; k++) if (!t.stop[k]) packed[m++] = pack(t.norm[k], k - from);
            Arrays.sort(packed, 0, m);
            int[] idx = new int[m];
            int n = 0;
            for (int q = 0; q < m; q++) {
                if (q > 0 && (packed[q] & HIGH) == (packed[q - 1] & HIGH)) continue;
                idx[n++] = from + (int) (packed[q] & ~HIGH);
            }
            out[s] = Arrays.copyOf(idx, n);
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** The token indices of the given sentences, in order. */
    private static int[] tokens(Normalized t, List<Integer> sentences) {
        int total = 0;
        for (int s : sentences) total += t.sentenceFirstToken[s + 1] - t.sentenceFirstToken[s];
        int[] out = new int[total];
        int k = 0;
        for (int s : sentences) {
            for (int x = t.sentenceFirstToken[s]; x < t.sentenceFirstToken[s + 1]; x++) out[k++] = x;
        }
        return out;
    }

    /** Word diff of aligned token sequences; marks aligned words and records changes. */
    private static void diff(Normalized a, int[] ta, Normalized b, int[] tb, boolean[] mA, boolean[] mB,
                             List<Change> out) {
        int n = ta.length, m = tb.length;
        if ((long) n * m > MAX_DIFF_CELLS) {
            markByCounts(a, ta, b, tb, mA, mB);
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a.norm[ta[x]] == b.norm[tb[y]] ? lcs[x + 1][y + 1] + 1
                        : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        // walk the diff; a hunk collects consecutive differences (deleted, inserted, or the same word printed otherwise)
        Hunk h = new Hunk();
        int x = 0, y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a.norm[ta[x]] == b.norm[tb[y]]) {
                int ka = ta[x], kb = tb[y];
                mA[ka] = true;
                mB[kb] = true;
                if (surface(a, ka).equalsIgnoreCase(surface(b, kb))) {
                    h.flush(a, b, out);
                } else {
                    h.addA(ka, true);
                    h.addB(kb, true);
                }
                x++;
                y++;
            } else if (y < m && (x == n || lcs[x][y + 1] >= lcs[x + 1][y])) {
                h.addB(tb[y], !b.stop[tb[y]]);
                y++;
            } else {
                h.addA(ta[x], !a.stop[ta[x]]);
                x++;
            }
        }
        h.flush(a, b, out);
    }

    /** Consecutive differing words of both sides, turned into one change. */
    private static final class Hunk {
        int a0 = -1, a1 = -1, b0 = -1, b1 = -1;
        boolean content;

        void addA(int k, boolean isContent) {
            if (a0 < 0) a0 = k;
            a1 = k + 1;
            content |= isContent;
        }

        void addB(int k, boolean isContent) {
            if (b0 < 0) b0 = k;
            b1 = k + 1;
            content |= isContent;
        }

        void flush(Normalized a, Normalized b, List<Change> out) {
            if (content) Aligner.flush(a, b, a0, a1, b0, b1, out);
            a0 = a1 = b0 = b1 = -1;
            content = false;
        }
    }

    private static void flush(Normalized a, Normalized b, int a0, int a1, int b0, int b1, List<Change> out) {
        if (a0 < 0 && b0 < 0) return;
        if (a0 >= 0 && b0 >= 0) {
            int cs = a.start[a0], ce = closeBracket(a.text, cs, a.end[a1 - 1]);
            int s = b.start[b0], e = closeBracket(b.text, s, b.end[b1 - 1]);
            out.add(new Change(null, Change.Kind.REWRITE, a.text.substring(cs, ce), b.text.substring(s, e), s, e, cs, ce));
        } else if (a0 >= 0) {
            int cs = a.start[a0], ce = closeBracket(a.text, cs, a.end[a1 - 1]);
            out.add(new Change(null, Change.Kind.CUT, a.text.substring(cs, ce), null, -1, -1, cs, ce));
        } else {
            int s = b.start[b0], e = closeBracket(b.text, s, b.end[b1 - 1]);
            out.add(new Change(null, Change.Kind.ADD, null, b.text.substring(s, e), s, e, -1, -1));
        }
    }

    /** Extends a span over the closing bracket of a bracket it opens, so "(DPRK" reads "(DPRK)". */
    private static int closeBracket(String text, int s, int e) {
        int open = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') open++;
            else if ((c == ')' || c == ']') && open > 0) open--;
        }
        return open > 0 && e < text.length() && (text.charAt(e) == ')' || text.charAt(e) == ']') ? e + 1 : e;
    }

    /** A token as printed, with typographic apostrophes made plain so ’s and 's compare equal. */
    private static String surface(Normalized t, int k) {
        return t.text.substring(t.start[k], t.end[k]).replace('’', '\'');
    }

    /** For very long sequences: marks words present on both sides (by multiset counts), without a diff. */
    private static void markByCounts(Normalized a, int[] ta, Normalized b, int[] tb, boolean[] mA, boolean[] mB) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int k : tb) counts.merge(b.norm[k], 1, Integer::sum);
        Map<Long, Integer> used = new HashMap<>();
        for (int k : ta) {
            Integer c = counts.get(a.norm[k]);
            if (c != null && c > 0) {
                counts.put(a.norm[k], c - 1);
                used.merge(a.norm[k], 1, Integer::sum);
                mA[k] = true;
            }
        }
        for (int k : tb) {
            Integer c = used.get(b.norm[k]);
            if (c != null && c > 0) {
                used.put(b.norm[k], c - 1);
                mB[k] = true;
            }
        }
    }

    /** Whether two texts are equal once all whitespace is removed. */
    static boolean sameIgnoringWhitespace(String x, String y) {
        int i = 0, j = 0, n = x.length(), m = y.length();
        while (true) {
            while (i < n && Character.isWhitespace(x.charAt(i))) i++;
            while (j < m && Character.isWhitespace(y.charAt(j))) j++;
            if (i == n || j == m) return i == n && j == m;
            if (x.charAt(i++) != y.charAt(j++)) return false;
        }
    }
}
