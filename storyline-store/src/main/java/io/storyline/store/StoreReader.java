package io.storyline.store;

import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Read-only access for one thread (a run's reader thread) on a connection of its own, so reads
 * proceed while the run's results are written: which contents are stored, and quarantined inputs.
 * Not thread-safe.
 */
final class StoreReader implements AutoCloseable {
    /** A stored article found by content hash. */
    record Stored(String id, String input) {
    }

    /** A quarantined input, with what replay needs. */
    record Quarantined(String input, Provenance where, String stage, Format format, String url,
                       String declaredCharset, Instant fetched, boolean givenText, byte[] raw, String reason) {
        /** The capture the pipeline failed on ({@code stage = capture}). */
        Capture capture() {
            return new Capture(where, format, raw, url, declaredCharset, fetched,
                    givenText ? new String(raw, StandardCharsets.UTF_8) : null);
        }
    }

    private final Connection conn;
    private final PreparedStatement byHash;

    StoreReader(Connection conn) {
        this.conn = conn;
        try {
            this.byHash = conn.prepareStatement("SELECT id, input FROM articles WHERE content_hash = ?");
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot prepare the store's lookups", e);
        }
    }

    /** The article stored for a content hash, or null. */
    Stored stored(String contentHash) {
        try {
            byHash.setString(1, contentHash);
            try (ResultSet r = byHash.executeQuery()) {
                return r.next() ? new Stored(r.getString(1), r.getString(2)) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up stored contents", e);
        }
    }

    /** The inputs in quarantine (all, or those named), in input order. */
    List<String> quarantinedInputs(List<String> only) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT input FROM quarantine ORDER BY input");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String input = r.getString(1);
                if (only.isEmpty() || only.contains(input)) out.add(input);
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the quarantine", e);
        }
    }

    /** A quarantined input with its raw bytes, or null when it is no longer in quarantine. */
    Quarantined quarantined(String input) {
        try (PreparedStatement p = conn.prepareStatement("SELECT input, file, record, record_offset, stage, format, url,"
                + " declared_charset, fetched_at, given_text, raw, reason FROM quarantine WHERE input = ?")) {
            p.setString(1, input);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return null;
                String format = r.getString(6);
                return new Quarantined(r.getString(1), new Provenance(r.getString(2), r.getInt(3), r.getLong(4)),
                        r.getString(5), format == null ? null : Format.valueOf(format.toUpperCase(Locale.ROOT)),
                        r.getString(7), r.getString(8), instant(r.getString(9)), r.getInt(10) != 0, r.getBytes(11),
                        r.getString(12));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read quarantined input " + input, e);
        }
    }

    private static Instant instant(String s) {
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // read-only connection: nothing to lose
        }
    }
}
