package io.storyline.dedup;

import io.storyline.model.Change;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Relation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Incremental deduplication: {@link #add} places one new text in the corpus (joining the group of
 * an earlier copy, or alone), without recomputing the rest; {@link #groups} reports the groups
 * with each member's changes against the canonical. Stateless apart from its options;
 * thread-safe (the corpus is not).
 */
public final class Deduplicator {
    private final DedupOptions options;
    private final Fingerprinter fingerprinter;
    private final Aligner aligner;
    private final Aliases aliases;

    public Deduplicator(DedupOptions options, Aliases aliases) {
        this.options = options;
        this.aliases = aliases;
        this.fingerprinter = new Fingerprinter(options, aliases);
        this.aligner = new Aligner(options);
    }

    public static Deduplicator standard() {
        return new Deduplicator(DedupOptions.DEFAULT, Aliases.builtIn());
    }

    public DedupOptions options() {
        return options;
    }

    /** A text prepared off the corpus lock (normalised and fingerprinted); prepare in parallel, add in order. */
    public record Prepared(String id, String text, String date, String wire, Fingerprints fingerprints, int words) {
    }

    /**
     * A date that sorts: the UTC instant of a minute-precise value (a local time taken as UTC),
     * else the value's calendar part.
     */
    public static String sortableDate(io.storyline.model.DateValue d) {
        if (d == null) return null;
        String v = d.value();
        try {
            if (v.length() > 10 && v.charAt(10) == 'T') {
                return java.time.OffsetDateTime.parse(v).toInstant().toString();
            }
        } catch (java.time.format.DateTimeParseException e) {
            // a local time without offset: taken as if it were UTC, which beats dropping the time
            // (a day alone would sort before every timed copy of that day)
            if (v.length() == 16 && v.charAt(10) == 'T') return v + ":00Z";
        }
        return v.length() >= 10 ? v.substring(0, 10) : v;
    }

    public Prepared prepare(String id, String text, String date, String wire) {
        String t = text == null ? "" : text;
        Fingerprints[] fp = new Fingerprints[1];
        int[] words = fingerprinter.fingerprintAndWords(t, fp);
        return new Prepared(id, t, date, wire, fp[0], words[0]);
    }

    /** Adds a text to the corpus; returns its document key. */
    public int add(DedupCorpus corpus, String id, String text, String date, String wire) {
        return add(corpus, prepare(id, text, date, wire));
    }

    public int add(DedupCorpus corpus, Prepared p) {
        Pending pending = lookUp(corpus, p);
        return commit(corpus, pending);
    }

    /**
     * Adds texts in order, as {@link #add} one by one would, with the same groups: looking up a
     * text's candidates needs only the earlier texts indexed, not verified, so the comparisons
     * with candidates (the costly part) run on {@code verifiers} threads while later texts are
     * looked up, and the decisions are then taken in order. The corpus's texts must be readable
     * from several threads.
     *
     * @return the document keys, in input order
     */
    public int[] addAll(DedupCorpus corpus, java.util.Iterator<Prepared> texts, int verifiers) {
        if (verifiers < 1) throw new IllegalArgumentException("verifiers < 1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(verifiers, r -> {
            Thread t = new Thread(r, "dedup-verify");
            t.setDaemon(true);
            return t;
        });
        int window = VERIFY_WINDOW_PER_THREAD * verifiers;
        java.util.ArrayDeque<Pending> queue = new java.util.ArrayDeque<>();
        int[] keys = new int[16];
        int n = 0;
        try {
            while (texts.hasNext()) {
                Pending pending = lookUp(corpus, texts.next());
                if (!pending.candidates.isEmpty()) pending.compared = pool.submit(() -> compareAll(corpus, pending));
                queue.add(pending);
                while (queue.size() > window) {
                    if (n == keys.length) keys = java.util.Arrays.copyOf(keys, n * 2);
                    keys[n++] = commit(corpus, queue.poll());
                }
            }
            while (!queue.isEmpty()) {
                if (n == keys.length) keys = java.util.Arrays.copyOf(keys, n * 2);
                keys[n++] = commit(corpus, queue.poll());
            }
        } finally {
            pool.shutdownNow();
        }
        return java.util.Arrays.copyOf(keys, n);
    }

    /** Texts looked up but not yet decided, per verifying thread. */
    private static final int VERIFY_WINDOW_PER_THREAD = 32;

    /** A text registered and indexed, with its candidates, awaiting its decision. */
    private static final class Pending {
        final Prepared p;
        final int doc;
        final List<int[]> candidates;
        java.util.concurrent.Future<Comparison[]> compared;
        Normalized mine;

        Pending(Prepared p, int doc, List<int[]> candidates) {
            this.p = p;
            this.doc = doc;
            this.candidates = candidates;
        }
    }

    private Pending lookUp(DedupCorpus corpus, Prepared p) {
        Fingerprints fp = p.fingerprints();
        List<int[]> cands = new ArrayList<>();
        int minShared = fp.size() < 8 ? 1 : 2;
        corpus.index().candidates(fp, (doc, shared) -> {
            if (shared >= minShared && shared >= options.candidateShare() * corpus.expectedShared(doc, fp)) {
                cands.add(new int[] {doc, shared});
            }
        });
        int doc = corpus.register(p.id(), p.text(), p.words(), p.date(), p.wire());
        corpus.fingerprinted(doc, fp);
        corpus.index().add(doc, fp);
        cands.sort((x, y) -> y[1] != x[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
        return new Pending(p, doc, cands);
    }

    /** The comparisons the decision will most likely need: the best candidates, by shared hashes. */
    private Comparison[] compareAll(DedupCorpus corpus, Pending pending) {
        Normalized mine = fingerprinter.normalize(pending.p.text());
        pending.mine = mine;
        int k = Math.min(pending.candidates.size(), options.verifyCandidates());
        Comparison[] out = new Comparison[k];
        for (int i = 0; i < k; i++) out[i] = aligner.compare(normalized(corpus, pending.candidates.get(i)[0]), mine);
        return out;
    }

    private int commit(DedupCorpus corpus, Pending pending) {
        int doc = pending.doc;
        List<int[]> cands = pending.candidates;
        if (cands.isEmpty()) return doc;
        Comparison[] ready = null;
        if (pending.compared != null) {
            try {
                ready = pending.compared.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while verifying " + pending.p.id(), e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("verifying " + pending.p.id() + " failed", e.getCause());
            }
        }
        Normalized mine = pending.mine != null ? pending.mine : fingerprinter.normalize(pending.p.text());
        Set<Integer> triedGroups = new HashSet<>();
        int joined = -1;
        int verified = 0;
        for (int ci = 0; ci < cands.size(); ci++) {
            int[] c = cands.get(ci);
            if (verified >= options.verifyCandidates()) break;
            int group = corpus.root(c[0]);
            if (joined >= 0 && corpus.root(joined) == group) continue;
            if (!triedGroups.add(group)) continue;
            verified++;
            Comparison cmp = ready != null && ci < ready.length ? ready[ci] : aligner.compare(normalized(corpus, c[0]), mine);
            if (cmp.relation() == Relation.DISTINCT) continue;
            int canon = corpus.canonicalOf(c[0]);
            // join a group only as a copy of its canonical text, so that copies of copies cannot chain
            // texts that share little into one group
            if (canon != c[0] && aligner.compare(normalized(corpus, canon), mine).relation() == Relation.DISTINCT) continue;
            if (joined < 0) {
                corpus.union(c[0], doc);
                joined = c[0];
            } else if (related(corpus, corpus.canonicalOf(joined), corpus.canonicalOf(c[0]))) {
                // a second group this text also copies: merge only when the two groups' canonicals are copies
                // too, so that a round-up quoting two stories does not chain them into one
                corpus.union(joined, c[0]);
            }
        }
        return doc;
    }

    private boolean related(DedupCorpus corpus, int a, int b) {
        if (corpus.root(a) == corpus.root(b)) return true;
        return aligner.compare(normalized(corpus, a), normalized(corpus, b)).relation() != Relation.DISTINCT;
    }

    private Normalized normalized(DedupCorpus corpus, int doc) {
        return corpus.normalized(doc, fingerprinter::normalize);
    }

    /** Compares two texts directly: the second as a copy of the first. */
    public Comparison compare(String canonical, String member) {
        return aligner.compare(fingerprinter.normalize(canonical), fingerprinter.normalize(member));
    }

    /** The corpus's groups, each member compared with the canonical. */
    public List<DuplicateGroup> groups(DedupCorpus corpus) {
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Integer> members : corpus.groups()) out.add(group(corpus, members));
        return out;
    }

    /** The group of a document (null when it is alone), each member compared with the canonical. */
    public DuplicateGroup groupOf(DedupCorpus corpus, int doc) {
        List<Integer> members = corpus.members(doc);
        return members.size() < 2 ? null : group(corpus, members);
    }

    private DuplicateGroup group(DedupCorpus corpus, List<Integer> members) {
        int canon = members.get(0);
        Normalized cn = normalized(corpus, canon);
        Relation rel = Relation.EXACT;
        double sim = 1;
        List<Change> changes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ids.add(corpus.id(canon));
        String wire = corpus.wire(canon);
        for (int k = 1; k < members.size(); k++) {
            int m = members.get(k);
            ids.add(corpus.id(m));
            if (wire == null) wire = corpus.wire(m);
            Comparison cmp = aligner.compare(cn, normalized(corpus, m));
            // a member joined through another member may measure distinct from the canonical: it is a copy of a copy
            rel = rel.looser(cmp.relation() == Relation.DISTINCT ? Relation.SYNDICATED : cmp.relation());
            sim = Math.min(sim, cmp.similarity());
            for (Change ch : cmp.changes()) changes.add(ch.withMember(corpus.id(m)));
        }
        return new DuplicateGroup(groupId(corpus.id(canon)), corpus.id(canon), ids, rel, sim, wire, changes);
    }

    static String groupId(String canonicalId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonicalId.getBytes(StandardCharsets.UTF_8));
            return "d-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
