package io.storyline.store;

import io.storyline.dedup.DedupIndex;
import io.storyline.dedup.Fingerprints;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The fingerprint index of deduplication in the store's {@code dedup_hashes} table, so that new
 * articles find their copies among everything stored without the corpus in memory. Used inside
 * the store's write transaction, on its connection.
 */
final class SqliteDedupIndex implements DedupIndex {
    private static final int CHUNK = 200;

    private final Connection conn;
    private final int maxVisits;

    SqliteDedupIndex(Connection conn, int maxVisits) {
        this.conn = conn;
        this.maxVisits = maxVisits;
    }

    @Override
    public void add(int doc, Fingerprints fingerprints) {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO dedup_hashes (hash, doc) VALUES (?, ?)")) {
            for (long h : fingerprints.hashes()) {
                p.setLong(1, h);
                p.setInt(2, doc);
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot write fingerprints", e);
        }
    }

    @Override
    public void candidates(Fingerprints fingerprints, CandidateSink sink) {
        long[] hashes = fingerprints.hashes();
        Map<Integer, Integer> counts = new HashMap<>();
        try {
            for (int from = 0; from < hashes.length; from += CHUNK) {
                int n = Math.min(CHUNK, hashes.length - from);
                String sql = "SELECT hash, doc FROM dedup_hashes WHERE hash IN (" + "?,".repeat(n - 1) + "?) ORDER BY hash, doc DESC";
                try (PreparedStatement p = conn.prepareStatement(sql)) {
                    for (int i = 0; i < n; i++) p.setLong(i + 1, hashes[from + i]);
                    try (ResultSet r = p.executeQuery()) {
                        long current = 0;
                        int postings = 0;
                        boolean first = true;
                        while (r.next()) {
                            long h = r.getLong(1);
                            if (first || h != current) {
                                current = h;
                                postings = 0;
                                first = false;
                            }
                            // a hash carried by very many texts: its latest postings represent it
                            if (++postings > maxVisits) continue;
                            counts.merge(r.getInt(2), 1, Integer::sum);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read fingerprints", e);
        }
        counts.forEach(sink::accept);
    }

    @Override
    public long memoryBytes() {
        return 0;
    }
}
