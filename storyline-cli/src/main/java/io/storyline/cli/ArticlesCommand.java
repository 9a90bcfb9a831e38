package io.storyline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.export.JsonReport;
import io.storyline.model.Article;
import io.storyline.model.Status;
import io.storyline.store.ArticleSummary;
import io.storyline.store.LedgerEntry;
import io.storyline.store.QuarantineEntry;
import io.storyline.store.RunInfo;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline articles}: what the store holds. */
@Command(name = "articles", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists what the store holds: by default its articles (id, published, site, title), newest"
                + " first; with --ledger how each input of each run ended; with --quarantine the failed inputs kept"
                + " for replay; with --runs the runs; with --show ID one article in full (the analyze JSON form)."},
        footer = {"", "Examples:",
                "  storyline articles --limit 20",
                "  storyline articles --search 'sanctions AND talks'",
                "  storyline articles --ledger --run 3 --status failed",
                "  storyline articles --show a-1f2e3d4c5b6a7980",
                "", "Exit codes: 0 listed; 1 --show found no such article; 2 usage error; 3 the store does not exist or"
                        + " cannot be read."})
final class ArticlesCommand implements Callable<Integer> {
    enum OutputFormat { table, json }

    static final class View {
        @Option(names = "--ledger", required = true, description = "The ledger: one row per input per run.")
        boolean ledger;

        @Option(names = "--quarantine", required = true, description = "The failed inputs kept for replay.")
        boolean quarantine;

        @Option(names = "--runs", required = true, description = "The ingest and replay runs.")
        boolean runs;

        @Option(names = "--show", paramLabel = "ID", required = true, description = "One article in full, as JSON.")
        String show;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    View view;

    @Mixin
    StoreOption store;

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Option(names = "--search", paramLabel = "QUERY",
            description = "Articles whose title or text match a full-text query (SQLite FTS5 syntax).")
    String search;

    @Option(names = "--run", paramLabel = "N", description = "With --ledger: only run N (0: the latest run).")
    Long run;

    /** Ledger statuses as typed on the command line. */
    enum StatusOption {
        ok, skipped, failed;

