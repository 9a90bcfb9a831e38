-- Storyline store, schema version 6: the entities each event involves (its actors and targets),
-- so that an entity's events are an index lookup rather than a scan of every event's JSON.
-- Kept in step with events by StoreAnnotations (a chunk's rows are rewritten with its events).

CREATE TABLE event_entities (
    chunk      INTEGER NOT NULL,
    event_id   TEXT    NOT NULL,
    entity_id  TEXT    NOT NULL,
    PRIMARY KEY (chunk, event_id, entity_id)
);
CREATE INDEX event_entities_entity ON event_entities (entity_id);

INSERT OR IGNORE INTO event_entities (chunk, event_id, entity_id)
    SELECT e.chunk, e.id, j.value FROM events e, json_each(json_extract(e.json, '$.actors')) j WHERE j.value IS NOT NULL;
INSERT OR IGNORE INTO event_entities (chunk, event_id, entity_id)
    SELECT e.chunk, e.id, j.value FROM events e, json_each(json_extract(e.json, '$.targets')) j WHERE j.value IS NOT NULL;
