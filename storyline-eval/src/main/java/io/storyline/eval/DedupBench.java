package io.storyline.eval;

import io.storyline.dedup.DedupCorpus;
import io.storyline.dedup.Deduplicator;
import io.storyline.dedup.MemoryDedupIndex;
import io.storyline.model.DuplicateGroup;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Deduplication at scale: {@code n} articles of a {@link SyntheticCorpus} added one by one to a
 * corpus (texts made on worker threads and fingerprinted there, added in order on the main
 * thread, as ingest does), then the groups listed. Reports wall time, peak heap, and how many
 * copies landed with their original.
 */
public final class DedupBench {
    public record Run(int articles, double seconds, long peakHeapBytes, long indexBytes, int copies, int copiesFound,
                      int groups) {
        public String row() {
            return String.format(Locale.ROOT, "| %,d | %.1f | %,.0f | %d | %d | %,d / %,d |", articles, seconds,
                    articles / seconds, peakHeapBytes >> 20, indexBytes >> 20, copiesFound, copies);
        }
    }

    private DedupBench() {
    }

    public static String header() {
        return "| articles | seconds | articles/s | peak heap (MiB) | index (MiB) | copies found |\n|---|---|---|---|---|---|";
    }

    public static Run run(SyntheticCorpus synth, int n, int threads) throws InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Deduplicator dedup = Deduplicator.standard();
        DedupCorpus corpus = new DedupCorpus(new MemoryDedupIndex(dedup.options().maxPostings()), synth::text);
        long t0 = System.nanoTime();
        int workers = Math.max(1, threads - 1);
        BlockingQueue<Deduplicator.Prepared>[] lanes = newLanes(workers);
        Thread[] ts = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            final int lane = w;
            ts[w] = new Thread(() -> {
                try {
                    // worker w prepares articles w, w + workers, …: the main thread takes them round-robin, in order
                    for (int i = lane; i < n; i += workers) {
                        lanes[lane].put(dedup.prepare("a-" + i, synth.text(i), null, null));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "prepare-" + w);
            ts[w].setDaemon(true);
            ts[w].start();
        }
        for (int i = 0; i < n; i++) dedup.add(corpus, lanes[i % workers].take());
        int copies = 0, found = 0;
        for (int i = 0; i < n; i++) {
            int of = synth.copyOf(i);
            if (of < 0) continue;
            copies++;
            if (corpus.root(i) == corpus.root(of)) found++;
        }
        int groups = corpus.groups().size();
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        return new Run(n, secs, peak, corpus.indexBytes(), copies, found, groups);
    }

    @SuppressWarnings("unchecked")
    private static BlockingQueue<Deduplicator.Prepared>[] newLanes(int workers) {
        BlockingQueue<Deduplicator.Prepared>[] lanes = new BlockingQueue[workers];
        for (int w = 0; w < workers; w++) lanes[w] = new ArrayBlockingQueue<>(256);
        return lanes;
    }

    /** The groups of a small run, for inspection. */
    static List<DuplicateGroup> groups(Deduplicator dedup, DedupCorpus corpus) {
        return dedup.groups(corpus);
    }
}
