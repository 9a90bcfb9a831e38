package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Removed;
import io.storyline.store.AnnotationReads;
import io.storyline.store.ArticleQuery;
import io.storyline.store.ArticleSummary;
import io.storyline.store.Marked;
import io.storyline.store.Store;
import io.storyline.store.StoreQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The HTML views of articles: the page frame, the list and search page, the article page. */
final class Pages {
    private final StoreQueries store;
    private final boolean ingest;

    Pages(StoreQueries store, boolean ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    // ------------------------------------------------------------------ frame

    /** Sends a whole page: head (stylesheet and script from this server only), navigation, body. */
    static void send(Context ctx, int status, String title, String active, boolean ingest, Html body) {
        Html h = new Html();
        h.text("").open("html", "lang", "en");
        h.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .empty("link", "rel", "icon", "href", Assets.path("icon.svg"), "type", "image/svg+xml")
                .el("title", title + " · Storyline")
                .empty("link", "rel", "stylesheet", "href", Assets.path("app.css"))
                .open("script", "src", Assets.path("app.js"), "defer", "").close("script")
                .close("head");
        h.open("body").open("header", "class", "top").open("nav");
        h.a("/", "Storyline", "class", "brand");
        link(h, "/", "Search", active);
        link(h, "/stories", "Stories", active);
        link(h, "/entities", "Entities", active);
        link(h, "/quotes", "Quotes", active);
        link(h, "/duplicates", "Duplicates", active);
        link(h, "/runs", "Runs", active);
        link(h, "/quarantine", "Quarantine", active);
        if (ingest) link(h, "/ingest", "Ingest", active);
        link(h, "/api/openapi.json", "API", active);
        h.close("nav").close("header");
        h.open("main").append(body).close("main");
        h.close("body").close("html");
        ctx.status(status).contentType("text/html; charset=utf-8").result("<!doctype html>\n" + h);
    }

    private static void link(Html h, String href, String text, String active) {
        h.a(href, text, "aria-current", href.equals(active) ? "page" : null);
    }

    /** An error page. */
    static void error(Context ctx, int status, String message, boolean ingest) {
        String title = switch (status) {
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            default -> status >= 500 ? "Server error" : "Bad request";
        };
        Html b = new Html().el("h1", title)
                .el("p", message, "class", "error");
        send(ctx, status, "Error " + status, "", ingest, b);
    }

    static String date(String value) {
        return value == null ? "undated" : value.replace('T', ' ');
    }

    static void pager(Html h, String path, List<String> params, int offset, int limit, long total, boolean exact) {
        int page = offset / limit + 1;
        long pages = (total + limit - 1) / limit;
        h.open("nav", "class", "pager", "aria-label", "pages");
        if (page > 1) h.a(withPage(path, params, page - 1), "← Previous", "rel", "prev");
        h.el("span", "page " + page + (pages > 0 ? " of " + pages + (exact ? "" : "+") : ""));
        if ((long) page * limit < total) h.a(withPage(path, params, page + 1), "Next →", "rel", "next");
        h.close("nav");
    }

    private static String withPage(String path, List<String> params, int page) {
        List<String> all = new ArrayList<>(params);
        all.add("page");
        all.add(Integer.toString(page));
        return Urls.query(path, all.toArray(String[]::new));
    }

    // ------------------------------------------------------------------ list and search

    void search(Context ctx) {
        ArticleQuery q;
        String problem = null;
        try {
            q = Params.articleQuery(ctx);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            q = ArticleQuery.all(Params.DEFAULT_LIMIT);
        }
        StoreQueries.Page page = store.find(q);
        Html h = new Html();
        h.el("h1", q.match() != null ? "Search" : "Articles");
        form(h, ctx, q);
        if (problem != null) h.el("p", problem, "class", "error");
        else if (q.text() != null && q.match() == null) h.el("p", "Type a word to search for.", "class", "error");
        String count = page.total() + (page.totalExact() ? "" : "+") + (page.total() == 1 ? " article" : " articles");
        String order = q.sort() == ArticleQuery.Sort.RELEVANCE ? "best first" : q.sort().label() + " first";
        if (page.windowed()) order += String.format(java.util.Locale.ROOT, " among the %,d most recently stored", StoreQueries.RANK_WINDOW);
        h.el("p", q.match() != null ? count + " match; " + order : count, "class", "count", "id", "result-count");
        h.open("ol", "class", "results", "start", Integer.toString(q.offset() + 1));
        for (StoreQueries.Hit hit : page.hits()) result(h, hit, q);
        h.close("ol");
        List<String> params = new ArrayList<>();
        for (String[] p : new String[][] {{"q", q.text()}, {"from", q.from()}, {"to", q.to()}, {"sort", q.sort().label()}}) {
            params.add(p[0]);
            params.add(p[1]);
        }
        for (String s : q.sites()) {
            params.add("site");
            params.add(s);
        }
        pager(h, "/", params, q.offset(), q.limit(), page.total(), page.totalExact());
        send(ctx, problem == null ? 200 : 400, q.match() != null ? "Search: " + q.text() : "Articles", "/", ingest, h);
    }

    private void form(Html h, Context ctx, ArticleQuery q) {
        h.open("form", "method", "get", "action", "/", "class", "search", "role", "search");
        h.open("label", "class", "grow").el("span", "Search").empty("input", "type", "search", "name", "q",
                "value", q.text() == null ? "" : q.text(), "placeholder", "words, \"a phrase\", prefix*, a OR b, -not",
                "maxlength", "500", "autofocus", "").close("label");
        h.open("label").el("span", "Outlet").open("select", "name", "site");
        h.el("option", "All outlets", "value", "");
        String chosen = q.sites().isEmpty() ? null : q.sites().get(0);
        for (StoreQueries.SiteCount s : store.sites(200)) {
            h.el("option", s.site() + " (" + s.articles() + ")", "value", s.site(),
                    "selected", s.site().equals(chosen) ? "" : null);
        }
        h.close("select").close("label");
        h.open("label").el("span", "From").empty("input", "type", "text", "name", "from", "value",
                Params.get(ctx, "from"), "placeholder", "YYYY[-MM[-DD]]", "size", "10", "pattern",
                "\\d{4}(-\\d{2}(-\\d{2})?)?").close("label");
        h.open("label").el("span", "To").empty("input", "type", "text", "name", "to", "value",
                Params.get(ctx, "to"), "placeholder", "YYYY[-MM[-DD]]", "size", "10", "pattern",
                "\\d{4}(-\\d{2}(-\\d{2})?)?").close("label");
        h.open("label").el("span", "Order").open("select", "name", "sort");
        for (ArticleQuery.Sort s : ArticleQuery.Sort.values()) {
            h.el("option", s.label(), "value", s.label(), "selected", s == q.sort() ? "" : null);
        }
        h.close("select").close("label");
        h.el("button", "Search", "type", "submit");
        h.close("form");
    }

    /** The marked ranges of a text as search-match highlights. */
    static List<Highlighter.Span> matches(Marked m) {
        List<Highlighter.Span> out = new ArrayList<>(m.spans().size());
        for (Marked.Span s : m.spans()) out.add(new Highlighter.Span(s.start(), s.end(), Highlighter.Kind.MATCH, null));
        return out;
    }

    private static void result(Html h, StoreQueries.Hit hit, ArticleQuery q) {
        ArticleSummary a = hit.article();
        String href = Urls.query(Urls.path("/articles", a.id()), "q", q.match() == null ? null : q.text());
        h.open("li", "class", "result");
        h.open("h2").open("a", "href", href);
        if (hit.title().text().isEmpty()) h.text(a.input());
        else h.trusted(Highlighter.inline(hit.title().text(), matches(hit.title())));
        h.close("a").close("h2");
        h.open("p", "class", "meta");
        h.el("span", a.site() == null ? "unknown outlet" : a.site(), "class", "site");
        h.el("span", date(a.published()), "class", "date");
        h.el("span", a.chars() + " characters");
        h.close("p");
        h.open("p", "class", "snippet").trusted(Highlighter.inline(hit.snippet().text(), matches(hit.snippet()))).close("p");
        h.close("li");
    }

    // ------------------------------------------------------------------ article

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
        String q = Params.get(ctx, "q");
        List<List<Marked.Span>> found = q == null ? List.of(List.of(), List.of()) : store.matches(id, q);
        List<Highlighter.Span> titleSpans = new ArrayList<>(), textSpans = new ArrayList<>();
        for (Marked.Span s : found.get(0)) titleSpans.add(new Highlighter.Span(s.start(), s.end(), Highlighter.Kind.MATCH, null));
        for (Marked.Span s : found.get(1)) textSpans.add(new Highlighter.Span(s.start(), s.end(), Highlighter.Kind.MATCH, null));
        // what annotation found: quotes, entity mentions, dates; and the span an entry or quote links to
        for (io.storyline.model.Quote qt : store.annotations("read quotes", c -> AnnotationReads.quotesIn(c, id))) {
            textSpans.add(new Highlighter.Span(qt.start(), qt.end(), Highlighter.Kind.QUOTE,
                    qt.speaker() == null ? "quote, unattributed" : "quote: " + qt.speaker()));
        }
        for (AnnotationReads.EntityMention m : store.annotations("read mentions", c -> AnnotationReads.mentionsIn(c, id))) {
            textSpans.add(new Highlighter.Span(m.start(), m.end(), Highlighter.Kind.ENTITY, m.type() + ": " + m.text()));
        }
        for (io.storyline.model.Timex t : store.annotations("read timexes", c -> AnnotationReads.timexesIn(c, id))) {
            textSpans.add(new Highlighter.Span(t.start(), t.end(), Highlighter.Kind.DATE,
                    t.value() == null ? "date" : "date: " + t.value()));
        }
        int[] span = span(Params.get(ctx, "span"), a.text().length());
        if (span != null) textSpans.add(new Highlighter.Span(span[0], span[1], Highlighter.Kind.MATCH, "the cited passage"));
        String story = store.annotations("read story", c -> AnnotationReads.storyOf(c, id)).orElse(null);

        Html h = new Html();
        h.open("article", "class", "article", "data-article", a.id());
        h.open("h1");
        if (a.title() == null) h.text(a.input());
        else h.trusted(Highlighter.inline(a.title(), titleSpans));
        h.close("h1");
        facts(h, a);
        store.groupOf(a.id()).ifPresent(g -> group(h, a, g));
        if (story != null) {
            h.open("p", "class", "story-link").text("Part of a story: ").a(Urls.path("/stories", story), "its timeline").close("p");
        }
        if (span != null) {
            h.open("p", "class", "cited").a("#span", "Go to the cited passage", "id", "cited-link").close("p");
        }
        legend(h, textSpans, q);
        if (span != null) h.el("span", "", "id", "span", "class", "anchor");
        h.open("div", "class", "text", "id", "text").trusted(Highlighter.paragraphs(a.text(), textSpans)).close("div");
        removed(h, a.removed());
        h.open("p", "class", "raw").a(Urls.path("/api/articles", a.id()), "This article as JSON").close("p");
        h.close("article");
        send(ctx, 200, a.title() == null ? a.id() : a.title(), "", ingest, h);
    }

