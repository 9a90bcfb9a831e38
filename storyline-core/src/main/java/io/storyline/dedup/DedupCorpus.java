package io.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The corpus state of deduplication, passed explicitly to {@link Deduplicator}: the fingerprint
 * index, each document's id, size, date and wire credit, and the groups (a union-find forest).
 * Texts are fetched on demand through {@link Texts} (memory, the store, or a generator), so the
 * state stays small for large corpora. Not thread-safe: one writer at a time.
 */
public final class DedupCorpus {
    /** Where the corpus finds a document's text for the precise comparison. */
    @FunctionalInterface
    public interface Texts {
        String text(int doc);
    }

    private final DedupIndex index;
    private final Texts texts;
    private final List<String> ids = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<String> wires = new ArrayList<>();
    private int[] tokens = new int[1024];
    /** Fingerprint count and sampling rate of each document, to judge shared counts. */
    private int[] fpCount = new int[1024];
    private byte[] fpShift = new byte[1024];
    private int[] parent = new int[1024];
    private int[] canonical = new int[1024];

    public DedupCorpus(DedupIndex index, Texts texts) {
        this.index = Objects.requireNonNull(index, "index");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** A corpus held in memory, texts included: for one-shot analyses and tests. */
    public static DedupCorpus inMemory(DedupOptions options) {
        List<String> store = new ArrayList<>();
        DedupCorpus c = new DedupCorpus(new MemoryDedupIndex(options.maxPostings()), store::get);
        c.memoryTexts = store;
        return c;
    }

    private List<String> memoryTexts;

    DedupIndex index() {
        return index;
    }

    /** Approximate heap held by the fingerprint index. */
    public long indexBytes() {
        return index.memoryBytes();
    }

    String text(int doc) {
        return texts.text(doc);
    }

    /** Normalised texts recently compared, so a group's canonical is not normalised again for every copy. */
    private final Map<Integer, Normalized> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Normalized> eldest) {
            return size() > RECENT;
        }
    };

    private static final int RECENT = 2048;

    Normalized normalized(int doc, java.util.function.Function<String, Normalized> normalize) {
        Normalized n = recent.get(doc);
        if (n == null) {
            n = normalize.apply(text(doc));
            recent.put(doc, n);
        }
        return n;
    }

    public int size() {
        return ids.size();
    }

    public String id(int doc) {
        return ids.get(doc);
    }

    String date(int doc) {
        return dates.get(doc);
    }

    String wire(int doc) {
        return wires.get(doc);
    }

    int tokens(int doc) {
        return tokens[doc];
    }

    void fingerprinted(int doc, Fingerprints fp) {
        fpCount[doc] = fp.size();
        fpShift[doc] = (byte) Integer.numberOfTrailingZeros(fp.sampling());
    }

    /**
     * How many hashes two texts would share if one were a full copy of the other: the smaller
     * text's hashes at the coarser of the two sampling rates.
     */
    double expectedShared(int doc, Fingerprints fp) {
        int shiftD = fpShift[doc], shiftQ = Integer.numberOfTrailingZeros(fp.sampling());
        int coarse = Math.max(shiftD, shiftQ);
        double d = (double) fpCount[doc] * (1 << shiftD) / (1 << coarse);
        double q = (double) fp.size() * (1 << shiftQ) / (1 << coarse);
        return Math.min(d, q);
    }

    /**
     * Adds a document and returns its key; a singleton group until joined.
     *
     * @param words distinct content words of the text (its completeness)
     * @param date  a sortable date (UTC instant or day), or null
     */
    int register(String id, String text, int words, String date, String wire) {
        int doc = ids.size();
        ids.add(id);
        dates.add(date);
        wires.add(wire);
        if (memoryTexts != null) memoryTexts.add(text);
        if (doc == tokens.length) {
            tokens = Arrays.copyOf(tokens, doc * 2);
            parent = Arrays.copyOf(parent, doc * 2);
            canonical = Arrays.copyOf(canonical, doc * 2);
            fpCount = Arrays.copyOf(fpCount, doc * 2);
            fpShift = Arrays.copyOf(fpShift, doc * 2);
        }
        tokens[doc] = words;
        parent[doc] = doc;
        canonical[doc] = doc;
        return doc;
    }

    public int root(int doc) {
        while (parent[doc] != doc) {
            parent[doc] = parent[parent[doc]];
            doc = parent[doc];
        }
        return doc;
    }

    /** The canonical member of a document's group. */
    public int canonicalOf(int doc) {
        return canonical[root(doc)];
    }

    void union(int a, int b) {
        int ra = root(a), rb = root(b);
        if (ra == rb) return;
        int ca = canonical[ra], cb = canonical[rb];
        parent[rb] = ra;
        canonical[ra] = better(ca, cb) ? ca : cb;
    }

    /**
     * Most complete first (distinct words; within {@link #COMPLETE_ENOUGH} of each other counts as
     * equally complete), then earliest dated, then first seen (so the canonical is stable as copies
     * arrive).
     */
    private boolean better(int a, int b) {
        int ta = tokens[a], tb = tokens[b];
        if (Math.min(ta, tb) < COMPLETE_ENOUGH * Math.max(ta, tb)) return ta > tb;
        String da = dates.get(a), db = dates.get(b);
        if (da != null && db != null && !da.equals(db)) return da.compareTo(db) < 0;
        if (da != null && db == null) return true;
        if (da == null && db != null) return false;
        return a < b; // equally complete, same date: the first seen stays canonical

    }

    /** Two copies whose distinct-word counts are within this ratio are equally complete. */
    private static final double COMPLETE_ENOUGH = 0.9;

    /** Groups with at least two members, each listed canonical first, then in order of arrival. */
    public List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int d = 0; d < ids.size(); d++) byRoot.computeIfAbsent(root(d), k -> new ArrayList<>()).add(d);
        List<List<Integer>> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byRoot.entrySet()) {
            List<Integer> members = e.getValue();
            if (members.size() < 2) continue;
            int c = canonical[e.getKey()];
            List<Integer> ordered = new ArrayList<>(members.size());
            ordered.add(c);
            for (int m : members) if (m != c) ordered.add(m);
            out.add(ordered);
        }
        return out;
    }

    /** Number of groups, singletons included: the independent texts. */
    public int independentTexts() {
        int n = 0;
        for (int d = 0; d < ids.size(); d++) if (root(d) == d) n++;
        return n;
    }
}
