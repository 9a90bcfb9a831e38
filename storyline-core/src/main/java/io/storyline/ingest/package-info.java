/**
 * Ingest: turns paths, folders (recursively, in name order, hidden entries left out) and stdin
 * ({@code -}) into {@link io.storyline.model.Capture}s, and anything that cannot become one into
 * an {@link io.storyline.model.Outcome} with a specific reason, so that every input ends with
 * exactly one outcome and nothing throws for bad data.
 *
 * <p>Formats, decided from the content (the name only breaks ties): plain-text captures, HTML
 * (also gzipped), WARC and WARC.gz (through jwarc: response and resource records; URL, charset and
 * date from the record and its HTTP headers; the record's byte offset kept as
 * {@link io.storyline.model.Provenance#recordOffset()}), JSON Lines ({@code url}, {@code html} or
 * {@code text}, optional {@code fetched}; one outcome per line). Files are streamed; each document
 * is held to {@link io.storyline.ingest.Limits#maxBytes()}.
 *
 * <p>Reasons start with a short code: {@code empty}, {@code not-a-document}, {@code not-a-file},
 * {@code too-large}, {@code unreadable}, {@code truncated-gzip}, {@code corrupt-gzip},
 * {@code truncated-warc}, {@code corrupt-warc}, {@code corrupt-http}, {@code http-error},
 * {@code redirect}, {@code no-documents}, {@code invalid-json}, {@code invalid-record}. A failed
 * outcome carries the raw bytes that {@link io.storyline.ingest.Ingestor#reread} accepts, when
 * they fit the size limit.
 *
 * <p>Decoding to characters is {@link io.storyline.ingest.CharsetDetector}'s job (BOM, UTF-8,
 * declarations checked against the bytes, detection), done by the pipeline.
 */
package io.storyline.ingest;
