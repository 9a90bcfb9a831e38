package io.storyline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: numbered SQL scripts under {@code io/storyline/store/migrations/},
 * listed in order in that folder's {@code INDEX}. The {@code schema_version} table records each
 * one applied; each runs in its own transaction, so a database is always at a whole version.
 */
public final class Migrations {
    private static final String FOLDER = "/io/storyline/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([a-z0-9_]+)\\.sql");

    /** One migration script. */
    public record Migration(int version, String description, String sql) {
    }

    private static final List<Migration> ALL = load();

    private Migrations() {
    }

    /** Every migration, in version order (versions 1, 2, … without gaps). */
    public static List<Migration> all() {
        return ALL;
    }

    /** The version this code brings a database to. */
    public static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    private static List<Migration> load() {
        List<Migration> out = new ArrayList<>();
        for (String line : resource("INDEX").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            Matcher m = NAME.matcher(name);
            if (!m.matches()) throw new IllegalStateException("bad migration name in INDEX: " + name);
            int version = Integer.parseInt(m.group(1));
            if (version != out.size() + 1)
                throw new IllegalStateException("migration " + name + " out of order: expected version " + (out.size() + 1));
            out.add(new Migration(version, m.group(2).replace('_', ' '), resource(name)));
        }
        if (out.isEmpty()) throw new IllegalStateException("no migrations listed in " + FOLDER + "INDEX");
        return List.copyOf(out);
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("missing migration resource " + FOLDER + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version the database is at (0 for a new one). */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /**
     * Brings the database up to {@code target}, one migration per transaction. The connection must
     * be in auto-commit mode; it is left so. Fails when the database is newer than this code.
     *
     * @return the version the database is at afterwards
     */
    public static int migrate(Connection c, int target) throws SQLException {
        if (target < 0 || target > latest()) throw new IllegalArgumentException("no schema version " + target);
        if (!c.getAutoCommit()) throw new IllegalStateException("migrate needs an auto-commit connection");
        int current = version(c);
        if (current > latest()) {
            throw new StoreException("the database is at schema version " + current
                    + ", newer than this Storyline knows (" + latest() + "); upgrade Storyline");
        }
        for (Migration m : ALL) {
            if (m.version() > target) break;
            c.setAutoCommit(false);
            try {
                // re-read inside the transaction: another process may have migrated meanwhile
                if (m.version() <= version(c)) {
                    c.commit();
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(m.sql())) s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return version(c);
    }

    /**
     * Splits a script into statements: at a semicolon that ends a line, except inside a
     * {@code CREATE TRIGGER … END;} body. Comment lines are dropped.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean trigger = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) continue;
            if (current.isEmpty()) trigger = t.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            current.append(line).append('\n');
            boolean ends = trigger ? t.equalsIgnoreCase("END;") : t.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }
}
