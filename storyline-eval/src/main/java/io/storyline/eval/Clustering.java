package io.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores of a clustering against a gold one: B³ over the items, and the coreference scores of
 * the CoNLL shared tasks (MUC, B³, CEAF-e and their mean, the CoNLL F1), following the reference
 * scorer's definitions where the key and the response may hold different mentions (a response
 * mention absent from the key counts against precision, a missed key mention against recall).
 */
public final class Clustering {
    /** Precision, recall and F1 of one metric. */
    public record Prf(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The three coreference metrics and their mean F1. */
    public record Conll(Prf muc, Prf b3, Prf ceafe) {
        public double f1() {
            return (muc.f1() + b3.f1() + ceafe.f1()) / 3;
        }
    }

    private Clustering() {
    }

    /** Groups items by their cluster label. */
    public static <T> List<Set<T>> clusters(Map<T, String> labels) {
        Map<String, Set<T>> by = new HashMap<>();
        for (Map.Entry<T, String> e : labels.entrySet()) by.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(e.getKey());
        return new ArrayList<>(by.values());
    }

    /** B³ with per-item averaging; items in the key only count against recall, response only against precision. */
    public static <T> Prf b3(List<Set<T>> key, List<Set<T>> response) {
        Map<T, Set<T>> k = index(key), r = index(response);
        double p = 0, rc = 0;
        int np = 0, nr = 0;
        for (Set<T> c : response) {
            for (T m : c) {
                np++;
                Set<T> g = k.get(m);
                if (g != null) p += (double) intersect(c, g) / c.size();
            }
        }
        for (Set<T> g : key) {
            for (T m : g) {
                nr++;
                Set<T> c = r.get(m);
                if (c != null) rc += (double) intersect(c, g) / g.size();
            }
        }
        return new Prf(np == 0 ? 0 : p / np, nr == 0 ? 0 : rc / nr);
    }

    /** MUC (Vilain et al. 1995): links. */
    public static <T> Prf muc(List<Set<T>> key, List<Set<T>> response) {
        return new Prf(mucRecall(response, key), mucRecall(key, response));
    }

    private static <T> double mucRecall(List<Set<T>> key, List<Set<T>> response) {
        Map<T, Set<T>> r = index(response);
        long num = 0, den = 0;
        for (Set<T> g : key) {
            if (g.size() < 2) continue;
            Set<Set<T>> parts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            int alone = 0;
            for (T m : g) {
                Set<T> c = r.get(m);
                if (c == null) alone++;
                else parts.add(c);
            }
            num += g.size() - (parts.size() + alone);
            den += g.size() - 1;
        }
        return den == 0 ? 0 : (double) num / den;
    }

    /** CEAF-e (Luo 2005) with φ4 = 2|K∩R|/(|K|+|R|) and an optimal one-to-one alignment. */
    public static <T> Prf ceafe(List<Set<T>> key, List<Set<T>> response) {
        // components of the overlap graph are aligned apart: the optimum is the sum of theirs
        Map<T, Integer> ki = new HashMap<>();
        for (int i = 0; i < key.size(); i++) for (T m : key.get(i)) ki.put(m, i);
        int nk = key.size(), nr = response.size();
        int[] parent = new int[nk + nr];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        List<Map<Integer, Integer>> overlaps = new ArrayList<>();
        for (int j = 0; j < nr; j++) {
            Map<Integer, Integer> o = new HashMap<>();
            for (T m : response.get(j)) {
                Integer i = ki.get(m);
                if (i != null) o.merge(i, 1, Integer::sum);
            }
            overlaps.add(o);
            for (int i : o.keySet()) union(parent, i, nk + j);
        }
        Map<Integer, List<Integer>> compK = new HashMap<>(), compR = new HashMap<>();
        for (int i = 0; i < nk; i++) compK.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        for (int j = 0; j < nr; j++) compR.computeIfAbsent(find(parent, nk + j), x -> new ArrayList<>()).add(j);
        double total = 0;
        for (Map.Entry<Integer, List<Integer>> e : compR.entrySet()) {
            List<Integer> ks = compK.get(e.getKey());
            if (ks == null) continue;
            List<Integer> rs = e.getValue();
            double[][] sim = new double[ks.size()][rs.size()];
            for (int a = 0; a < ks.size(); a++) {
                for (int b = 0; b < rs.size(); b++) {
                    Integer o = overlaps.get(rs.get(b)).get(ks.get(a));
                    if (o != null) sim[a][b] = 2.0 * o / (key.get(ks.get(a)).size() + response.get(rs.get(b)).size());
                }
            }
            total += Hungarian.maximum(sim);
        }
        return new Prf(nr == 0 ? 0 : total / nr, nk == 0 ? 0 : total / nk);
    }

    public static <T> Conll conll(List<Set<T>> key, List<Set<T>> response) {
        return new Conll(muc(key, response), b3(key, response), ceafe(key, response));
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[ra] = rb;
    }

    private static <T> Map<T, Set<T>> index(List<Set<T>> clusters) {
        Map<T, Set<T>> m = new HashMap<>();
        for (Set<T> c : clusters) for (T x : c) m.put(x, c);
        return m;
    }

    private static <T> int intersect(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b, big = small == a ? b : a;
        int n = 0;
        for (T x : small) if (big.contains(x)) n++;
        return n;
    }

    /** The Hungarian (Kuhn-Munkres) algorithm for a maximum-weight assignment of a rectangular matrix. */
    static final class Hungarian {
        private Hungarian() {
        }

        static double maximum(double[][] w) {
            int n = w.length;
            if (n == 0) return 0;
            int m = w[0].length;
            if (m == 0) return 0;
            boolean transpose = n > m;
            double[][] a = transpose ? transpose(w) : w;
            int rows = a.length, cols = a[0].length;
            // minimise cost = max - w over rows <= cols (potentials, O(n^2 m))
            double max = 0;
            for (double[] r : a) for (double v : r) max = Math.max(max, v);
            double[] u = new double[rows + 1], v = new double[cols + 1];
            int[] p = new int[cols + 1], way = new int[cols + 1];
            for (int i = 1; i <= rows; i++) {
                p[0] = i;
                int j0 = 0;
                double[] minv = new double[cols + 1];
                java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
                boolean[] used = new boolean[cols + 1];
                do {
                    used[j0] = true;
                    int i0 = p[j0], j1 = 0;
                    double delta = Double.POSITIVE_INFINITY;
                    for (int j = 1; j <= cols; j++) {
                        if (used[j]) continue;
                        double cur = (max - a[i0 - 1][j - 1]) - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                    for (int j = 0; j <= cols; j++) {
                        if (used[j]) {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        } else minv[j] -= delta;
                    }
                    j0 = j1;
                } while (p[j0] != 0);
                do {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            double total = 0;
            for (int j = 1; j <= cols; j++) if (p[j] != 0) total += a[p[j] - 1][j - 1];
            return total;
        }

        private static double[][] transpose(double[][] w) {
            double[][] t = new double[w[0].length][w.length];
            for (int i = 0; i < w.length; i++) for (int j = 0; j < w[0].length; j++) t[j][i] = w[i][j];
            return t;
        }
    }
}