    /** A {@code start-end} range inside a text of {@code length} characters, or null when absent or invalid. */
    static int[] span(String s, int length) {
        if (s == null || !s.matches("\\d{1,9}-\\d{1,9}")) return null;
        int dash = s.indexOf('-');
        int start = Integer.parseInt(s.substring(0, dash)), end = Integer.parseInt(s.substring(dash + 1));
        return start < end && end <= length ? new int[] {start, end} : null;
    }

    private static void facts(Html h, Article a) {
        h.open("dl", "class", "facts");
        fact(h, "Outlet", a.site());
        if (!a.authors().isEmpty()) fact(h, "By", String.join(", ", a.authors()));
        if (a.published() != null) dateFact(h, "Published", a.published());
        else fact(h, "Published", "no date found");
        if (a.updated() != null) dateFact(h, "Updated", a.updated());
        fact(h, "Wire", a.wire());
        fact(h, "Dateline", a.dateline());
        fact(h, "Language", a.language());
        String url = Urls.external(a.url());
        if (url != null) {
            h.el("dt", "URL").open("dd").a(url, url, "rel", "noopener noreferrer nofollow", "target", "_blank",
                    "class", "external").close("dd");
        } else if (a.url() != null) {
            fact(h, "URL (not a web link)", a.url());
        }
        fact(h, "Input", a.input());
        fact(h, "Format", a.format() == null ? null : a.format().name().toLowerCase(Locale.ROOT)
                + (a.charset() == null ? "" : ", " + a.charset()));
        fact(h, "Id", a.id());
        h.close("dl");
    }

