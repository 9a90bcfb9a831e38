package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.storyline.model.DateValue;
import io.storyline.model.Entity;
import io.storyline.model.Event;
import io.storyline.model.Quote;
import io.storyline.model.Source;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import io.storyline.store.AnnotationReads;
import io.storyline.store.AnnotationReads.EntitySummary;
import io.storyline.store.AnnotationReads.StorySummary;
import io.storyline.store.AnnotationReads.StoredQuote;
import io.storyline.store.ArticleSummary;
import io.storyline.store.SearchSyntax;
import io.storyline.store.StoreQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The HTML views of what annotation found: stories, a story's timeline (zoomable: an axis of
 * years, months or days whose bars narrow the view; entries at their own dates and precision,
 * linking to the sentences they come from and their quotes), entity pages (names, roles over time,
 * quotes and events) and the quote ledger (by speaker, by words).
 */
final class StoryPages {
    /** Entries of one timeline view at most (zoom in for more). */
    static final int MAX_ENTRIES = 500;
    /** Bar heights, in CSS classes {@code h0} to {@code h10}. */
    private static final int HEIGHTS = 10;

    private final StoreQueries store;
    private final boolean ingest;

    StoryPages(StoreQueries store, boolean ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    // ------------------------------------------------------------------ stories

    void stories(Context ctx) {
        int page = Math.max(1, Params.integer(ctx, "page", 1));
        int limit = Params.DEFAULT_LIMIT;
        String entity = Params.get(ctx, "entity");
        if (entity != null) Params.entityId(entity);
        List<StorySummary> list = store.annotations("list stories",
                c -> AnnotationReads.stories(c, entity, limit, (page - 1) * limit));
        long total = entity == null ? store.annotations("count stories", AnnotationReads::storyCount) : -1;
        Html h = new Html();
        h.el("h1", "Stories");
        if (entity != null) {
            store.annotations("read entity", c -> AnnotationReads.entity(c, entity))
                    .ifPresent(e -> h.open("p", "class", "count").text("Stories that mention ")
                            .a(Urls.path("/entities", e.id()), e.name()).close("p"));
        } else {
            h.el("p", total + (total == 1 ? " story" : " stories") + ", most recent first", "class", "count", "id", "story-count");
        }
        if (list.isEmpty()) h.el("p", "No story yet: ingest articles, and they are annotated and grouped into stories.", "class", "hint");
        h.open("ol", "class", "results stories", "start", Integer.toString((page - 1) * limit + 1));
        for (StorySummary s : list) {
            h.open("li", "class", "result story");
            h.open("h2").a(Urls.path("/stories", s.id()), s.title() == null ? s.id() : s.title()).close("h2");
            h.open("p", "class", "meta");
            h.el("span", range(s.first(), s.last()), "class", "date");
            h.el("span", s.articles() + (s.articles() == 1 ? " article" : " articles"));
            h.el("span", s.events() + (s.events() == 1 ? " event" : " events"));
            h.close("p");
            if (!s.terms().isEmpty()) h.el("p", String.join(", ", s.terms()), "class", "terms");
            h.close("li");
        }
        h.close("ol");
        if (total >= 0) Pages.pager(h, "/stories", List.of(), (page - 1) * limit, limit, total, true);
        Pages.send(ctx, 200, "Stories", "/stories", ingest, h);
    }

    private static String range(String first, String last) {
        if (first == null && last == null) return "undated";
        if (first == null || first.equals(last)) return last;
        if (last == null) return first;
        return first + " to " + last;
    }

    // ------------------------------------------------------------------ a story's timeline

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        Params.storyId(id);
        Zoom zoom = Zoom.of(Params.get(ctx, "at"));
        Timeline t = store.timeline(id)
                .orElseThrow(() -> new NotFoundResponse("no story " + id));
        if (!t.story().equals(id)) { // a merged story: its survivor
            ctx.redirect(Urls.path("/stories", t.story()));
            return;
        }
        List<TimelineEntry> shown = new ArrayList<>();
        int undated = 0;
        for (TimelineEntry e : t.entries()) {
            if (e.when() == null) undated++;
            if (zoom.contains(e.when())) shown.add(e);
        }
        Set<String> articleIds = new HashSet<>();
        for (TimelineEntry e : shown) for (Source s : e.sources()) articleIds.add(s.article());
        Map<String, ArticleSummary> articles = store.summaries(articleIds);

        Html h = new Html();
        h.el("h1", t.title() == null ? t.story() : t.title());
        h.open("p", "class", "meta");
        h.el("span", t.articles() + " articles");
        h.el("span", t.independentSources() + " independent sources");
        h.el("span", t.entries().size() + " events");
        h.open("span").a(Urls.query("/", "story", t.story()), "search this story's articles").close("span");
        h.close("p");
        axis(h, t, zoom);
        h.open("p", "class", "zoom", "id", "zoom");
        h.el("span", zoom.label() + ": " + shown.size() + (shown.size() == 1 ? " event" : " events"), "class", "zoom-label");
        if (zoom.parent() != null || !zoom.isAll()) {
            h.text(" ");
            h.a(Urls.query(Urls.path("/stories", t.story()), "at", zoom.parent()), "Zoom out", "class", "zoom-out",
                    "data-zoom", "out");
        }
        if (zoom.isAll() && undated > 0) h.el("span", " (" + undated + " undated, at the end)", "class", "hint");
        h.close("p");
        h.open("ol", "class", "timeline", "id", "timeline");
        int n = 0;
        for (TimelineEntry e : shown) {
            if (n++ >= MAX_ENTRIES) break;
            entry(h, e, articles);
        }
        h.close("ol");
        if (shown.size() > MAX_ENTRIES) h.el("p", "Only the first " + MAX_ENTRIES + " events are shown: zoom in for the rest.", "class", "hint");
        h.open("p", "class", "raw").a(Urls.path("/api/stories", t.story(), "timeline"), "This timeline as JSON").close("p");
        Pages.send(ctx, 200, t.title() == null ? t.story() : t.title(), "/stories", ingest, h);
    }

