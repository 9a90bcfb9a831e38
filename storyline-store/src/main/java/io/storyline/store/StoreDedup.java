package io.storyline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.dedup.DedupCorpus;
import io.storyline.dedup.Deduplicator;
import io.storyline.export.JsonReport;
import io.storyline.model.DateValue;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Precision;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Deduplication over the store: the corpus state lives in {@code dedup_docs} and
 * {@code dedup_hashes}, the groups in {@code duplicate_groups}. Stored articles that are not yet
 * deduplicated (just ingested, or left so by a killed run) are caught up in storing order, each
 * batch in one transaction, so the state always matches the articles it covers. Used by
 * {@link Store} under its lock, on its connection.
 */
final class StoreDedup {
    private static final JsonFactory JSON = new JsonFactory();

    private final Connection conn;
    private final Deduplicator dedup;
    private DedupCorpus corpus;

    StoreDedup(Connection conn, Deduplicator dedup) {
        this.conn = conn;
        this.dedup = dedup;
    }

    private DedupCorpus corpus() throws SQLException {
        if (corpus != null) return corpus;
        DedupCorpus c = new DedupCorpus(new SqliteDedupIndex(conn, dedup.options().maxVisits()), this::text);
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT doc, article_id, words, date, wire, fp_count, fp_shift, parent, canonical"
                     + " FROM dedup_docs ORDER BY doc")) {
            int expect = 0;
            while (r.next()) {
                if (r.getInt(1) != expect++) throw new StoreException("dedup_docs has a gap at doc " + (expect - 1), null);
                c.restore(r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7),
                        r.getInt(8), r.getInt(9));
            }
        }
        c.restored();
        corpus = c;
        return c;
    }

    private String text(int doc) {
        try (PreparedStatement p = conn.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
            p.setString(1, corpus.id(doc));
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the text of " + corpus.id(doc), e);
        }
    }

    /** Forgets the in-memory state (after a failed transaction), so it is read again from the tables. */
    void reset() {
        corpus = null;
    }

    /**
     * Deduplicates up to {@code max} stored articles not yet deduplicated, in storing order, inside
     * the caller's transaction. Returns how many.
     */
    int catchUp(int max) throws SQLException {
        DedupCorpus c = corpus();
        List<String[]> pending = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT a.id, a.text, a.published_value, a.published_precision,"
                + " a.wire FROM articles a LEFT JOIN dedup_docs d ON d.article_id = a.id WHERE d.doc IS NULL"
                + " ORDER BY a.row LIMIT ?")) {
            p.setInt(1, max);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    pending.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
                }
            }
        }
        if (pending.isEmpty()) return 0;
        int firstNew = c.size();
        for (String[] a : pending) {
            String date = null;
            if (a[2] != null) {
                Precision precision = a[3] == null ? Precision.DAY : Precision.valueOf(a[3].toUpperCase(Locale.ROOT));
                date = Deduplicator.sortableDate(new DateValue(a[2], precision, false, null));
            }
            dedup.add(c, a[0], a[1], date, a[4]);
        }
        DedupCorpus.Changes changes = c.changes();
        Set<Integer> write = new LinkedHashSet<>();
        for (int d = firstNew; d < c.size(); d++) write.add(d);
        write.addAll(changes.goneRoots());
        write.addAll(changes.changedRoots());
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO dedup_docs (doc, article_id, words, date, wire,"
                + " fp_count, fp_shift, parent, canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc) DO UPDATE"
                + " SET parent = excluded.parent, canonical = excluded.canonical")) {
            for (int d : write) {
                p.setInt(1, d);
                p.setString(2, c.id(d));
                p.setInt(3, c.words(d));
                p.setString(4, c.date(d));
                p.setString(5, c.wire(d));
                p.setInt(6, c.fingerprintCount(d));
                p.setInt(7, c.fingerprintShift(d));
                p.setInt(8, c.parent(d));
                p.setInt(9, c.canonicalOf(d));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement delGroup = conn.prepareStatement("DELETE FROM duplicate_groups WHERE root = ?");
             PreparedStatement delMembers = conn.prepareStatement("DELETE FROM duplicate_members WHERE group_root = ?")) {
            for (int gone : changes.goneRoots()) {
                delMembers.setInt(1, gone);
                delMembers.executeUpdate();
                delGroup.setInt(1, gone);
                delGroup.executeUpdate();
            }
        }
        for (int root : changes.changedRoots()) writeGroup(c, root);
        return pending.size();
    }

    private void writeGroup(DedupCorpus c, int root) throws SQLException {
        DuplicateGroup g = dedup.groupOf(c, root);
        try (PreparedStatement delMembers = conn.prepareStatement("DELETE FROM duplicate_members WHERE group_root = ?")) {
            delMembers.setInt(1, root);
            delMembers.executeUpdate();
        }
        if (g == null) {
            try (PreparedStatement p = conn.prepareStatement("DELETE FROM duplicate_groups WHERE root = ?")) {
                p.setInt(1, root);
                p.executeUpdate();
            }
            return;
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO duplicate_groups (root, id, canonical, relation,"
                + " similarity, wire, members, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (root) DO UPDATE SET"
                + " id = excluded.id, canonical = excluded.canonical, relation = excluded.relation,"
                + " similarity = excluded.similarity, wire = excluded.wire, members = excluded.members,"
                + " changes = excluded.changes")) {
            p.setInt(1, root);
            p.setString(2, g.id());
            p.setString(3, g.canonical());
            p.setString(4, g.relation().label());
            p.setDouble(5, g.similarity());
            p.setString(6, g.wire());
            p.setString(7, json(gen -> {
                gen.writeStartArray();
                for (String m : g.members()) gen.writeString(m);
                gen.writeEndArray();
            }));
            p.setString(8, json(gen -> JsonReport.writeChanges(gen, g.changes())));
            p.executeUpdate();
        }
        try (PreparedStatement p = conn.prepareStatement(
                "INSERT OR REPLACE INTO duplicate_members (article_id, group_root) VALUES (?, ?)")) {
            for (String m : g.members()) {
                p.setString(1, m);
                p.setInt(2, root);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Writer w) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            w.write(g);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