    private static void fact(Html h, String name, String value) {
        if (value == null || value.isBlank()) return;
        h.el("dt", name).el("dd", value);
    }

    private static void dateFact(Html h, String name, DateValue d) {
        h.el("dt", name).open("dd").el("time", date(d.value()), "title", d.evidence())
                .el("span", " (" + d.precision().label() + (d.inferred() ? ", inferred" : "") + ")", "class", "precision")
                .close("dd");
    }

    private void group(Html h, Article a, Store.StoredGroup g) {
        h.open("aside", "class", "group");
        boolean canonical = g.canonical().equals(a.id());
        h.text((canonical ? "The canonical copy of " : "One of ") + g.members().size() + " copies (" + g.relation()
                + (g.wire() == null ? "" : ", " + g.wire()) + "). ");
        h.a(Urls.query(Urls.path("/duplicates", g.id()), "member", canonical ? null : a.id()),
                canonical ? "See what the other copies changed" : "See what this copy changed");
        h.close("aside");
    }

    private static void legend(Html h, List<Highlighter.Span> spans, String q) {
        TreeMap<Highlighter.Kind, Integer> kinds = new TreeMap<>();
        for (Highlighter.Span s : spans) kinds.merge(s.kind(), 1, Integer::sum);
        if (kinds.isEmpty()) {
            if (q != null) h.el("p", "No match for “" + q + "” in the text.", "class", "legend");
            return;
        }
        h.open("p", "class", "legend");
        for (Map.Entry<Highlighter.Kind, Integer> k : kinds.entrySet()) {
            String what = switch (k.getKey()) {
                case MATCH -> q == null ? "cited passage" : (k.getValue() == 1 ? "match" : "matches") + " of “" + q + "”";
                case DATE -> "dates";
                case ENTITY -> "entities";
                case QUOTE -> "quotes";
                default -> k.getKey().name().toLowerCase(Locale.ROOT);
            };
            h.el("mark", k.getValue() + " " + what, "class", "hl " + k.getKey().css());
        }
        h.close("p");
    }

    private static void removed(Html h, List<Removed> removed) {
        if (removed.isEmpty()) {
            h.el("p", "Nothing was removed from this page.", "class", "removed-none");
            return;
        }
        TreeMap<String, Integer> why = new TreeMap<>();
        for (Removed r : removed) why.merge(r.why(), 1, Integer::sum);
        StringBuilder sum = new StringBuilder();
        for (Map.Entry<String, Integer> w : why.entrySet()) sum.append(sum.isEmpty() ? "" : ", ").append(w.getKey()).append(' ').append(w.getValue());
        h.open("details", "class", "removed", "id", "removed");
        h.el("summary", "Removed from the page: " + removed.size() + (removed.size() == 1 ? " block" : " blocks")
                + " (" + sum + ")");
        h.open("ol");
        for (Removed r : removed) h.open("li").el("span", r.why(), "class", "why").el("span", r.text()).close("li");
        h.close("ol").close("details");
    }
}
