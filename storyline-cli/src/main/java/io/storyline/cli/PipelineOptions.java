package io.storyline.cli;

import io.storyline.ingest.Limits;
import io.storyline.pipeline.Pipeline;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
public final class PipelineOptions {
    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-bytes", description = "Largest document processed, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @Option(names = "--timeout", description = "Longest time per document, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.DEFAULT.timeout().toSeconds();

    Limits limits() {
        return new Limits(maxBytes, Duration.ofSeconds(timeoutSeconds));
    }

    Pipeline pipeline() {
        return Pipeline.standard(limits());
    }
}
