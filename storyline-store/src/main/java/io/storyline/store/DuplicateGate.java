package io.storyline.store;

import io.storyline.model.Capture;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Skips captures whose content is already stored, or already on its way through this run, so an
 * ingest is idempotent and never extracts the same content twice. Runs on the reader thread;
 * {@link #settled} is called by the recording thread once a capture's result is committed.
 */
final class DuplicateGate implements BatchRunner.Gate {
    private final StoreReader reader;
    /** Content hashes admitted in this run and not yet committed, with the input that brought them. */
    private final Map<String, String> pending = new ConcurrentHashMap<>();

    DuplicateGate(StoreReader reader) {
        this.reader = reader;
    }

    @Override
    public String skipReason(Capture capture) {
        String hash = Pipeline.contentHash(capture);
        String earlier = pending.putIfAbsent(hash, capture.input());
        if (earlier != null) return "duplicate: same content as " + earlier + ", earlier in this run";
        // checked after claiming the hash: a commit that released it meanwhile is visible now
        StoreReader.Stored stored = reader.stored(hash);
        if (stored == null) return null;
        pending.remove(hash, capture.input());
        return "duplicate: already stored as " + stored.id() + " (from " + stored.input() + ")";
    }

    /** The result for this capture is committed: its content is stored, or not, for good. */
    void settled(Capture capture, String contentHash) {
        pending.remove(contentHash, capture.input());
    }
}
