"""The PostgreSQL store's search half: a tsvector per article, and the lead vectors.

The terms are those SQLite's FTS5 index holds (gugus.store.search): the words as written, lower case and
diacritics folded, split where unicode61 splits, and their Indonesian/English stems. They are computed
here in Python (the stemmer is Python) and written as a tsvector literal, so PostgreSQL's parser and
dictionaries never touch them: no text search configuration, `simple` or other, is applied. Fields are
told apart by weight: A title, B title stems, C body, D body stems, which a query names as FTS5 names
columns, and which ts_rank weighs in the proportions of the bm25 weights SQLite ranks by.

A gugus.search.Query becomes a tsquery string built here from quoted lexemes only: what the user typed
is never parsed as tsquery syntax.
"""

from __future__ import annotations

import json

from gugus.store.search import _WORD, WEIGHTS, SearchIndex, fold, index_spellings, index_stems

MAX_POSITION = 16383  # PostgreSQL's: later words share the last position
MAX_POSITIONS = 256  # positions kept per lexeme (PostgreSQL keeps no more)
MAX_LEXEME = 255  # characters; a query word is at most 64 (gugus.search.MAX_WORD)
MAX_WORDS = 20_000  # per field: a tsvector holds at most 1 MB, and a text's first 20,000 words say enough
RAW, STEMS = "AC", "BD"
# ts_rank's weights are given as {D, C, B, A}: body stems, body, title stems, title
RANK_WEIGHTS = "{" + ", ".join(str(WEIGHTS[i] / max(WEIGHTS)) for i in (3, 1, 2, 0)) + "}"
_FIELDS = "a.id, a.title, a.outlet, a.published, a.lang, a.text, s.story_id"
_FROM = "FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id"


def terms(text: str | None) -> list[str]:
    """The index terms of a text, in order: words split and folded as FTS5's unicode61 would."""
    return [fold(m.group()) for m in _WORD.finditer(text or "")]


def _quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(fields: list[tuple[str, str | None]]) -> str:
    """A tsvector literal over (weight, text) fields, in order, a position apart so that no phrase spans
    two fields."""
    positions: dict[str, list[str]] = {}
    at = 0
    for weight, text in fields:
        for term in terms(text)[:MAX_WORDS]:
            at = min(at + 1, MAX_POSITION)
            if len(term) <= MAX_LEXEME:
                found = positions.setdefault(term, [])
                if len(found) < MAX_POSITIONS:
                    found.append(f"{at}{weight}")
        at = min(at + 1, MAX_POSITION)
    return " ".join(f"{_quote(t)}:{','.join(p)}" for t, p in positions.items())


def _alternative(text: str, weights: str, prefix: bool = False) -> str | None:
    """A word, or the phrase its terms make, in the fields of `weights`; None if it has no terms."""
    words = [t for t in terms(text) if len(t) <= MAX_LEXEME]
    if not words:
        return None
    star = "*" if prefix else ""
    if len(words) == 1:
        return f"{_quote(words[0])}:{star}{weights}"
    phrases = []
    for w in weights:  # one field at a time: a phrase does not run from the title into the body
        parts = [f"{_quote(t)}:{w}" for t in words]
        parts[-1] = f"{_quote(words[-1])}:{star}{w}"
        phrases.append("(" + " <-> ".join(parts) + ")")
    return "(" + " | ".join(phrases) + ")"


def tsquery(query) -> str | None:
    """The tsquery of a gugus.search.Query, as gugus.search.expression makes FTS5's; None when it asks
    for nothing."""
    parts: dict[bool, list[str]] = {False: [], True: []}
    for c, stems, variants in zip(query.clauses, query.stems, query.variants, strict=True):
        if c.phrase:
            alts = [_alternative(" ".join(c.words), RAW, c.prefix)]
        elif c.prefix:
            alts = [_alternative(c.words[0], RAW, True), _alternative(c.words[0], STEMS, True)]
        else:
            alts = [_alternative(w, RAW) for w in (c.words[0], *sorted(variants))]
            alts += [_alternative(s, STEMS) for s in sorted(stems)]
        alts = [a for a in alts if a]
        if alts:
            parts[c.negated].append("(" + " | ".join(alts) + ")")
    if not parts[False]:
        return None
    expr = " & ".join(parts[False])
    if parts[True]:
        expr = f"({expr}) & !({' | '.join(parts[True])})"
    return expr