    /** The axis: one bar per year, month or day of the zoom level, its height the number of events; each bar zooms in. */
    private static void axis(Html h, Timeline t, Zoom zoom) {
        TreeMap<String, Integer> buckets = new TreeMap<>();
        for (TimelineEntry e : t.entries()) {
            if (e.when() == null || !zoom.contains(e.when())) continue;
            String b = zoom.bucket(e.when());
            if (b != null) buckets.merge(b, 1, Integer::sum);
        }
        if (buckets.isEmpty()) return;
        int max = buckets.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        h.open("nav", "class", "axis", "aria-label", "zoom into a period", "id", "axis");
        for (Map.Entry<String, Integer> b : buckets.entrySet()) {
            int height = Math.max(1, Math.round(HEIGHTS * b.getValue() / (float) max));
            String label = b.getKey();
            boolean deeper = label.length() < 10;
            String href = Urls.query(Urls.path("/stories", t.story()), "at", label);
            h.open(deeper ? "a" : "span", "href", deeper ? href : null, "class", "bar", "data-at", label,
                    "title", label + ": " + b.getValue() + (b.getValue() == 1 ? " event" : " events"));
            h.el("span", "", "class", "fill h" + height);
            h.el("span", label, "class", "tick");
            h.close(deeper ? "a" : "span");
        }
        h.close("nav");
    }

