package io.storyline.ingest;

import io.storyline.model.Capture;
import io.storyline.model.Outcome;

/** Receives what ingest finds, in input order: captures to process and inputs that ended early. */
public interface IngestSink {
    /** A document to process. */
    void capture(Capture capture);

    /** An input that could not become a capture (unreadable, truncated, not a document…). */
    void outcome(Outcome outcome);
}
