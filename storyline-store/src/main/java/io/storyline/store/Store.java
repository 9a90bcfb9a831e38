package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.DateValue;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Precision;
import io.storyline.model.Provenance;
import io.storyline.model.Removed;
import io.storyline.model.Segment;
import io.storyline.model.Status;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file in WAL mode holding articles (one per distinct content),
 * the ledger (one row per input per run), the quarantine of failed inputs, and runs. Opening a
 * store brings its schema up to date ({@link Migrations}).
 *
 * <p>Writes happen in transactions of many results ({@link #record}); SQLite's journal makes each
 * one all-or-nothing, so a process killed at any moment leaves a consistent database whose
 * content is every batch committed before the kill. With {@code synchronous=NORMAL} a power loss
 * may lose the last batches, never consistency.
 *
 * <p>Thread-safe: methods share one connection and are synchronized; the reader thread of a run
 * uses its own connection ({@link #openReader()}).
 */
public final class Store implements AutoCloseable {
    /** The database file used when none is given. */
    public static final String DEFAULT_FILE = "storyline.db";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "storyline 0.1.0";

    private final Path file;
    private final Connection conn;
    private final StoreDedup dedup;
    private final StoreAnnotations annotations;

    private Store(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
        this.dedup = new StoreDedup(conn, io.storyline.dedup.Deduplicator.standard());
        this.annotations = new StoreAnnotations(conn, io.storyline.pipeline.Analyzer.standard());
    }

    /** Opens (creating when absent) the store at {@code file} and migrates it to the latest schema. */
    public static Store open(Path file) {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot open the store " + file + ": the folder " + parent + " does not exist");
        }
        Connection c = connect(file, false);
        try {
            Migrations.migrate(c, Migrations.latest());
            return new Store(file, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open the store " + file, e);
        }
    }

    /** A connection with the store's settings: WAL journal, foreign keys, a busy timeout, immediate write transactions. */
    static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (readOnly) config.setReadOnly(true);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON"); // also checks that the file is a database
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version the store is at. */
    public synchronized int schemaVersion() {
        try {
            return Migrations.version(conn);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version", e);
        }
    }

    // ------------------------------------------------------------------ runs

    /**
     * Starts a run. Runs still marked running whose process is gone (killed) are marked
     * interrupted first.
     */
    public synchronized long beginRun(String command, List<String> args) {
        try {
            markInterruptedRuns();
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO runs (command, args, status, started_at, pid,"
                    + " host, tool_version) VALUES (?, ?, 'running', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, command);
                p.setString(2, json(args));
                p.setString(3, Instant.now().toString());
                p.setLong(4, ProcessHandle.current().pid());
                p.setString(5, host());
                p.setString(6, VERSION);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    return k.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot start a run in " + file, e);
        }
    }

    private void markInterruptedRuns() throws SQLException {
        List<Long> dead = new ArrayList<>();
        String here = host();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT id, pid, host FROM runs WHERE status = 'running'")) {
            while (r.next()) {
                long pid = r.getLong(2);
                boolean sameHost = here.equals(r.getString(3));
                if (sameHost && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) dead.add(r.getLong(1));
            }
        }
        try (PreparedStatement p = conn.prepareStatement("UPDATE runs SET status = 'interrupted' WHERE id = ?")) {
            for (long id : dead) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    private static String host() {
        return Host.NAME;
    }

    /** This machine's name, looked up once (a DNS lookup can be slow). */
    private static final class Host {
        static final String NAME = lookup();

        private static String lookup() {
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) return env.strip();
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                return "unknown";
            }
        }
    }

    /** Marks a run done. */
    public synchronized void endRun(long runId) {
        setRunStatus(runId, "done");
    }

    /** Marks a run interrupted: it stopped before its inputs were all recorded. */
    public synchronized void interruptRun(long runId) {
        setRunStatus(runId, "interrupted");
    }

    private void setRunStatus(long runId, String status) {
        try (PreparedStatement p = conn.prepareStatement("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?")) {
            p.setString(1, status);
            p.setString(2, Instant.now().toString());
            p.setLong(3, runId);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot finish run " + runId, e);
        }
    }

    public synchronized List<RunInfo> runs() {
        List<RunInfo> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT id, command, status, started_at, finished_at, ok, skipped, failed"
                     + " FROM runs ORDER BY id")) {
            while (r.next()) {
                out.add(new RunInfo(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6), r.getLong(7), r.getLong(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read runs", e);
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * Records results of a run in one transaction: for each, a ledger row (numbered from
     * {@code firstSeq}); the article of an ok result (a content already stored makes it a skipped
     * duplicate instead); the quarantine row of a failed one, and the removal from quarantine of an
     * input that no longer fails; the run's counters.
     *
     * @return the status recorded for each result, in order
     */
    public synchronized List<Status> record(long runId, int firstSeq, List<BatchRunner.Result> results) {
        List<Status> statuses = new ArrayList<>(results.size());
        String now = Instant.now().toString();
        try {
            conn.setAutoCommit(false);
            long ok = 0, skipped = 0, failed = 0;
            try (PreparedStatement article = conn.prepareStatement(INSERT_ARTICLE);
                 PreparedStatement ledger = conn.prepareStatement(INSERT_LEDGER);
                 PreparedStatement quarantine = conn.prepareStatement(UPSERT_QUARANTINE);
                 PreparedStatement release = conn.prepareStatement("DELETE FROM quarantine WHERE input = ?")) {
                int seq = firstSeq;
                for (BatchRunner.Result r : results) {
                    Outcome o = r.outcome();
                    Status status = o.status();
                    String reason = o.reason();
                    String hash = o.article() != null ? o.article().contentHash()
                            : r.capture() != null ? Pipeline.contentHash(r.capture()) : null;
                    if (status == Status.OK) {
                        bindArticle(article, o.article(), r.capture(), runId, now);
                        if (article.executeUpdate() == 0) {
                            status = Status.SKIPPED;
                            reason = "duplicate: already stored (by another run meanwhile)";
                        }
                    }
                    if (status == Status.FAILED) {
                        bindQuarantine(quarantine, r, runId, hash, now);
                        quarantine.executeUpdate();
                    } else {
                        release.setString(1, o.input());
                        release.executeUpdate();
                    }
                    ledger.setLong(1, runId);
                    ledger.setInt(2, seq++);
                    ledger.setString(3, o.input());
                    ledger.setString(4, status.label());
                    ledger.setString(5, reason);
                    ledger.setString(6, hash);
                    ledger.setString(7, hash);
                    ledger.setString(8, now);
                    ledger.executeUpdate();
                    statuses.add(status);
                    switch (status) {
                        case OK -> ok++;
                        case SKIPPED -> skipped++;
                        case FAILED -> failed++;
                    }
                }
            }
            try (PreparedStatement p = conn.prepareStatement(
                    "UPDATE runs SET ok = ok + ?, skipped = skipped + ?, failed = failed + ? WHERE id = ?")) {
                p.setLong(1, ok);
                p.setLong(2, skipped);
                p.setLong(3, failed);
                p.setLong(4, runId);
                p.executeUpdate();
            }
            conn.commit();
            return statuses;
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("cannot write to the store " + file, e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }

    private static final String INSERT_ARTICLE = "INSERT OR IGNORE INTO articles (id, content_hash, input, file, record,"
            + " record_offset, url, canonical_url, title, authors, site, wire, dateline, published_value,"
            + " published_precision, published_inferred, published_evidence, updated_value, updated_precision,"
            + " updated_inferred, updated_evidence, language, description, text, segments, removed, format, charset,"
            + " fetched_at, run_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_LEDGER = "INSERT INTO ledger (run_id, seq, input, status, reason, article_id,"
            + " content_hash, at) VALUES (?, ?, ?, ?, ?, (SELECT id FROM articles WHERE content_hash = ?), ?, ?)";

    private static final String UPSERT_QUARANTINE = "INSERT INTO quarantine (input, file, record, record_offset, stage,"
            + " format, url, declared_charset, fetched_at, given_text, raw, raw_size, content_hash, reason, attempts,"
            + " first_run_id, last_run_id, quarantined_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, 1, ?, ?, ?, ?) ON CONFLICT (input) DO UPDATE SET file = excluded.file, record = excluded.record,"
            + " record_offset = excluded.record_offset, stage = excluded.stage, format = excluded.format,"
            + " url = excluded.url, declared_charset = excluded.declared_charset, fetched_at = excluded.fetched_at,"
            + " given_text = excluded.given_text, raw = excluded.raw, raw_size = excluded.raw_size,"
            + " content_hash = excluded.content_hash, reason = excluded.reason, attempts = quarantine.attempts + 1,"
            + " last_run_id = excluded.last_run_id, updated_at = excluded.updated_at";

    private static void bindArticle(PreparedStatement p, Article a, Capture capture, long runId, String now)
            throws SQLException {
        int i = 1;
        p.setString(i++, a.id());
        p.setString(i++, a.contentHash());
        p.setString(i++, a.input());
        p.setString(i++, a.provenance().file());
        p.setInt(i++, a.provenance().record());
        p.setLong(i++, a.provenance().recordOffset());
        p.setString(i++, a.url());
        p.setString(i++, a.canonicalUrl());
        p.setString(i++, a.title());
        p.setString(i++, json(a.authors()));
        p.setString(i++, a.site());
        p.setString(i++, a.wire());
        p.setString(i++, a.dateline());
        i = bindDate(p, i, a.published());
        i = bindDate(p, i, a.updated());
        p.setString(i++, a.language());
        p.setString(i++, a.description());
        p.setString(i++, a.text());
        p.setString(i++, json(segments(a.segments())));
        p.setString(i++, json(removed(a.removed())));
        p.setString(i++, (a.format() == null ? Format.HTML : a.format()).name().toLowerCase(Locale.ROOT));
        p.setString(i++, a.charset());
        p.setString(i++, capture == null || capture.fetched() == null ? null : capture.fetched().toString());
        p.setLong(i++, runId);
        p.setString(i, now);
    }

    private static int bindDate(PreparedStatement p, int i, DateValue d) throws SQLException {
        if (d == null) {
            for (int k = 0; k < 4; k++) p.setNull(i + k, Types.VARCHAR);
            return i + 4;
        }
        p.setString(i, d.value());
        p.setString(i + 1, d.precision().label());
        p.setInt(i + 2, d.inferred() ? 1 : 0);
        p.setString(i + 3, d.evidence());
        return i + 4;
    }

    private static void bindQuarantine(PreparedStatement p, BatchRunner.Result r, long runId, String hash, String now)
            throws SQLException {
        Provenance where = r.where();
        Capture c = r.capture();
        byte[] raw = c != null ? c.bytes() : r.outcome().raw();
        int i = 1;
        p.setString(i++, r.outcome().input());
        p.setString(i++, where.file());
        p.setInt(i++, where.record());
        p.setLong(i++, where.recordOffset());
        p.setString(i++, c != null ? "capture" : "input");
        p.setString(i++, c == null ? null : c.format().name().toLowerCase(Locale.ROOT));
        p.setString(i++, c == null ? null : c.url());
        p.setString(i++, c == null ? null : c.declaredCharset());
        p.setString(i++, c == null || c.fetched() == null ? null : c.fetched().toString());
        p.setInt(i++, c != null && c.text() != null ? 1 : 0);
        if (raw == null) {
            p.setNull(i++, Types.BLOB);
            p.setNull(i++, Types.INTEGER);
        } else {
            p.setBytes(i++, raw);
            p.setLong(i++, raw.length);
        }
        p.setString(i++, hash);
        p.setString(i++, r.outcome().reason());
        p.setLong(i++, runId);
        p.setLong(i++, runId);
        p.setString(i++, now);
        p.setString(i, now);
    }

    private static List<List<Object>> segments(List<Segment> segments) {
        List<List<Object>> out = new ArrayList<>(segments.size());
        for (Segment s : segments) out.add(List.of(s.start(), s.end(), s.sourceStart(), s.sourceEnd(), s.kind()));
        return out;
    }

    private static List<Map<String, Object>> removed(List<Removed> removed) {
        List<Map<String, Object>> out = new ArrayList<>(removed.size());
        for (Removed r : removed) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", r.text());
            m.put("why", r.why());
            m.put("sourceStart", r.sourceStart());
            m.put("sourceEnd", r.sourceEnd());
            out.add(m);
        }
        return out;
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass(), e);
        }
    }

    // ------------------------------------------------------------------ corpus stages

    /**
     * Deduplicates every stored article not yet deduplicated (in storing order, in transactions of
     * {@code batch}), so new articles join the groups of earlier copies without the corpus being
     * recomputed. Returns how many were deduplicated.
     */
    public synchronized int deduplicate(int batch) {
        return inBatches(batch, dedup::catchUp, dedup::reset, "deduplicate");
    }

    /**
     * Annotates every deduplicated article not yet annotated (entities, time expressions, quotes,
     * event mentions; then the stories they join and those stories' events), in storing order, in
     * transactions of {@code batch}. Deduplicates first what is not yet deduplicated. Returns how
     * many articles were annotated.
     */
    public synchronized int annotate(int batch) {
        deduplicate(batch);
        return inBatches(batch, annotations::catchUp, annotations::reset, "annotate");
    }

    /** One batch of a corpus stage, inside the caller's transaction: returns how many articles it took. */
    private interface CatchUp {
        int next(int max) throws SQLException;
    }

    /**
     * Runs a corpus stage over what it has not seen yet, each batch of {@code batch} articles in one
     * transaction with the state it produced; on failure the batch is rolled back and the stage's
     * in-memory state forgotten ({@code reset}), so it is read again from the tables.
     */
    private int inBatches(int batch, CatchUp stage, Runnable reset, String verb) {
        int total = 0;
        while (true) {
            int n;
            try {
                conn.setAutoCommit(false);
                n = stage.next(batch);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    conn.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                reset.run();
                throw new StoreException("cannot " + verb + " in the store " + file, e);
            } finally {
                try {
                    conn.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is broken; the next call reports it
                }
            }
            total += n;
            if (n < batch) return total;
        }
    }

    /** Runs a read of {@link AnnotationReads} on the store's connection. */
    public synchronized <T> T annotations(String what, AnnotationReads.Read<T> read) {
        try {
            return read.run(conn);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    /** A stored duplicate group; {@code changes} is the JSON array the analyze JSON prints. */
    public record StoredGroup(String id, String canonical, String relation, double similarity, String wire,
                              List<String> members, String changes) {
    }

    /** The stored duplicate groups, largest first. */
    public synchronized List<StoredGroup> duplicateGroups(int limit) {
        String sql = "SELECT id, canonical, relation, similarity, wire, members, changes FROM duplicate_groups"
                + " ORDER BY json_array_length(members) DESC, id LIMIT ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setInt(1, limit < 0 ? Integer.MAX_VALUE : limit);
            List<StoredGroup> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<String> members = List.of(JSON.readValue(r.getString(6), String[].class));
                    out.add(new StoredGroup(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4),
                            r.getString(5), members, r.getString(7)));
                }
            }
            return out;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot list duplicate groups", e);
        }
    }

    /** Stored articles, and independent sources among them (a group of copies counts once). */
    public synchronized long[] articlesAndIndependentSources() {
        long articles = scalar("SELECT count(*) FROM articles");
        long copies = scalar("SELECT coalesce(sum(json_array_length(members) - 1), 0) FROM duplicate_groups");
        return new long[] {articles, articles - copies};
    }

    // ------------------------------------------------------------------ reading

    /** How many articles are stored. */
    public synchronized long countArticles() {
        return scalar("SELECT count(*) FROM articles");
    }

    synchronized long scalar(String sql) {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot query the store", e);
        }
    }

    /**
     * Stored articles, newest publication first (undated last, then in storing order).
     *
     * @param search an FTS5 query over titles and texts, or null for all
     */
    public synchronized List<ArticleSummary> articles(int limit, int offset, String search) {
        String sql = "SELECT a.id, a.published_value, a.site, a.title, a.url, a.input, length(a.text) FROM articles a"
                + (search == null ? "" : " WHERE a.row IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
                + " ORDER BY a.published_value DESC NULLS LAST, a.row LIMIT ? OFFSET ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            int i = 1;
            if (search != null) p.setString(i++, search);
            p.setInt(i++, limit < 0 ? Integer.MAX_VALUE : limit);
            p.setInt(i, Math.max(0, offset));
            List<ArticleSummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticleSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getInt(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(search == null ? "cannot list articles" : "cannot search for " + search, e);
        }
    }

    /** The stored article with this id, as the pipeline made it. */
    public synchronized Optional<Article> article(String id) {
        try (PreparedStatement p = conn.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(readArticle(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    static Article readArticle(ResultSet r) throws SQLException {
        Article.Builder b = Article.builder();
        b.id = r.getString("id");
        b.contentHash = r.getString("content_hash");
        b.provenance = new Provenance(r.getString("file"), r.getInt("record"), r.getLong("record_offset"));
        b.url = r.getString("url");
        b.canonicalUrl = r.getString("canonical_url");
        b.title = r.getString("title");
        b.authors = new ArrayList<>(parse(r.getString("authors"), new TypeReference<List<String>>() { }));
        b.site = r.getString("site");
        b.wire = r.getString("wire");
        b.dateline = r.getString("dateline");
        b.published = readDate(r, "published");
        b.updated = readDate(r, "updated");
        b.language = r.getString("language");
        b.description = r.getString("description");
        b.text = r.getString("text");
        List<List<Object>> segs = parse(r.getString("segments"), new TypeReference<List<List<Object>>>() { });
        b.segments = new ArrayList<>();
        for (List<Object> s : segs) {
            b.segments.add(new Segment(((Number) s.get(0)).intValue(), ((Number) s.get(1)).intValue(),
                    ((Number) s.get(2)).intValue(), ((Number) s.get(3)).intValue(), (String) s.get(4)));
        }
        List<Map<String, Object>> rem = parse(r.getString("removed"), new TypeReference<List<Map<String, Object>>>() { });
        b.removed = new ArrayList<>();
        for (Map<String, Object> m : rem) {
            b.removed.add(new Removed((String) m.get("text"), (String) m.get("why"),
                    ((Number) m.getOrDefault("sourceStart", -1)).intValue(),
                    ((Number) m.getOrDefault("sourceEnd", -1)).intValue()));
        }
        b.format = Format.valueOf(r.getString("format").toUpperCase(Locale.ROOT));
        b.charset = r.getString("charset");
        return b.build();
    }

    private static DateValue readDate(ResultSet r, String prefix) throws SQLException {
        String value = r.getString(prefix + "_value");
        if (value == null) return null;
        return new DateValue(value, Precision.valueOf(r.getString(prefix + "_precision").toUpperCase(Locale.ROOT)),
                r.getInt(prefix + "_inferred") != 0, r.getString(prefix + "_evidence"));
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored JSON column is unreadable", e);
        }
    }

    /**
     * Ledger rows in run and input order.
     *
     * @param runId  only this run, or null for all
     * @param status only this status, or null for all
     * @param limit  at most this many (negative: no limit)
     */
    public synchronized List<LedgerEntry> ledger(Long runId, Status status, int limit) {
        String sql = "SELECT run_id, seq, input, status, reason, article_id, at FROM ledger WHERE 1 = 1"
                + (runId == null ? "" : " AND run_id = ?") + (status == null ? "" : " AND status = ?")
                + " ORDER BY run_id, seq LIMIT ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            int i = 1;
            if (runId != null) p.setLong(i++, runId);
            if (status != null) p.setString(i++, status.label());
            p.setInt(i, limit < 0 ? Integer.MAX_VALUE : limit);
            List<LedgerEntry> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new LedgerEntry(r.getLong(1), r.getInt(2), r.getString(3),
                            Status.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), r.getString(5), r.getString(6),
                            r.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the ledger", e);
        }
    }

    /** The id of the latest run, or null when there is none. */
    public synchronized Long lastRun() {
        long id = scalar("SELECT coalesce(max(id), 0) FROM runs");
        return id == 0 ? null : id;
    }

    /** The quarantined inputs, in input order. */
    public synchronized List<QuarantineEntry> quarantine() {
        List<QuarantineEntry> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT input, stage, reason, attempts, coalesce(raw_size, -1), last_run_id,"
                     + " updated_at FROM quarantine ORDER BY input")) {
            while (r.next()) {
                out.add(new QuarantineEntry(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5),
                        r.getLong(6), r.getString(7)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the quarantine", e);
        }
    }

    /** SQLite's {@code PRAGMA integrity_check}: "ok", or the problems found. */
    public synchronized String integrityCheck() {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (r.next()) {
                if (!sb.isEmpty()) sb.append('\n');
                sb.append(r.getString(1));
            }
            return sb.toString();
        } catch (SQLException e) {
            throw new StoreException("cannot check the store's integrity", e);
        }
    }

    /** A connection of its own for one thread (a run's reader thread): duplicate checks and quarantine reads. */
    StoreReader openReader() {
        return new StoreReader(connect(file, true));
    }

    @Override
    public synchronized void close() {
        try {
            if (!conn.isClosed()) {
                try (Statement s = conn.createStatement()) {
                    s.execute("PRAGMA optimize");
                }
            }
        } catch (SQLException ignored) {
            // optimisation is best effort
        }
        closeQuietly(conn);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing to do
        }
    }
}
