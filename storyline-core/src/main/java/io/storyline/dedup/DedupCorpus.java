package io.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The corpus state of deduplication, passed explicitly to {@link Deduplicator}: the fingerprint
 * index, each document's id, completeness, date, wire credit and fingerprint size, and the groups
 * (a union-find forest with each group's members in a ring and its canonical member). Texts are
 * fetched on demand through {@link Texts} (memory, the store, or a generator), so the state stays
 * small for large corpora. The store persists it through {@link #restore} and {@link #changes}.
 * One writer at a time; while it writes, {@link Deduplicator#addAll} may read texts from
 * verifying threads, so {@link Texts} must then be safe to call from several threads.
 */
public final class DedupCorpus {
    /** Where the corpus finds a document's text for the precise comparison. */
    @FunctionalInterface
    public interface Texts {
        String text(int doc);
    }

    /** Two copies whose distinct-word counts are within this ratio are equally complete. */
    private static final double COMPLETE_ENOUGH = 0.9;
    /** Normalised texts kept, so a group's canonical is not normalised again for every copy. */
    private static final int RECENT = 2048;

    private final DedupIndex index;
    private final Texts texts;
    private final List<String> ids = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<String> wires = new ArrayList<>();
    private int[] words = new int[1024];
    private int[] fpCount = new int[1024];
    private byte[] fpShift = new byte[1024];
    private int[] parent = new int[1024];
    private int[] canonical = new int[1024];
    /** Next member in the ring of the document's group. */
    private int[] next = new int[1024];
    private List<String> memoryTexts;
    /** Groups (by root) changed since the last {@link #changes} call, and roots that were absorbed. */
    private final Set<Integer> changedRoots = new HashSet<>();
    private final Set<Integer> goneRoots = new HashSet<>();

    private final Map<Integer, Normalized> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Normalized> eldest) {
            return size() > RECENT;
        }
    };

    public DedupCorpus(DedupIndex index, Texts texts) {
        this.index = Objects.requireNonNull(index, "index");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** A corpus held in memory, texts included: for one-shot analyses and tests. */
    public static DedupCorpus inMemory(DedupOptions options) {
        List<String> store = new ArrayList<>();
        DedupCorpus c = new DedupCorpus(new MemoryDedupIndex(options.maxPostings(), options.maxVisits()), store::get);
        c.memoryTexts = store;
        return c;
    }

    DedupIndex index() {
        return index;
    }

    /** Approximate heap held by the fingerprint index. */
    public long indexBytes() {
        return index.memoryBytes();
    }

    String text(int doc) {
        if (memoryTexts != null) {
            synchronized (memoryTexts) {
                return memoryTexts.get(doc);
            }
        }
        return texts.text(doc);
    }

    /** A document's normalised text, from a small cache; may be called from verifying threads. */
    Normalized normalized(int doc, Function<String, Normalized> normalize) {
        Normalized n;
        synchronized (recent) {
            n = recent.get(doc);
        }
        if (n == null) {
            n = normalize.apply(text(doc));
            synchronized (recent) {
                recent.put(doc, n);
            }
        }
        return n;
    }

    public int size() {
        return ids.size();
    }

    public String id(int doc) {
        return ids.get(doc);
    }

    public String date(int doc) {
        return dates.get(doc);
    }

    public String wire(int doc) {
        return wires.get(doc);
    }

    /** Distinct content words of the document (its completeness). */
    public int words(int doc) {
        return words[doc];
    }

    public int fingerprintCount(int doc) {
        return fpCount[doc];
    }

    /** log2 of the document's fingerprint sampling rate. */
    public int fingerprintShift(int doc) {
        return fpShift[doc];
    }

    /** The document's parent in the union-find forest (itself for a root). */
    public int parent(int doc) {
        return parent[doc];
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
        if (memoryTexts != null) {
            synchronized (memoryTexts) {
                memoryTexts.add(text);
            }
        }
        grow(doc);
        this.words[doc] = words;
        parent[doc] = doc;
        canonical[doc] = doc;
        next[doc] = doc;
        return doc;
    }

    private void grow(int doc) {
        if (doc < words.length) return;
        int n = Math.max(doc + 1, words.length * 2);
        words = Arrays.copyOf(words, n);
        parent = Arrays.copyOf(parent, n);
        canonical = Arrays.copyOf(canonical, n);
        next = Arrays.copyOf(next, n);
        fpCount = Arrays.copyOf(fpCount, n);
        fpShift = Arrays.copyOf(fpShift, n);
    }

    /**
     * Restores a persisted document, in key order (the first call restores key 0). Call
     * {@link #restored()} after the last one, and re-add its fingerprints to the index unless the
     * index is persisted too.
     */
    public void restore(String id, int words, String date, String wire, int fpCount, int fpShift, int parent,
                        int canonical) {
        int doc = ids.size();
        ids.add(id);
        dates.add(date);
        wires.add(wire);
        grow(doc);
        this.words[doc] = words;
        this.fpCount[doc] = fpCount;
        this.fpShift[doc] = (byte) fpShift;
        this.parent[doc] = parent;
        this.canonical[doc] = canonical;
    }

    /** Rebuilds the member rings after {@link #restore}. */
    public void restored() {
        int n = ids.size();
        int[] last = new int[n];
        Arrays.fill(last, -1);
        for (int d = 0; d < n; d++) next[d] = d;
        for (int d = 0; d < n; d++) {
            int r = root(d);
            if (r == d) continue;
            // insert d after the root
            next[d] = next[r];
            next[r] = d;
        }
        changedRoots.clear();
        goneRoots.clear();
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
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        changedRoots.add(ra);
        changedRoots.remove(rb);
        goneRoots.add(rb);
        goneRoots.remove(ra);
    }

    /**
     * Most complete first (distinct words; within {@link #COMPLETE_ENOUGH} of each other counts as
     * equally complete), then earliest dated, then first seen (so the canonical is stable as copies
     * arrive).
     */
    private boolean better(int a, int b) {
        int ta = words[a], tb = words[b];
        if (Math.min(ta, tb) < COMPLETE_ENOUGH * Math.max(ta, tb)) return ta > tb;
        String da = dates.get(a), db = dates.get(b);
        if (da != null && db != null && !da.equals(db)) return da.compareTo(db) < 0;
        if (da != null && db == null) return true;
        if (da == null && db != null) return false;
        return a < b;
    }

    /** The members of a document's group: the canonical first, then the others in key order. */
    public List<Integer> members(int doc) {
        int r = root(doc);
        List<Integer> out = new ArrayList<>();
        int d = r;
        do {
            out.add(d);
            d = next[d];
        } while (d != r);
        out.sort(null);
        int c = canonical[r];
        out.remove(Integer.valueOf(c));
        out.add(0, c);
        return out;
    }

    /** Groups with at least two members, each listed canonical first, in order of their first member. */
    public List<List<Integer>> groups() {
        List<List<Integer>> out = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            if (root(d) != d || next[d] == d) continue;
            out.add(members(d));
        }
        out.sort((x, y) -> Integer.compare(x.stream().mapToInt(Integer::intValue).min().orElse(0),
                y.stream().mapToInt(Integer::intValue).min().orElse(0)));
        return out;
    }

    /** Number of groups, singletons included: the independent texts. */
    public int independentTexts() {
        int n = 0;
        for (int d = 0; d < ids.size(); d++) if (root(d) == d) n++;
        return n;
    }

    /** What changed since the last call: roots of groups to write again, and roots that no longer lead a group. */
    public record Changes(Set<Integer> changedRoots, Set<Integer> goneRoots) {
    }

    public Changes changes() {
        Set<Integer> changed = new HashSet<>();
        for (int r : changedRoots) changed.add(root(r));
        Changes c = new Changes(Set.copyOf(changed), Set.copyOf(goneRoots));
        changedRoots.clear();
        goneRoots.clear();
        return c;
    }
}
