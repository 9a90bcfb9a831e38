package io.storyline.cli;

import io.storyline.eval.ExtractionBench;
import io.storyline.model.Capture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline bench}: throughput and memory of the stages. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures throughput and peak heap.",
        subcommands = {BenchCommand.Extraction.class, BenchCommand.Duplicates.class, BenchCommand.Annotation.class,
                BenchCommand.Web.class, BenchCommand.Stories.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The article texts the pipeline extracts from the pages of {@code dir} (pages without an article left out). */
    static List<String> texts(Path dir, PipelineOptions options) throws java.io.IOException {
        List<Capture> pages = ExtractionBench.load(dir);
        io.storyline.pipeline.Pipeline p = options.pipeline();
        return pages.parallelStream().map(c -> p.process(c).article())
                .filter(java.util.Objects::nonNull).map(io.storyline.model.Article::text).toList();
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Pages/s and peak heap of extraction over the pages of DIR on 1 and 2 threads.")
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A trafilatura-format set or a folder of .html(.gz) pages.")
        Path dir;

        @Option(names = "--rounds", description = "Measured passes over the pages (default: ${DEFAULT-VALUE}).")
        int rounds = 3;

        @Option(names = "--thread-counts", split = ",", description = "Thread counts to run (default: 1,2).")
        List<Integer> threadCounts = List.of(1, 2);

        @Mixin
        PipelineOptions options;

        @Override
        public Integer call() throws Exception {
            List<Capture> pages = ExtractionBench.load(dir);
            long bytes = pages.stream().mapToLong(c -> c.bytes().length).sum();
            System.out.printf("%d pages, %.1f MiB, %d rounds after one warm-up round, Java %s, %d cores%n%n",
                    pages.size(), bytes / 1048576.0, rounds, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(ExtractionBench.header());
            for (int t : threadCounts) {
                System.out.println(ExtractionBench.run(pages, options.pipeline(), t, rounds).row());
            }
            return 0;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "Deduplication of generated corpora (real page texts, 20%% syndicated copies) of several sizes: "
                    + "wall time and peak heap. Texts are generated to a file in java.io.tmpdir first (not timed) and read"
                    + " back during the run. Run with STORYLINE_JAVA_OPTS=-Xmx4g to hold it to 4 GB.")
    static final class Duplicates implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A trafilatura-format set whose page texts seed the corpus.")
        Path dir;

        @Option(names = "--sizes", split = ",", description = "Corpus sizes (default: 10000,100000,1000000).")
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

        @Option(names = "--copy-rate", description = "Share of syndicated copies (default: ${DEFAULT-VALUE}).")
        double copyRate = 0.2;

        @Mixin
        PipelineOptions options;

        @Override
        public Integer call() throws Exception {
            List<String> texts = texts(dir, options);
            io.storyline.eval.SyntheticCorpus synth = new io.storyline.eval.SyntheticCorpus(texts, copyRate);
            System.out.printf("seed texts: %d pages; copy rate %.2f; %d threads; max heap %d MiB; Java %s%n%n",
                    texts.size(), copyRate, options.threads, Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
            System.out.println(io.storyline.eval.DedupBench.header());
            java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
            for (int n : sizes) System.out.println(io.storyline.eval.DedupBench.run(synth, n, options.threads, tmp).row());
            return 0;
        }
    }

    @Command(name = "annotation", mixinStandardHelpOptions = true,
            description = "Tokens/s of each annotation stage (tokens and sentences, names, resolution) on one thread, "
                    + "over the article texts extracted from the pages of DIR.")
    static final class Annotation implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A trafilatura-format set or a folder of .html(.gz) pages.")
        Path dir;

        @Option(names = "--rounds", description = "Measured passes over the texts (default: ${DEFAULT-VALUE}).")
        int rounds = 5;

        @Option(names = "--limit", description = "Use only the first N article texts (in file order).")
        Integer limit;

        @Option(names = "--write-texts", paramLabel = "FILE",
                description = "Write the texts as JSON lines {doc, text} for other systems (bench/annotation-compare.sh), then stop.")
        Path writeTexts;

        @Mixin
        PipelineOptions options;

        @Override
        public Integer call() throws Exception {
            List<String> texts = texts(dir, options);
            if (limit != null && limit < texts.size()) texts = texts.subList(0, limit);
            if (writeTexts != null) {
                com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < texts.size(); i++) {
                    sb.append(om.writeValueAsString(java.util.Map.of("doc", "t" + i, "text", texts.get(i)))).append('\n');
                }
                java.nio.file.Files.writeString(writeTexts, sb.toString());
                return 0;
            }
            long chars = texts.stream().mapToLong(String::length).sum();
            System.out.printf("%d article texts, %.1f MB of text, %d rounds after one warm-up pass, Java %s%n%n",
                    texts.size(), chars / 1e6, rounds, Runtime.version());
            System.out.println(io.storyline.eval.AnnotationBench.header());
            List<io.storyline.eval.AnnotationBench.Row> rows = io.storyline.eval.AnnotationBench.run(texts, rounds);
            for (var row : rows) System.out.println(row.row());
            System.out.printf(java.util.Locale.ROOT, "%nevents and stories add %.1f%% to the rest of the annotation (CPU of the median passes)%n",
                    100 * io.storyline.eval.AnnotationBench.eventsAndStoriesShare(rows));
            System.out.printf(java.util.Locale.ROOT, "events and stories add %.1f%% to the rest of the annotation (median of the paired differences)%n",
                    100 * io.storyline.eval.AnnotationBench.pairedShare(rows));
            return 0;
        }
    }

    @Command(name = "web", mixinStandardHelpOptions = true,
            description = {"Load test of the web server: builds (or completes) a store of N generated news pages through"
                    + " the real ingest (pages made from the texts of DIR, spread over four years and 40 outlets, 20%% of them"
                    + " syndicated copies), then runs concurrent clients on loopback for a fixed time against search (API and"
                    + " page) and story timelines (API and page), and prints requests, errors and latency percentiles."})
    static final class Web implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A trafilatura-format set whose page texts seed the corpus.")
        Path dir;

        @Option(names = "--db", paramLabel = "PATH", description = "The store to build or reuse (default: ${DEFAULT-VALUE}).")
        Path db = Path.of(System.getProperty("java.io.tmpdir"), "storyline-webload.db");

        @Option(names = "--articles", description = "Articles the store must hold (default: ${DEFAULT-VALUE}).")
        int articles = 100_000;

        @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients = 50;

        @Option(names = "--seconds", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
        int seconds = 60;

        @Option(names = "--warmup", description = "Seconds of the same load before the measured ones, not counted"
                + " (default: ${DEFAULT-VALUE}).")
        int warmup = 10;

        @Option(names = "--build-only", description = "Build the store, then stop.")
        boolean buildOnly;

        @Option(names = "--no-cache", description = "Compute every request (the server keeps no timeline or search result).")
        boolean noCache;

        @Option(names = "--max-active", description = "Requests the server serves at once, the others waiting their turn"
                + " (default: as `serve`, twice the cores; 0: no limit, every request shares the cores).")
        Integer maxActive;

        @Option(names = "--queries", description = "Distinct searches drawn from the corpus (default: ${DEFAULT-VALUE}).")
        int queryCount = 20_000;

        @Option(names = "--story-count", description = "Distinct stories asked for (default: ${DEFAULT-VALUE}).")
        int storyCount = 10_000;

        @Mixin
        PipelineOptions options;

        @Override
        public Integer call() throws Exception {
            if (WebLoad.articles(db) < articles) {
                io.storyline.pipeline.Pipeline p = options.pipeline();
                List<String> texts = texts(dir, options);
                System.out.printf("building %s: %,d articles from %d seed texts, %d threads%n", db, articles, texts.size(), options.threads);
                long t0 = System.nanoTime();
                WebLoad.build(db, new io.storyline.eval.SyntheticCorpus(texts, 0.2), articles, p, options.threads,
                        Path.of(System.getProperty("java.io.tmpdir")));
                System.out.printf("built in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            }
            System.out.println("store: " + WebLoad.describe(db));
            if (buildOnly) return 0;
            List<String> queries = WebLoad.searches(db, queryCount, 7);
            List<String> stories = WebLoad.stories(db, storyCount);
            List<WebLoad.Route> routes = List.of(
                    new WebLoad.Route("GET /api/search", queries.stream().map(q -> "/api/search?q=" + q).toList()),
                    new WebLoad.Route("GET /?q= (page)", queries.stream().map(q -> "/?q=" + q).toList()),
                    new WebLoad.Route("GET /api/stories/{id}/timeline", stories.stream().map(id -> "/api/stories/" + id + "/timeline").toList()),
                    new WebLoad.Route("GET /stories/{id} (page)", stories.stream().map(id -> "/stories/" + id).toList()));
            io.storyline.web.WebOptions server = WebLoad.serverOptions(db, clients, maxActive);
            System.out.printf("%d clients for %d s on loopback after %d s of warm-up; %d distinct searches, %d distinct stories; results kept: %s;"
                    + " served at once: %s; Java %s, %d cores%n", clients, seconds, warmup, queries.size(), stories.size(),
                    noCache ? "no" : "yes", server.maxActive() == 0 ? "no limit" : server.maxActive(),
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            for (var e : WebLoad.run(server, clients, warmup, seconds, routes, 11, !noCache).entrySet()) {
                System.out.printf("%-32s %s%n", e.getKey(), e.getValue());
            }
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "The cost of adding one article to the stories at 10k, 100k and 1M articles: profiles of the article"
                    + " texts of DIR varied into a stream over four years, added one by one; microseconds per article over the"
                    + " last 10,000 adds before each size, with the stories and heap then.")
    static final class Stories implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A trafilatura-format set whose page texts seed the stream.")
        Path dir;

        @Option(names = "--sizes", split = ",", description = "Corpus sizes (default: 10000,100000,1000000).")
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

        @Mixin
        PipelineOptions options;

        @Override
        public Integer call() throws Exception {
            List<String> texts = texts(dir, options);
            var bases = io.storyline.eval.StoryBench.profiles(texts);
            System.out.printf("%d base profiles; max heap %d MiB; Java %s%n%n", bases.size(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
            System.out.println(io.storyline.eval.StoryBench.header());
            for (var row : io.storyline.eval.StoryBench.run(bases, sizes)) System.out.println(row.row());
            return 0;
        }
    }
}
