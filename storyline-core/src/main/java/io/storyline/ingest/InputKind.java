package io.storyline.ingest;

/** What a file or byte stream holds, decided from its first bytes and its name. */
enum InputKind {
    GZIP, WARC, JSONL, HTML, TEXT, BINARY, EMPTY
}
