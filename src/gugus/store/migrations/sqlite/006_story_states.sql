-- 006: the online clusterer's checkpoint (gugus.cluster.checkpoint): each story still in its window as
-- the clusterer holds it, written with the story; the rest of its state is the setting cluster_state.
CREATE TABLE story_states (
    story_id TEXT PRIMARY KEY,
    state    BLOB NOT NULL                   -- zlib-compressed JSON
);
