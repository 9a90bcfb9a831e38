package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.storyline.model.Article;
import io.storyline.store.ArticleQuery;
import io.storyline.store.ArticleSummary;
import io.storyline.store.Store;
import io.storyline.store.StoreQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The duplicates views: groups of copies, and one group with what a copy changed against the canonical article. */
final class DuplicatePages {
    private final StoreQueries store;
    private final boolean ingest;

    DuplicatePages(StoreQueries store, boolean ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    void list(Context ctx) {
        int limit = 50;
        int page = Math.max(1, Params.integer(ctx, "page", 1));
        int offset = Api.bounded((page - 1) * limit, 0, ArticleQuery.MAX_OFFSET, "page");
        Map.Entry<Long, List<Store.StoredGroup>> groups = store.groups(limit, offset);
        Map<String, ArticleSummary> canon = store.summaries(groups.getValue().stream().map(Store.StoredGroup::canonical).toList());
        Html h = new Html();
        h.el("h1", "Duplicates");
        h.el("p", groups.getKey() + " groups of copies: the same story run by several outlets (syndicated),"
                + " lightly edited (near) or identical (exact). Largest first.", "class", "count");
        h.open("table", "class", "groups").open("thead").open("tr");
        for (String c : new String[] {"Group", "Copies", "Relation", "Similarity", "Wire", "Canonical article"}) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (Store.StoredGroup g : groups.getValue()) {
            ArticleSummary c = canon.get(g.canonical());
            h.open("tr").open("td").a(Urls.path("/duplicates", g.id()), g.id()).close("td")
                    .el("td", Integer.toString(g.members().size()), "class", "num")
                    .el("td", g.relation())
                    .el("td", String.format(java.util.Locale.ROOT, "%.2f", g.similarity()), "class", "num")
                    .el("td", g.wire() == null ? "" : g.wire());
            h.open("td");
            if (c != null) {
                h.a(Urls.path("/articles", c.id()), c.title() == null ? c.input() : c.title());
                h.el("span", " " + (c.site() == null ? "" : c.site() + ", ") + Pages.date(c.published()), "class", "meta");
            } else {
                h.text(g.canonical());
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        Pages.pager(h, "/duplicates", List.of(), offset, limit, groups.getKey(), true);
        Pages.send(ctx, 200, "Duplicates", "/duplicates", ingest, h);
    }

    /** One change of a copy, read leniently from the stored JSON (offsets -1 when absent). */
    record Change(String member, String kind, String from, String to, int start, int end, int canonicalStart,
                  int canonicalEnd) {
        static Change of(JsonNode n) {
            return new Change(n.path("member").asText(""), n.path("kind").asText(""), text(n, "from"), text(n, "to"),
                    n.path("start").asInt(-1), n.path("end").asInt(-1), n.path("canonicalStart").asInt(-1),
                    n.path("canonicalEnd").asInt(-1));
        }

        private static String text(JsonNode n, String f) {
            return n.hasNonNull(f) ? n.get(f).asText() : null;
        }
    }

    void group(Context ctx) {
        String id = ctx.pathParam("id");
        Store.StoredGroup g = store.group(id).orElseThrow(() -> new NotFoundResponse("no duplicate group " + id));
        List<Change> changes = new ArrayList<>();
        ArrayNode json = Json.changes(g);
        for (JsonNode n : json) changes.add(Change.of(n));
        String member = Params.get(ctx, "member");
        if (member == null || !g.members().contains(member) || member.equals(g.canonical())) {
            member = g.members().stream().filter(m -> !m.equals(g.canonical())).findFirst().orElse(null);
        }
        Map<String, ArticleSummary> members = store.summaries(g.members());
        ArticleSummary canon = members.get(g.canonical());

        Html h = new Html();
        h.el("h1", "Copies of “" + (canon == null || canon.title() == null ? g.canonical() : canon.title()) + "”");
        h.open("dl", "class", "facts");
        h.el("dt", "Group").el("dd", g.id());
        h.el("dt", "Relation").el("dd", g.relation() + String.format(java.util.Locale.ROOT, ", similarity %.2f", g.similarity()));
        if (g.wire() != null) h.el("dt", "Wire").el("dd", g.wire());
        h.el("dt", "Copies").el("dd", Integer.toString(g.members().size()));
        h.close("dl");

        h.open("table", "class", "members").open("thead").open("tr");
        for (String c : new String[] {"Copy", "Outlet", "Published", "Changes", ""}) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (String m : g.members()) {
            ArticleSummary s = members.get(m);
            long n = changes.stream().filter(c -> c.member().equals(m)).count();
            h.open("tr", "class", m.equals(member) ? "selected" : null);
            h.open("td").a(Urls.path("/articles", m), s == null || s.title() == null ? m : s.title());
            if (m.equals(g.canonical())) h.el("span", " canonical", "class", "badge");
            h.close("td");
            h.el("td", s == null || s.site() == null ? "" : s.site());
            h.el("td", s == null ? "" : Pages.date(s.published()));
            h.el("td", m.equals(g.canonical()) ? "" : Long.toString(n), "class", "num");
            h.open("td");
            if (!m.equals(g.canonical())) h.a(Urls.query(Urls.path("/duplicates", g.id()), "member", m) + "#compare", "compare");
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        if (member != null) compare(h, g, member, changes);
        h.open("p", "class", "raw").a(Urls.path("/api/duplicates", g.id()), "This group as JSON").close("p");
        Pages.send(ctx, 200, "Duplicates " + g.id(), "/duplicates", ingest, h);
    }

    private void compare(Html h, Store.StoredGroup g, String member, List<Change> all) {
        Article canon = store.article(g.canonical()).orElse(null);
        Article copy = store.article(member).orElse(null);
        if (canon == null || copy == null) return;
        List<Change> changes = all.stream().filter(c -> c.member().equals(member)).toList();
        List<Highlighter.Span> left = new ArrayList<>(), right = new ArrayList<>();
        for (Change c : changes) {
            Highlighter.Kind kind = switch (c.kind()) {
                case "add" -> Highlighter.Kind.ADD;
                case "cut" -> Highlighter.Kind.CUT;
                default -> Highlighter.Kind.REWRITE;
            };
            if (c.canonicalStart() >= 0) left.add(new Highlighter.Span(c.canonicalStart(), c.canonicalEnd(), kind,
                    c.to() == null ? "cut from the copy" : "copy: " + c.to()));
            if (c.start() >= 0) right.add(new Highlighter.Span(c.start(), c.end(), kind,
                    c.from() == null ? "added by the copy" : "canonical: " + c.from()));
        }
        h.open("section", "class", "compare", "id", "compare");
        h.el("h2", "What " + (copy.site() == null ? "this copy" : copy.site()) + " changed");
        if (changes.isEmpty()) {
            h.el("p", "No change: the copy's text is the canonical text.", "class", "legend");
        } else {
            h.open("table", "class", "changes").open("thead").open("tr");
            for (String c : new String[] {"Change", "Canonical", "This copy"}) h.el("th", c);
            h.close("tr").close("thead").open("tbody");
            for (Change c : changes) {
                h.open("tr", "class", "change-" + (c.kind().matches("add|cut|rewrite") ? c.kind() : "other"))
                        .el("td", c.kind()).el("td", c.from() == null ? "—" : c.from()).el("td", c.to() == null ? "—" : c.to())
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        h.open("p", "class", "legend").el("mark", "rewritten", "class", "hl hl-rewrite")
                .el("mark", "cut by the copy", "class", "hl hl-cut").el("mark", "added by the copy", "class", "hl hl-add")
                .close("p");
        h.open("div", "class", "columns");
        column(h, "Canonical: " + name(canon), canon, left);
        column(h, "Copy: " + name(copy), copy, right);
        h.close("div").close("section");
    }

    private static String name(Article a) {
        return (a.site() == null ? a.id() : a.site()) + (a.published() == null ? "" : ", " + Pages.date(a.published().value()));
    }

    private static void column(Html h, String title, Article a, List<Highlighter.Span> spans) {
        h.open("div", "class", "column").open("h3").a(Urls.path("/articles", a.id()), title).close("h3")
                .open("div", "class", "text").trusted(Highlighter.paragraphs(a.text(), spans)).close("div").close("div");
    }
}
