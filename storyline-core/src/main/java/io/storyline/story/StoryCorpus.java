package io.storyline.story;

import io.storyline.event.DateRange;
import io.storyline.model.StoryDecision;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus state of story clustering, passed explicitly to {@link StoryClusterer}: document
 * frequencies of features, every story (id, articles, the centroid of its strongest features,
 * its date range, title, recent decisions) and, per feature, the stories that most recently used
 * it (to find candidates in time independent of the corpus size). Merged stories stay as
 * tombstones pointing at the story that absorbed them, so an old id still resolves.
 *
 * <p>Incremental by design: {@link StoryClusterer#add} adds one article. The store persists it
 * with {@link #write} / {@link #read} (a compact versioned binary form) and learns what changed
 * from {@link #drainDecisions()} and {@link #drainChanged()}. Not thread-safe: one writer at a time.
 */
public final class StoryCorpus {
    /** 2: the members a small story remembers for its split check are kept too (format 1 still reads). */
    private static final int FORMAT = 2;

    final StoryOptions options;
    final LongTable df = new LongTable();
    int documents;
    final List<State> stories = new ArrayList<>();
    final Map<String, Integer> byId = new HashMap<>();
    final Map<String, Integer> byArticle = new HashMap<>();
    /** Feature → index of its ring of story indices in {@link #rings}. */
    final LongTable postingIndex = new LongTable();
    final List<int[]> rings = new ArrayList<>();
    private final List<StoryDecision> decisions = new ArrayList<>();
    private final Set<String> changed = new LinkedHashSet<>();

    /** One story's mutable state. */
    static final class State {
        final int index;
        final String id;
        final List<String> articles = new ArrayList<>();
        String title;
        double titleScore = -1;
        long[] feats = new long[16];
        float[] sums = new float[16];
        String[] labels = new String[16];
        byte[] kinds = new byte[16];
        int size;
        LocalDate first, last;
        boolean alive = true;
        String mergedInto;
        final ArrayDeque<StoryDecision> history = new ArrayDeque<>();
        /** The times it tells (parsed date features and span), kept until {@link #changed()}. */
        List<DateRange> told;
        /**
         * The parts of its centroid's squared norm that do not depend on the corpus size — Σs²,
         * Σs²·ln df, Σs²·ln² df over its features' sums s — from which the norm under any corpus
         * size follows exactly (idf = ln(N+1) + 1 − ln df); {@code ldf} holds each feature's ln df
         * as summed (the document frequency of when it was last re-summed, at corpus size
         * {@code normDocuments}, -1 when the parts must be re-summed). Kept up to date as features
         * are added; re-summed after a trim or a merge.
         */
        double norm0, norm1, norm2;
        double[] ldf;
        int normDocuments = -1;
        /**
         * The members' strongest features while the story is small enough to be re-examined for a
         * split ({@link StoryOptions#splitMax()} articles); null beyond, or when read from a format without them.
         */
        List<Member> members = new ArrayList<>();

        State(int index, String id) {
            this.index = index;
            this.id = id;
        }

        /** The position of feature {@code f}, or -1 (a scan: for a batch of look-ups, see {@link FeatureIndex}). */
        int find(long f) {
            for (int k = 0; k < size; k++) if (feats[k] == f) return k;
            return -1;
        }

        /** Makes room for {@code n} features (at least doubling when it grows). */
        void reserve(int n) {
            if (n <= feats.length) return;
            int m = Math.max(n, feats.length * 2);
            if (ldf != null) ldf = Arrays.copyOf(ldf, m);
            feats = Arrays.copyOf(feats, m);
            sums = Arrays.copyOf(sums, m);
            labels = Arrays.copyOf(labels, m);
            kinds = Arrays.copyOf(kinds, m);
        }

        DateRange dates() {
            return first == null ? null : new DateRange(first, last);
        }

        /** Drops the times kept: to call whenever its features or span change. */
        void changed() {
            told = null;
        }

        /** Drops the norm's parts: they are re-summed when the story is next scored. */
        void dropNorm() {
            normDocuments = -1;
            ldf = null;
        }
    }

    /** One member article as a story remembers it for a split check: its strongest features. */
    record Member(String article, String title, DateRange date, long[] feats, float[] weights, String[] labels, byte[] kinds) {
    }

    public StoryCorpus(StoryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static StoryCorpus inMemory() {
        return new StoryCorpus(StoryOptions.defaults());
    }

    public StoryOptions options() {
        return options;
    }

    /** Articles added. */
    public int documents() {
        return documents;
    }

    /** Stories alive (merged ones not counted). */
    public int size() {
        int n = 0;
        for (State s : stories) if (s.alive) n++;
        return n;
    }

    /** The story an article is in (following merges), or null. */
    public String storyOf(String article) {
        Integer i = byArticle.get(article);
        return i == null ? null : live(stories.get(i)).id;
    }

    /** The id a story goes by now: itself, or the story that absorbed it. */
    public String resolve(String storyId) {
        Integer i = byId.get(storyId);
        return i == null ? null : live(stories.get(i)).id;
    }

    State live(State s) {
        while (!s.alive && s.mergedInto != null) s = stories.get(byId.get(s.mergedInto));
        return s;
    }

    /** Ids of the stories alive, oldest first. */
    public List<String> storyIds() {
        List<String> out = new ArrayList<>();
        for (State s : stories) if (s.alive) out.add(s.id);
        return out;
    }

    /** The articles of a story, in the order they joined (a merged story's after the survivor's). */
    public List<String> articles(String storyId) {
        Integer i = byId.get(storyId);
        return i == null ? List.of() : List.copyOf(live(stories.get(i)).articles);
    }

    public String title(String storyId) {
        Integer i = byId.get(storyId);
        return i == null ? null : live(stories.get(i)).title;
    }

    /** The story's strongest features as read ("kim jong un", "sanction", "#23"), strongest first. */
    public List<String> terms(String storyId, int n) {
        Integer i = byId.get(storyId);
        if (i == null) return List.of();
        State s = live(stories.get(i));
        double[] w = new double[s.size];
        for (int k = 0; k < s.size; k++) w[k] = s.sums[k] * idf(s.feats[k]);
        int[] order = IndexSort.descending(w, s.size);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(n, order.length); k++) out.add(s.labels[order[k]]);
        return out;
    }

    /** The decisions kept in memory for a story (the most recent), oldest first. */
    public List<StoryDecision> history(String storyId) {
        Integer i = byId.get(storyId);
        return i == null ? List.of() : List.copyOf(live(stories.get(i)).history);
    }

    /** Every decision since the last call, in order; the store appends them to its log. */
    public List<StoryDecision> drainDecisions() {
        List<StoryDecision> out = List.copyOf(decisions);
        decisions.clear();
        return out;
    }

    /** Ids of stories created, joined, merged or split since the last call. */
    public Set<String> drainChanged() {
        Set<String> out = Set.copyOf(changed);
        changed.clear();
        return out;
    }

    double idf(long feature) {
        return idfOf(df.get(feature));
    }

    /** The idf of a feature found in {@code count} articles: ln((N+1)/max(count, 1)) + 1. */
    double idfOf(int count) {
        return Math.log((documents + 1.0) / Math.max(count, 1)) + 1;
    }

    /** ln max(count, 1): the part of a feature's idf that a story's kept norm sums (see {@link State#norm0}). */
    static double lnDf(int count) {
        return Math.log(Math.max(count, 1));
    }

    void record(State s, StoryDecision d) {
        decisions.add(d);
        s.history.addLast(d);
        while (s.history.size() > options.historyPerStory()) s.history.removeFirst();
        changed.add(s.id);
    }

    void touched(String id) {
        changed.add(id);
    }

    State newStory(String id) {
        String unique = id;
        for (int k = 2; byId.containsKey(unique); k++) unique = id + "-" + k;
        State s = new State(stories.size(), unique);
        stories.add(s);
        byId.put(unique, s.index);
        return s;
    }

    /** Remembers that {@code story} uses {@code feature}: the feature's ring keeps its most recent stories. */
    void post(long feature, int story) {
        int r = postingIndex.get(feature);
        int[] ring;
        if (r == 0) {
            ring = new int[options.postings() + 1];
            rings.add(ring);
            postingIndex.put(feature, rings.size());
        } else ring = rings.get(r - 1);
        int n = ring[0];
        int cap = ring.length - 1;
        for (int k = 0; k < Math.min(n, cap); k++) if (ring[1 + k] == story) return;
        ring[1 + (n % cap)] = story;
        ring[0] = n + 1;
    }

    /** The stories recently posted under a feature (may repeat merged ones: resolve them). */
    int[] posted(long feature) {
        int r = postingIndex.get(feature);
        if (r == 0) return EMPTY;
        int[] ring = rings.get(r - 1);
        int n = Math.min(ring[0], ring.length - 1);
        int[] out = new int[n];
        System.arraycopy(ring, 1, out, 0, n);
        return out;
    }

    private static final int[] EMPTY = new int[0];

    /** Approximate heap held (features, postings, centroids). */
    public long memoryBytes() {
        long b = df.memoryBytes() + postingIndex.memoryBytes() + (long) rings.size() * (16 + 4L * (options.postings() + 1));
        for (State s : stories) {
            b += 96 + s.feats.length * 21L + s.articles.size() * 8L;
            if (s.members != null) for (Member m : s.members) b += 64 + m.feats().length * 21L;
        }
        return b;
    }

    // --- persistence ---

    /** Writes the whole state; {@link #read} restores it (postings are rebuilt from the centroids). */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(FORMAT);
        d.writeInt(documents);
        d.writeInt(df.size());
        df.forEach((k, v) -> {
            try {
                d.writeLong(k);
                d.writeInt(v);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        d.writeInt(stories.size());
        for (State s : stories) {
            d.writeUTF(s.id);
            d.writeBoolean(s.alive);
            writeNullable(d, s.mergedInto);
            writeNullable(d, s.title);
            d.writeDouble(s.titleScore);
            writeNullable(d, s.first == null ? null : s.first.toString());
            writeNullable(d, s.last == null ? null : s.last.toString());
            d.writeInt(s.articles.size());
            for (String a : s.articles) d.writeUTF(a);
            d.writeInt(s.size);
            for (int k = 0; k < s.size; k++) {
                d.writeLong(s.feats[k]);
                d.writeFloat(s.sums[k]);
                d.writeUTF(s.labels[k]);
                d.writeByte(s.kinds[k]);
            }
            d.writeInt(s.members == null ? -1 : s.members.size());
            if (s.members != null) {
                for (Member m : s.members) {
                    d.writeUTF(m.article());
                    writeNullable(d, m.title());
                    writeNullable(d, m.date() == null ? null : m.date().start() + "/" + m.date().end());
                    d.writeInt(m.feats().length);
                    for (int k = 0; k < m.feats().length; k++) {
                        d.writeLong(m.feats()[k]);
                        d.writeFloat(m.weights()[k]);
                        d.writeUTF(m.labels()[k]);
                        d.writeByte(m.kinds()[k]);
                    }
                }
            }
        }
        d.flush();
    }

    public static StoryCorpus read(InputStream in, StoryOptions options) throws IOException {
        DataInputStream d = new DataInputStream(in);
        int format = d.readInt();
        if (format != FORMAT && format != 1) throw new IOException("unknown story corpus format " + format);
        StoryCorpus c = new StoryCorpus(options);
        c.documents = d.readInt();
        int nf = d.readInt();
        for (int k = 0; k < nf; k++) c.df.put(d.readLong(), d.readInt());
        int ns = d.readInt();
        for (int k = 0; k < ns; k++) {
            State s = c.newStory(d.readUTF());
            s.alive = d.readBoolean();
            s.mergedInto = readNullable(d);
            s.title = readNullable(d);
            s.titleScore = d.readDouble();
            String f = readNullable(d), l = readNullable(d);
            s.first = f == null ? null : LocalDate.parse(f);
            s.last = l == null ? null : LocalDate.parse(l);
            int na = d.readInt();
            for (int a = 0; a < na; a++) s.articles.add(d.readUTF());
            int size = d.readInt();
            s.feats = new long[Math.max(16, size)];
            s.sums = new float[s.feats.length];
            s.labels = new String[s.feats.length];
            s.kinds = new byte[s.feats.length];
            for (int q = 0; q < size; q++) {
                s.feats[q] = d.readLong();
                s.sums[q] = d.readFloat();
                s.labels[q] = d.readUTF();
                s.kinds[q] = d.readByte();
            }
            s.size = size;
            s.members = format == 1 ? null : readMembers(d);
        }
        for (State s : c.stories) {
            for (String a : s.articles) c.byArticle.put(a, s.index);
            if (s.alive) for (int q = 0; q < s.size; q++) c.post(s.feats[q], s.index);
        }
        return c;
    }

    private static List<Member> readMembers(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0) return null;
        List<Member> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String article = d.readUTF(), title = readNullable(d), date = readNullable(d);
            DateRange r = null;
            if (date != null) {
                int slash = date.indexOf('/');
                r = new DateRange(LocalDate.parse(date.substring(0, slash)), LocalDate.parse(date.substring(slash + 1)));
            }
            int m = d.readInt();
            long[] f = new long[m];
            float[] w = new float[m];
            String[] l = new String[m];
            byte[] k = new byte[m];
            for (int q = 0; q < m; q++) {
                f[q] = d.readLong();
                w[q] = d.readFloat();
                l[q] = d.readUTF();
                k[q] = d.readByte();
            }
            out.add(new Member(article, title, r, f, w, l, k));
        }
        return out;
    }

    private static void writeNullable(DataOutputStream d, String s) throws IOException {
        d.writeBoolean(s != null);
        if (s != null) d.writeUTF(s);
    }

    private static String readNullable(DataInputStream d) throws IOException {
        return d.readBoolean() ? d.readUTF() : null;
    }

    /** Unmodifiable view for tests. */
    List<String> allIds() {
        List<String> out = new ArrayList<>();
        for (State s : stories) out.add(s.id);
        return Collections.unmodifiableList(out);
    }
}
