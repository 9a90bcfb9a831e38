-- Storyline store, schema version 1: runs, articles, the ledger and the quarantine.
-- Times are ISO 8601 instants in UTC (2026-11-25T14:09:43.123Z); JSON columns hold JSON text.

-- One row per ingest or replay run.
CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    command      TEXT    NOT NULL,                      -- ingest | replay
    args         TEXT    NOT NULL DEFAULT '[]',         -- JSON array: the paths or inputs given
    status       TEXT    NOT NULL DEFAULT 'running'
                 CHECK (status IN ('running', 'done', 'interrupted')),
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    pid          INTEGER,                               -- the process, to tell a killed run from a live one
    host         TEXT,
    ok           INTEGER NOT NULL DEFAULT 0,            -- ledger rows committed so far, by status
    skipped      INTEGER NOT NULL DEFAULT 0,
    failed       INTEGER NOT NULL DEFAULT 0,
    tool_version TEXT
);

-- One row per distinct content (content_hash), with everything the contract's article holds.
CREATE TABLE articles (
    row                 INTEGER PRIMARY KEY,            -- stable rowid (full-text and later indexes refer to it)
    id                  TEXT    NOT NULL UNIQUE,        -- a-<first 16 hex digits of content_hash>
    content_hash        TEXT    NOT NULL UNIQUE,        -- SHA-256 (hex) of the capture's raw bytes
    input               TEXT    NOT NULL,               -- the input that first brought it: file, plus #N for a record
    file                TEXT    NOT NULL,
    record              INTEGER NOT NULL DEFAULT 0,     -- 1-based record in a WARC or JSON Lines file, 0 for a whole file
    record_offset       INTEGER NOT NULL DEFAULT -1,    -- byte offset of that record in the file, -1 for a whole file
    url                 TEXT,
    canonical_url       TEXT,
    title               TEXT,
    authors             TEXT    NOT NULL DEFAULT '[]',  -- JSON array of names
    site                TEXT,
    wire                TEXT,
    dateline            TEXT,
    published_value     TEXT,                           -- ISO 8601 day, minute, month, year or interval
    published_precision TEXT,                           -- minute | day | week | month | year
    published_inferred  INTEGER,                        -- 0 | 1
    published_evidence  TEXT,
    updated_value       TEXT,
    updated_precision   TEXT,
    updated_inferred    INTEGER,
    updated_evidence    TEXT,
    language            TEXT,
    description         TEXT,
    text                TEXT    NOT NULL,
    segments            TEXT    NOT NULL DEFAULT '[]',  -- JSON [[start, end, sourceStart, sourceEnd, kind], ...]
    removed             TEXT    NOT NULL DEFAULT '[]',  -- JSON [{"text", "why", "sourceStart", "sourceEnd"}, ...]
    format              TEXT    NOT NULL CHECK (format IN ('html', 'text')),
    charset             TEXT,
    fetched_at          TEXT,                           -- capture time the container gave (WARC-Date, JSON Lines "fetched")
    run_id              INTEGER NOT NULL REFERENCES runs (id),
    ingested_at         TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles (published_value);
CREATE INDEX articles_site ON articles (site);
CREATE INDEX articles_input ON articles (input);

-- One row per input per run: how it ended.
CREATE TABLE ledger (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES runs (id),
    seq          INTEGER NOT NULL,                      -- the input's position in its run, from 1
    input        TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('ok', 'skipped', 'failed')),
    reason       TEXT,                                  -- why (skipped, failed); a note when ok
    article_id   TEXT,                                  -- the stored article: made (ok) or matched (duplicate)
    content_hash TEXT,
    at           TEXT    NOT NULL,
    UNIQUE (run_id, seq)
);
CREATE INDEX ledger_input ON ledger (input);
CREATE INDEX ledger_status ON ledger (status, run_id);
CREATE INDEX ledger_article ON ledger (article_id);

-- Inputs whose last outcome is failed, with what is needed to run them again after a fix.
CREATE TABLE quarantine (
    input            TEXT    PRIMARY KEY,
    file             TEXT    NOT NULL,
    record           INTEGER NOT NULL DEFAULT 0,
    record_offset    INTEGER NOT NULL DEFAULT -1,
    stage            TEXT    NOT NULL CHECK (stage IN ('input', 'capture')),
                     -- input: raw is what ingest read (a file, a JSON line, a WARC from the failed record);
                     -- capture: raw is the document the pipeline failed on, with the columns below
    format           TEXT    CHECK (format IN ('html', 'text')),
    url              TEXT,
    declared_charset TEXT,
    fetched_at       TEXT,
    given_text       INTEGER NOT NULL DEFAULT 0,        -- 1 when raw is text that came decoded (JSON Lines)
    raw              BLOB,                              -- null when it could not be kept (unreadable, too large)
    raw_size         INTEGER,
    content_hash     TEXT,
    reason           TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 1,
    first_run_id     INTEGER NOT NULL REFERENCES runs (id),
    last_run_id      INTEGER NOT NULL REFERENCES runs (id),
    quarantined_at   TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
