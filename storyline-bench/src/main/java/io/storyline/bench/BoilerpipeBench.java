package io.storyline.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.storyline.eval.ExtractionBench;
import io.storyline.ingest.CharsetDetector;
import io.storyline.model.Capture;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * boilerpipe's ArticleExtractor over the pages of a set, on one thread: one warm-up pass, then
 * timed passes. Pages are decoded with Storyline's charset detection first (boilerpipe takes
 * characters), and that decoding is inside the timed loop as it is for Storyline. Prints one
 * JSON object.
 */
public final class BoilerpipeBench {
    private BoilerpipeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BoilerpipeBench DIR [ROUNDS]");
            System.exit(2);
        }
        List<Capture> pages = ExtractionBench.load(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int failures = pass(pages);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) pass(pages);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        int n = pages.size() * rounds;
        System.out.printf(Locale.ROOT,
                "{\"tool\":\"boilerpipe 1.2.2 ArticleExtractor\",\"pages\":%d,\"seconds\":%.3f,"
                        + "\"pagesPerSecond\":%.2f,\"peakHeapMiB\":%d,\"failures\":%d}%n",
                n, secs, n / secs, peak >> 20, failures);
    }

    private static int pass(List<Capture> pages) {
        int failures = 0;
        for (Capture c : pages) {
            try {
                ArticleExtractor.INSTANCE.getText(CharsetDetector.decode(c).content());
            } catch (Exception | StackOverflowError e) {
                failures++;
            }
        }
        return failures;
    }
}
