package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.storyline.model.Status;
import io.storyline.store.LedgerEntry;
import io.storyline.store.QuarantineEntry;
import io.storyline.store.RunInfo;
import io.storyline.store.StoreQueries;
import java.util.ArrayList;
import java.util.List;

/** Runs, their ledgers and the quarantine; with {@code --allow-ingest}, the upload form, jobs and replays. */
final class LedgerPages {
    static final int LEDGER_PAGE = 200;
    private final StoreQueries store;
    private final IngestJobs jobs; // null without --allow-ingest
    private final long maxUpload;

    LedgerPages(StoreQueries store, IngestJobs jobs, long maxUpload) {
        this.store = store;
        this.jobs = jobs;
        this.maxUpload = maxUpload;
    }

    private boolean ingest() {
        return jobs != null;
    }

    void runs(Context ctx) {
        Html h = new Html().el("h1", "Runs");
        h.el("p", "Every ingest and replay, with how each input ended.", "class", "count");
        runTable(h, store.runs(200));
        Pages.send(ctx, 200, "Runs", "/runs", ingest(), h);
    }

    private static void runTable(Html h, List<RunInfo> runs) {
        h.open("table", "class", "runs").open("thead").open("tr");
        for (String c : new String[] {"Run", "Command", "Status", "Started", "Finished", "OK", "Skipped", "Failed"}) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (RunInfo r : runs) {
            String run = Urls.path("/runs", Long.toString(r.id()));
            h.open("tr").open("td").a(run, "#" + r.id()).close("td").el("td", r.command()).el("td", r.status())
                    .el("td", Pages.date(r.started())).el("td", r.finished() == null ? "" : Pages.date(r.finished()))
                    .el("td", Long.toString(r.ok()), "class", "num")
                    .open("td", "class", "num").a(Urls.query(run, "status", "skipped"), Long.toString(r.skipped())).close("td")
                    .open("td", "class", "num").a(Urls.query(run, "status", "failed"), Long.toString(r.failed())).close("td")
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    void run(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("no run " + ctx.pathParam("id"));
        }
        RunInfo r = store.run(id).orElseThrow(() -> new NotFoundResponse("no run " + id));
        Status status = Api.status(Params.get(ctx, "status"));
        int page = Math.max(1, Params.integer(ctx, "page", 1));
        int offset = (page - 1) * LEDGER_PAGE;
        List<LedgerEntry> rows = store.ledger(id, status, LEDGER_PAGE, offset);
        Html h = new Html().el("h1", "Run #" + r.id() + ": " + r.command());
        runTable(h, List.of(r));
        h.open("nav", "class", "filters").el("span", "Show: ");
        String path = Urls.path("/runs", Long.toString(id));
        h.a(path, "all", "aria-current", status == null ? "page" : null);
        for (Status s : Status.values()) h.a(Urls.query(path, "status", s.label()), s.label(), "aria-current", s == status ? "page" : null);
        h.close("nav");
        h.open("table", "class", "ledger").open("thead").open("tr");
        for (String c : new String[] {"#", "Input", "Status", "Why", "Article"}) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (LedgerEntry e : rows) {
            h.open("tr", "class", "status-" + e.status().label()).el("td", Integer.toString(e.seq()), "class", "num")
                    .el("td", e.input(), "class", "input").el("td", e.status().label())
                    .el("td", e.reason() == null ? "" : e.reason(), "class", "reason").open("td");
            if (e.articleId() != null) h.a(Urls.path("/articles", e.articleId()), e.articleId());
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        long shown = status == null ? r.total() : switch (status) {
            case OK -> r.ok();
            case SKIPPED -> r.skipped();
            case FAILED -> r.failed();
        };
        Pages.pager(h, path, status == null ? List.of() : List.of("status", status.label()), offset, LEDGER_PAGE, shown, true);
        Pages.send(ctx, 200, "Run #" + id, "/runs", ingest(), h);
    }

    void quarantine(Context ctx) {
        List<QuarantineEntry> q = store.quarantine(5000);
        Html h = new Html().el("h1", "Quarantine");
        h.el("p", q.size() + " failed inputs kept with their bytes, to run again after a fix.", "class", "count");
        if (ingest() && !q.isEmpty()) {
            h.open("form", "method", "post", "action", "/ingest/replay", "class", "inline")
                    .empty("input", "type", "hidden", "name", "all", "value", "1")
                    .el("button", "Replay all", "type", "submit").close("form");
        }
        h.open("table", "class", "quarantine").open("thead").open("tr");
        for (String c : new String[] {"Input", "Stage", "Why", "Attempts", "Bytes kept", "Last run", ""}) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (QuarantineEntry e : q) {
            h.open("tr").el("td", e.input(), "class", "input").el("td", e.stage()).el("td", e.reason(), "class", "reason")
                    .el("td", Integer.toString(e.attempts()), "class", "num")
                    .el("td", e.rawSize() < 0 ? "none" : Long.toString(e.rawSize()), "class", "num")
                    .open("td").a(Urls.path("/runs", Long.toString(e.lastRun())), "#" + e.lastRun()).close("td").open("td");
            if (ingest()) {
                h.open("form", "method", "post", "action", "/ingest/replay", "class", "inline")
                        .empty("input", "type", "hidden", "name", "input", "value", e.input())
                        .el("button", "Replay", "type", "submit").close("form");
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        Pages.send(ctx, 200, "Quarantine", "/quarantine", ingest(), h);
    }

    // ------------------------------------------------------------------ ingest (only with --allow-ingest)

    void ingestForm(Context ctx) {
        Html h = new Html().el("h1", "Ingest");
        h.open("form", "method", "post", "action", "/ingest", "enctype", "multipart/form-data", "class", "upload");
        h.open("label").el("span", "Files: HTML (also gzipped), text captures, WARC, JSON Lines")
                .empty("input", "type", "file", "name", "files", "multiple", "", "required", "").close("label");
        h.el("button", "Ingest", "type", "submit");
        h.el("p", "At most " + (maxUpload >> 20) + " MiB and " + IngestJobs.MAX_FILES + " files per upload."
                + " Content already stored is skipped; failures go to the quarantine.", "class", "hint");
        h.close("form");
        h.el("h2", "Jobs");
        jobTable(h, jobs.recent());
        Pages.send(ctx, 200, "Ingest", "/ingest", true, h);
    }

    private static void jobTable(Html h, List<IngestJobs.Job> list) {
        h.open("table", "class", "jobs").open("thead").open("tr");
        for (String c : new String[] {"Job", "Kind", "Files", "State", "OK", "Skipped", "Failed", "Run"}) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (IngestJobs.Job j : list) {
            h.open("tr").open("td").a(Urls.path("/ingest/jobs", Long.toString(j.id)), "#" + j.id).close("td")
                    .el("td", j.kind).el("td", Integer.toString(j.uploads.size()), "class", "num").el("td", j.state.label())
                    .el("td", Long.toString(j.ok.get()), "class", "num").el("td", Long.toString(j.skipped.get()), "class", "num")
                    .el("td", Long.toString(j.failed.get()), "class", "num").open("td");
            if (j.runId != null) h.a(Urls.path("/runs", Long.toString(j.runId)), "#" + j.runId);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    void job(Context ctx) {
        IngestJobs.Job j = Api.job(jobs, ctx.pathParam("id"));
        boolean over = j.state == IngestJobs.State.DONE || j.state == IngestJobs.State.FAILED;
        Html h = new Html().el("h1", (j.kind.equals("ingest") ? "Ingest" : "Replay") + " job #" + j.id);
        h.open("section", "class", "job", "id", "job", "data-job", Long.toString(j.id),
                "data-state", j.state.label());
        h.open("p", "class", "progress").el("span", "State: ").el("strong", j.state.label(), "data-field", "state")
                .el("span", " · ok ").el("strong", Long.toString(j.ok.get()), "data-field", "ok")
                .el("span", " · skipped ").el("strong", Long.toString(j.skipped.get()), "data-field", "skipped")
                .el("span", " · failed ").el("strong", Long.toString(j.failed.get()), "data-field", "failed")
                .close("p");
        h.open("progress", "max", "1", "value", over ? "1" : null, "data-field", "bar").close("progress");
        h.el("p", j.error == null ? "" : "The run stopped: " + j.error, "class", "error", "data-field", "error",
                "hidden", j.error == null ? "" : null);
        h.open("p", "class", "links", "data-field", "links", "hidden", j.runId == null ? "" : null);
        String run = j.runId == null ? "/runs" : Urls.path("/runs", Long.toString(j.runId));
        h.a(run, "Every input of this run", "data-link", "run");
        h.text(" · ");
        h.a(j.runId == null ? "/runs" : Urls.query(run, "status", "failed"), "What failed and why", "data-link", "failed");
        h.text(" · ");
        h.a("/", "Search the store");
        h.close("p");
        h.open("p", "class", "hint").text("This page follows the run by itself; without JavaScript, ")
                .a(Urls.path("/ingest/jobs", Long.toString(j.id)), "reload it").text(".").close("p");
        h.close("section");
        if (!j.uploads.isEmpty()) {
            h.el("h2", "Files");
            h.open("table", "class", "uploads").open("thead").open("tr");
            for (String c : new String[] {"Uploaded as", "Stored as (input)", "Bytes"}) h.el("th", c);
            h.close("tr").close("thead").open("tbody");
            for (IngestJobs.Upload u : j.uploads) {
                h.open("tr").el("td", u.name()).el("td", u.path().getFileName().toString(), "class", "input")
                        .el("td", Long.toString(u.size()), "class", "num").close("tr");
            }
            h.close("tbody").close("table");
        }
        Pages.send(ctx, 200, "Job #" + j.id, "/ingest", true, h);
    }

    void upload(Context ctx) {
        IngestJobs.Job j = Uploads.ingest(ctx, jobs);
        ctx.redirect(Urls.path("/ingest/jobs", Long.toString(j.id)), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void replay(Context ctx) {
        List<String> inputs = new ArrayList<>();
        for (String i : ctx.formParams("input")) if (!i.isBlank()) inputs.add(i);
        boolean all = "1".equals(ctx.formParam("all"));
        if (all == !inputs.isEmpty()) throw new IllegalArgumentException("replay either one input or all");
        IngestJobs.Job j = jobs.replay(inputs);
        ctx.redirect(Urls.path("/ingest/jobs", Long.toString(j.id)), io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