class PgSearchIndex(SearchIndex):
    """Mixin over PostgresStore's statements (`_run`, `_all`, `_dicts`) and `_lock`."""

    def _index_article(self, article_id: str, title: str, text: str, lang: str | None) -> None:
        """Write an article's search terms: what SQLite's triggers do, done by the writer."""
        primed = self._primed or {}
        title_stems = primed.get(("stems", title, lang))
        body_stems = primed.get(("stems", text, lang))
        spellings = primed.get(("spellings", title, text))
        doc = tsvector([
            ("A", title),
            ("B", title_stems if title_stems is not None else index_stems(title, lang)),
            ("C", text),
            ("D", body_stems if body_stems is not None else index_stems(text, lang)),
        ])  # fmt: skip
        self._run(
            "INSERT INTO article_search VALUES (%s, %s::tsvector) "
            "ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc",
            (article_id, doc),
        )
        pairs = json.loads(spellings if spellings is not None else index_spellings(title, text))
        if pairs:
            self._run(
                "INSERT INTO article_search_spellings SELECT * FROM unnest(%s::text[], %s::text[]) "
                "ON CONFLICT DO NOTHING",
                ([k for k, _ in pairs], [n for _, n in pairs]),
            )

    # -- full text --------------------------------------------------------------------------------

    def search_expression(self, query) -> str | None:
        """What `search_articles` takes for a gugus.search.Query: a tsquery here."""
        return tsquery(query)

    def search_articles(
        self,
        expression: str,
        *,
        lang: str | None = None,
        since: str | None = None,
        limit: int | None = 20,
        offset: int = 0,
    ) -> list[dict]:
        """Articles matching a tsquery, best first: row, story and `score` (higher is better)."""
        where, args = ["x.doc @@ q"], []
        if lang:
            where.append("a.lang = %s")
            args.append(lang)
        if since:
            where.append("a.published >= %s")
            args.append(since)
        sql = (
            f"SELECT {_FIELDS}, ts_rank(%s::float4[], x.doc, q) AS score {_FROM} "
            f"JOIN article_search x ON x.article_id = a.id CROSS JOIN CAST(%s AS tsquery) q "
            f"WHERE {' AND '.join(where)} "
            "ORDER BY score DESC, a.published IS NULL, a.published DESC, a.seq DESC LIMIT %s OFFSET %s"
        )
        return self._dicts(sql, [RANK_WEIGHTS, expression, *args, limit, offset])

    def search_spellings(self, word: str) -> list[str]:
        """Indexed names that may be one edit from the folded `word` (verify with gugus.search.one_edit)."""
        from gugus.store.search import deletion_keys

        keys = sorted(deletion_keys(word))
        rows = self._all("SELECT DISTINCT term FROM article_search_spellings WHERE key = ANY(%s)", (keys,))
        return [r[0] for r in rows]

    def article_rows(self, article_ids: list[str]) -> dict[str, dict]:
        """id -> the fields a search result is made of, for articles ranked outside full text."""
        rows = self._dicts(f"SELECT {_FIELDS} {_FROM} WHERE a.id = ANY(%s)", (list(article_ids),))
        return {r["id"]: r for r in rows}

    # -- lead vectors -----------------------------------------------------------------------------

    def _leads_mark(self) -> tuple:
        """Changes whenever an analysis or an embedding is written: each write takes a new `seq`.

        A transaction that took a lower seq but commits after a later one was read is missed until the
        process restarts: semantic search then lacks that article's lead, nothing worse."""
        return tuple(
            self._one(
                "SELECT (SELECT COALESCE(MAX(seq), 0) FROM analyses), "
                "(SELECT COALESCE(MAX(seq), 0) FROM embeddings)"
            )
        )

    def _analyses_since(self, rowid: int):
        return self._all("SELECT seq, article_id, data FROM analyses WHERE seq >= %s ORDER BY seq", (rowid,))
