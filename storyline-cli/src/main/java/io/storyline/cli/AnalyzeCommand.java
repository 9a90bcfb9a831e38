package io.storyline.cli;

import io.storyline.export.Analysis;
import io.storyline.export.HtmlReport;
import io.storyline.export.JsonReport;
import io.storyline.export.MarkdownReport;
import io.storyline.model.Outcome;
import io.storyline.pipeline.BatchRunner;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline analyze}: one-shot analysis without a store. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyzes files or folders (recursively, '-' for stdin) and prints the result.")
final class AnalyzeCommand implements Callable<Integer> {
    enum OutputFormat { json, md, html }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or '-' for stdin.")
    List<String> paths;

    @Option(names = "--format", description = "json, md or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = "--compact", description = "JSON on one line.")
    boolean compact;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(options.pipeline(), options.threads).run(paths, outcomes::add);
        Analysis analysis = io.storyline.pipeline.Analyzer.standard().analyze(outcomes);
        try (OutputStream os = out == null ? new BufferedOutputStream(System.out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        } : new BufferedOutputStream(Files.newOutputStream(out))) {
            switch (format) {
                case json -> JsonReport.write(analysis, os, !compact);
                case md -> os.write(MarkdownReport.render(analysis).getBytes(StandardCharsets.UTF_8));
                case html -> os.write(HtmlReport.render(analysis).getBytes(StandardCharsets.UTF_8));
            }
        }
        return 0;
    }
}
