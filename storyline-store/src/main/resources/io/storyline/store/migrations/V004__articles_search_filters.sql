-- Storyline store, schema version 4: a small covering index of the columns search filters read
-- (site, publication date) by row, so that filtering full-text matches looks rows up in a few
-- megabytes of index instead of the wide articles table (whose rows hold whole texts).
CREATE INDEX articles_row_filters ON articles (row, site, published_value);
