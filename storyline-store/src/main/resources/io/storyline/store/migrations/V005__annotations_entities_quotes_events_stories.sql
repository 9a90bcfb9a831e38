-- Storyline store, schema version 5: what annotation finds, kept per article and across the corpus.
-- Articles are annotated once, in annotation order (after deduplication); entities, quotes, events
-- and stories are the corpus-level results the UI, the API and the CLI read, rewritten where a new
-- article changed them. corpus_state holds the incremental state of story clustering.

-- One row per annotated article.
CREATE TABLE annotations (
    article_id  TEXT    PRIMARY KEY REFERENCES articles (id),
    seq         INTEGER NOT NULL UNIQUE,               -- annotation order, from 0
    story_id    TEXT,                                  -- the story it joined (as first decided; see story_articles)
    decision    TEXT,                                  -- JSON: the story decision and its evidence
    timexes     TEXT    NOT NULL DEFAULT '[]',         -- JSON as the analyze JSON prints an article's timexes
    events      TEXT    NOT NULL DEFAULT '[]',         -- JSON: the article's event mentions (input of event merging)
    error       TEXT                                   -- why annotation failed on this article (it is then left out)
);

-- People, organisations, countries and places, across the corpus.
CREATE TABLE entities (
    row       INTEGER PRIMARY KEY,
    id        TEXT    NOT NULL UNIQUE,                 -- e-…
    name      TEXT    NOT NULL,
    type      TEXT    NOT NULL,
    aliases   TEXT    NOT NULL DEFAULT '[]',           -- JSON array of names
    roles     TEXT    NOT NULL DEFAULT '[]',           -- JSON [{"title", "stated", "article"}, ...]
    mentions  INTEGER NOT NULL DEFAULT 0,
    articles  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_mentions ON entities (mentions DESC);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE entity_mentions (
    entity_id   TEXT    NOT NULL,
    article_id  TEXT    NOT NULL REFERENCES articles (id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    type        TEXT    NOT NULL
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id);
CREATE INDEX entity_mentions_article ON entity_mentions (article_id);

-- Direct quotes, each statement once: copies in other articles are listed in also_in.
CREATE TABLE quotes (
    row         INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,               -- q-…
    article_id  TEXT    NOT NULL REFERENCES articles (id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    norm        TEXT    NOT NULL,                      -- lower-case letters and digits: the key copies share
    speaker     TEXT,
    entity_id   TEXT,
    cue         TEXT,
    also_in     TEXT    NOT NULL DEFAULT '[]',         -- JSON array of article ids
    published   TEXT                                   -- the article's publication date, for ordering and filters
);
CREATE INDEX quotes_norm ON quotes (norm);
CREATE INDEX quotes_entity ON quotes (entity_id, published);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_published ON quotes (published);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker,
    content = 'quotes', content_rowid = 'row',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.row, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.row, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.row, old.text, old.speaker);
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.row, new.text, new.speaker);
END;

-- Stories and their articles; a merged story's row stays with merged_into set.
CREATE TABLE stories (
    id           TEXT    PRIMARY KEY,                  -- s-…
    title        TEXT,
    articles     INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL DEFAULT 0,
    first_date   TEXT,                                 -- earliest and latest event or publication day
    last_date    TEXT,
    terms        TEXT    NOT NULL DEFAULT '[]',        -- JSON array of words
    history      TEXT    NOT NULL DEFAULT '[]',        -- JSON: the latest decisions, with their evidence
    merged_into  TEXT,
    updated_at   TEXT    NOT NULL
);
CREATE INDEX stories_last ON stories (merged_into, last_date);

-- Event merging runs over chunks of a story's articles (in the order they joined, at most a few
-- hundred each), so that adding an article costs the same however long its story has grown.
CREATE TABLE story_chunks (
    chunk     INTEGER PRIMARY KEY,
    story_id  TEXT    NOT NULL,                        -- the story the chunk was opened in (see story_articles)
    articles  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_chunks_story ON story_chunks (story_id, chunk);

CREATE TABLE story_articles (
    article_id  TEXT    PRIMARY KEY REFERENCES articles (id),
    story_id    TEXT    NOT NULL,
    chunk       INTEGER NOT NULL REFERENCES story_chunks (chunk)
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE INDEX story_articles_chunk ON story_articles (chunk);

-- Events of a story, each once with every report (within its chunk), as JSON.
CREATE TABLE events (
    id            TEXT    NOT NULL,                    -- ev-…
    chunk         INTEGER NOT NULL,
    story_id      TEXT    NOT NULL,
    when_value    TEXT,
    first_report  TEXT,                                -- publication date of its first report, for ordering
    type          TEXT    NOT NULL,
    json          TEXT    NOT NULL,
    PRIMARY KEY (chunk, id)
);
CREATE INDEX events_story ON events (story_id, when_value, first_report);

-- Incremental state of corpus stages (name → versioned binary form).
CREATE TABLE corpus_state (
    name  TEXT PRIMARY KEY,
    data  BLOB NOT NULL
);
