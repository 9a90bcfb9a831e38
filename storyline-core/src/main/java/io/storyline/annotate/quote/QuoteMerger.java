package io.storyline.annotate.quote;

import io.storyline.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes the same quote carried by several articles one statement.
 *
 * <p>Two quotes of different articles are the same when their normalised texts (lower case,
 * letters and digits, one space between words) are equal, or, for quotes of at least
 * {@link QuoteOptions#minMergeWords()} words, when at least {@link QuoteOptions#minMergeOverlap()}
 * of the shorter one's word trigrams occur in the longer one (a syndicated copy edits a word,
 * spells "programme" "program", or quotes one sentence of two). The first quote of a group (in the
 * order given: pass the articles' quotes in publication order) stays, with the other articles in
 * its {@code alsoIn}, and takes the speaker, entity and cue of the first copy that has one when it
 * has none. Candidates are found through shared trigrams, so the cost grows with the number of
 * quotes, not its square (a trigram shared by more than {@link #MAX_POSTINGS} quotes is skipped as
 * uninformative).
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteMerger {
    /** A trigram carried by more quotes than this does not propose candidates. */
    static final int MAX_POSTINGS = 64;
    /** Earlier quotes compared exactly with a new one, at most. */
    static final int MAX_CANDIDATES = 32;

    private QuoteMerger() {
    }

    /** {@link #merge(List, QuoteOptions)} with {@link QuoteOptions#DEFAULTS}. */
    public static List<Quote> merge(List<Quote> quotes) {
        return merge(quotes, QuoteOptions.DEFAULTS);
    }

    /** The quotes with the same statement of several articles merged into its first occurrence, in the order given. */
    public static List<Quote> merge(List<Quote> quotes, QuoteOptions options) {
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(options, "options");
        int n = quotes.size();
        String[] keys = new String[n];
        long[][] grams = new long[n][];
        int[] root = new int[n];
        Map<String, Integer> byKey = new HashMap<>();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Quote q = quotes.get(i);
            keys[i] = normalize(q.text());
            root[i] = i;
            Integer same = byKey.get(keys[i]);
            if (same != null && !same.equals(i) && !quotes.get(same).article().equals(q.article())) {
                root[i] = same;
                continue;
            }
            byKey.putIfAbsent(keys[i], i);
            grams[i] = trigrams(keys[i]);
            if (grams[i].length + 2 < options.minMergeWords()) continue;
            // candidates: earlier roots sharing an informative trigram; then the exact overlap
            Set<Integer> candidates = new LinkedHashSet<>();
            for (long g : grams[i]) {
                List<Integer> p = postings.get(g);
                if (p == null || p.size() > MAX_POSTINGS) continue;
                for (int j : p) if (candidates.size() < MAX_CANDIDATES) candidates.add(j);
            }
            Set<Long> mine = new HashSet<>(toList(grams[i]));
            int best = -1;
            double bestRate = 0;
            for (int j : candidates) {
                if (quotes.get(j).article().equals(q.article())) continue;
                Set<Long> theirs = new HashSet<>(toList(grams[j]));
                int common = 0;
                for (long g : mine) if (theirs.contains(g)) common++;
                int shorter = Math.min(mine.size(), theirs.size());
                double rate = shorter == 0 ? 0 : (double) common / shorter;
                if (rate >= options.minMergeOverlap() && rate > bestRate) {
                    best = j;
                    bestRate = rate;
                }
            }
            if (best >= 0) {
                root[i] = best;
                continue;
            }
            for (long g : new HashSet<>(toList(grams[i]))) postings.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
        }
        // gather each root's copies
        Map<Integer, List<Integer>> copies = new HashMap<>();
        for (int i = 0; i < n; i++) if (root[i] != i) copies.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (root[i] != i) continue;
            Quote q = quotes.get(i);
            List<Integer> cs = copies.get(i);
            if (cs == null) {
                out.add(q);
                continue;
            }
            Set<String> also = new LinkedHashSet<>(q.alsoIn());
            String speaker = q.speaker(), entity = q.entity(), cue = q.cue();
            for (int c : cs) {
                Quote o = quotes.get(c);
                if (!o.article().equals(q.article())) also.add(o.article());
                also.addAll(o.alsoIn());
                if (speaker == null && o.speaker() != null) {
                    speaker = o.speaker();
                    entity = o.entity();
                    if (cue == null) cue = o.cue();
                }
            }
            also.remove(q.article());
            out.add(new Quote(q.id(), q.article(), q.start(), q.end(), q.text(), speaker, entity, cue, List.copyOf(also)));
        }
        return out;
    }

    private static List<Long> toList(long[] a) {
        List<Long> l = new ArrayList<>(a.length);
        for (long x : a) l.add(x);
        return l;
    }

    /** Lower case, letters and digits only, one space between words; apostrophes vanish ("it's" = "its"). */
    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** Hashes of the word trigrams of a normalised text (its words when fewer than three). */
    static long[] trigrams(String key) {
        if (key.isEmpty()) return new long[0];
        String[] w = key.split(" ");
        if (w.length < 3) return new long[] {key.hashCode() * 0x9E3779B97F4A7C15L};
        long[] out = new long[w.length - 2];
        for (int i = 0; i + 2 < w.length; i++) {
            long h = w[i].hashCode();
            h = h * 0x100000001b3L + w[i + 1].hashCode();
            h = h * 0x100000001b3L + w[i + 2].hashCode();
            out[i] = h * 0x9E3779B97F4A7C15L;
        }
        return out;
    }
}