        Status status() {
            return Status.valueOf(name().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Option(names = "--status", paramLabel = "STATUS", description = "With --ledger: only ok, skipped or failed.")
    StatusOption status;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        try (Store s = store.openExisting()) {
            int n = limit <= 0 ? -1 : limit;
            if (view == null) {
                List<ArticleSummary> rows = s.articles(n, 0, search);
                if (format == OutputFormat.json) {
                    json(out, g -> {
                        for (ArticleSummary a : rows) {
                            g.writeStartObject();
                            g.writeStringField("id", a.id());
                            g.writeStringField("published", a.published());
                            g.writeStringField("site", a.site());
                            g.writeStringField("title", a.title());
                            g.writeStringField("url", a.url());
                            g.writeStringField("input", a.input());
                            g.writeNumberField("chars", a.chars());
                            g.writeEndObject();
                        }
                    });
                } else {
                    Table t = new Table("ID", "PUBLISHED", "SITE", "TITLE");
                    for (ArticleSummary a : rows) t.row(a.id(), a.published(), a.site(), a.title() != null ? a.title() : a.input());
                    t.print(out);
                    byte[] line = (rows.size() + " of " + s.countArticles() + " articles"
                            + (search == null ? "" : " matching " + search) + "\n").getBytes(StandardCharsets.UTF_8);
                    out.write(line, 0, line.length);
                }
            } else if (view.show != null) {
                Optional<Article> a = s.article(view.show);
                if (a.isEmpty()) {
                    System.err.println("storyline articles: no article " + view.show + " in " + s.file());
                    return 1;
                }
                writeJson(out, g -> JsonReport.writeArticle(g, a.get()));
            } else if (view.ledger) {
                Long runId = run != null && run == 0 ? s.lastRun() : run;
                List<LedgerEntry> rows = runId == null && run != null ? List.of() : s.ledger(runId, status == null ? null : status.status(), n);
                if (format == OutputFormat.json) {
                    json(out, g -> {
                        for (LedgerEntry e : rows) {
                            g.writeStartObject();
                            g.writeNumberField("run", e.runId());
                            g.writeNumberField("seq", e.seq());
                            g.writeStringField("input", e.input());
                            g.writeStringField("status", e.status().label());
                            g.writeStringField("reason", e.reason());
                            g.writeStringField("article", e.articleId());
                            g.writeStringField("at", e.at());
                            g.writeEndObject();
                        }
                    });
                } else {
                    Table t = new Table("RUN", "INPUT", "STATUS", "ARTICLE", "REASON");
                    for (LedgerEntry e : rows) {
                        t.row(String.valueOf(e.runId()), e.input(), e.status().label(), e.articleId(), e.reason());
                    }
                    t.print(out);
                }
            } else if (view.quarantine) {
                List<QuarantineEntry> rows = s.quarantine();
                if (format == OutputFormat.json) {
                    json(out, g -> {
                        for (QuarantineEntry q : rows) {
                            g.writeStartObject();
                            g.writeStringField("input", q.input());
                            g.writeStringField("stage", q.stage());
                            g.writeStringField("reason", q.reason());
                            g.writeNumberField("attempts", q.attempts());
                            g.writeNumberField("rawBytes", q.rawSize());
                            g.writeNumberField("lastRun", q.lastRun());
                            g.writeEndObject();
                        }
                    });
                } else {
                    Table t = new Table("INPUT", "ATTEMPTS", "KEPT", "REASON");
                    for (QuarantineEntry q : rows) {
                        t.row(q.input(), String.valueOf(q.attempts()), q.rawSize() < 0 ? "-" : q.rawSize() + " B", q.reason());
                    }
                    t.print(out);
                }
            } else {
                List<RunInfo> rows = s.runs();
                if (format == OutputFormat.json) {
                    json(out, g -> {
                        for (RunInfo r : rows) {
                            g.writeStartObject();
                            g.writeNumberField("id", r.id());
                            g.writeStringField("command", r.command());
                            g.writeStringField("status", r.status());
                            g.writeStringField("started", r.started());
                            g.writeStringField("finished", r.finished());
                            g.writeNumberField("ok", r.ok());
                            g.writeNumberField("skipped", r.skipped());
                            g.writeNumberField("failed", r.failed());
                            g.writeEndObject();
                        }
                    });
                } else {
                    Table t = new Table("RUN", "COMMAND", "STATUS", "STARTED", "OK", "SKIPPED", "FAILED");
                    for (RunInfo r : rows) {
                        t.row(String.valueOf(r.id()), r.command(), r.status(), r.started(), String.valueOf(r.ok()),
                                String.valueOf(r.skipped()), String.valueOf(r.failed()));
                    }
                    t.print(out);
                }
            }
        }
        return 0;
    }

    /** Writes JSON items. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /** Writes a JSON array of items. */
    private static void json(PrintStream out, JsonBody items) throws IOException {
        writeJson(out, g -> {
            g.writeStartArray();
            items.write(g);
            g.writeEndArray();
        });
    }

    /** Writes one pretty JSON value as UTF-8, leaving the stream open. */
    private static void writeJson(PrintStream out, JsonBody body) throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator((OutputStream) out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        }
        out.write('\n');
        out.flush();
    }

    /** A plain text table: columns as wide as their content, the last one cut to fit a line. */
    static final class Table {
        private static final int LAST_COLUMN_MAX = 100;
        private final String[] header;
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            this.header = header;
        }

        void row(String... cells) {
            String[] r = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i] == null ? "-" : cells[i].replaceAll("\\s+", " ").strip();
                if (i == cells.length - 1 && c.length() > LAST_COLUMN_MAX) c = c.substring(0, LAST_COLUMN_MAX - 1) + "…";
                r[i] = c;
            }
            rows.add(r);
        }

        void print(PrintStream out) {
            int[] width = new int[header.length];
            for (int i = 0; i < header.length; i++) width[i] = header[i].length();
            for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
            StringBuilder sb = new StringBuilder();
            line(sb, header, width);
            for (String[] r : rows) line(sb, r, width);
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            out.flush();
        }

        private static void line(StringBuilder sb, String[] cells, int[] width) {
            for (int i = 0; i < cells.length; i++) {
                sb.append(cells[i]);
                if (i < cells.length - 1) sb.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
            sb.append('\n');
        }
    }
}
