-- 002: watchlists and their alert outbox (SQLite: 005_watches.sql).
CREATE TABLE watches (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    rules       TEXT NOT NULL,
    webhook     TEXT,
    secret      TEXT,
    created     TEXT NOT NULL
);

CREATE TABLE alerts (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    watch_id     TEXT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    story_id     TEXT NOT NULL,
    state        TEXT NOT NULL,
    created      TEXT NOT NULL,
    payload      TEXT NOT NULL,
    delivered    TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt DOUBLE PRECISION NOT NULL DEFAULT 0,
    last_error   TEXT,
    UNIQUE (watch_id, story_id, state)
);
CREATE INDEX alerts_pending ON alerts(next_attempt) WHERE delivered IS NULL;
CREATE INDEX alerts_watch ON alerts(watch_id, id);
