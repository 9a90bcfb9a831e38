package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.storyline.model.Article;
import io.storyline.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Read-only queries over a store for the web UI and the REST API: listing and full-text search
 * with filters, articles, duplicate groups, runs, the ledger and the quarantine.
 *
 * <p>Runs on a fixed pool of read-only connections ({@code PRAGMA query_only}), so any number of
 * request threads read at once while an ingest writes through a {@link Store} (WAL lets readers
 * proceed during writes); a request waits at most {@link #WAIT} for a free connection. Thread-safe.
 *
 * <p>Search ranks by BM25 over titles (weighted {@link #TITLE_WEIGHT}) and texts, in two steps:
 * the page of row ids first, then the snippet and title highlights of those rows only, so that a
 * common word costs its ranking, not a snippet per match.
 */
public final class StoreQueries implements AutoCloseable {
    /** How long a request waits for a free connection before failing. */
    public static final java.time.Duration WAIT = java.time.Duration.ofSeconds(10);
    /** BM25 weight of a title match relative to a match in the text. */
    static final double TITLE_WEIGHT = 4.0;
    /** Tokens around the match in a search snippet. */
    static final int SNIPPET_TOKENS = 28;
    /** Counting matches stops here; beyond it the total is a lower bound. */
    public static final int COUNT_CAP = 10_000;
    /**
     * Most matches a search ranks: a query matching more (a very common word) is ranked, or sorted
     * by date, among its {@code RANK_WINDOW} most recently stored matches that pass the filters.
     * BM25 costs microseconds per match, so this bounds a search's cost whatever the word; below
     * the window, ranking is exact. Pages deeper than the window are empty.
     */
    public static final int RANK_WINDOW = 2_000;

    /**
     * One search or list result.
     *
     * @param article the article
     * @param score   BM25 relevance (higher is better), or 0 when listing without a text
     * @param title   the title with the query's matches marked (empty spans when listing)
     * @param snippet a passage of the text around the best match, marked; the text's start when listing
     */
    public record Hit(ArticleSummary article, double score, Marked title, Marked snippet) {
    }

    /**
     * A page of results.
     *
     * @param query      the query as run
     * @param total      how many articles match (at most {@link #COUNT_CAP} + 1 when not exact)
     * @param totalExact false when counting stopped at the cap
     * @param hits       this page
     * @param windowed   true when the query matched more than {@link #RANK_WINDOW} articles, so that
     *                   this page is ranked (or dated) among the most recently stored {@code RANK_WINDOW}
     */
    public record Page(ArticleQuery query, long total, boolean totalExact, List<Hit> hits, boolean windowed) {
    }

    /** A site (outlet) and how many stored articles it has. */
    public record SiteCount(String site, long articles) {
    }

    /**
     * What the store holds.
     *
     * @param articles           stored articles
     * @param independentSources articles counting each group of copies once
     * @param duplicateGroups    groups of copies
     * @param runs               ingest and replay runs
     * @param quarantined        inputs in quarantine
     * @param schemaVersion      the schema version
     */
    public record Overview(long articles, long independentSources, long duplicateGroups, long runs, long quarantined,
                           int schemaVersion) {
    }

    private final Path file;
    private final boolean filterIndex; // whether articles_row_filters exists (schema version 4 on)
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all;

    private StoreQueries(Path file, List<Connection> connections, boolean filterIndex) {
        this.file = file;
        this.filterIndex = filterIndex;
        this.all = List.copyOf(connections);
        this.pool = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    /**
     * Opens {@code connections} read-only connections to an existing, migrated store (open it with
     * {@link Store#open} first to create or migrate it).
     */
    public static StoreQueries open(Path file, int connections) {
        Objects.requireNonNull(file, "file");
        if (connections < 1) throw new IllegalArgumentException("connections must be >= 1: " + connections);
        if (!Files.isRegularFile(file)) throw new StoreException("no store at " + file);
        List<Connection> cs = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Connection c = Store.connect(file, true);
                cs.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                    s.execute("PRAGMA cache_size = -16000"); // 16 MB of page cache per connection
                    s.execute("PRAGMA mmap_size = 268435456");
                    s.execute("PRAGMA temp_store = MEMORY");
                }
            }
            boolean index;
            try (Statement s = cs.get(0).createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'articles_row_filters'")) {
                index = r.next() && r.getInt(1) > 0;
            }
            StoreQueries q = new StoreQueries(file, cs, index);
            int version = q.overview().schemaVersion();
            if (version < 3) throw new StoreException("the store " + file + " is at schema version " + version
                    + "; open it with Store.open first to migrate it");
            return q;
        } catch (SQLException | RuntimeException e) {
            for (Connection c : cs) closeQuietly(c);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open the store " + file + " for reading", e);
        }
    }

    public Path file() {
        return file;
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Query<T> q) {
        Connection c;
        try {
            c = pool.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to " + what);
        }
        if (c == null) throw new StoreException("the store is busy: no reader free within " + WAIT.toSeconds() + " s to " + what);
        try {
            return q.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        } finally {
            pool.add(c);
        }
    }

    // ------------------------------------------------------------------ results kept while the store is unchanged

    /** Results kept, per kind (timelines, searches), the least recently used dropped first. */
    public static final int CACHED = 1_024;
    private volatile boolean caching = true;
    private final Lru<String, Stamped<io.storyline.model.Timeline>> timelines = new Lru<>(CACHED);
    private final Lru<ArticleQuery, Stamped<Page>> pages = new Lru<>(CACHED);
    private final java.util.concurrent.atomic.AtomicLongArray used = new java.util.concurrent.atomic.AtomicLongArray(4);

    /** Kept results used and computed since the start: timelines used, timelines computed, searches used, searches computed. */
    public long[] cacheCounts() {
        return new long[] {used.get(0), used.get(1), used.get(2), used.get(3)};
    }

    /** A result with the state of the store it was computed from. */
    private record Stamped<T>(String stamp, T value) {
    }

    /** A small synchronized LRU map. */
    private static final class Lru<K, V> {
        private final java.util.LinkedHashMap<K, V> map;

        Lru(int max) {
            map = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > max;
                }
            };
        }

        synchronized V get(K k) {
            return map.get(k);
        }

        synchronized void put(K k, V v) {
            map.put(k, v);
        }

        synchronized void clear() {
            map.clear();
        }
    }

    /**
     * Turns the keeping of results off (every request computed; for measuring) or on. Kept results
     * are checked against the store on every use: a story's timeline against its row's update time,
     * a search against the last stored article and the last annotation, so a result is never staler
     * than the store.
     */
    public void caching(boolean on) {
        caching = on;
        timelines.clear();
        pages.clear();
    }

    /**
     * A story's timeline ({@link AnnotationReads#timeline}); a merged story's id gives the
     * survivor's. Computed again only when the story changed since.
     */
    public Optional<io.storyline.model.Timeline> timeline(String storyId) {
        return read("read the timeline of " + storyId, c -> {
            String[] stamp = AnnotationReads.storyStamp(c, storyId);
            if (stamp == null) return Optional.empty();
            Stamped<io.storyline.model.Timeline> kept = caching ? timelines.get(stamp[0]) : null;
            if (kept != null && kept.stamp().equals(stamp[1])) {
                used.incrementAndGet(0);
                return Optional.of(kept.value());
            }
            used.incrementAndGet(1);
            Optional<io.storyline.model.Timeline> t = AnnotationReads.timeline(c, stamp[0]);
            if (caching) t.ifPresent(x -> timelines.put(stamp[0], new Stamped<>(stamp[1], x)));
            return t;
        });
    }

    /** The state search results depend on: the last stored article and the last annotation. */
    private static String searchStamp(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT (SELECT max(row) FROM articles) || '/'"
                + " || (SELECT max(seq) FROM annotations)")) {
            return r.next() ? String.valueOf(r.getString(1)) : "";
        }
    }

    /** Runs a read of {@link AnnotationReads} on a pooled connection; {@code what} names it in errors. */
    public <T> T annotations(String what, AnnotationReads.Read<T> read) {
        return read(what, read::run);
    }

    // ------------------------------------------------------------------ search and listing

    /** One SQL condition with its parameters. */
    private record Clause(String sql, List<Object> params) {
    }

    /** The filter clauses of a query over {@code articles a}; each filter is one clause. */
    private static List<Clause> filters(ArticleQuery q) {
        List<Clause> out = new ArrayList<>();
        if (!q.sites().isEmpty()) {
            out.add(new Clause("a.site IN (" + "?, ".repeat(q.sites().size() - 1) + "?)", List.copyOf(q.sites())));
        }
        if (q.from() != null) out.add(new Clause("a.published_value >= ?", List.of(ArticleQuery.lowerBound(q.from()))));
        if (q.to() != null) out.add(new Clause("a.published_value < ?", List.of(ArticleQuery.upperBound(q.to()))));
        if (q.entity() != null) {
            out.add(new Clause("a.id IN (SELECT article_id FROM entity_mentions WHERE entity_id = ?)", List.of(q.entity())));
        }
        if (q.story() != null) {
            out.add(new Clause("a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)", List.of(q.story())));
        }
        return out;
    }

    private static String where(List<Clause> clauses, String first) {
        StringBuilder sb = new StringBuilder();
        if (first != null) sb.append(first);
        for (Clause c : clauses) sb.append(sb.isEmpty() ? "" : " AND ").append(c.sql());
        return sb.isEmpty() ? "" : " WHERE " + sb;
    }

    private static int bind(PreparedStatement p, int i, List<Clause> clauses) throws SQLException {
        for (Clause c : clauses) for (Object o : c.params()) p.setObject(i++, o);
        return i;
    }

    private static final String SUMMARY_COLUMNS = "a.id, a.published_value, a.site, a.title, a.url, a.input, length(a.text)";

    private static ArticleSummary summary(ResultSet r, int first) throws SQLException {
        return new ArticleSummary(r.getString(first), r.getString(first + 1), r.getString(first + 2),
                r.getString(first + 3), r.getString(first + 4), r.getString(first + 5), r.getInt(first + 6));
    }

    /** Runs a query: a ranked search when it has a text, else a listing in date order. */
    public Page find(ArticleQuery q) {
        String match = q.match();
        List<Clause> filters = filters(q);
        if (!caching) return match == null ? list(q, filters) : search(q, match, filters);
        String stamp = read("check the store", StoreQueries::searchStamp);
        Stamped<Page> kept = pages.get(q);
        if (kept != null && kept.stamp().equals(stamp)) {
            used.incrementAndGet(2);
            return kept.value();
        }
        used.incrementAndGet(3);
        Page p = match == null ? list(q, filters) : search(q, match, filters);
        pages.put(q, new Stamped<>(stamp, p));
        return p;
    }

    private Page list(ArticleQuery q, List<Clause> filters) {
        String order = q.sort() == ArticleQuery.Sort.OLDEST
                ? " ORDER BY a.published_value IS NULL, a.published_value, a.row"
                : " ORDER BY a.published_value DESC, a.row DESC"; // SQLite puts NULL last in DESC order
        return read("list articles", c -> {
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", substr(a.text, 1, 400)"
                    + " FROM articles a" + where(filters, null) + order + " LIMIT ? OFFSET ?")) {
                int i = bind(p, 1, filters);
                p.setInt(i++, q.limit());
                p.setInt(i, q.offset());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ArticleSummary s = summary(r, 1);
                        hits.add(new Hit(s, 0, Marked.plain(s.title()), Marked.plain(lead(r.getString(8)))));
                    }
                }
            }
            long total = count(c, "SELECT count(*) FROM (SELECT 1 FROM articles a" + where(filters, null)
                    + " LIMIT " + (COUNT_CAP + 1) + ")", null, filters);
            return new Page(q, total, total <= COUNT_CAP, hits, false);
        });
    }

    /** The first words of a text, cut at a word boundary, without marker characters. */
    private static String lead(String s) {
        if (s == null) return "";
        String t = s.replace(Marked.OPEN, "").replace(Marked.CLOSE, "").replace("\n\n", " ¶ ");
        if (t.length() < 300) return t;
        int cut = t.lastIndexOf(' ', 300);
        return t.substring(0, cut > 200 ? cut : 300) + "…";
    }

    private Page search(ArticleQuery q, String match, List<Clause> filters) {
        // FTS5 drives (CROSS JOIN keeps it the outer loop: the planner would otherwise probe the
        // full-text index once per article of a site); filters read the small covering index
        String join = filters.isEmpty() ? "" : " CROSS JOIN articles a" + (filterIndex ? " INDEXED BY articles_row_filters" : "")
                + " ON a.row = articles_fts.rowid";
        String where = where(filters, "articles_fts MATCH ?");
        return read("search for " + q.text(), c -> {
            // 1. the window: the RANK_WINDOW most recently stored matches that pass the filters (one more to know if there are more)
            // (ranked by relevance: the window's scores come with it, in the same pass over the matches)
            boolean ranked = q.sort() == ArticleQuery.Sort.RELEVANCE;
            List<Long> window = new ArrayList<>();
            List<Double> windowScores = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT articles_fts.rowid"
                    + (ranked ? ", bm25(articles_fts, " + TITLE_WEIGHT + ", 1.0)" : "") + " FROM articles_fts" + join + where
                    + " ORDER BY articles_fts.rowid DESC LIMIT " + (RANK_WINDOW + 1))) {
                p.setString(1, match);
                bind(p, 2, filters);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        window.add(r.getLong(1));
                        if (ranked) windowScores.add(r.getDouble(2));
                    }
                }
            }
            boolean more = window.size() > RANK_WINDOW;
            long floor = window.isEmpty() ? Long.MAX_VALUE : window.get(Math.min(window.size(), RANK_WINDOW) - 1);
            long total = window.size();
            boolean exact = !more;
            if (more) {
                if (filters.isEmpty()) {
                    total = count(c, "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT "
                            + (COUNT_CAP + 1) + ")", match, List.of());
                    exact = total <= COUNT_CAP;
                } else {
                    total = RANK_WINDOW; // at least: counting further would visit every match
                }
            }
            // 2. the page: ranked (or dated) within the window
            String order = switch (q.sort()) {
                case RELEVANCE -> " ORDER BY score";
                case NEWEST -> " ORDER BY a.published_value DESC, articles_fts.rowid DESC";
                case OLDEST -> " ORDER BY a.published_value IS NULL, a.published_value, articles_fts.rowid";
            };
            String pageJoin = q.sort() == ArticleQuery.Sort.RELEVANCE || !join.isEmpty() ? join
                    : " CROSS JOIN articles a" + (filterIndex ? " INDEXED BY articles_row_filters" : "") + " ON a.row = articles_fts.rowid";
            List<Long> rows = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            if (ranked && !window.isEmpty() && q.offset() < RANK_WINDOW) {
                // the window's best, as "ORDER BY score" over it would give (FTS5's bm25: lower is better; ties by rowid)
                int n = Math.min(window.size(), RANK_WINDOW);
                Integer[] best = new Integer[n];
                for (int k = 0; k < n; k++) best[k] = k;
                java.util.Arrays.sort(best, (a, b) -> {
                    int byScore = Double.compare(windowScores.get(a), windowScores.get(b));
                    return byScore != 0 ? byScore : Long.compare(window.get(a), window.get(b));
                });
                for (int k = q.offset(); k < Math.min(n, q.offset() + q.limit()); k++) {
                    rows.add(window.get(best[k]));
                    scores.add(-windowScores.get(best[k]));
                }
            } else if (!window.isEmpty() && q.offset() < RANK_WINDOW) {
                try (PreparedStatement p = c.prepareStatement("SELECT articles_fts.rowid, bm25(articles_fts, " + TITLE_WEIGHT
                        + ", 1.0) AS score FROM articles_fts" + pageJoin + where + " AND articles_fts.rowid >= ?" + order
                        + " LIMIT ? OFFSET ?")) {
                    p.setString(1, match);
                    int i = bind(p, 2, filters);
                    p.setLong(i++, floor);
                    p.setInt(i++, q.limit());
                    p.setInt(i, q.offset());
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            rows.add(r.getLong(1));
                            scores.add(-r.getDouble(2)); // FTS5's bm25 is negative: lower is better
                        }
                    }
                }
            }
            // 3. the page's articles with their marked title and passage, in one statement
            Map<Long, Hit> byRow = new java.util.HashMap<>();
            if (!rows.isEmpty()) {
                try (PreparedStatement p = c.prepareStatement("SELECT articles_fts.rowid, " + SUMMARY_COLUMNS
                        + ", snippet(articles_fts, 1, ?, ?, '…', " + SNIPPET_TOKENS + "), highlight(articles_fts, 0, ?, ?)"
                        + " FROM articles_fts CROSS JOIN articles a ON a.row = articles_fts.rowid"
                        + " WHERE articles_fts MATCH ? AND articles_fts.rowid IN (" + "?, ".repeat(rows.size() - 1) + "?)")) {
                    p.setString(1, Marked.OPEN);
                    p.setString(2, Marked.CLOSE);
                    p.setString(3, Marked.OPEN);
                    p.setString(4, Marked.CLOSE);
                    p.setString(5, match);
                    for (int k = 0; k < rows.size(); k++) p.setLong(6 + k, rows.get(k));
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            long row = r.getLong(1);
                            ArticleSummary s = summary(r, 2);
                            Marked snippet = Marked.parse(r.getString(9).replace("\n\n", " ¶ "));
                            Marked title = s.title() == null ? Marked.plain(null) : Marked.parse(r.getString(10));
                            byRow.put(row, new Hit(s, scores.get(rows.indexOf(row)), title, snippet));
                        }
                    }
                }
            }
            List<Hit> hits = new ArrayList<>(rows.size());
            for (long row : rows) if (byRow.containsKey(row)) hits.add(byRow.get(row)); // gone when deleted meanwhile
            return new Page(q, total, exact, hits, more);
        });
    }

    private static long count(Connection c, String sql, String match, List<Clause> filters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (match != null) p.setString(i++, match);
            bind(p, i, filters);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /**
     * Where a search matches in an article's title and text, for highlighting the article itself.
     *
     * @return two lists of ranges: of the title, of the text; empty when the query has nothing to
     *         search, does not match, or the text holds marker characters
     */
    public List<List<Marked.Span>> matches(String articleId, String query) {
        String match = SearchSyntax.toMatch(query);
        if (match == null) return List.of(List.of(), List.of());
        return read("highlight article " + articleId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT highlight(articles_fts, 0, ?, ?),"
                    + " highlight(articles_fts, 1, ?, ?), a.title, a.text FROM articles_fts JOIN articles a"
                    + " ON a.row = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid ="
                    + " (SELECT row FROM articles WHERE id = ?)")) {
                p.setString(1, Marked.OPEN);
                p.setString(2, Marked.CLOSE);
                p.setString(3, Marked.OPEN);
                p.setString(4, Marked.CLOSE);
                p.setString(5, match);
                p.setString(6, articleId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) return List.of(List.of(), List.of());
                    return List.of(spansIfSame(r.getString(1), r.getString(3)), spansIfSame(r.getString(2), r.getString(4)));
                }
            }
        });
    }

    /** The marked ranges when the marked text is the original once markers are removed, else none. */
    private static List<Marked.Span> spansIfSame(String marked, String original) {
        if (marked == null || original == null) return List.of();
        Marked m = Marked.parse(marked);
        return m.text().equals(original) ? m.spans() : List.of();
    }

    /** How long a list of sites is reused: it counts every article, and a few seconds' lag is harmless in a menu. */
    static final long SITES_TTL_NANOS = 10_000_000_000L;
    private record CachedSites(int limit, long at, List<SiteCount> sites) {
    }
    private final java.util.concurrent.atomic.AtomicReference<CachedSites> sitesCache = new java.util.concurrent.atomic.AtomicReference<>();

    /** The sites of stored articles with their counts, largest first (at most {@code limit}); at most 10 s old. */
    public List<SiteCount> sites(int limit) {
        CachedSites cached = sitesCache.get();
        long now = System.nanoTime();
        if (cached != null && cached.limit() == limit && now - cached.at() < SITES_TTL_NANOS) return cached.sites();
        List<SiteCount> fresh = countSites(limit);
        sitesCache.set(new CachedSites(limit, now, fresh));
        return fresh;
    }

    private List<SiteCount> countSites(int limit) {
        return read("list sites", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT site, count(*) FROM articles WHERE site IS NOT NULL"
                    + " GROUP BY site ORDER BY count(*) DESC, site LIMIT ?")) {
                p.setInt(1, limit);
                List<SiteCount> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(new SiteCount(r.getString(1), r.getLong(2)));
                }
                return List.copyOf(out);
            }
        });
    }

    // ------------------------------------------------------------------ articles and groups

    /** The stored article with this id. */
    public Optional<Article> article(String id) {
        return read("read article " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(Store.readArticle(r)) : Optional.empty();
                }
            }
        });
    }

    /** Summaries of the articles with these ids that exist, by id. */
    public Map<String, ArticleSummary> summaries(Collection<String> ids) {
        return read("read articles", c -> {
            Map<String, ArticleSummary> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM articles a WHERE a.id = ?")) {
                for (String id : ids) {
                    p.setString(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) out.put(id, summary(r, 1));
                    }
                }
            }
            return out;
        });
    }

    private static final String GROUP_COLUMNS = "g.id, g.canonical, g.relation, g.similarity, g.wire, g.members, g.changes";

    private static Store.StoredGroup group(ResultSet r) throws SQLException {
        try {
            List<String> members = List.of(Store.JSON.readValue(r.getString(6), String[].class));
            return new Store.StoredGroup(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4), r.getString(5),
                    members, r.getString(7));
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored duplicate group is unreadable", e);
        }
    }

    /** The group of copies an article belongs to, if any. */
    public Optional<Store.StoredGroup> groupOf(String articleId) {
        return read("read the group of " + articleId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + GROUP_COLUMNS + " FROM duplicate_members m"
                    + " JOIN duplicate_groups g ON g.root = m.group_root WHERE m.article_id = ?")) {
                p.setString(1, articleId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(group(r)) : Optional.empty();
                }
            }
        });
    }

    /** The group of copies with this id. */
    public Optional<Store.StoredGroup> group(String id) {
        return read("read group " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + GROUP_COLUMNS + " FROM duplicate_groups g WHERE g.id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(group(r)) : Optional.empty();
                }
            }
        });
    }

    /** A page of groups of copies, largest first, and how many there are in all. */
    public Map.Entry<Long, List<Store.StoredGroup>> groups(int limit, int offset) {
        return read("list duplicate groups", c -> {
            List<Store.StoredGroup> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + GROUP_COLUMNS + " FROM duplicate_groups g"
                    + " ORDER BY json_array_length(g.members) DESC, g.id LIMIT ? OFFSET ?")) {
                p.setInt(1, limit);
                p.setInt(2, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(group(r));
                }
            }
            return Map.entry(scalar(c, "SELECT count(*) FROM duplicate_groups"), out);
        });
    }

    // ------------------------------------------------------------------ runs, ledger, quarantine

    /** What the store holds. */
    public Overview overview() {
        return read("read the store's overview", c -> {
            long articles = scalar(c, "SELECT count(*) FROM articles");
            long copies = scalar(c, "SELECT coalesce(sum(json_array_length(members) - 1), 0) FROM duplicate_groups");
            return new Overview(articles, articles - copies, scalar(c, "SELECT count(*) FROM duplicate_groups"),
                    scalar(c, "SELECT count(*) FROM runs"), scalar(c, "SELECT count(*) FROM quarantine"),
                    Migrations.version(c));
        });
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The latest runs, newest first. */
    public List<RunInfo> runs(int limit) {
        return read("list runs", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, command, status, started_at, finished_at, ok,"
                    + " skipped, failed FROM runs ORDER BY id DESC LIMIT ?")) {
                p.setInt(1, limit);
                List<RunInfo> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new RunInfo(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getLong(6), r.getLong(7), r.getLong(8)));
                    }
                }
                return out;
            }
        });
    }

    /** One run. */
    public Optional<RunInfo> run(long id) {
        return read("read run " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, command, status, started_at, finished_at, ok,"
                    + " skipped, failed FROM runs WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new RunInfo(r.getLong(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getLong(6), r.getLong(7), r.getLong(8))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Ledger rows in run and input order.
     *
     * @param runId  only this run, or null for all
     * @param status only this status, or null for all
     */
    public List<LedgerEntry> ledger(Long runId, Status status, int limit, int offset) {
        String sql = "SELECT run_id, seq, input, status, reason, article_id, at FROM ledger WHERE 1 = 1"
                + (runId == null ? "" : " AND run_id = ?") + (status == null ? "" : " AND status = ?")
                + " ORDER BY run_id, seq LIMIT ? OFFSET ?";
        return read("read the ledger", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                if (runId != null) p.setLong(i++, runId);
                if (status != null) p.setString(i++, status.label());
                p.setInt(i++, limit);
                p.setInt(i, offset);
                List<LedgerEntry> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new LedgerEntry(r.getLong(1), r.getInt(2), r.getString(3),
                                Status.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), r.getString(5),
                                r.getString(6), r.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /** The quarantined inputs, in input order. */
    public List<QuarantineEntry> quarantine(int limit) {
        return read("read the quarantine", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT input, stage, reason, attempts,"
                    + " coalesce(raw_size, -1), last_run_id, updated_at FROM quarantine ORDER BY input LIMIT ?")) {
                p.setInt(1, limit);
                List<QuarantineEntry> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new QuarantineEntry(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                                r.getLong(5), r.getLong(6), r.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void close() {
        for (Connection c : all) closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // read-only: nothing to lose
        }
    }
}
