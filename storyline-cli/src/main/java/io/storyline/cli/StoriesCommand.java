package io.storyline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.export.Analysis;
import io.storyline.model.Outcome;
import io.storyline.model.Story;
import io.storyline.pipeline.Analyzer;
import io.storyline.pipeline.BatchRunner;
import io.storyline.store.AnnotationReads;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline stories}: the stories of the store (or of the files given), with their size and dates. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists stories: articles that tell one story, possibly over years, with their title, number of"
                + " articles and events, date range and characteristic words. Reads the store (annotating what is not"
                + " annotated yet); with PATHs, analyzes those files instead (without touching any store)."},
        footer = {"", "Examples:",
                "  storyline stories --db news.db",
                "  storyline stories ../shared/examples",
                "  storyline stories --format json --db news.db",
                "", "Exit codes: 0 listed; 2 usage error; 3 the store does not exist or cannot be read."})
final class StoriesCommand implements Callable<Integer> {
    enum OutputFormat { table, json }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to analyze instead of the store.")
    List<String> paths = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Option(names = "--limit", paramLabel = "N", description = "At most N stories, most recent first (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws IOException {
        List<AnnotationReads.StorySummary> stories = new ArrayList<>();
        if (!paths.isEmpty()) {
            List<Outcome> outcomes = new ArrayList<>();
            new BatchRunner(options.pipeline(), options.threads).run(paths, outcomes::add);
            Analysis a = Analyzer.standard().analyze(outcomes);
            for (Story s : a.stories()) {
                List<String> dates = new ArrayList<>();
                for (var e : a.events()) if (s.events().contains(e.id()) && e.when() != null) dates.add(e.when().value());
                dates.sort(null);
                stories.add(new AnnotationReads.StorySummary(s.id(), s.title(), s.articles().size(), s.events().size(),
                        dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), s.terms()));
            }
            if (stories.size() > limit) stories = stories.subList(0, limit);
        } else {
            try (Store s = store.openExisting()) {
                s.annotate(500);
                stories = s.annotations("list stories", c -> AnnotationReads.stories(c, null, limit, 0));
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (format == OutputFormat.json) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeArrayFieldStart("stories");
                for (AnnotationReads.StorySummary s : stories) writeStory(g, s);
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
        } else {
            out.printf(Locale.ROOT, "%d stories%n", stories.size());
            for (AnnotationReads.StorySummary s : stories) {
                out.printf(Locale.ROOT, "%n%s  %d articles, %d events, %s to %s%n  %s%n  %s%n", s.id(), s.articles(), s.events(),
                        s.first() == null ? "?" : s.first(), s.last() == null ? "?" : s.last(),
                        s.title() == null ? "(untitled)" : s.title(), String.join(", ", s.terms()));
            }
        }
        out.flush();
        return 0;
    }

    static void writeStory(JsonGenerator g, AnnotationReads.StorySummary s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        if (s.title() == null) g.writeNullField("title");
        else g.writeStringField("title", s.title());
        g.writeNumberField("articles", s.articles());
        g.writeNumberField("events", s.events());
        if (s.first() == null) g.writeNullField("first");
        else g.writeStringField("first", s.first());
        if (s.last() == null) g.writeNullField("last");
        else g.writeStringField("last", s.last());
        g.writeArrayFieldStart("terms");
        for (String t : s.terms()) g.writeString(t);
        g.writeEndArray();
        g.writeEndObject();
    }
}
