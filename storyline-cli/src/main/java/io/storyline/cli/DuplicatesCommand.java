package io.storyline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.export.Analysis;
import io.storyline.export.JsonReport;
import io.storyline.model.Change;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Outcome;
import io.storyline.pipeline.Analyzer;
import io.storyline.pipeline.BatchRunner;
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

/** {@code storyline duplicates}: groups of copies of one text, and what each copy changed. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists groups of exact, near and syndicated copies with what each copy changed against the"
                + " canonical (rewrites, cuts, additions), and the number of independent sources. Reads the store;"
                + " with PATHs, analyzes those files instead (without touching any store)."},
        footer = {"", "Examples:",
                "  storyline duplicates --db news.db",
                "  storyline duplicates --changes ../shared/examples",
                "  storyline duplicates --format json --db news.db",
                "", "Exit codes: 0 listed; 2 usage error; 3 the store does not exist or cannot be read."})
final class DuplicatesCommand implements Callable<Integer> {
    enum OutputFormat { table, json }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to analyze instead of the store.")
    List<String> paths = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Option(names = "--changes", description = "In the table, list each change under its group.")
    boolean changes;

    @Option(names = "--limit", paramLabel = "N", description = "At most N groups, largest first; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit = 0;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (!paths.isEmpty()) {
            List<Outcome> outcomes = new ArrayList<>();
            new BatchRunner(options.pipeline(), options.threads).run(paths, outcomes::add);
            Analysis a = Analyzer.standard().analyze(outcomes);
            List<DuplicateGroup> groups = a.duplicateGroups();
            if (limit > 0 && groups.size() > limit) groups = groups.subList(0, limit);
            if (format == OutputFormat.json) {
                try (JsonGenerator g = json(out)) {
                    g.writeStartObject();
                    g.writeNumberField("articles", a.articles().size());
                    g.writeNumberField("independentSources", a.independentSources());
                    g.writeArrayFieldStart("duplicateGroups");
                    for (DuplicateGroup d : groups) JsonReport.writeGroup(g, d);
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            } else {
                out.printf(Locale.ROOT, "%d articles, %d independent sources, %d groups of copies%n",
                        a.articles().size(), a.independentSources(), a.duplicateGroups().size());
                for (DuplicateGroup d : groups) {
                    out.printf(Locale.ROOT, "%n%s  %s  %.2f  %d members%s%n", d.id(), d.relation().label(), d.similarity(),
                            d.members().size(), d.wire() == null ? "" : "  wire: " + d.wire());
                    for (String m : d.members()) out.println("  " + (m.equals(d.canonical()) ? "* " : "  ") + m);
                    summarizeChanges(out, d.changes());
                }
            }
            out.flush();
            return 0;
        }
        try (Store s = store.openExisting()) {
            s.deduplicate(500);
            long[] counts = s.articlesAndIndependentSources();
            List<Store.StoredGroup> groups = s.duplicateGroups(limit <= 0 ? -1 : limit);
            if (format == OutputFormat.json) {
                try (JsonGenerator g = json(out)) {
                    g.writeStartObject();
                    g.writeNumberField("articles", counts[0]);
                    g.writeNumberField("independentSources", counts[1]);
                    g.writeArrayFieldStart("duplicateGroups");
                    for (Store.StoredGroup d : groups) {
                        g.writeStartObject();
                        g.writeStringField("id", d.id());
                        g.writeStringField("canonical", d.canonical());
                        g.writeArrayFieldStart("members");
                        for (String m : d.members()) g.writeString(m);
                        g.writeEndArray();
                        g.writeStringField("relation", d.relation());
                        g.writeNumberField("similarity", Math.round(d.similarity() * 1000) / 1000.0);
                        if (d.wire() != null) g.writeStringField("wire", d.wire());
                        g.writeFieldName("changes");
                        g.writeRawValue(d.changes());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            } else {
                out.printf(Locale.ROOT, "%d articles, %d independent sources, %d groups of copies%n", counts[0], counts[1],
                        groups.size());
                for (Store.StoredGroup d : groups) {
                    out.printf(Locale.ROOT, "%n%s  %s  %.2f  %d members%s%n", d.id(), d.relation(), d.similarity(),
                            d.members().size(), d.wire() == null ? "" : "  wire: " + d.wire());
                    for (String m : d.members()) out.println("  " + (m.equals(d.canonical()) ? "* " : "  ") + m);
                    if (changes) out.println("  changes: " + d.changes());
                }
            }
            out.flush();
            return 0;
        }
    }

    private void summarizeChanges(PrintStream out, List<Change> list) {
        long rewrites = list.stream().filter(c -> c.kind() == Change.Kind.REWRITE).count();
        long cuts = list.stream().filter(c -> c.kind() == Change.Kind.CUT).count();
        long adds = list.stream().filter(c -> c.kind() == Change.Kind.ADD).count();
        out.printf(Locale.ROOT, "  %d rewrites, %d cuts, %d additions%n", rewrites, cuts, adds);
        if (!changes) return;
        for (Change c : list) {
            switch (c.kind()) {
                case REWRITE -> out.printf("    %s  rewrite  %s → %s%n", c.member(), oneLine(c.from()), oneLine(c.to()));
                case CUT -> out.printf("    %s  cut      %s%n", c.member(), oneLine(c.from()));
                case ADD -> out.printf("    %s  add      %s%n", c.member(), oneLine(c.to()));
            }
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 120 ? t.substring(0, 117) + "…" : t;
    }

    private static JsonGenerator json(PrintStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g.useDefaultPrettyPrinter();
    }
}