    private static void entry(Html h, TimelineEntry e, Map<String, ArticleSummary> articles) {
        h.open("li", "class", "entry modality-" + e.modality().label(), "data-event", e.event(),
                "data-when", e.when() == null ? "" : e.when().value());
        h.open("div", "class", "when");
        whenText(h, e.when());
        h.close("div");
        h.open("div", "class", "what");
        h.open("p", "class", "summary");
        if (e.type() != null) h.el("span", e.type(), "class", "badge type");
        if (!"asserted".equals(e.modality().label())) h.el("span", e.modality().label(), "class", "badge modality");
        h.text(" ").text(e.summary());
        h.close("p");
        h.open("p", "class", "meta");
        if (!e.actors().isEmpty()) h.el("span", "who: " + String.join(", ", e.actors()));
        if (!e.targets().isEmpty()) h.el("span", "to: " + String.join(", ", e.targets()));
        if (e.place() != null) h.el("span", "where: " + e.place());
        h.el("span", e.independentSources() + (e.independentSources() == 1 ? " independent source" : " independent sources")
                + (e.articles() != e.independentSources() ? " (" + e.articles() + " articles)" : ""), "class", "sources-count");
        if (e.firstReport() != null) {
            ArticleSummary a = articles.get(e.firstReport().article());
            h.open("span").text("first reported ").text(e.firstReported() == null ? "" : Pages.date(e.firstReported()))
                    .text(a == null || a.site() == null ? "" : " by " + a.site()).close("span");
        }
        // how reports presented it over time, when that changed ("planned → asserted")
        List<String> changes = new ArrayList<>();
        for (Event.ModalityChange m : e.history()) {
            if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(m.modality().label())) changes.add(m.modality().label());
        }
        if (changes.size() > 1) h.el("span", "reported as " + String.join(" → ", changes), "class", "history");
        h.close("p");
        h.open("details", "class", "evidence");
        h.el("summary", e.sources().size() + (e.sources().size() == 1 ? " source" : " sources")
                + (e.quotes().isEmpty() ? "" : ", " + e.quotes().size() + (e.quotes().size() == 1 ? " quote" : " quotes")));
        h.open("ul", "class", "sources");
        Map<String, Source> firstPerArticle = new LinkedHashMap<>();
        for (Source s : e.sources()) firstPerArticle.putIfAbsent(s.article() + ":" + s.start(), s);
        for (Source s : firstPerArticle.values()) {
            ArticleSummary a = articles.get(s.article());
            h.open("li").open("blockquote").text(s.text()).close("blockquote");
            h.open("a", "href", sourceLink(s), "class", "source-link", "data-article", s.article());
            h.text(a == null ? s.article() : (a.site() == null ? "" : a.site() + ", ") + Pages.date(a.published()));
            h.close("a").close("li");
        }
        h.close("ul");
        for (Quote q : e.quotes()) {
            h.open("blockquote", "class", "quote").text("“" + q.text() + "”");
            h.open("footer").text("— ");
            if (q.entity() != null) h.a(Urls.path("/entities", q.entity()), q.speaker() == null ? q.entity() : q.speaker());
            else h.text(q.speaker() == null ? "unattributed" : q.speaker());
            h.text(" ").a(sourceLink(new Source(q.article(), q.start(), q.end(), q.text())), "in context");
            h.close("footer").close("blockquote");
        }
        h.close("details");
        h.close("div");
        h.close("li");
    }

    /** The article page with a span marked and scrolled to. */
    static String sourceLink(Source s) {
        return Urls.query(Urls.path("/articles", s.article()), "span", s.start() + "-" + s.end()) + "#span";
    }

    /** A date as a reader says it at its precision: a day, a month, a year, a week, an interval. */
    static void whenText(Html h, DateValue d) {
        if (d == null) {
            h.el("span", "undated", "class", "undated");
            return;
        }
        h.el("time", readable(d.value()), "datetime", d.value().contains("W") ? null : d.value(), "title", d.value());
        h.el("span", " " + d.precision().label() + (d.inferred() ? ", inferred" : ""), "class", "precision");
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static String readable(String iso) {
        int slash = iso.indexOf('/');
        if (slash > 0) return readable(iso.substring(0, slash)) + " – " + readable(iso.substring(slash + 1));
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                String day = Integer.parseInt(iso.substring(8, 10)) + " " + MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1] + " " + iso.substring(0, 4);
                return iso.length() > 10 ? day + " " + iso.substring(11).replace('T', ' ') : day;
            }
            if (iso.matches("\\d{4}-\\d{2}")) return MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1] + " " + iso.substring(0, 4);
            if (iso.matches("\\d{4}-W\\d{2}")) return "week " + Integer.parseInt(iso.substring(6)) + " of " + iso.substring(0, 4);
        } catch (RuntimeException e) {
            return iso;
        }
        return iso;
    }

    /**
     * The period a timeline view shows: all of it, a year ({@code 2019}), a month ({@code 2019-02})
     * or a day. An event is in it when its date (or an interval's start) falls in it.
     */
    record Zoom(String at) {
        static Zoom of(String at) {
            if (at == null) return new Zoom(null);
            if (!at.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw new IllegalArgumentException("at must be YYYY, YYYY-MM or YYYY-MM-DD: '" + at + "'");
            return new Zoom(at);
        }

        boolean isAll() {
            return at == null;
        }

        boolean contains(DateValue d) {
            if (at == null) return true;
            return d != null && d.value().startsWith(at);
        }

        /** The axis bucket of a date at this zoom: its year, month or day, or null when coarser. */
        String bucket(DateValue d) {
            String v = d.value();
            int len = at == null ? 4 : at.length() == 4 ? 7 : 10;
            if (v.length() < len || (len > 4 && v.charAt(4) != '-') || (len == 7 && !Character.isDigit(v.charAt(5)))) {
                return len == 4 && v.length() >= 4 ? v.substring(0, 4) : null;
            }
            String b = v.substring(0, len);
            return b.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? b : null;
        }

        /** The enclosing period (null for the whole story). */
        String parent() {
            if (at == null || at.length() == 4) return null;
            return at.substring(0, at.length() == 7 ? 4 : 7);
        }

        String label() {
            return at == null ? "Whole story" : readable(at);
        }
    }

    // ------------------------------------------------------------------ entities

    void entities(Context ctx) {
        int page = Math.max(1, Params.integer(ctx, "page", 1));
        int limit = 50;
        String type = Params.get(ctx, "type");
        if (type != null) type = type.toUpperCase(Locale.ROOT);
        if (type != null && !Set.of("PERSON", "ORG", "COUNTRY", "LOC").contains(type)) {
            throw new IllegalArgumentException("type must be PERSON, ORG, COUNTRY or LOC: '" + type + "'");
        }
        String name = Params.get(ctx, "name");
        String t = type;
        List<EntitySummary> list = store.annotations("list entities",
                c -> AnnotationReads.entities(c, t, name, limit + 1, (page - 1) * limit));
        Html h = new Html();
        h.el("h1", "Entities");
        h.open("form", "method", "get", "action", "/entities", "class", "search", "role", "search");
        h.open("label", "class", "grow").el("span", "Name").empty("input", "type", "search", "name", "name", "value",
                name == null ? "" : name, "maxlength", "200", "placeholder", "a name or its start").close("label");
        h.open("label").el("span", "Type").open("select", "name", "type");
        h.el("option", "All types", "value", "");
        for (String k : List.of("PERSON", "ORG", "COUNTRY", "LOC")) h.el("option", k, "value", k, "selected", k.equals(t) ? "" : null);
        h.close("select").close("label");
        h.el("button", "Find", "type", "submit");
        h.close("form");
        h.open("table", "class", "entities").open("thead").open("tr");
        for (String c : List.of("Name", "Type", "Also called", "Roles", "Mentions", "Articles")) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (EntitySummary e : list.subList(0, Math.min(limit, list.size()))) {
            h.open("tr").open("td").a(Urls.path("/entities", e.id()), e.name()).close("td");
            h.el("td", e.type());
            h.el("td", String.join(", ", e.aliases().stream().filter(a -> !a.equals(e.name())).limit(6).toList()));
            h.el("td", String.join("; ", e.roles().stream().map(Entity.Role::title).distinct().limit(3).toList()));
            h.el("td", Integer.toString(e.mentions()), "class", "num");
            h.el("td", Integer.toString(e.articles()), "class", "num");
            h.close("tr");
        }
        h.close("tbody").close("table");
        List<String> params = new ArrayList<>(List.of("type", t == null ? "" : t, "name", name == null ? "" : name));
        Pages.pager(h, "/entities", params, (page - 1) * limit, limit, (long) (page - 1) * limit + list.size(), false);
        Pages.send(ctx, 200, "Entities", "/entities", ingest, h);
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Params.entityId(id);
        EntitySummary e = store.annotations("read entity " + id, c -> AnnotationReads.entity(c, id))
                .orElseThrow(() -> new NotFoundResponse("no entity " + id));
        List<StoredQuote> quotes = store.annotations("read quotes", c -> AnnotationReads.quotes(c, id, null, null, null, 200, 0));
        List<Event> events = store.annotations("read events", c -> AnnotationReads.eventsOf(c, id, 200));
        List<StorySummary> stories = store.annotations("list stories", c -> AnnotationReads.stories(c, id, 20, 0));
        Html h = new Html();
        h.el("h1", e.name());
        h.open("p", "class", "meta");
        h.el("span", e.type(), "class", "badge type");
        h.el("span", e.mentions() + " mentions in " + e.articles() + (e.articles() == 1 ? " article" : " articles"));
        h.open("span").a(Urls.query("/", "entity", e.id()), "articles that mention " + e.name()).close("span");
        h.close("p");
        List<String> aliases = e.aliases().stream().filter(a -> !a.equals(e.name())).toList();
        if (!aliases.isEmpty()) h.open("p", "class", "aliases").el("strong", "Also called: ").text(String.join(", ", aliases)).close("p");
        h.el("h2", "Roles over time");
        if (e.roles().isEmpty()) h.el("p", "No role stated.", "class", "hint");
        else {
            h.open("table", "class", "roles").open("tr").el("th", "Stated").el("th", "Role").el("th", "Where").close("tr");
            List<Entity.Role> roles = new ArrayList<>(e.roles());
            roles.sort(java.util.Comparator.comparing((Entity.Role r) -> r.stated() == null ? "~" : r.stated()));
            for (Entity.Role r : roles) {
                h.open("tr").el("td", r.stated() == null ? "undated" : Pages.date(r.stated())).el("td", r.title()).open("td");
                if (r.article() != null) h.a(Urls.path("/articles", r.article()), r.article());
                h.close("td").close("tr");
            }
            h.close("table");
        }
        h.el("h2", "Quotes over time (" + quotes.size() + (quotes.size() == 200 ? "+" : "") + ")");
        quoteList(h, quotes, false);
        h.el("h2", "Events");
        if (events.isEmpty()) h.el("p", "No event with this entity as actor or target.", "class", "hint");
        h.open("ul", "class", "events");
        for (Event ev : events) {
            h.open("li").open("span", "class", "when");
            whenText(h, ev.when());
            h.close("span").text(" ");
            h.el("span", ev.type(), "class", "badge type");
            h.text(" ").text(ev.summary()).text(" ");
            if (!ev.sources().isEmpty()) h.a(sourceLink(ev.sources().get(0)), "source");
            h.close("li");
        }
        h.close("ul");
        h.el("h2", "Stories");
        h.open("ul", "class", "stories");
        for (StorySummary s : stories) {
            h.open("li").a(Urls.path("/stories", s.id()), s.title() == null ? s.id() : s.title())
                    .text(" (" + range(s.first(), s.last()) + ")").close("li");
        }
        h.close("ul");
        Pages.send(ctx, 200, e.name(), "/entities", ingest, h);
    }

    // ------------------------------------------------------------------ quotes

    void quotes(Context ctx) {
        int page = Math.max(1, Params.integer(ctx, "page", 1));
        int limit = 50;
        String speaker = Params.get(ctx, "speaker");
        if (speaker != null) Params.entityId(speaker);
        String q = Params.get(ctx, "q");
        String match = SearchSyntax.toMatch(q);
        String from = Params.get(ctx, "from"), to = Params.get(ctx, "to");
        String lo = from == null ? null : Params.dateBound(from, false), hi = to == null ? null : Params.dateBound(to, true);
        List<StoredQuote> quotes = store.annotations("list quotes",
                c -> AnnotationReads.quotes(c, speaker, match, lo, hi, limit + 1, (page - 1) * limit));
        List<Map.Entry<EntitySummary, Integer>> speakers = store.annotations("list speakers", c -> AnnotationReads.speakers(c, 200));
        Html h = new Html();
        h.el("h1", "Quotes");
        if (match != null) h.el("p", "Best matches first.", "class", "count");
        h.open("form", "method", "get", "action", "/quotes", "class", "search", "role", "search");
        h.open("label", "class", "grow").el("span", "Words (topic)").empty("input", "type", "search", "name", "q", "value",
                q == null ? "" : q, "maxlength", "500", "placeholder", "sanctions, \"denuclearization\"…").close("label");
        h.open("label").el("span", "Speaker").open("select", "name", "speaker");
        h.el("option", "Anyone", "value", "");
        for (Map.Entry<EntitySummary, Integer> s : speakers) {
            h.el("option", s.getKey().name() + " (" + s.getValue() + ")", "value", s.getKey().id(),
                    "selected", s.getKey().id().equals(speaker) ? "" : null);
        }
        h.close("select").close("label");
        h.open("label").el("span", "From").empty("input", "type", "text", "name", "from", "value", from, "placeholder",
                "YYYY[-MM[-DD]]", "size", "10").close("label");
        h.open("label").el("span", "To").empty("input", "type", "text", "name", "to", "value", to, "placeholder",
                "YYYY[-MM[-DD]]", "size", "10").close("label");
        h.el("button", "Filter", "type", "submit");
        h.close("form");
        quoteList(h, quotes.subList(0, Math.min(limit, quotes.size())), true);
        List<String> params = new ArrayList<>(List.of("q", q == null ? "" : q, "speaker", speaker == null ? "" : speaker,
                "from", from == null ? "" : from, "to", to == null ? "" : to));
        Pages.pager(h, "/quotes", params, (page - 1) * limit, limit, (long) (page - 1) * limit + quotes.size(), false);
        Pages.send(ctx, 200, "Quotes", "/quotes", ingest, h);
    }

    private void quoteList(Html h, List<StoredQuote> quotes, boolean withSpeaker) {
        if (quotes.isEmpty()) {
            h.el("p", "No quote.", "class", "hint");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (StoredQuote q : quotes) ids.add(q.quote().article());
        Map<String, ArticleSummary> articles = store.summaries(ids);
        h.open("ol", "class", "quotes", "id", "quotes");
        for (StoredQuote sq : quotes) {
            Quote q = sq.quote();
            ArticleSummary a = articles.get(q.article());
            h.open("li", "class", "quote-row", "data-quote", q.id());
            h.el("span", sq.published() == null ? "undated" : Pages.date(sq.published()), "class", "date");
            h.open("blockquote").text("“");
            if (sq.marked() != null) h.trusted(Highlighter.inline(sq.marked().text(), Pages.matches(sq.marked())));
            else h.text(q.text());
            h.text("”").close("blockquote");
            h.open("p", "class", "meta");
            if (withSpeaker) {
                if (q.entity() != null) h.open("span").a(Urls.path("/entities", q.entity()), q.speaker() == null ? q.entity() : q.speaker()).close("span");
                else h.el("span", q.speaker() == null ? "unattributed" : q.speaker());
            }
            if (q.cue() != null) h.el("span", q.cue(), "class", "cue");
            h.open("span").a(sourceLink(new Source(q.article(), q.start(), q.end(), q.text())),
                    a == null ? q.article() : (a.site() == null ? a.id() : a.site())).close("span");
            if (!q.alsoIn().isEmpty()) h.el("span", "also in " + q.alsoIn().size() + (q.alsoIn().size() == 1 ? " article" : " articles"));
            h.close("p").close("li");
        }
        h.close("ol");
    }
}
