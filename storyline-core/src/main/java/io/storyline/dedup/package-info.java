/**
 * Deduplication: exact, near and syndicated (edited) copies of one text, and what each copy
 * changed.
 *
 * <p>Two stages. {@link io.storyline.dedup.Fingerprinter} turns a text into a small set of sampled
 * shingle hashes over a normalised form where known name variants coincide (DPRK / North Korea,
 * U.S. / United States, British / American spellings); a {@link io.storyline.dedup.DedupIndex}
 * finds earlier articles that share enough of them. {@link io.storyline.dedup.Aligner} then
 * aligns each candidate pair sentence by sentence and decides the relation (exact, near,
 * syndicated, distinct) and the changes (rewrites, cuts, additions, with offsets).
 * {@link io.storyline.dedup.Deduplicator} composes both incrementally: a new article joins an
 * existing group without recomputing the corpus.
 */
package io.storyline.dedup;
