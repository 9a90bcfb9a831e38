package io.storyline.cli;

import io.storyline.export.Analysis;
import io.storyline.export.TimelineExport;
import io.storyline.export.Timelines;
import io.storyline.model.Outcome;
import io.storyline.model.Story;
import io.storyline.model.Timeline;
import io.storyline.pipeline.Analyzer;
import io.storyline.pipeline.BatchRunner;
import io.storyline.store.AnnotationReads;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline timeline [STORY]}: a story's timeline, or every story's, in one of five formats. */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a story's timeline: its events in the order of their own dates (with precision), each"
                + " with a summary, actors, modality, sources (article and span), quotes, first report and the number of"
                + " independent sources (copies count once). Without STORY, every story's. Reads the store (annotating"
                + " what is not annotated yet); with --input PATHs, analyzes those files instead."},
        footer = {"", "Examples:",
                "  storyline timeline --db news.db s-977a9ab008a68761 --format md",
                "  storyline timeline --input ../shared/examples --format timelinejs -o timeline.json",
                "", "Exit codes: 0 printed; 2 usage error; 3 the store does not exist or cannot be read;"
                + " 4 no such story."})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "STORY", description = "The story id (s-…); every story when absent.")
    String story;

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to analyze instead of the store.")
    List<String> paths = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json, md, html, csv or timelinejs (default: ${DEFAULT-VALUE}).")
    String format = "json";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "Without STORY: at most N stories (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws IOException {
        TimelineExport.Format f;
        try {
            f = TimelineExport.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Timeline> timelines = new ArrayList<>();
        if (!paths.isEmpty()) {
            List<Outcome> outcomes = new ArrayList<>();
            new BatchRunner(options.pipeline(), options.threads).run(paths, outcomes::add);
            Analysis a = Analyzer.standard().analyze(outcomes);
            Timelines t = Timelines.of(a);
            for (Story s : a.stories()) {
                if (story == null || story.equals(s.id())) timelines.add(t.of(s));
            }
            if (story == null && timelines.size() > limit) timelines = timelines.subList(0, limit);
        } else {
            try (Store s = store.openExisting()) {
                s.annotate(500);
                if (story != null) {
                    s.annotations("read the timeline of " + story, c -> AnnotationReads.timeline(c, story)).ifPresent(timelines::add);
                } else {
                    for (AnnotationReads.StorySummary st : s.annotations("list stories", c -> AnnotationReads.stories(c, null, limit, 0))) {
                        s.annotations("read the timeline of " + st.id(), c -> AnnotationReads.timeline(c, st.id())).ifPresent(timelines::add);
                    }
                }
            }
        }
        if (story != null && timelines.isEmpty()) {
            System.err.println("storyline: no story " + story);
            return 4;
        }
        if (output != null) {
            try (OutputStream out = Files.newOutputStream(output)) {
                TimelineExport.write(timelines, f, out);
            }
        } else {
            TimelineExport.write(timelines, f, System.out);
        }
        return 0;
    }
}
