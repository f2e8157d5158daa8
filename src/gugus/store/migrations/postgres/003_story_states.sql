-- 003: the online clusterer's checkpoint (gugus.cluster.checkpoint; SQLite: 006_story_states.sql).
CREATE TABLE story_states (
    story_id TEXT COLLATE "C" PRIMARY KEY,
    state    BYTEA NOT NULL                  -- zlib-compressed JSON
);
