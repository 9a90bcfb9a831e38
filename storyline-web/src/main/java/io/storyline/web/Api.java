package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.storyline.model.Article;
import io.storyline.model.Status;
import io.storyline.store.ArticleQuery;
import io.storyline.store.LedgerEntry;
import io.storyline.store.QuarantineEntry;
import io.storyline.store.RunInfo;
import io.storyline.store.Store;
import io.storyline.store.StoreQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The REST API's handlers (documented in {@code openapi.json}); JSON in the contract's shapes. */
final class Api {
    private final StoreQueries store;
    private final IngestJobs jobs; // null without --allow-ingest

    Api(StoreQueries store, IngestJobs jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.bytes(body));
    }

    static void send(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    void overview(Context ctx) {
        StoreQueries.Overview o = store.overview();
        ObjectNode n = Json.object();
        n.put("articles", o.articles());
        n.put("independentSources", o.independentSources());
        n.put("duplicateGroups", o.duplicateGroups());
        n.put("runs", o.runs());
        n.put("quarantined", o.quarantined());
        n.put("schemaVersion", o.schemaVersion());
        n.put("ingestAllowed", jobs != null);
        send(ctx, n);
    }

    void articles(Context ctx) {
        Params.only(ctx, Params.SEARCH);
        ArticleQuery q = Params.articleQuery(ctx, Params.API_LIMIT);
        if (q.text() != null) throw new IllegalArgumentException("q is for /api/search; /api/articles lists without searching");
        send(ctx, page(q, store.find(q), "articles"));
    }

    void search(Context ctx) {
        Params.only(ctx, Params.SEARCH);
        ArticleQuery q = Params.articleQuery(ctx, Params.API_LIMIT);
        if (q.match() == null) throw new IllegalArgumentException("q must hold a word to search for");
        send(ctx, page(q, store.find(q), "results"));
    }

    private static ObjectNode page(ArticleQuery q, StoreQueries.Page p, String field) {
        ObjectNode n = Json.object();
        ObjectNode query = n.putObject("query");
        query.put("q", q.text());
        ArrayNode sites = query.putArray("site");
        q.sites().forEach(sites::add);
        query.put("from", q.from());
        query.put("to", q.to());
        query.put("sort", q.sort().label());
        n.put("total", p.total());
        n.put("totalExact", p.totalExact());
        n.put("windowed", p.windowed());
        n.put("limit", q.limit());
        n.put("offset", q.offset());
        ArrayNode hits = n.putArray(field);
        for (StoreQueries.Hit h : p.hits()) {
            if (field.equals("articles")) {
                hits.add(Json.summary(h.article()));
                continue;
            }
            ObjectNode r = hits.addObject();
            r.set("article", Json.summary(h.article()));
            r.put("score", Math.round(h.score() * 1e6) / 1e6);
            r.set("title", Json.marked(h.title()));
            r.set("snippet", Json.marked(h.snippet()));
        }
        return n;
    }

    void article(Context ctx) {
        Article a = store.article(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no article " + ctx.pathParam("id")));
        ObjectNode n = Json.article(a);
        n.put("duplicateGroup", store.groupOf(a.id()).map(Store.StoredGroup::id).orElse(null));
        send(ctx, n);
    }

    void sites(Context ctx) {
        ArrayNode out = Json.array();
        for (StoreQueries.SiteCount s : store.sites(Params.integer(ctx, "limit", 100))) {
            ObjectNode o = out.addObject();
            o.put("site", s.site());
            o.put("articles", s.articles());
        }
        ObjectNode n = Json.object();
        n.set("sites", out);
        send(ctx, n);
    }

    void groups(Context ctx) {
        Params.only(ctx, Set.of("limit", "offset"));
        int limit = bounded(Params.integer(ctx, "limit", 20), 1, 100, "limit");
        int offset = bounded(Params.integer(ctx, "offset", 0), 0, ArticleQuery.MAX_OFFSET, "offset");
        Map.Entry<Long, List<Store.StoredGroup>> page = store.groups(limit, offset);
        ObjectNode n = Json.object();
        n.put("total", page.getKey());
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode gs = n.putArray("duplicateGroups");
        for (Store.StoredGroup g : page.getValue()) gs.add(Json.group(g));
        send(ctx, n);
    }

    void group(Context ctx) {
        Store.StoredGroup g = store.group(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no duplicate group " + ctx.pathParam("id")));
        send(ctx, Json.group(g));
    }

    // ------------------------------------------------------------------ stories, entities, quotes

    private static ObjectNode story(io.storyline.store.AnnotationReads.StorySummary s) {
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("articles", s.articles());
        o.put("events", s.events());
        o.put("first", s.first());
        o.put("last", s.last());
        ArrayNode terms = o.putArray("terms");
        s.terms().forEach(terms::add);
        return o;
    }

    void stories(Context ctx) {
        Params.only(ctx, Set.of("entity", "limit", "offset"));
        int limit = bounded(Params.integer(ctx, "limit", 20), 1, 100, "limit");
        int offset = bounded(Params.integer(ctx, "offset", 0), 0, ArticleQuery.MAX_OFFSET, "offset");
        String entity = Params.get(ctx, "entity");
        if (entity != null) Params.entityId(entity);
        ObjectNode n = Json.object();
        n.put("total", store.annotations("count stories", io.storyline.store.AnnotationReads::storyCount));
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode out = n.putArray("stories");
        for (var s : store.annotations("list stories", c -> io.storyline.store.AnnotationReads.stories(c, entity, limit, offset))) {
            out.add(story(s));
        }
        send(ctx, n);
    }

    void story(Context ctx) {
        String id = Params.storyId(ctx.pathParam("id"));
        var s = store.annotations("read story " + id, c -> io.storyline.store.AnnotationReads.story(c, id))
                .orElseThrow(() -> new NotFoundResponse("no story " + id));
        ObjectNode n = story(s);
        ArrayNode articles = n.putArray("articleIds");
        for (String a : store.annotations("read story articles", c -> io.storyline.store.AnnotationReads.storyArticles(c, s.id(), 10_000))) {
            articles.add(a);
        }
        send(ctx, n);
    }

    void timeline(Context ctx) {
        String id = Params.storyId(ctx.pathParam("id"));
        io.storyline.model.Timeline t = store.timeline(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
        send(ctx, Json.written(g -> io.storyline.export.TimelineExport.writeTimeline(g, t)));
    }

    private static ObjectNode entity(io.storyline.store.AnnotationReads.EntitySummary e) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode roles = o.putArray("roles");
        e.roles().stream().map(io.storyline.model.Entity.Role::title).distinct().forEach(roles::add);
        ArrayNode stated = o.putArray("rolesStated");
        for (io.storyline.model.Entity.Role r : e.roles()) {
            ObjectNode x = stated.addObject();
            x.put("title", r.title());
            if (r.stated() != null) x.put("stated", r.stated());
            if (r.article() != null) x.put("article", r.article());
        }
        o.put("mentions", e.mentions());
        o.put("articles", e.articles());
        return o;
    }

    void entities(Context ctx) {
        Params.only(ctx, Set.of("type", "name", "limit", "offset"));
        int limit = bounded(Params.integer(ctx, "limit", 50), 1, 500, "limit");
        int offset = bounded(Params.integer(ctx, "offset", 0), 0, ArticleQuery.MAX_OFFSET, "offset");
        String type = Params.get(ctx, "type");
        String t = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (t != null && !Set.of("PERSON", "ORG", "COUNTRY", "LOC").contains(t)) {
            throw new IllegalArgumentException("type must be PERSON, ORG, COUNTRY or LOC: '" + type + "'");
        }
        String name = Params.get(ctx, "name");
        ObjectNode n = Json.object();
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode out = n.putArray("entities");
        for (var e : store.annotations("list entities", c -> io.storyline.store.AnnotationReads.entities(c, t, name, limit, offset))) {
            out.add(entity(e));
        }
        send(ctx, n);
    }

    void entity(Context ctx) {
        String id = Params.entityId(ctx.pathParam("id"));
        var e = store.annotations("read entity " + id, c -> io.storyline.store.AnnotationReads.entity(c, id))
                .orElseThrow(() -> new NotFoundResponse("no entity " + id));
        ObjectNode n = entity(e);
        ArrayNode events = n.putArray("events");
        for (var ev : store.annotations("read events", c -> io.storyline.store.AnnotationReads.eventsOf(c, id, 200))) {
            events.add(Json.written(g -> io.storyline.export.JsonReport.writeEvent(g, ev)));
        }
        send(ctx, n);
    }

    void quotes(Context ctx) {
        Params.only(ctx, Set.of("speaker", "q", "from", "to", "limit", "offset"));
        int limit = bounded(Params.integer(ctx, "limit", 50), 1, 500, "limit");
        int offset = bounded(Params.integer(ctx, "offset", 0), 0, ArticleQuery.MAX_OFFSET, "offset");
        String speaker = Params.get(ctx, "speaker");
        if (speaker != null) Params.entityId(speaker);
        String match = io.storyline.store.SearchSyntax.toMatch(Params.get(ctx, "q"));
        String from = Params.get(ctx, "from"), to = Params.get(ctx, "to");
        String lo = from == null ? null : Params.dateBound(from, false), hi = to == null ? null : Params.dateBound(to, true);
        ObjectNode n = Json.object();
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode out = n.putArray("quotes");
        for (var q : store.annotations("list quotes", c -> io.storyline.store.AnnotationReads.quotes(c, speaker, match, lo, hi, limit, offset))) {
            ObjectNode o = Json.written(g -> io.storyline.export.JsonReport.writeQuote(g, q.quote()));
            o.put("published", q.published());
            if (q.marked() != null) {
                ArrayNode hl = o.putArray("highlights");
                for (var span : q.marked().spans()) hl.addArray().add(span.start()).add(span.end());
            }
            out.add(o);
        }
        send(ctx, n);
    }

    void annotations(Context ctx) {
        String id = ctx.pathParam("id");
        store.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
        ObjectNode n = Json.object();
        n.put("article", id);
        n.put("story", store.annotations("read story", c -> io.storyline.store.AnnotationReads.storyOf(c, id)).orElse(null));
        ArrayNode timexes = n.putArray("timexes");
        for (io.storyline.model.Timex t : store.annotations("read timexes", c -> io.storyline.store.AnnotationReads.timexesIn(c, id))) {
            ObjectNode o = timexes.addObject();
            o.put("text", t.text());
            o.put("value", t.value());
            o.put("precision", t.precision() == null ? null : t.precision().label());
            o.put("start", t.start());
            o.put("end", t.end());
            o.put("anchor", t.anchor());
        }
        ArrayNode mentions = n.putArray("mentions");
        for (var m : store.annotations("read mentions", c -> io.storyline.store.AnnotationReads.mentionsIn(c, id))) {
            ObjectNode o = mentions.addObject();
            o.put("entity", m.entity());
            o.put("type", m.type());
            o.put("start", m.start());
            o.put("end", m.end());
            o.put("text", m.text());
        }
        ArrayNode quotes = n.putArray("quotes");
        for (var q : store.annotations("read quotes", c -> io.storyline.store.AnnotationReads.quotesIn(c, id))) {
            quotes.add(Json.written(g -> io.storyline.export.JsonReport.writeQuote(g, q)));
        }
        send(ctx, n);
    }

    static int bounded(int v, int min, int max, String name) {
        if (v < min || v > max) throw new IllegalArgumentException(name + " must be " + min + " to " + max + ": " + v);
        return v;
    }

    void runs(Context ctx) {
        ArrayNode out = Json.array();
        for (RunInfo r : store.runs(bounded(Params.integer(ctx, "limit", 50), 1, 1000, "limit"))) out.add(run(r));
        ObjectNode n = Json.object();
        n.set("runs", out);
        send(ctx, n);
    }

    static ObjectNode run(RunInfo r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.put("command", r.command());
        o.put("status", r.status());
        o.put("started", r.started());
        o.put("finished", r.finished());
        o.put("ok", r.ok());
        o.put("skipped", r.skipped());
        o.put("failed", r.failed());
        return o;
    }

    /** A status filter: ok, skipped or failed, or null. */
    static Status status(String s) {
        if (s == null) return null;
        for (Status v : Status.values()) if (v.label().equals(s)) return v;
        throw new IllegalArgumentException("status must be ok, skipped or failed: '" + s + "'");
    }

    void ledger(Context ctx) {
        Params.only(ctx, Set.of("run", "status", "limit", "offset"));
        String run = Params.get(ctx, "run");
        Long runId;
        try {
            runId = run == null ? null : Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("run must be a run id: '" + run + "'");
        }
        int limit = bounded(Params.integer(ctx, "limit", 100), 1, 1000, "limit");
        int offset = Math.max(0, Params.integer(ctx, "offset", 0));
        ArrayNode out = Json.array();
        for (LedgerEntry e : store.ledger(runId, status(Params.get(ctx, "status")), limit, offset)) {
            ObjectNode o = out.addObject();
            o.put("run", e.runId());
            o.put("seq", e.seq());
            o.put("input", e.input());
            o.put("status", e.status().label());
            o.put("reason", e.reason());
            o.put("article", e.articleId());
            o.put("at", e.at());
        }
        ObjectNode n = Json.object();
        n.set("ledger", out);
        send(ctx, n);
    }

    void quarantine(Context ctx) {
        ArrayNode out = Json.array();
        for (QuarantineEntry q : store.quarantine(bounded(Params.integer(ctx, "limit", 1000), 1, 100_000, "limit"))) {
            ObjectNode o = out.addObject();
            o.put("input", q.input());
            o.put("stage", q.stage());
            o.put("reason", q.reason());
            o.put("attempts", q.attempts());
            o.put("rawSize", q.rawSize());
            o.put("lastRun", q.lastRun());
            o.put("updated", q.updated());
        }
        ObjectNode n = Json.object();
        n.set("quarantine", out);
        send(ctx, n);
    }

    // ------------------------------------------------------------------ ingest (only with --allow-ingest)

    static ObjectNode job(IngestJobs.Job j) {
        ObjectNode o = Json.object();
        o.put("id", j.id);
        o.put("kind", j.kind);
        o.put("state", j.state.label());
        o.put("created", j.created.toString());
        o.put("finished", j.finished == null ? null : j.finished.toString());
        o.put("run", j.runId);
        o.put("files", j.uploads.size());
        ArrayNode names = o.putArray("uploads");
        for (IngestJobs.Upload u : j.uploads) {
            ObjectNode un = names.addObject();
            un.put("name", u.name());
            un.put("input", u.path().toString());
            un.put("bytes", u.size());
        }
        o.put("ok", j.ok.get());
        o.put("skipped", j.skipped.get());
        o.put("failed", j.failed.get());
        o.put("error", j.error);
        return o;
    }

    void upload(Context ctx) {
        IngestJobs.Job j = Uploads.ingest(ctx, jobs);
        send(ctx, 202, job(j));
    }

    void replay(Context ctx) {
        JsonNode body;
        try {
            body = ctx.body().isBlank() ? Json.object() : Json.MAPPER.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the body must be JSON: {\"inputs\": [...]} or {\"all\": true}");
        }
        List<String> inputs = new ArrayList<>();
        for (JsonNode i : body.path("inputs")) inputs.add(i.asText());
        boolean all = body.path("all").asBoolean(false);
        if (all == !inputs.isEmpty()) throw new IllegalArgumentException("give either \"inputs\" or \"all\": true");
        send(ctx, 202, job(jobs.replay(inputs)));
    }

    void jobs(Context ctx) {
        ArrayNode out = Json.array();
        for (IngestJobs.Job j : jobs.recent()) out.add(job(j));
        ObjectNode n = Json.object();
        n.set("jobs", out);
        send(ctx, n);
    }

    void jobOne(Context ctx) {
        send(ctx, job(job(jobs, ctx.pathParam("id"))));
    }

    static IngestJobs.Job job(IngestJobs jobs, String id) {
        try {
            return jobs.job(Long.parseLong(id)).orElseThrow(() -> new NotFoundResponse("no job " + id));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("no job " + id.toLowerCase(Locale.ROOT));
        }
    }
}
