-- 005: watchlists and their alerts. An alert is kept until its webhook accepts it (an outbox): a
-- receiver that is down, or a restart, loses nothing.
CREATE TABLE watches (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    rules       TEXT NOT NULL,               -- JSON: entities, keywords, outlets, topics, min_outlets, ...
    webhook     TEXT,                        -- where alerts are POSTed, or NULL (feed and UI only)
    secret      TEXT,                        -- the HMAC-SHA256 key that signs each delivery
    created     TEXT NOT NULL
);

CREATE TABLE alerts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    watch_id     TEXT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    story_id     TEXT NOT NULL,
    state        TEXT NOT NULL,              -- what of the story this alert is about (outlets, conflicts)
    created      TEXT NOT NULL,
    payload      TEXT NOT NULL,              -- JSON, as delivered
    delivered    TEXT,                       -- when the webhook answered 2xx; NULL while pending
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL DEFAULT 0,    -- epoch seconds
    last_error   TEXT,
    UNIQUE (watch_id, story_id, state)
);
CREATE INDEX alerts_pending ON alerts(next_attempt) WHERE delivered IS NULL;
CREATE INDEX alerts_watch ON alerts(watch_id, id);
