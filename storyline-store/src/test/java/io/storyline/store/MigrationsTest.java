package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned migrations: a new store is at the latest version, an older one upgrades with its data. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void migrationsAreNumberedWithoutGaps() {
        List<Migrations.Migration> all = Migrations.all();
        for (int i = 0; i < all.size(); i++) assertEquals(i + 1, all.get(i).version());
        assertTrue(Migrations.latest() >= 2);
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggerBodies() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (x INTEGER); \n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "    INSERT INTO b VALUES (1);\n    INSERT INTO b VALUES (2);\nEND;\nINSERT INTO a VALUES (1);\n";
        List<String> s = Migrations.statements(script);
        assertEquals(3, s.size(), s.toString());
        assertTrue(s.get(1).startsWith("CREATE TRIGGER") && s.get(1).endsWith("END;"), s.get(1));
    }

    @Test
    void newStoreIsAtTheLatestVersionInWalMode() throws SQLException {
        try (Store s = Store.open(dir.resolve("new.db"))) {
            assertEquals(Migrations.latest(), s.schemaVersion());
        }
        try (Connection c = Store.connect(dir.resolve("new.db"), true)) {
            assertEquals("wal", scalar(c, "PRAGMA journal_mode"));
            List<String> tables = strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            assertTrue(tables.containsAll(List.of("articles", "articles_fts", "ledger", "quarantine", "runs", "schema_version")),
                    tables.toString());
        }
    }

    @Test
    void versionOneDatabaseUpgradesWithItsData() throws SQLException {
        Path db = dir.resolve("v1.db");
        try (Connection c = Store.connect(db, false)) {
            assertEquals(1, Migrations.migrate(c, 1));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO runs (id, command, started_at) VALUES (1, 'ingest', '2021-02-03T00:00:00Z')");
                s.execute("INSERT INTO articles (id, content_hash, input, file, title, text, format, run_id, ingested_at)"
                        + " VALUES ('a-0123456789abcdef', '0123456789abcdef0123', 'old.html', 'old.html',"
                        + " 'Lighthouse keeper retires', 'The last keeper of the Greyrock lighthouse retired on Friday.',"
                        + " 'html', 1, '2021-02-03T00:00:00Z')");
                s.execute("INSERT INTO ledger (run_id, seq, input, status, article_id, at)"
                        + " VALUES (1, 1, 'old.html', 'ok', 'a-0123456789abcdef', '2021-02-03T00:00:00Z')");
            }
            assertEquals(List.of(), strings(c, "SELECT name FROM sqlite_master WHERE name = 'articles_fts'"));
        }
        try (Store s = Store.open(db)) {
            assertEquals(Migrations.latest(), s.schemaVersion());
            assertEquals("Lighthouse keeper retires", s.article("a-0123456789abcdef").orElseThrow().title());
            // version 2 built the full-text index for the rows that were already there
            assertEquals(List.of("a-0123456789abcdef"), s.articles(10, 0, "greyrock").stream().map(ArticleSummary::id).toList());
            assertEquals(1, s.ledger(null, null, -1).size());
        }
        try (Connection c = Store.connect(db, true)) {
            List<String> all = java.util.stream.IntStream.rangeClosed(1, Migrations.latest()).mapToObj(String::valueOf).toList();
            assertEquals(all, strings(c, "SELECT version FROM schema_version ORDER BY version"));
        }
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        Path db = dir.resolve("twice.db");
        Store.open(db).close();
        try (Connection c = Store.connect(db, false)) {
            assertEquals(Migrations.latest(), Migrations.migrate(c, Migrations.latest()));
            assertEquals(String.valueOf(Migrations.latest()), scalar(c, "SELECT count(*) FROM schema_version"));
        }
    }

    @Test
    void databaseNewerThanTheCodeIsRefused() throws SQLException {
        Path db = dir.resolve("future.db");
        Store.open(db).close();
        try (Connection c = Store.connect(db, false); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void fileThatIsNotADatabaseIsRefused() throws Exception {
        Path notDb = Files.writeString(dir.resolve("notes.db"), "these are notes, not a database\n".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> Store.open(notDb));
        assertTrue(e.getMessage().startsWith("cannot open the store"), e.getMessage());
        StoreException missing = assertThrows(StoreException.class, () -> Store.open(dir.resolve("no/such/folder/x.db")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    static String scalar(Connection c, String sql) throws SQLException {
        return strings(c, sql).get(0);
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
