/**
 * Ingest: turns paths, folders and stdin into {@link io.storyline.model.Capture}s, and anything
 * that cannot become one into an {@link io.storyline.model.Outcome} with a specific reason.
 *
 * <p>Formats: plain-text captures, HTML (also gzipped), WARC and WARC.gz (through jwarc: response
 * and resource records, URL and charset from the HTTP headers, record offset kept as provenance),
 * JSON Lines ({@code url}, {@code html} or {@code text}, optional {@code fetched}). Decoding to
 * characters is {@link io.storyline.ingest.CharsetDetector}'s job, done later by the pipeline.
 */
package io.storyline.ingest;
