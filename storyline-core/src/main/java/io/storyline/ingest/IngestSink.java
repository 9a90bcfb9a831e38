package io.storyline.ingest;

import io.storyline.model.Capture;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;

/**
 * Receives what ingest finds, in input order: captures to process, and inputs that ended before
 * becoming one. Called on the thread that runs the {@link Ingestor}.
 */
public interface IngestSink {
    /** A document to process. */
    void capture(Capture capture);

    /**
     * An input that could not become a capture (unreadable, truncated, not a document…).
     *
     * @param where   the file, or the container record, the outcome is about; {@code where.input()}
     *                equals {@code outcome.input()}
     * @param outcome skipped or failed, with its reason; a failed outcome carries the raw bytes that
     *                {@link Ingestor#reread} accepts when they could be kept
     */
    void outcome(Provenance where, Outcome outcome);
}
