package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.storyline.export.Timelines;
import io.storyline.model.DateValue;
import io.storyline.model.Entity;
import io.storyline.model.Event;
import io.storyline.model.Precision;
import io.storyline.model.Quote;
import io.storyline.model.Timeline;
import io.storyline.model.Timex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what annotation stored (schema version 5): stories and their timelines, entities, quotes,
 * an article's annotations. Static functions over a connection, shared by {@link Store} (the CLI)
 * and {@link StoreQueries} (the server's read-only pool). Every query is bounded by a limit.
 */
public final class AnnotationReads {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Entity.Role>> ROLES = new TypeReference<>() { };
    private static final TypeReference<List<Timex>> TIMEXES = new TypeReference<>() { };
    /** Events of one timeline read at most. */
    public static final int MAX_TIMELINE_EVENTS = 2_000;

    private AnnotationReads() {
    }

    /** A read over one connection. */
    @FunctionalInterface
    public interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** A story as listed: its title, size, date range and characteristic words. */
    public record StorySummary(String id, String title, int articles, int events, String first, String last,
                               List<String> terms) {
    }

    /** An entity as listed: names, type, roles with when they were stated, counts. */
    public record EntitySummary(String id, String name, String type, List<String> aliases, List<Entity.Role> roles,
                                int mentions, int articles) {
    }

    /**
     * A stored quote with its article's publication date and, from a search, its text with the
     * matches marked (else null).
     */
    public record StoredQuote(Quote quote, String published, Marked marked) {
    }

    /** An entity mention in an article, with the entity it names. */
    public record EntityMention(String entity, int start, int end, String text, String type) {
    }

    private static StorySummary story(ResultSet r) throws SQLException {
        return new StorySummary(r.getString("id"), r.getString("title"), r.getInt("articles"), r.getInt("events"),
                r.getString("first_date"), r.getString("last_date"), json(r.getString("terms"), STRINGS));
    }

    /** Stories, the most recent last date first (undated last), at most {@code limit} from {@code offset}. */
    public static List<StorySummary> stories(Connection c, String entity, int limit, int offset) throws SQLException {
        String sql = "SELECT * FROM stories s WHERE merged_into IS NULL"
                + (entity == null ? "" : " AND s.id IN (SELECT sa.story_id FROM story_articles sa JOIN entity_mentions m"
                + " ON m.article_id = sa.article_id WHERE m.entity_id = ?)")
                + " ORDER BY last_date IS NULL, last_date DESC, articles DESC, id LIMIT ? OFFSET ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (entity != null) p.setString(i++, entity);
            p.setInt(i++, limit);
            p.setInt(i, offset);
            List<StorySummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(story(r));
            }
            return out;
        }
    }

    /** Live stories. */
    public static long storyCount(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM stories WHERE merged_into IS NULL");
             ResultSet r = p.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** A story by id; a merged story's id resolves to the story that absorbed it. */
    public static Optional<StorySummary> story(Connection c, String id) throws SQLException {
        String[] live = storyStamp(c, id);
        if (live == null) return Optional.empty();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM stories WHERE id = ?")) {
            p.setString(1, live[0]);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(story(r)) : Optional.empty();
            }
        }
    }

    /**
     * A story's live id (a merged story's survivor) and the time its row was last rewritten, or
     * null when there is no such story: what a kept timeline is checked against.
     */
    public static String[] storyStamp(Connection c, String id) throws SQLException {
        String at = id;
        for (int hops = 0; hops < 64 && at != null; hops++) {
            try (PreparedStatement p = c.prepareStatement("SELECT merged_into, updated_at, articles FROM stories WHERE id = ?")) {
                p.setString(1, at);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) return null;
                    String merged = r.getString(1);
                    if (merged == null) return new String[] {at, r.getString(2) + "/" + r.getInt(3)};
                    at = merged;
                }
            }
        }
        return null;
    }

    /** The story an article belongs to, or empty. */
    public static Optional<String> storyOf(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The events of a story in timeline order. Events are merged per chunk of a story's articles;
     * one retold in several chunks is joined here ({@link io.storyline.event.EventJoiner}).
     */
    public static List<Event> events(Connection c, String storyId, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT json, chunk FROM events WHERE story_id = ?"
                + " ORDER BY when_value IS NULL, when_value, first_report IS NULL, first_report, chunk LIMIT ?")) {
            p.setString(1, storyId);
            p.setInt(2, limit);
            List<Event> out = new ArrayList<>();
            long[] chunks = new long[16];
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (out.size() == chunks.length) chunks = java.util.Arrays.copyOf(chunks, chunks.length * 2);
                    chunks[out.size()] = r.getLong(2);
                    out.add(json(r.getString(1), Event.class));
                }
            }
            return io.storyline.event.EventJoiner.join(out, java.util.Arrays.copyOf(chunks, out.size()));
        }
    }

    /** The articles of a story, oldest first. */
    public static List<String> storyArticles(Connection c, String storyId, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT sa.article_id FROM story_articles sa JOIN articles a"
                + " ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published_value IS NULL, a.published_value, a.row"
                + " LIMIT ?")) {
            p.setString(1, storyId);
            p.setInt(2, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        }
    }

    /** A story's timeline: its events with sources, quotes, first report and independent sources. */
    public static Optional<Timeline> timeline(Connection c, String storyId) throws SQLException {
        Optional<StorySummary> s = story(c, storyId);
        if (s.isEmpty()) return Optional.empty();
        StorySummary story = s.get();
        List<Event> events = events(c, story.id(), MAX_TIMELINE_EVENTS);
        Map<String, Event> byId = new HashMap<>();
        List<String> ids = new ArrayList<>();
        java.util.Set<String> articles = new java.util.LinkedHashSet<>();
        java.util.Set<String> quoteIds = new java.util.LinkedHashSet<>();
        for (Event e : events) {
            byId.put(e.id(), e);
            ids.add(e.id());
            for (var src : e.sources()) articles.add(src.article());
            quoteIds.addAll(e.quotes());
        }
        Map<String, String> groups = new HashMap<>();
        Map<String, DateValue> dates = new HashMap<>();
        // one query for the articles of every source: their duplicate group and publication date
        try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.published_value, a.published_precision,"
                + " a.published_inferred, d.id FROM json_each(?) j JOIN articles a ON a.id = j.value"
                + " LEFT JOIN duplicate_members m ON m.article_id = a.id LEFT JOIN duplicate_groups d ON d.root = m.group_root")) {
            p.setString(1, jsonArray(articles));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    if (r.getString(2) != null) {
                        dates.put(id, new DateValue(r.getString(2), Precision.valueOf(r.getString(3).toUpperCase(Locale.ROOT)),
                                r.getInt(4) != 0, null));
                    }
                    if (r.getString(5) != null) groups.put(id, r.getString(5));
                }
            }
        }
        Map<String, Quote> quotes = new HashMap<>();
        if (!quoteIds.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("SELECT q.* FROM json_each(?) j JOIN quotes q ON q.id = j.value")) {
                p.setString(1, jsonArray(quoteIds));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Quote q = quote(r).quote();
                        quotes.put(q.id(), q);
                    }
                }
            }
        }
        Timelines t = new Timelines(byId::get, quotes::get, groups::get, dates::get);
        List<io.storyline.model.TimelineEntry> entries = new ArrayList<>(events.size());
        for (Event e : events) entries.add(t.entry(e));
        return Optional.of(new Timeline(story.id(), story.title(), story.articles(), independentSources(c, story.id()), entries));
    }

    /** A story's articles with each group of copies counted once. */
    public static int independentSources(Connection c, String storyId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(DISTINCT COALESCE('g' || m.group_root, sa.article_id))"
                + " FROM story_articles sa LEFT JOIN duplicate_members m ON m.article_id = sa.article_id WHERE sa.story_id = ?")) {
            p.setString(1, storyId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static EntitySummary entity(ResultSet r) throws SQLException {
        return new EntitySummary(r.getString("id"), r.getString("name"), r.getString("type"),
                json(r.getString("aliases"), STRINGS), json(r.getString("roles"), ROLES), r.getInt("mentions"),
                r.getInt("articles"));
    }

    /**
     * Entities, most mentioned first.
     *
     * @param type only this type (PERSON, ORG, COUNTRY, LOC), or null
     * @param name only entities whose name starts with this (case-insensitive), or null
     */
    public static List<EntitySummary> entities(Connection c, String type, String name, int limit, int offset) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM entities WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            sql.append(" AND type = ?");
            params.add(type);
        }
        if (name != null && !name.isBlank()) {
            sql.append(" AND (name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')");
            String like = name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.add(like + "%");
            params.add("%\"" + like + "%");
        }
        sql.append(" ORDER BY mentions DESC, row LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
            List<EntitySummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(entity(r));
            }
            return out;
        }
    }

    public static Optional<EntitySummary> entity(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM entities WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(entity(r)) : Optional.empty();
            }
        }
    }

    /** Events in which an entity acts or is acted upon, by their own date. */
    public static List<Event> eventsOf(Connection c, String entityId, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT e.json FROM event_entities x JOIN events e ON e.chunk = x.chunk"
                + " AND e.id = x.event_id WHERE x.entity_id = ? ORDER BY e.when_value IS NULL, e.when_value LIMIT ?")) {
            p.setString(1, entityId);
            p.setInt(2, limit);
            List<Event> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(json(r.getString(1), Event.class));
            }
            return out;
        }
    }

    private static StoredQuote quote(ResultSet r) throws SQLException {
        return new StoredQuote(new Quote(r.getString("id"), r.getString("article_id"), r.getInt("start"), r.getInt("end"),
                r.getString("text"), r.getString("speaker"), r.getString("entity_id"), r.getString("cue"),
                json(r.getString("also_in"), STRINGS)), r.getString("published"), null);
    }

    public static Optional<StoredQuote> quote(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM quotes WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(quote(r)) : Optional.empty();
            }
        }
    }

    /**
     * Quotes in order of publication (oldest first), or by relevance when searched.
     *
     * @param entity only quotes whose speaker is this entity, or null
     * @param match  an FTS5 expression over the quote's text and speaker ({@link SearchSyntax}), or null
     * @param from   only quotes published on or after this ISO date prefix, or null
     * @param to     only quotes published before this bound (exclusive), or null
     */
    public static List<StoredQuote> quotes(Connection c, String entity, String match, String from, String to, int limit,
                                           int offset) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT q.*");
        List<Object> params = new ArrayList<>();
        if (match != null) {
            sql.append(", highlight(quotes_fts, 0, ?, ?) AS marked FROM quotes q JOIN quotes_fts ON quotes_fts.rowid = q.row"
                    + " AND quotes_fts MATCH ?");
            params.add(Marked.OPEN);
            params.add(Marked.CLOSE);
            params.add(match);
        } else {
            sql.append(" FROM quotes q");
        }
        sql.append(" WHERE 1 = 1");
        if (entity != null) {
            sql.append(" AND q.entity_id = ?");
            params.add(entity);
        }
        if (from != null) {
            sql.append(" AND q.published >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND q.published < ?");
            params.add(to);
        }
        // a search ranks by relevance (BM25; the quote's words weigh twice its speaker's); a listing goes by date
        sql.append(match != null ? " ORDER BY bm25(quotes_fts, 2.0, 1.0), q.row" : " ORDER BY q.published IS NULL, q.published, q.row");
        sql.append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
            List<StoredQuote> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    StoredQuote q = quote(r);
                    if (match != null) {
                        Marked m = Marked.parse(r.getString("marked"));
                        q = new StoredQuote(q.quote(), q.published(), m.text().equals(q.quote().text()) ? m : null);
                    }
                    out.add(q);
                }
            }
            return out;
        }
    }

    /** Speakers with the number of their quotes, most quoted first. */
    public static List<Map.Entry<EntitySummary, Integer>> speakers(Connection c, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT e.*, count(*) AS n FROM quotes q JOIN entities e ON e.id = q.entity_id"
                + " GROUP BY q.entity_id ORDER BY n DESC LIMIT ?")) {
            p.setInt(1, limit);
            List<Map.Entry<EntitySummary, Integer>> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(Map.entry(entity(r), r.getInt("n")));
            }
            return out;
        }
    }

    /** The quotes found in an article (their offsets are into its text). */
    public static List<Quote> quotesIn(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM quotes WHERE article_id = ? ORDER BY start LIMIT 2000")) {
            p.setString(1, articleId);
            List<Quote> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(quote(r).quote());
            }
            return out;
        }
    }

    /** The entity mentions of an article, in text order. */
    public static List<EntityMention> mentionsIn(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT entity_id, start, end, text, type FROM entity_mentions"
                + " WHERE article_id = ? ORDER BY start LIMIT 20000")) {
            p.setString(1, articleId);
            List<EntityMention> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new EntityMention(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5)));
            }
            return out;
        }
    }

    /** The time expressions of an article, or empty when it is not annotated yet. */
    public static List<Timex> timexesIn(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT timexes FROM annotations WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? json(r.getString(1), TIMEXES) : List.of();
            }
        }
    }

    private static String jsonArray(java.util.Collection<String> values) {
        try {
            return Store.JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T json(String s, TypeReference<T> type) {
        try {
            return Store.JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored JSON column is unreadable", e);
        }
    }

    private static <T> T json(String s, Class<T> type) {
        try {
            return Store.JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored JSON column is unreadable", e);
        }
    }
}
