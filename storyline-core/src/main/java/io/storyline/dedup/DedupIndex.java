package io.storyline.dedup;

/**
 * Corpus state of the first stage: which documents carry which fingerprint hashes. Documents are
 * dense int keys assigned by {@link DedupCorpus}. The store persists it; Spark builds it in a
 * shuffle. Implementations need not be thread-safe.
 */
public interface DedupIndex {
    /** Receives candidate documents with the number of hashes they share with the query. */
    @FunctionalInterface
    interface CandidateSink {
        void accept(int doc, int shared);
    }

    /** Registers the hashes of document {@code doc}. */
    void add(int doc, Fingerprints fingerprints);

    /** Reports every registered document sharing at least one hash with {@code fingerprints}. */
    void candidates(Fingerprints fingerprints, CandidateSink sink);

    /** Approximate heap held, in bytes. */
    long memoryBytes();
}
