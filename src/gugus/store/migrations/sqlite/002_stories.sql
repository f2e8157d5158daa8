-- 002: per-article analyses, cached embeddings, online document frequencies, stories and merges.
CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    version    INTEGER NOT NULL,
    data       BLOB NOT NULL                 -- zlib-compressed JSON of gugus.analyze.article.Analysis
);

-- Dense vectors keyed by the hash of model + exact input: the same lead is never embedded twice.
CREATE TABLE embeddings (
    key    TEXT PRIMARY KEY,
    model  TEXT NOT NULL,
    vector BLOB NOT NULL                     -- float32
);

CREATE TABLE term_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,            -- the id of the story's first article
    first_seen  REAL NOT NULL,               -- hours since the epoch, UTC
    last_seen   REAL NOT NULL,
    size        INTEGER NOT NULL,
    n_outlets   INTEGER NOT NULL,
    headline    TEXT NOT NULL,
    headline_id TEXT,
    data        TEXT NOT NULL                -- JSON: outlets, languages, top entities, keywords
);
CREATE INDEX stories_last_seen ON stories(last_seen);

CREATE TABLE story_articles (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    story_id    TEXT NOT NULL,
    probability REAL NOT NULL,               -- of the story it joined; 0 where it started the story
    seq         INTEGER NOT NULL             -- clustering order
);
CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TABLE story_merges (
    from_story  TEXT NOT NULL,
    into_story  TEXT NOT NULL,
    probability REAL NOT NULL,
    at_article  TEXT NOT NULL,
    at          TEXT NOT NULL
);
