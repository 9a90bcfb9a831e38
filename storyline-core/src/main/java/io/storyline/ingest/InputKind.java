package io.storyline.ingest;

/** What a file or byte stream holds, decided from its first bytes and its name. */
enum InputKind {
    /** No bytes, or only whitespace. */
    EMPTY,
    /** A gzip stream: a compressed page, JSON Lines file or WARC. */
    GZIP,
    /** A WARC file (uncompressed). */
    WARC,
    /** JSON Lines: one capture per line. */
    JSONL,
    /** An HTML (or XHTML) page. */
    HTML,
    /** A plain-text capture. */
    TEXT,
    /** A known non-document format (image, PDF, archive, executable…). */
    FORMAT,
    /** Bytes that look binary but match no known format. */
    BINARY
}
