package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import io.storyline.pipeline.Pipeline;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Extraction throughput: all pages are loaded into memory first, then extracted (decode, parse,
 * main text, metadata, dates) after a warm-up, on 1..n threads; reports pages/s and the peak heap
 * used during the measured rounds.
 */
public final class ExtractionBench {
    public record Run(int threads, int pages, double seconds, double pagesPerSecond, long peakHeapBytes) {
        public String row() {
            return String.format(Locale.ROOT, "| %d | %d | %.2f | %.1f | %.1f | %d |", threads, pages, seconds,
                    pagesPerSecond, pagesPerSecond / threads, peakHeapBytes >> 20);
        }
    }

    private ExtractionBench() {
    }

    /** Loads the pages of a trafilatura-format set, or every .html/.htm(.gz) file under a folder. */
    public static List<Capture> load(Path dir) throws IOException {
        List<Capture> pages = new ArrayList<>();
        Path expected = dir.resolve("expected.json");
        if (Files.exists(expected)) {
            JsonNode root = new ObjectMapper().readTree(expected.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                byte[] b = DevSet.read(dir.resolve(e.getValue().get("html").asText()));
                pages.add(new Capture(Provenance.ofFile(e.getKey()), Format.HTML, b,
                        e.getValue().path("url").asText(null), null, null, null));
            }
            return pages;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")) {
                    pages.add(Capture.of(Provenance.ofFile(p.toString()), Format.HTML, DevSet.read(p)));
                }
            }
        }
        return pages;
    }

    public static Run run(List<Capture> pages, Pipeline pipeline, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            once(pages, pipeline, pool, threads); // warm-up
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(m -> m.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) once(pages, pipeline, pool, threads);
            double secs = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
            int n = pages.size() * rounds;
            return new Run(threads, n, secs, n / secs, peak);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void once(List<Capture> pages, Pipeline pipeline, ExecutorService pool, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < pages.size(); ) pipeline.process(pages.get(i));
            }));
        }
        for (Future<?> f : fs) f.get();
    }

    public static String header() {
        return "| threads | pages | seconds | pages/s | pages/s per thread | peak heap (MiB) |\n|---|---|---|---|---|---|";
    }
}
