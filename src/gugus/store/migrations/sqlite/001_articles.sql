-- 001: articles, their revisions, raw inputs kept for provenance, and rejects.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,          -- stable: hash of the canonical URL, else of outlet + text
    source_id     TEXT NOT NULL,             -- the input's own id (JSON line id, path or URL)
    url           TEXT,
    canonical_url TEXT UNIQUE,
    text_key      TEXT NOT NULL,             -- hash of outlet + normalised text: the same text is stored once
    title         TEXT NOT NULL,
    section       TEXT,
    outlet        TEXT,
    published     TEXT,                      -- ISO 8601 date or datetime, or NULL when the source gives none
    lang          TEXT,
    dateline      TEXT,
    wire          TEXT NOT NULL DEFAULT '[]', -- JSON list of credited agencies
    author        TEXT,
    text          TEXT NOT NULL,
    partial       INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL,
    location      TEXT NOT NULL,
    raw_sha256    TEXT NOT NULL,
    text_sha256   TEXT NOT NULL,
    sentence_langs TEXT NOT NULL DEFAULT '[]',
    repairs       INTEGER NOT NULL DEFAULT 0,
    notes         TEXT NOT NULL DEFAULT '[]',
    revision      INTEGER NOT NULL DEFAULT 1,
    ingested_at   TEXT NOT NULL,
    seq           INTEGER NOT NULL          -- arrival order, for streaming stages that follow
);
CREATE INDEX articles_text_key ON articles(text_key);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_lang ON articles(lang);
CREATE UNIQUE INDEX articles_seq ON articles(seq);

-- Earlier texts of an article whose page changed; the articles row always holds the latest.
CREATE TABLE article_revisions (
    article_id  TEXT NOT NULL REFERENCES articles(id),
    revision    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    text        TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    raw_sha256  TEXT NOT NULL,
    location    TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
);

-- Raw bytes of inputs that cannot be re-read from where they came (fetched URLs, pasted text).
CREATE TABLE raw_inputs (
    sha256   TEXT PRIMARY KEY,
    location TEXT NOT NULL,
    size     INTEGER NOT NULL,
    content  BLOB                            -- zlib-compressed; NULL where the location is a file kept by the user
);

-- One row per failing input and reason; re-running the same ingest updates it instead of repeating it.
CREATE TABLE rejects (
    source   TEXT NOT NULL,
    reason   TEXT NOT NULL,
    detail   TEXT NOT NULL,
    kind     TEXT,
    first_at TEXT NOT NULL,
    last_at  TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source, reason)
);
