package io.storyline.eval;

import io.storyline.dedup.DedupCorpus;
import io.storyline.dedup.Deduplicator;
import io.storyline.dedup.MemoryDedupIndex;
import io.storyline.model.DuplicateGroup;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Deduplication at scale: {@code n} articles of a {@link SyntheticCorpus} added in order to a
 * corpus (texts read and fingerprinted on worker threads, looked up and decided in order on the
 * main thread, candidates verified on {@code threads} threads through
 * {@link Deduplicator#addAll}), then the groups listed. Reports wall time, peak heap, and how many
 * copies landed with their original.
 */
public final class DedupBench {
    public record Run(int articles, double seconds, double cpuSeconds, long peakHeapBytes, long indexBytes, int copies,
                      int copiesFound, int groups) {
        public String row() {
            return String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %,.0f | %d | %d | %,d / %,d |", articles, seconds,
                    cpuSeconds, articles / seconds, peakHeapBytes >> 20, indexBytes >> 20, copiesFound, copies);
        }
    }

    /** CPU time of the whole process so far, in seconds (all threads, GC included). */
    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private DedupBench() {
    }

    public static String header() {
        return "| articles | wall s | CPU s | articles/s | peak heap (MiB) | index (MiB) | copies found |\n|---|---|---|---|---|---|---|";
    }

    /**
     * Writes the first {@code n} articles of {@code synth} to a file (not timed), then deduplicates
     * them reading the texts back from it, as ingest reads extracted texts from the store.
     */
    public static Run run(SyntheticCorpus synth, int n, int threads, Path tmp) throws Exception {
        Path file = tmp.resolve("dedup-bench-" + n + ".txt");
        try (TextFile texts = TextFile.write(file, n, synth::text)) {
            return run(synth, texts, threads);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Run run(SyntheticCorpus synth, TextFile texts, int n0) throws InterruptedException {
        int n = texts.size();
        int threads = n0;
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Deduplicator dedup = Deduplicator.standard();
        DedupCorpus corpus = new DedupCorpus(new MemoryDedupIndex(dedup.options().maxPostings(), dedup.options().maxVisits()), texts::text);
        long t0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
        int workers = Math.max(1, threads); // the adding thread mostly waits for prepared texts
        BlockingQueue<Deduplicator.Prepared>[] lanes = newLanes(workers);
        Thread[] ts = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            final int lane = w;
            ts[w] = new Thread(() -> {
                try {
                    // worker w prepares articles w, w + workers, …: the main thread takes them round-robin, in order
                    for (int i = lane; i < n; i += workers) {
                        lanes[lane].put(dedup.prepare("a-" + i, texts.text(i), null, null));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "prepare-" + w);
            ts[w].setDaemon(true);
            ts[w].start();
        }
        // looked up and decided in order on this thread; candidates verified on `threads` threads meanwhile
        java.util.Iterator<Deduplicator.Prepared> inOrder = new java.util.Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Deduplicator.Prepared next() {
                try {
                    return lanes[i++ % workers].take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
        dedup.addAll(corpus, inOrder, Math.max(1, threads));
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
        return new Run(n, secs, processCpuSeconds() - cpu0, peak, corpus.indexBytes(), copies, found, groups);
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
