-- 004: full-text search over articles (SQLite FTS5), kept in step with `articles` by triggers.
--
-- The index holds each article's title and text as written (unicode61, diacritics folded: "Pušilin"
-- is found by "Pusilin") and their Indonesian/English stems (gugus.analyze.tokens.content_stems), so
-- that "pembangunan" finds "membangun". Stems are computed by gugus_stems(text, lang) and names'
-- spellings by gugus_spellings(title, text), functions the store registers on its connection
-- (gugus.store.search): a connection without them cannot write articles, which is louder than an index
-- that silently falls behind.
--
-- The index is contentless (the text is already in `articles`; snippets are cut in Python, where stem
-- matches can be marked too). A contentless FTS5 table of SQLite < 3.43 forgets a row only when given
-- the exact values it was indexed with, so the stems indexed are kept in article_search_stems: a later
-- stemmer (a longer exception list) must not corrupt the deletion of an earlier article's row.
--
-- Migrations are split into statements at lines ending in ";": inside a trigger, every statement ends
-- with a comment so that its line does not.
CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, title_stems, body_stems,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The names in the articles (capitalised words rare in Indonesian and English) under their one-deletion
-- keys (gugus_spellings), so a query for "Pushilin" also asks for the "Pushlin" one outlet wrote by
-- equality lookups rather than a scan of the vocabulary. Only added to: a name no article holds any
-- more costs one OR term that matches nothing.
CREATE TABLE article_search_spellings (
    key  TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (key, term)
) WITHOUT ROWID;

CREATE TABLE article_search_stems (
    seq   INTEGER PRIMARY KEY,                -- articles.seq, the FTS rowid
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);

CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search_stems VALUES
        (new.seq, gugus_stems(new.title, new.lang), gugus_stems(new.text, new.lang)); -- stems, kept
    INSERT INTO article_search (rowid, title, body, title_stems, body_stems)
        SELECT new.seq, new.title, new.text, title, body FROM article_search_stems WHERE seq = new.seq; -- indexed
    INSERT OR IGNORE INTO article_search_spellings (key, term)
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
        FROM json_each(gugus_spellings(new.title, new.text)); -- the names' spellings
END;

-- A revision (the same URL with a changed text) replaces the row: the old text is no longer found.
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text, lang, seq ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text OR old.lang IS NOT new.lang OR old.seq <> new.seq
BEGIN
    INSERT INTO article_search (article_search, rowid, title, body, title_stems, body_stems)
        SELECT 'delete', old.seq, old.title, old.text, title, body
        FROM article_search_stems WHERE seq = old.seq; -- the old row out, with the very terms it went in with
    DELETE FROM article_search_stems WHERE seq = old.seq; -- its stems
    INSERT INTO article_search_stems VALUES
        (new.seq, gugus_stems(new.title, new.lang), gugus_stems(new.text, new.lang)); -- the new stems
    INSERT INTO article_search (rowid, title, body, title_stems, body_stems)
        SELECT new.seq, new.title, new.text, title, body FROM article_search_stems WHERE seq = new.seq; -- indexed
    INSERT OR IGNORE INTO article_search_spellings (key, term)
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
        FROM json_each(gugus_spellings(new.title, new.text)); -- the names' spellings
END;

CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, body, title_stems, body_stems)
        SELECT 'delete', old.seq, old.title, old.text, title, body
        FROM article_search_stems WHERE seq = old.seq; -- out of the index
    DELETE FROM article_search_stems WHERE seq = old.seq; -- and its stems
END;

-- Articles stored before this migration: indexed now, in the migration's transaction.
INSERT INTO article_search_stems
    SELECT seq, gugus_stems(title, lang), gugus_stems(text, lang) FROM articles;
INSERT INTO article_search (rowid, title, body, title_stems, body_stems)
    SELECT a.seq, a.title, a.text, s.title, s.body FROM articles a JOIN article_search_stems s ON s.seq = a.seq;
INSERT OR IGNORE INTO article_search_spellings (key, term)
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]')
    FROM articles, json_each(gugus_spellings(articles.title, articles.text)) j;
