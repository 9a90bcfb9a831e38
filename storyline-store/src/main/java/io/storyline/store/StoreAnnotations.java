package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.quote.QuoteMerger;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.time.PublicationDateInference.KnownEvent;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Entity;
import io.storyline.model.Event;
import io.storyline.model.EventMention;
import io.storyline.model.Mention;
import io.storyline.model.Quote;
import io.storyline.model.Source;
import io.storyline.model.StoryDecision;
import io.storyline.model.Timex;
import io.storyline.pipeline.Analyzer;
import io.storyline.story.StoryCorpus;
import io.storyline.story.StoryOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Annotation over the store: every deduplicated article not yet annotated goes through
 * {@link Analyzer#annotate} (the same stage {@code analyze} runs in memory), in storing order, each
 * batch in one transaction with what it changed: the article's time expressions and event mentions
 * ({@code annotations}), its entity mentions and the entities they name, its quotes (a quote whose
 * normalised text an earlier article carried joins that quote's {@code also_in}), the stories it
 * joined or merged, and those stories' events, merged again from their articles' event mentions.
 * An undated article gets the publication date its text and the dates of earlier articles give
 * (inferred, with the evidence), as in {@code analyze}.
 *
 * <p>The corpus state (entity index, story clustering, known dated events) is read from the
 * tables once and kept in memory; after a failed transaction it is read again. Used by
 * {@link Store} under its lock, on its connection.
 */
final class StoreAnnotations {
    /** Dated events kept to date undated articles, the most recent. */
    static final int MAX_KNOWN_EVENTS = 20_000;
    /** Words that characterise a story, stored with it. */
    static final int STORY_TERMS = 8;
    /** Articles per chunk of a story over which events are merged. */
    static final int CHUNK_ARTICLES = 200;

    private static final TypeReference<List<EventMention>> EVENT_MENTIONS = new TypeReference<>() { };
    private static final TypeReference<List<KnownEvent>> KNOWN = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Entity.Role>> ROLES = new TypeReference<>() { };

    private final Connection conn;
    private final Analyzer analyzer;
    private EntityIndex entities;
    private StoryCorpus stories;
    private List<KnownEvent> known;
    private int seq;

    StoreAnnotations(Connection conn, Analyzer analyzer) {
        this.conn = conn;
        this.analyzer = analyzer;
    }

    /** Forgets the in-memory state (after a failed transaction), so it is read again from the tables. */
    void reset() {
        entities = null;
        stories = null;
        known = null;
    }

    private void load() throws SQLException, IOException {
        if (entities != null) return;
        Map<String, List<Mention>> mentions = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT entity_id, article_id, start, end, text, type FROM entity_mentions ORDER BY rowid")) {
            while (r.next()) {
                mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new Mention(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6)));
            }
        }
        List<Entity> list = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT id, name, type, aliases, roles FROM entities ORDER BY row")) {
            while (r.next()) {
                list.add(new Entity(r.getString(1), r.getString(2), r.getString(3), Store.JSON.readValue(r.getString(4), STRINGS),
                        Store.JSON.readValue(r.getString(5), ROLES), mentions.getOrDefault(r.getString(1), List.of())));
            }
        }
        EntityIndex index = EntityIndex.restore(list);
        byte[] state = state("stories");
        StoryCorpus c = state == null ? new StoryCorpus(StoryOptions.defaults())
                : StoryCorpus.read(new ByteArrayInputStream(state), StoryOptions.defaults());
        byte[] k = state("known-events");
        known = k == null ? new ArrayList<>() : new ArrayList<>(Store.JSON.readValue(k, KNOWN));
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq) + 1, 0) FROM annotations")) {
            seq = r.next() ? r.getInt(1) : 0;
        }
        stories = c;
        entities = index;
    }

    private byte[] state(String name) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT data FROM corpus_state WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        }
    }

    private void saveState(String name, byte[] data) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO corpus_state (name, data) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET data = excluded.data")) {
            p.setString(1, name);
            p.setBytes(2, data);
            p.executeUpdate();
        }
    }

    /**
     * Annotates up to {@code max} deduplicated articles not yet annotated, in storing order, inside
     * the caller's transaction. Returns how many.
     */
    int catchUp(int max) throws SQLException {
        try {
            load();
            return annotate(max);
        } catch (IOException e) {
            throw new StoreException("the stored annotation state is unreadable", e);
        }
    }

    private int annotate(int max) throws SQLException, IOException {
        List<Article> pending = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT a.* FROM articles a JOIN dedup_docs d ON d.article_id = a.id"
                + " LEFT JOIN annotations n ON n.article_id = a.id WHERE n.article_id IS NULL ORDER BY a.row LIMIT ?")) {
            p.setInt(1, max);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) pending.add(Store.readArticle(r));
            }
        }
        if (pending.isEmpty()) return 0;
        // dated articles first: the events they date help date the undated ones of the same batch
        List<Article> order = new ArrayList<>(pending);
        order.sort(Comparator.comparing((Article a) -> a.published() == null));
        Set<String> touchedEntities = new LinkedHashSet<>();
        List<String> articlesOfBatch = new ArrayList<>();
        // what does not depend on the corpus (tokens, names, a dated article's time expressions) on every core
        Map<String, Prepared> prepared = new java.util.concurrent.ConcurrentHashMap<>();
        order.parallelStream().forEach(a -> {
            try {
                TextAnalysis t = analyzer.textAnalysis(a);
                prepared.put(a.id(), new Prepared(t, analyzer.recognize(a, t), a.published() == null ? null : analyzer.timexes(a, t)));
            } catch (RuntimeException e) {
                // annotated (and marked failed) one by one below
            }
        });
        for (Article given : order) {
            Prepared pre = prepared.get(given.id());
            TextAnalysis t = pre != null ? pre.text() : analyzer.textAnalysis(given);
            Article a = analyzer.dated(given, known);
            if (a != given) updatePublished(a);
            List<Timex> times = pre != null && pre.timexes() != null && a == given ? pre.timexes() : analyzer.timexes(a, t);
            if (given.published() != null) known.addAll(Analyzer.knownEvents(a, times));
            Analyzer.Annotated done;
            try {
                done = pre != null ? analyzer.annotate(a, t, times, pre.mentions(), entities, stories)
                        : analyzer.annotate(a, t, times, entities, stories);
            } catch (RuntimeException e) {
                // a bug in a stage must not stop the corpus: the article is marked, kept, and left out
                writeFailure(a, e);
                continue;
            }
            writeAnnotation(done);
            touchedEntities.addAll(writeMentions(done));
            writeQuotes(a, done.quotes());
            if (stories.storyOf(a.id()) != null) articlesOfBatch.add(a.id());
        }
        if (known.size() > MAX_KNOWN_EVENTS) known = new ArrayList<>(known.subList(known.size() - MAX_KNOWN_EVENTS, known.size()));
        for (String id : touchedEntities) writeEntity(id);
        writeStories(articlesOfBatch);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stories.write(out);
        saveState("stories", out.toByteArray());
        saveState("known-events", Store.JSON.writeValueAsBytes(known));
        return pending.size();
    }

    /** The corpus-independent annotation of one article, made ahead on any thread. */
    private record Prepared(TextAnalysis text, List<Mention> mentions, List<Timex> timexes) {
    }

    private void updatePublished(Article a) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("UPDATE articles SET published_value = ?, published_precision = ?,"
                + " published_inferred = 1, published_evidence = ? WHERE id = ?")) {
            p.setString(1, a.published().value());
            p.setString(2, a.published().precision().label());
            p.setString(3, a.published().evidence());
            p.setString(4, a.id());
            p.executeUpdate();
        }
    }

    private void writeAnnotation(Analyzer.Annotated done) throws SQLException, JsonProcessingException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO annotations (article_id, seq, story_id, decision,"
                + " timexes, events) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, done.article().id());
            p.setInt(2, seq++);
            p.setString(3, done.story() == null ? null : done.story().story());
            p.setString(4, done.story() == null ? null : Store.JSON.writeValueAsString(done.story()));
            p.setString(5, Store.JSON.writeValueAsString(done.timexes()));
            p.setString(6, Store.JSON.writeValueAsString(done.events()));
            p.executeUpdate();
        }
    }

    private void writeFailure(Article a, RuntimeException e) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO annotations (article_id, seq, error) VALUES (?, ?, ?)")) {
            p.setString(1, a.id());
            p.setInt(2, seq++);
            p.setString(3, e.getClass().getSimpleName() + ": " + e.getMessage());
            p.executeUpdate();
        }
    }

    /** Writes the article's resolved mentions; returns the entities they name. */
    private Set<String> writeMentions(Analyzer.Annotated done) throws SQLException {
        Set<String> touched = new LinkedHashSet<>();
        List<Mention> ms = done.resolution().mentions();
        List<String> ids = done.resolution().entities();
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO entity_mentions (entity_id, article_id, start, end,"
                + " text, type) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ms.size() && i < ids.size(); i++) {
                String id = ids.get(i);
                if (id == null) continue;
                Mention m = ms.get(i);
                p.setString(1, id);
                p.setString(2, done.article().id());
                p.setInt(3, m.start());
                p.setInt(4, m.end());
                p.setString(5, m.text());
                p.setString(6, m.type() == null ? "" : m.type());
                p.addBatch();
                touched.add(id);
            }
            p.executeBatch();
        }
        return touched;
    }

    private void writeEntity(String id) throws SQLException, JsonProcessingException {
        Entity e = entities.entity(id);
        if (e == null) return;
        Set<String> articles = new HashSet<>();
        for (Mention m : e.mentions()) articles.add(m.article());
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO entities (id, name, type, aliases, roles, mentions,"
                + " articles) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                + " type = excluded.type, aliases = excluded.aliases, roles = excluded.roles,"
                + " mentions = excluded.mentions, articles = excluded.articles")) {
            p.setString(1, e.id());
            p.setString(2, e.name());
            p.setString(3, e.type());
            p.setString(4, Store.JSON.writeValueAsString(e.aliases()));
            p.setString(5, Store.JSON.writeValueAsString(e.roles()));
            p.setInt(6, e.mentions().size());
            p.setInt(7, articles.size());
            p.executeUpdate();
        }
    }

    /** Inserts the article's quotes; a statement already stored from another article gains it in {@code also_in}. */
    private void writeQuotes(Article a, List<Quote> quotes) throws SQLException, JsonProcessingException {
        for (Quote q : quotes) {
            String norm = QuoteMerger.normalize(q.text());
            String earlier = null;
            List<String> alsoIn = null;
            try (PreparedStatement p = conn.prepareStatement("SELECT id, also_in, article_id FROM quotes WHERE norm = ?"
                    + " ORDER BY row LIMIT 8")) {
                p.setString(1, norm);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next() && earlier == null) {
                        if (r.getString(3).equals(a.id())) continue;
                        earlier = r.getString(1);
                        alsoIn = new ArrayList<>(Store.JSON.readValue(r.getString(2), STRINGS));
                    }
                }
            }
            if (earlier != null && !norm.isEmpty()) {
                if (!alsoIn.contains(a.id())) alsoIn.add(a.id());
                try (PreparedStatement p = conn.prepareStatement("UPDATE quotes SET also_in = ?,"
                        + " speaker = COALESCE(speaker, ?), entity_id = COALESCE(entity_id, ?), cue = COALESCE(cue, ?) WHERE id = ?")) {
                    p.setString(1, Store.JSON.writeValueAsString(alsoIn));
                    p.setString(2, q.speaker());
                    p.setString(3, q.entity());
                    p.setString(4, q.cue());
                    p.setString(5, earlier);
                    p.executeUpdate();
                }
                continue;
            }
            try (PreparedStatement p = conn.prepareStatement("INSERT OR IGNORE INTO quotes (id, article_id, start, end, text,"
                    + " norm, speaker, entity_id, cue, also_in, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, q.id());
                p.setString(2, a.id());
                p.setInt(3, q.start());
                p.setInt(4, q.end());
                p.setString(5, q.text());
                p.setString(6, norm);
                p.setString(7, q.speaker());
                p.setString(8, q.entity());
                p.setString(9, q.cue());
                p.setString(10, Store.JSON.writeValueAsString(q.alsoIn()));
                p.setString(11, a.published() == null ? null : a.published().value());
                p.executeUpdate();
            }
        }
    }

    /**
     * Writes what the batch changed in the stories: merged stories point at their survivor (their
     * articles, chunks and events move to it), new articles join their story's open chunk, the
     * chunks that got articles have their events merged again, and every changed story's row
     * (title, counts, dates, terms, history) is rewritten. Nothing here reads a whole story.
     */
    private void writeStories(List<String> batch) throws SQLException, IOException {
        // a split moves articles stored before this batch: out of their chunks, then stored again below
        Set<Long> dirty = new LinkedHashSet<>();
        List<String> stored = new ArrayList<>(batch);
        Set<String> inBatch = new java.util.HashSet<>(batch);
        for (StoryDecision d : stories.drainDecisions()) {
            if (d.kind() != StoryDecision.Kind.SPLIT) continue;
            for (String article : stories.articles(d.story())) {
                if (!inBatch.add(article)) continue;
                stored.add(article);
                try (PreparedStatement p = conn.prepareStatement("SELECT chunk FROM story_articles WHERE article_id = ?")) {
                    p.setString(1, article);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) continue;
                        long old = r.getLong(1);
                        try (PreparedStatement c = conn.prepareStatement("UPDATE story_chunks SET articles = articles - 1 WHERE chunk = ?")) {
                            c.setLong(1, old);
                            c.executeUpdate();
                        }
                        dirty.add(old);
                    }
                }
            }
        }
        batch = stored;
        Set<String> changed = new LinkedHashSet<>(stories.drainChanged());
        for (String article : batch) {
            String s = stories.storyOf(article);
            if (s != null) changed.add(s);
        }
        String now = Instant.now().toString();
        Set<String> live = new LinkedHashSet<>();
        for (String id : changed) {
            String survivor = stories.resolve(id);
            if (survivor == null || survivor.equals(id)) {
                live.add(id);
                continue;
            }
            live.add(survivor);
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO stories (id, merged_into, updated_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET merged_into = excluded.merged_into, articles = 0, events = 0,"
                    + " updated_at = excluded.updated_at")) {
                p.setString(1, id);
                p.setString(2, survivor);
                p.setString(3, now);
                p.executeUpdate();
            }
            for (String table : List.of("story_articles", "story_chunks", "events")) {
                try (PreparedStatement p = conn.prepareStatement("UPDATE " + table + " SET story_id = ? WHERE story_id = ?")) {
                    p.setString(1, survivor);
                    p.setString(2, id);
                    p.executeUpdate();
                }
            }
        }
        for (String article : batch) {
            String story = stories.storyOf(article);
            if (story == null) continue;
            long chunk = openChunk(story);
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO story_articles (article_id, story_id, chunk)"
                    + " VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, chunk = excluded.chunk");
                 PreparedStatement c = conn.prepareStatement("UPDATE story_chunks SET articles = articles + 1 WHERE chunk = ?")) {
                p.setString(1, article);
                p.setString(2, story);
                p.setLong(3, chunk);
                p.executeUpdate();
                c.setLong(1, chunk);
                c.executeUpdate();
            }
            dirty.add(chunk);
        }
        for (long chunk : dirty) mergeChunk(chunk);
        for (String id : live) writeStory(id, now);
    }

    /** The chunk of a story new articles join: its latest, or a new one when that is full. */
    private long openChunk(String story) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT chunk, articles FROM story_chunks WHERE story_id = ?"
                + " ORDER BY chunk DESC LIMIT 1")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                if (r.next() && r.getInt(2) < CHUNK_ARTICLES) return r.getLong(1);
            }
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO story_chunks (story_id) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, story);
            p.executeUpdate();
            try (ResultSet r = p.getGeneratedKeys()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Merges the event mentions of a chunk's articles into events, replacing the chunk's events. */
    private void mergeChunk(long chunk) throws SQLException, IOException {
        List<Article> articles = new ArrayList<>();
        List<EventMention> mentions = new ArrayList<>();
        Map<String, String> published = new HashMap<>();
        String story = null;
        Map<String, String> copyGroup = new HashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT a.*, n.events AS event_mentions, sa.story_id AS story,"
                + " m.group_root AS copy_group FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                + " JOIN annotations n ON n.article_id = a.id LEFT JOIN duplicate_members m ON m.article_id = a.id"
                + " WHERE sa.chunk = ?")) {
            p.setLong(1, chunk);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Article a = Store.readArticle(r);
                    articles.add(a);
                    story = r.getString("story");
                    if (r.getString("copy_group") != null) copyGroup.put(a.id(), r.getString("copy_group"));
                    if (a.published() != null) published.put(a.id(), a.published().value());
                    mentions.addAll(Store.JSON.readValue(r.getString("event_mentions"), EVENT_MENTIONS));
                }
            }
        }
        for (String table : List.of("events", "event_entities")) {
            try (PreparedStatement p = conn.prepareStatement("DELETE FROM " + table + " WHERE chunk = ?")) {
                p.setLong(1, chunk);
                p.executeUpdate();
            }
        }
        if (story == null) return;
        try (PreparedStatement p = conn.prepareStatement("INSERT OR REPLACE INTO events (id, chunk, story_id, when_value,"
                + " first_report, type, json) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement who = conn.prepareStatement("INSERT OR IGNORE INTO event_entities (chunk, event_id, entity_id)"
                     + " VALUES (?, ?, ?)")) {
            for (Event e : analyzer.mergeEvents(mentions, articles, copyGroup::get)) {
                String first = null;
                for (Source s : e.sources()) {
                    String d = published.get(s.article());
                    if (d != null && (first == null || d.compareTo(first) < 0)) first = d;
                }
                p.setString(1, e.id());
                p.setLong(2, chunk);
                p.setString(3, story);
                p.setString(4, e.when() == null ? null : e.when().value());
                p.setString(5, first);
                p.setString(6, e.type());
                p.setString(7, Store.JSON.writeValueAsString(e));
                p.addBatch();
                Set<String> involved = new LinkedHashSet<>(e.actors());
                involved.addAll(e.targets());
                for (String entity : involved) {
                    if (entity == null) continue;
                    who.setLong(1, chunk);
                    who.setString(2, e.id());
                    who.setString(3, entity);
                    who.addBatch();
                }
            }
            p.executeBatch();
            who.executeBatch();
        }
    }

    /** Rewrites a live story's row from the tables (counts and dates) and the clustering state (title, terms, history). */
    private void writeStory(String id, String now) throws SQLException, IOException {
        int articles = 0, events = 0;
        String first = null, last = null;
        try (PreparedStatement p = conn.prepareStatement("SELECT count(*) FROM story_articles WHERE story_id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) articles = r.getInt(1);
            }
        }
        // the story's dates: its events' own dates (a year or a day), else its articles'
        try (PreparedStatement p = conn.prepareStatement("SELECT count(*), min(substr(when_value, 1, 10)),"
                + " max(substr(when_value, 1, 10)) FROM events WHERE story_id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    events = r.getInt(1);
                    first = r.getString(2);
                    last = r.getString(3);
                }
            }
        }
        List<StoryDecision> history = stories.history(id);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO stories (id, title, articles, events, first_date, last_date,"
                + " terms, history, merged_into, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (id) DO UPDATE SET"
                + " title = excluded.title, articles = excluded.articles, events = excluded.events,"
                + " first_date = excluded.first_date, last_date = excluded.last_date, terms = excluded.terms,"
                + " history = excluded.history, merged_into = NULL, updated_at = excluded.updated_at")) {
            p.setString(1, id);
            p.setString(2, stories.title(id));
            p.setInt(3, articles);
            p.setInt(4, events);
            p.setString(5, first);
            p.setString(6, last);
            p.setString(7, Store.JSON.writeValueAsString(stories.terms(id, STORY_TERMS)));
            p.setString(8, Store.JSON.writeValueAsString(history));
            p.setString(9, now);
            p.executeUpdate();
        }
    }

    /** The first day (YYYY-MM-DD, YYYY-MM or YYYY) of a date, for a story's range. */
    private static String day(DateValue d) {
        if (d == null) return null;
        String v = d.value();
        int slash = v.indexOf('/');
        if (slash > 0) v = v.substring(0, slash);
        return v.length() > 10 ? v.substring(0, 10) : v;
    }

}
