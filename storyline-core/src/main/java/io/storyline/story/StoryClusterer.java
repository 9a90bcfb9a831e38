package io.storyline.story;

import io.storyline.event.DateRange;
import io.storyline.model.StoryDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts articles into stories, one at a time. An article's features, weighted by how rare they are
 * in the corpus (tf-idf), are compared with the centroid of each candidate story (cosine); dates
 * far from the story's weaken the match. The article joins the best story when the match is
 * strong enough, else starts a story of its own; when it matches two stories strongly and they
 * match each other, they merge (the older id survives). Candidates come from the stories that
 * most recently used the article's strongest features, so the cost of one addition does not
 * grow with the corpus. Every decision is recorded with its evidence: the shared features that
 * weighed most.
 *
 * <p>Final and thread-safe (the state lives in the {@link StoryCorpus} passed in, which must
 * not be shared between concurrent calls).
 */
public final class StoryClusterer {
    /** How many shared features a decision cites as evidence. */
    private static final int EVIDENCE = 6;

    public StoryClusterer() {
    }

    public static StoryClusterer standard() {
        return new StoryClusterer();
    }

    /** Adds an article; returns the decision (NEW, JOIN or MERGE). An article added before is not added again. */
    public StoryDecision add(StoryCorpus c, ArticleProfile p) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(p, "p");
        Integer already = c.byArticle.get(p.article());
        if (already != null) {
            StoryCorpus.State s = c.live(c.stories.get(already));
            return new StoryDecision(StoryDecision.Kind.JOIN, s.id, p.article(), null, 1, List.of("already in the story"));
        }
        StoryOptions o = c.options;
        c.documents++;
        for (long f : p.features()) c.df.add(f, 1);
        Query query = new Query(c, p);
        int n = p.size();
        int[] order = IndexSort.descending(query.q, n);
        // candidates from the postings of the strongest features that are not everywhere
        int maxDf = Math.max(3, (int) (o.maxDocFraction() * c.documents));
        Lookup found = lookup(c, p, query.q, order, maxDf, false, Set.of());
        List<StoryCorpus.State> top = found.stories();
        // score each candidate
        // (norms kept between changes first; then the best few again with their norms of now)
        int nc = top.size();
        StoryCorpus.State[] scored = new StoryCorpus.State[nc];
        double[] sims = new double[nc];
        for (int x = 0; x < nc; x++) {
            scored[x] = top.get(x);
            sims[x] = similarity(c, query, scored[x], false);
        }
        if (found.passedOver() && !anyAtLeast(sims, nc, o.join())) {
            // no story found through the rarer features: in a corpus that follows one story, its own
            // words are in most articles, so look through those as well before starting a story
            List<StoryCorpus.State> more = lookup(c, p, query.q, order, maxDf, true, found.seen()).stories();
            scored = Arrays.copyOf(scored, nc + more.size());
            sims = Arrays.copyOf(sims, nc + more.size());
            for (StoryCorpus.State st : more) {
                scored[nc] = st;
                sims[nc++] = similarity(c, query, st, false);
            }
        }
        for (int r = 0; r < Math.min(RESCORED, nc); r++) {
            int m = r;
            for (int x = r + 1; x < nc; x++) if (sims[x] > sims[m]) m = x;
            StoryCorpus.State ts = scored[r];
            double tv = sims[r];
            scored[r] = scored[m];
            sims[r] = sims[m];
            scored[m] = ts;
            sims[m] = tv;
            if (sims[r] <= 0) break;
            sims[r] = similarity(c, query, scored[r], true);
        }
        double best = -1, second = -1;
        StoryCorpus.State bestS = null, secondS = null;
        for (int x = 0; x < nc; x++) {
            StoryCorpus.State s = scored[x];
            double sim = sims[x];
            if (sim > best) {
                second = best;
                secondS = bestS;
                best = sim;
                bestS = s;
            } else if (sim > second) {
                second = sim;
                secondS = s;
            }
        }
        StoryDecision d;
        if (bestS != null && best >= o.join()) {
            List<String> evidence = evidence(query, bestS);
            d = new StoryDecision(StoryDecision.Kind.JOIN, bestS.id, p.article(), null, round(best), evidence);
            join(c, bestS, query, best, order);
            c.record(bestS, d);
            if (secondS != null && second >= o.merge() && secondS != bestS) {
                double between = storySimilarity(c, bestS, secondS);
                if (between >= o.merge() * 0.5) {
                    StoryCorpus.State keep = bestS.index < secondS.index ? bestS : secondS;
                    StoryCorpus.State gone = keep == bestS ? secondS : bestS;
                    List<String> ev = new ArrayList<>(evidence);
                    ev.add(0, "bridged by " + p.article() + String.format(java.util.Locale.ROOT, " (%.2f and %.2f)", best, second));
                    merge(c, keep, gone);
                    StoryDecision m = new StoryDecision(StoryDecision.Kind.MERGE, keep.id, p.article(), gone.id,
                            round(between), ev);
                    c.record(keep, m);
                    c.touched(gone.id);
                    d = m;
                }
            }
            absorb(c, c.live(bestS), p, scored, sims, nc);
            split(c, c.live(bestS), p.article());
        } else {
            StoryCorpus.State s = c.newStory(storyId(p.article()));
            join(c, s, query, 1, order);
            d = new StoryDecision(StoryDecision.Kind.NEW, s.id, p.article(), null, bestS == null ? 0 : round(Math.max(best, 0)),
                    bestS == null ? List.of() : List.of("closest story " + bestS.id + String.format(java.util.Locale.ROOT, " at %.2f", best)));
            c.record(s, d);
        }
        return d;
    }

    private static boolean anyAtLeast(double[] v, int n, double min) {
        for (int x = 0; x < n; x++) if (v[x] >= min) return true;
        return false;
    }

    /**
     * Candidate stories found through the article's strongest features.
     *
     * @param stories    at most {@link StoryOptions#candidates()}, most shared weight first
     * @param seen       every story found (before the cut), to leave out of a second lookup
     * @param passedOver whether a feature of the other kind (frequent or not) was passed over
     */
    private record Lookup(List<StoryCorpus.State> stories, Set<Integer> seen, boolean passedOver) {
    }

    /**
     * The stories that posted the article's strongest features (up to {@link StoryOptions#queryFeatures()}
     * of them, in {@code order}): the features in at most {@code maxDf} articles, or, when
     * {@code frequent}, those in more (once the corpus holds over 50 articles), other than the
     * stories in {@code skip}. Bounded: at most that many features times the postings kept per feature.
     */
    private static Lookup lookup(StoryCorpus c, ArticleProfile p, double[] q, int[] order, int maxDf, boolean frequent,
                                 Set<Integer> skip) {
        StoryOptions o = c.options;
        Map<Integer, Double> cand = new HashMap<>();
        int used = 0;
        boolean passedOver = false;
        for (int x = 0; x < order.length && used < o.queryFeatures(); x++) {
            int k = order[x];
            long f = p.features()[k];
            if ((c.df.get(f) > maxDf && c.documents > 50) != frequent) {
                passedOver = true;
                continue;
            }
            used++;
            for (int s : c.posted(f)) {
                StoryCorpus.State st = c.live(c.stories.get(s));
                if (!skip.contains(st.index)) cand.merge(st.index, q[k], Double::sum);
            }
        }
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(cand.entrySet());
        top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<StoryCorpus.State> out = new ArrayList<>();
        for (int x = 0; x < Math.min(o.candidates(), top.size()); x++) out.add(c.stories.get(top.get(x).getKey()));
        return new Lookup(out, cand.keySet(), passedOver);
    }

    /** Small stories a grown story absorbs per added article, at most (bounds the cost of one addition). */
    private static final int ABSORB_CHECKS = 4;

    /**
     * Re-examines the small stories the article also resembled, now that {@code grown}'s centroid has
     * moved: a story of a few articles that started apart because the story it belongs to was still
     * thin (its first articles told another side of it) merges into the grown story when the two now
     * match as an article would to join. The grown story's id survives (the larger one: fewer
     * articles change story); the merge is recorded with the shared features as evidence.
     */
    private static void absorb(StoryCorpus c, StoryCorpus.State grown, ArticleProfile p, StoryCorpus.State[] scored,
                               double[] sims, int n) {
        StoryOptions o = c.options;
        if (o.smallStory() == 0) return;
        int[] order = IndexSort.descending(sims, n);
        int checks = 0;
        for (int x = 0; x < n && checks < ABSORB_CHECKS; x++) {
            int k = order[x];
            if (sims[k] <= 0) break;
            StoryCorpus.State s = c.live(scored[k]);
            if (s == grown || !s.alive || s.articles.size() > o.smallStory() || s.articles.size() >= grown.articles.size()) continue;
            checks++;
            double between = storySimilarity(c, grown, s);
            if (between < o.absorb()) continue;
            List<String> ev = new ArrayList<>(shared(c, grown, s));
            ev.add(0, String.format(java.util.Locale.ROOT, "absorbed after %s joined (%d articles at %.2f)", p.article(),
                    s.articles.size(), between));
            merge(c, grown, s);
            c.record(grown, new StoryDecision(StoryDecision.Kind.MERGE, grown.id, p.article(), s.id, round(between), ev));
            c.touched(s.id);
        }
    }

    /** The shared features that weigh most in the similarity of two stories. */
    private static List<String> shared(StoryCorpus c, StoryCorpus.State a, StoryCorpus.State b) {
        double[] contrib = new double[a.size];
        FeatureIndex inB = FeatureIndex.of(b.feats, b.size, 0);
        for (int k = 0; k < a.size; k++) {
            int j = inB.find(b.feats, b.size, a.feats[k]);
            double idf = c.idf(a.feats[k]);
            contrib[k] = j < 0 ? 0 : a.sums[k] * idf * b.sums[j] * idf;
        }
        return strongest(contrib, a.labels);
    }

    /** The labels of the {@link #EVIDENCE} largest positive contributions, largest first (ties in index order). */
    private static List<String> strongest(double[] contrib, String[] labels) {
        int[] order = IndexSort.descending(contrib, contrib.length);
        List<String> out = new ArrayList<>(EVIDENCE);
        for (int x = 0; x < order.length && out.size() < EVIDENCE; x++) {
            if (contrib[order[x]] <= 0) break;
            out.add(labels[order[x]]);
        }
        return out;
    }

    /** The similarity an article would have with a story (for explanations and tests). */
    public double similarity(StoryCorpus c, ArticleProfile p, String storyId) {
        Integer i = c.byId.get(storyId);
        if (i == null) return 0;
        return similarity(c, new Query(c, p), c.live(c.stories.get(i)), true);
    }

    /**
     * An article as a query: its features weighted by idf under the corpus of now ({@code q}; {@code idf} of
     * each), the norm of that vector, the times it tells, and where its features sit in a story (an
     * index of its features, so that a story is matched in one pass over the story's features).
     */
    private static final class Query {
        final ArticleProfile p;
        final double[] q, idf;
        final double norm;
        final List<DateRange> told;
        private final FeatureIndex index;
        /** Scratch of {@link #positionsIn}. */
        private final int[] at;

        Query(StoryCorpus c, ArticleProfile p) {
            this.p = p;
            int n = p.size();
            q = new double[n];
            idf = new double[n];
            double sq = 0;
            for (int k = 0; k < n; k++) {
                idf[k] = c.idf(p.features()[k]);
                q[k] = p.weights()[k] * idf[k];
                sq += q[k] * q[k];
            }
            norm = Math.sqrt(sq);
            told = told(p.labels(), p.kinds(), n, p.date());
            index = FeatureIndex.of(p.features(), n, 0);
            at = new int[n];
        }

        /** Whether no feature of the article occurs twice. */
        boolean distinct() {
            return index.distinct();
        }

        /**
         * For each of the article's features, its position in the story's features, or -1 (what
         * {@link StoryCorpus.State#find} answers). The array is overwritten by the next call.
         */
        int[] positionsIn(StoryCorpus.State s) {
            long[] f = p.features();
            if (!index.distinct()) {
                for (int k = 0; k < f.length; k++) at[k] = s.find(f[k]);
                return at;
            }
            Arrays.fill(at, -1);
            for (int j = 0; j < s.size; j++) {
                int k = index.find(f, f.length, s.feats[j]);
                if (k >= 0 && at[k] < 0) at[k] = j;
            }
            return at;
        }
    }

    /** Re-sums a story's norm parts when the corpus grew by this factor since (document frequencies drift). */
    static final double NORM_REFRESH = 1.25;
    /** The same for the candidates scored again before the decision. */
    static final double FRESH_REFRESH = 1.02;
    /** Candidates scored again with their centroid norms of now before the decision (the best by the kept norms). */
    static final int RESCORED = 4;

    /**
     * Cosine of the article's query (weights times idf) with the story's centroid, times the time
     * factor. The centroid's norm comes from the story's kept parts ({@link StoryCorpus.State#norm0}),
     * re-summed after a trim or a merge, or when the corpus grew by {@link #NORM_REFRESH} since
     * ({@link #FRESH_REFRESH} when {@code fresh}): scoring a candidate costs one pass over the story's
     * features (found in the article's index) and one over the article's, summed in the article's order.
     */
    private static double similarity(StoryCorpus c, Query a, StoryCorpus.State s, boolean fresh) {
        if (a.norm == 0 || s.size == 0) return 0;
        int[] at = a.positionsIn(s);
        double dot = 0;
        for (int k = 0; k < at.length; k++) {
            int j = at[k];
            if (j >= 0) dot += a.q[k] * s.sums[j] * a.idf[k];
        }
        if (dot == 0) return 0;
        double cos = dot / (a.norm * Math.sqrt(centroidNorm(c, s, fresh)));
        if (s.told == null) s.told = told(s.labels, s.kinds, s.size, s.dates());
        return cos * timeFactor(c.options, gap(a.told, s.told));
    }

    /** The squared norm of a story's centroid under the corpus's current size (see {@link StoryCorpus.State#norm0}). */
    static double centroidNorm(StoryCorpus c, StoryCorpus.State s, boolean fresh) {
        if (s.normDocuments < 0 || c.documents > s.normDocuments * (fresh ? FRESH_REFRESH : NORM_REFRESH)) {
            double n0 = 0, n1 = 0, n2 = 0;
            if (s.ldf == null || s.ldf.length < s.feats.length) s.ldf = new double[s.feats.length];
            for (int k = 0; k < s.size; k++) {
                double s2 = (double) s.sums[k] * s.sums[k];
                double ldf = StoryCorpus.lnDf(c.df.get(s.feats[k]));
                s.ldf[k] = ldf;
                n0 += s2;
                n1 += s2 * ldf;
                n2 += s2 * ldf * ldf;
            }
            s.norm0 = n0;
            s.norm1 = n1;
            s.norm2 = n2;
            s.normDocuments = c.documents;
        }
        double l = Math.log(c.documents + 1.0) + 1;
        return Math.max(0, l * l * s.norm0 - 2 * l * s.norm1 + s.norm2);
    }

    /** 1 within the window (or when a gap is unknown: -1); beyond it the match weakens with the gap in days. */
    static double timeFactor(StoryOptions o, long gap) {
        if (gap < 0 || gap <= o.window()) return 1;
        return 1 / (1 + (gap - o.window()) / o.decayDays());
    }

    /**
     * The times an article or a story is about: its publication date (a story's span) and the months
     * and years its texts date things to (its date features: "2018-06", "2019"). An article of 2021
     * that retells the 2018 summit is about 2018 as well as 2021.
     */
    static List<DateRange> told(String[] labels, byte[] kinds, int size, DateRange published) {
        List<DateRange> out = new ArrayList<>(4);
        if (published != null) out.add(published);
        for (int k = 0; k < size; k++) {
            if (kinds[k] != ArticleProfile.DATE) continue;
            DateRange r = DateRange.parse(labels[k]);
            if (r != null) out.add(r);
        }
        return out;
    }

    /** The smallest gap in days between a time of one side and a time of the other; -1 when either has none. */
    static long gap(List<DateRange> a, List<DateRange> b) {
        long best = -1;
        for (DateRange x : a) {
            for (DateRange y : b) {
                long g = x.gap(y);
                if (best < 0 || g < best) best = g;
            }
        }
        return best;
    }

    private static double storySimilarity(StoryCorpus c, StoryCorpus.State a, StoryCorpus.State b) {
        double dot = 0, na = 0, nb = 0;
        FeatureIndex inB = FeatureIndex.of(b.feats, b.size, 0);
        for (int k = 0; k < a.size; k++) {
            double wa = a.sums[k] * c.idf(a.feats[k]);
            na += wa * wa;
            int j = inB.find(b.feats, b.size, a.feats[k]);
            if (j >= 0) dot += wa * b.sums[j] * c.idf(b.feats[j]);
        }
        for (int k = 0; k < b.size; k++) {
            double wb = b.sums[k] * c.idf(b.feats[k]);
            nb += wb * wb;
        }
        if (na == 0 || nb == 0) return 0;
        return dot / Math.sqrt(na * nb) * timeFactor(c.options, gap(told(a.labels, a.kinds, a.size, a.dates()),
                told(b.labels, b.kinds, b.size, b.dates())));
    }

    private static List<String> evidence(Query a, StoryCorpus.State s) {
        ArticleProfile p = a.p;
        int[] at = a.positionsIn(s);
        double[] contrib = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            int j = at[k];
            contrib[k] = j < 0 ? 0 : a.q[k] * s.sums[j] * a.idf[k];
        }
        List<String> out = strongest(contrib, p.labels());
        if (p.date() != null && s.dates() != null) {
            long gap = p.date().gap(s.dates());
            out.add(gap == 0 ? "dates overlap" : "dated " + gap + " days from the story");
        }
        return out;
    }

    /** Adds the article to the story; {@code order}: its features by weight times idf, strongest first (its postings, its member profile). */
    private static void join(StoryCorpus c, StoryCorpus.State s, Query query, double score, int[] order) {
        ArticleProfile p = query.p;
        s.articles.add(p.article());
        c.byArticle.put(p.article(), s.index);
        if (p.title() != null && !p.title().isBlank() && (s.title == null || score > s.titleScore)) {
            s.title = p.title();
            s.titleScore = score;
        }
        if (p.date() != null && p.date().days() <= 62) {
            LocalDate a = p.date().start(), b = p.date().end();
            if (s.first == null || a.isBefore(s.first)) s.first = a;
            if (s.last == null || b.isAfter(s.last)) s.last = b;
        }
        s.reserve(s.size + p.size());
        if (query.distinct()) {
            // each feature once: where it sits in the story now is where it is added
            int[] at = query.positionsIn(s);
            for (int k = 0; k < p.size(); k++) {
                if (at[k] >= 0) addTo(s, at[k], p.weights()[k]);
                else append(c, s, p.features()[k], p.weights()[k], p.labels()[k], p.kinds()[k]);
            }
        } else {
            FeatureIndex at = FeatureIndex.of(s.feats, s.size, p.size());
            for (int k = 0; k < p.size(); k++) addFeature(c, s, at, p.features()[k], p.weights()[k], p.labels()[k], p.kinds()[k]);
        }
        trim(c, s);
        // post the article's strongest features for this story
        int n = p.size();
        for (int x = 0; x < Math.min(n, c.options.queryFeatures()); x++) c.post(p.features()[order[x]], s.index);
        s.changed();
        if (s.members != null) {
            if (s.articles.size() > c.options.splitMax()) s.members = null;
            else {
                int m = Math.min(n, MEMBER_FEATS);
                long[] mf = new long[m];
                float[] mw = new float[m];
                String[] ml = new String[m];
                byte[] mk = new byte[m];
                for (int x = 0; x < m; x++) {
                    int k = order[x];
                    mf[x] = p.features()[k];
                    mw[x] = p.weights()[k];
                    ml[x] = p.labels()[k];
                    mk[x] = p.kinds()[k];
                }
                s.members.add(new StoryCorpus.Member(p.article(), p.title(), p.date(), mf, mw, ml, mk));
            }
        }
    }

    /** Features a story remembers per member for its split check (an article's strongest). */
    private static final int MEMBER_FEATS = 48;
    /** Each side of a split holds at least this share of the story's articles, and at least {@link #SPLIT_MIN}. */
    private static final double SPLIT_SHARE = 0.2;
    private static final int SPLIT_MIN = 3;
    /**
     * The story sizes at which a story is re-examined for a split: spaced out, so that the check (linear
     * in the members, at most {@link StoryOptions#splitMax()}) costs a bounded amount per added article.
     */
    private static final Set<Integer> CHECKPOINTS = Set.of(6, 9, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128);

    private static boolean checkpoint(int n) {
        return CHECKPOINTS.contains(n);
    }

    /** The member vectors, idf-weighted and unit length, as maps. */
    private static Map<Long, Double> vector(StoryCorpus c, StoryCorpus.Member m) {
        Map<Long, Double> v = new HashMap<>();
        double norm = 0;
        for (int k = 0; k < m.feats().length; k++) {
            double w = m.weights()[k] * c.idf(m.feats()[k]);
            v.put(m.feats()[k], w);
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) for (Map.Entry<Long, Double> e : v.entrySet()) e.setValue(e.getValue() / norm);
        return v;
    }

    private static double dot(Map<Long, Double> a, Map<Long, Double> b) {
        if (a.size() > b.size()) return dot(b, a);
        double d = 0;
        for (Map.Entry<Long, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) d += e.getValue() * w;
        }
        return d;
    }

    private static Map<Long, Double> mean(List<Map<Long, Double>> vs, boolean[] in, boolean side) {
        Map<Long, Double> out = new HashMap<>();
        for (int i = 0; i < vs.size(); i++) if (in[i] == side) for (Map.Entry<Long, Double> e : vs.get(i).entrySet()) out.merge(e.getKey(), e.getValue(), Double::sum);
        double norm = 0;
        for (double w : out.values()) norm += w * w;
        norm = Math.sqrt(norm);
        if (norm > 0) for (Map.Entry<Long, Double> e : out.entrySet()) e.setValue(e.getValue() / norm);
        return out;
    }

    /**
     * Splits a story whose members fall into two groups that resemble each other little: two look-alike
     * events (two heists in one city, two offers to one player) that an early article's weak match had
     * put together, so that every later article of either joined. The members are divided by two-means
     * over their idf-weighted features (seeded with the founding article and the member least like
     * it); when each group holds a fair share and their centroids match below
     * {@link StoryOptions#splitBelow()}, the group without the founding article becomes a story of its
     * own (id from its first article) and the founding group keeps the id. Recorded as a SPLIT with the
     * features that set the groups apart. Returns the decision, or null when the story stays whole.
     */
    static StoryDecision split(StoryCorpus c, StoryCorpus.State s, String trigger) {
        double below = c.options.splitBelow();
        if (below <= 0 || s.members == null || s.members.size() != s.articles.size() || !checkpoint(s.articles.size())) return null;
        int n = s.members.size();
        List<Map<Long, Double>> vs = new ArrayList<>(n);
        for (StoryCorpus.Member m : s.members) vs.add(vector(c, m));
        // two seeds: the founding article and the member least like it
        int far = 1;
        double low = 2;
        for (int i = 1; i < n; i++) {
            double d = dot(vs.get(0), vs.get(i));
            if (d < low) {
                low = d;
                far = i;
            }
        }
        boolean[] side = new boolean[n];
        Map<Long, Double> a = vs.get(0), b = vs.get(far);
        for (int it = 0; it < 6; it++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                boolean t = dot(vs.get(i), b) > dot(vs.get(i), a);
                if (i == 0) t = false;
                if (t != side[i]) moved = true;
                side[i] = t;
            }
            a = mean(vs, side, false);
            b = mean(vs, side, true);
            if (!moved && it > 0) break;
        }
        int nb = 0;
        for (boolean x : side) if (x) nb++;
        int min = Math.max(SPLIT_MIN, (int) Math.ceil(SPLIT_SHARE * n));
        if (nb < min || n - nb < min) return null;
        double between = dot(a, b);
        if (between >= below) return null;
        // the group without the founding article becomes a story of its own
        List<StoryCorpus.Member> keep = new ArrayList<>(), move = new ArrayList<>();
        for (int i = 0; i < n; i++) (side[i] ? move : keep).add(s.members.get(i));
        StoryCorpus.State t = c.newStory(storyId(move.get(0).article()));
        rebuild(c, s, keep);
        rebuild(c, t, move);
        List<String> ev = new ArrayList<>();
        ev.add(String.format(java.util.Locale.ROOT, "%d of %d articles apart (groups at %.2f)", move.size(), n, between));
        ev.addAll(distinct(t, s, 3));
        ev.addAll(distinct(s, t, 3));
        StoryDecision d = new StoryDecision(StoryDecision.Kind.SPLIT, t.id, trigger, s.id, round(between), ev);
        c.record(t, d);
        c.touched(s.id);
        return d;
    }

    /** The strongest features of {@code a} that {@code b} lacks. */
    private static List<String> distinct(StoryCorpus.State a, StoryCorpus.State b, int k) {
        List<String> out = new ArrayList<>();
        int[] order = IndexSort.descending(a.sums, a.size);
        for (int x = 0; x < a.size && out.size() < k; x++) if (b.find(a.feats[order[x]]) < 0) out.add(a.labels[order[x]]);
        return out;
    }

    /** Resets a story to the given members: articles, centroid, dates, title, postings. */
    private static void rebuild(StoryCorpus c, StoryCorpus.State s, List<StoryCorpus.Member> members) {
        s.articles.clear();
        s.size = 0;
        s.dropNorm();
        s.changed();
        s.first = s.last = null;
        s.title = null;
        s.titleScore = -1;
        s.members = new ArrayList<>(members);
        int room = 0;
        for (StoryCorpus.Member m : members) room += m.feats().length;
        FeatureIndex at = FeatureIndex.of(s.feats, 0, room);
        for (StoryCorpus.Member m : members) {
            s.articles.add(m.article());
            c.byArticle.put(m.article(), s.index);
            if (s.title == null && m.title() != null && !m.title().isBlank()) s.title = m.title();
            if (m.date() != null && m.date().days() <= 62) {
                if (s.first == null || m.date().start().isBefore(s.first)) s.first = m.date().start();
                if (s.last == null || m.date().end().isAfter(s.last)) s.last = m.date().end();
            }
            for (int k = 0; k < m.feats().length; k++) addFeature(c, s, at, m.feats()[k], m.weights()[k], m.labels()[k], m.kinds()[k]);
            for (int k = 0; k < Math.min(m.feats().length, c.options.queryFeatures()); k++) c.post(m.feats()[k], s.index);
        }
        trim(c, s);
    }

    /** Adds weight {@code w} to the story's feature {@code f}, appended when new; {@code at}: the index of the story's features. */
    private static void addFeature(StoryCorpus c, StoryCorpus.State s, FeatureIndex at, long f, float w, String label, byte kind) {
        int j = at.find(s.feats, s.size, f);
        if (j >= 0) addTo(s, j, w);
        else {
            append(c, s, f, w, label, kind);
            at.appended(s.feats, s.size - 1);
        }
    }

    /** Adds weight {@code w} to the story's feature at {@code j}. */
    private static void addTo(StoryCorpus.State s, int j, float w) {
        float sum = s.sums[j] + w;
        if (s.normDocuments >= 0) addToNorm(s, (double) sum * sum - (double) s.sums[j] * s.sums[j], s.ldf[j]);
        s.sums[j] = sum;
    }

    /** Appends a feature the story does not have. */
    private static void append(StoryCorpus c, StoryCorpus.State s, long f, float w, String label, byte kind) {
        s.reserve(s.size + 1);
        s.feats[s.size] = f;
        s.sums[s.size] = w;
        s.labels[s.size] = label;
        s.kinds[s.size] = kind;
        if (s.normDocuments >= 0) {
            s.ldf[s.size] = StoryCorpus.lnDf(c.df.get(f));
            addToNorm(s, (double) w * w, s.ldf[s.size]);
        }
        s.size++;
    }

    private static void addToNorm(StoryCorpus.State s, double squares, double ldf) {
        s.norm0 += squares;
        s.norm1 += squares * ldf;
        s.norm2 += squares * ldf * ldf;
    }

    /** Keeps the strongest {@code centroidSize} features (by weight times idf). */
    private static void trim(StoryCorpus c, StoryCorpus.State s) {
        int keep = c.options.centroidSize();
        if (s.size <= keep * 2) return;
        double[] w = new double[s.size];
        double[] ldf = new double[s.size];
        for (int k = 0; k < s.size; k++) {
            int d = c.df.get(s.feats[k]);
            ldf[k] = StoryCorpus.lnDf(d);
            w[k] = s.sums[k] * c.idfOf(d);
        }
        int[] order = IndexSort.descending(w, s.size);
        long[] f = new long[keep * 2];
        float[] sm = new float[keep * 2];
        String[] l = new String[keep * 2];
        byte[] kd = new byte[keep * 2];
        double[] ld = new double[keep * 2];
        s.norm0 = s.norm1 = s.norm2 = 0;
        for (int x = 0; x < keep; x++) {
            int k = order[x];
            f[x] = s.feats[k];
            sm[x] = s.sums[k];
            l[x] = s.labels[k];
            kd[x] = s.kinds[k];
            ld[x] = ldf[k];
            addToNorm(s, (double) sm[x] * sm[x], ld[x]);
        }
        s.feats = f;
        s.sums = sm;
        s.labels = l;
        s.kinds = kd;
        s.size = keep;
        // the norm's parts re-summed with the document frequencies just read
        s.ldf = ld;
        s.normDocuments = c.documents;
    }

    private static void merge(StoryCorpus c, StoryCorpus.State keep, StoryCorpus.State gone) {
        for (String a : gone.articles) {
            keep.articles.add(a);
            c.byArticle.put(a, keep.index);
        }
        keep.reserve(keep.size + gone.size);
        FeatureIndex at = FeatureIndex.of(keep.feats, keep.size, gone.size);
        for (int k = 0; k < gone.size; k++) addFeature(c, keep, at, gone.feats[k], gone.sums[k], gone.labels[k], gone.kinds[k]);
        trim(c, keep);
        if (gone.first != null) {
            if (keep.first == null || gone.first.isBefore(keep.first)) keep.first = gone.first;
            if (keep.last == null || gone.last.isAfter(keep.last)) keep.last = gone.last;
        }
        if (keep.title == null) keep.title = gone.title;
        for (int k = 0; k < keep.size; k++) c.post(keep.feats[k], keep.index);
        keep.changed();
        keep.dropNorm();
        gone.changed();
        if (keep.members != null && gone.members != null && keep.articles.size() <= c.options.splitMax()) keep.members.addAll(gone.members);
        else keep.members = null;
        gone.members = null;
        gone.alive = false;
        gone.mergedInto = keep.id;
        gone.articles.clear();
        gone.size = 0;
    }

    /** A stable story id from its first article's id. */
    static String storyId(String article) {
        String core = article.startsWith("a-") ? article.substring(2) : Integer.toHexString(article.hashCode());
        return "s-" + core;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
