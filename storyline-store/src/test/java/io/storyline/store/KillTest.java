package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingest.Limits;
import io.storyline.model.Status;
import io.storyline.pipeline.Pipeline;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of an ingest of 2,000 pages, then ingest again: every page is stored
 * exactly once, the ledger agrees with the articles and the run counters, and SQLite's integrity
 * check passes. The ingest runs in a child JVM killed with {@link Process#destroyForcibly()}
 * (SIGKILL) while it is committing batches.
 */
class KillTest {
    static final int PAGES = 2000;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void killDuringIngestThenIngestAgain() throws Exception {
        long t0 = System.nanoTime();
        Path pages = dir.resolve("pages");
        for (int i = 0; i < PAGES; i++) {
            Path p = pages.resolve(String.format("%02d/page-%04d.html", i % 20, i));
            Files.createDirectories(p.getParent());
            Files.writeString(p, page(i), StandardCharsets.UTF_8);
        }
        Path db = dir.resolve("store.db");

        Process child = new ProcessBuilder(javaBin(), "--enable-native-access=ALL-UNNAMED", "-cp", classPath(),
                IngestChild.class.getName(), db.toString(), pages.toString(), "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long committedAtKill;
        try {
            long target = 200 + ThreadLocalRandom.current().nextInt(600);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            long rows = 0;
            while (rows < target) {
                assertTrue(child.isAlive(), "the child ended before the kill: " + Files.readString(dir.resolve("child.log")));
                assertTrue(System.nanoTime() < deadline, "the child committed only " + rows + " rows in 60 s");
                Thread.sleep(10);
                rows = ledgerRows(db);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(40)); // land anywhere in a batch
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        committedAtKill = countAfterKill(db);
        assertTrue(committedAtKill > 0 && committedAtKill < PAGES,
                "the kill must land mid-run: " + committedAtKill + " articles were stored");
        long tKill = System.nanoTime();

        Ingestion.Summary second;
        try (Store store = Store.open(db)) {
            second = new Ingestion(store, Pipeline.standard(Limits.DEFAULT), Ingestion.Options.defaults(2))
                    .ingest(List.of(pages.toString()), r -> { });
            assertEquals("ok", store.integrityCheck());
            assertEquals(PAGES, store.countArticles());
            assertEquals(PAGES, second.total());
            assertEquals(committedAtKill, second.skipped(), "every page stored before the kill is a duplicate now");
            assertEquals(PAGES - committedAtKill, second.ok());
            assertEquals(0, second.failed());
            List<RunInfo> runs = store.runs();
            assertEquals("interrupted", runs.get(0).status());
            assertEquals("done", runs.get(1).status());
            assertTrue(store.ledger(second.runId(), Status.SKIPPED, -1).stream()
                    .allMatch(e -> e.reason().startsWith("duplicate: already stored as ")));
        }
        try (Connection c = Store.connect(db, true)) {
            // every page exactly once
            assertEquals(PAGES, scalar(c, "SELECT count(DISTINCT input) FROM articles"));
            assertEquals(PAGES, scalar(c, "SELECT count(DISTINCT content_hash) FROM articles"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM articles WHERE input NOT LIKE '%page-%.html'"));
            // the killed run's ledger, articles and counters were committed together
            assertEquals(committedAtKill, scalar(c, "SELECT count(*) FROM articles WHERE run_id = 1"));
            assertEquals(scalar(c, "SELECT count(*) FROM ledger WHERE run_id = 1 AND status = 'ok'"),
                    scalar(c, "SELECT ok FROM runs WHERE id = 1"));
            assertEquals(scalar(c, "SELECT count(*) FROM ledger WHERE run_id = 1"),
                    scalar(c, "SELECT ok + skipped + failed FROM runs WHERE id = 1"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM ledger l WHERE l.article_id = a.id AND l.status = 'ok')"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM (SELECT run_id, seq FROM ledger GROUP BY run_id, seq HAVING count(*) > 1)"));
            // the full-text index agrees with the table
            assertEquals(PAGES, scalar(c, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'lighthouse'"));
            assertEquals("ok", string(c, "PRAGMA integrity_check"));
        }
        try (Connection c = Store.connect(db, false); Statement s = c.createStatement()) {
            // FTS5's own check: raises an error when the index disagrees with the articles table
            s.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
        }
        System.out.printf("kill test: %d pages generated, child killed after %d stored; kill-to-end %.1f s, total %.1f s%n",
                PAGES, committedAtKill, (System.nanoTime() - tKill) / 1e9, (System.nanoTime() - t0) / 1e9);
    }

    static String page(int i) {
        return "<!doctype html><html><head><title>Lighthouse log, entry " + i + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/log\">Log</a></nav><article>"
                + "<p>Entry " + i + " of the Greyrock lighthouse log: the keeper noted the wind, the sea state and "
                + "the ships that passed the point between dusk and dawn.</p>"
                + "<p>Visibility was " + (i % 9 + 1) + " nautical miles; the lamp was trimmed at " + (i % 12 + 1)
                + " o'clock and the fog signal sounded " + (i % 5) + " times.</p>"
                + "</article><footer>© Greyrock Historical Society</footer></body></html>";
    }

    static long ledgerRows(Path db) {
        if (!Files.exists(db)) return 0;
        try (Connection c = Store.connect(db, true)) {
            return scalar(c, "SELECT count(*) FROM ledger");
        } catch (SQLException | StoreException e) {
            return 0; // not created or migrated yet
        }
    }

    static long countAfterKill(Path db) throws SQLException {
        try (Connection c = Store.connect(db, true)) {
            return scalar(c, "SELECT count(*) FROM articles");
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path: surefire's, whether given directly or through its manifest-only jar. */
    static String classPath() throws IOException {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) cp = System.getProperty("java.class.path");
        List<String> parts = new ArrayList<>(List.of(cp.split(File.pathSeparator)));
        assertTrue(parts.stream().anyMatch(p -> p.contains("sqlite-jdbc")), "no sqlite-jdbc on " + cp);
        return String.join(File.pathSeparator, parts);
    }
}
