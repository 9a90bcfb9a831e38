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
        subcommands = {BenchCommand.Extraction.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
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
}
