-- Storyline store, schema version 3: deduplication state and its groups.
-- dedup_docs and dedup_hashes are the corpus state of io.storyline.dedup (one row per deduplicated
-- article, in the order they were deduplicated; the fingerprint hashes of each); duplicate_groups
-- and duplicate_members are the groups as the UI and the CLI read them, rewritten when a group changes.

CREATE TABLE dedup_docs (
    doc         INTEGER PRIMARY KEY,                   -- dense key, 0, 1, 2 … in deduplication order
    article_id  TEXT    NOT NULL UNIQUE REFERENCES articles (id),
    words       INTEGER NOT NULL,                      -- distinct content words (completeness)
    date        TEXT,                                  -- sortable publication date (UTC instant or day)
    wire        TEXT,
    fp_count    INTEGER NOT NULL,                      -- fingerprint hashes kept
    fp_shift    INTEGER NOT NULL,                      -- log2 of the sampling rate
    parent      INTEGER NOT NULL,                      -- union-find parent (itself for a group's root)
    canonical   INTEGER NOT NULL                       -- for a root: the group's canonical member
);

CREATE TABLE dedup_hashes (
    hash INTEGER NOT NULL,
    doc  INTEGER NOT NULL
);
CREATE INDEX dedup_hashes_hash ON dedup_hashes (hash);

CREATE TABLE duplicate_groups (
    root        INTEGER PRIMARY KEY,                   -- the group's root in dedup_docs
    id          TEXT    NOT NULL UNIQUE,               -- d-… (derived from the canonical article)
    canonical   TEXT    NOT NULL,                      -- article id
    relation    TEXT    NOT NULL CHECK (relation IN ('exact', 'near', 'syndicated')),
    similarity  REAL    NOT NULL,
    wire        TEXT,
    members     TEXT    NOT NULL,                      -- JSON array of article ids, canonical first
    changes     TEXT    NOT NULL                       -- JSON array of changes as in the analyze JSON
);

CREATE TABLE duplicate_members (
    article_id  TEXT    PRIMARY KEY,
    group_root  INTEGER NOT NULL REFERENCES duplicate_groups (root)
);
CREATE INDEX duplicate_members_group ON duplicate_members (group_root);
