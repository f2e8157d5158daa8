"""The SQLite store's search half: the FTS5 index over articles (migration 004) and the lead vectors.

The index is kept in step by triggers that call `gugus_stems` and `gugus_spellings`, registered here on
the store's own connection before it migrates; what they put in the index is defined here too. Queries
arrive as FTS5 expressions built by gugus.search, which quotes whatever the user typed; this module
only runs them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from gugus.lang.frequency import zipf
from gugus.store import analysis_blob
from gugus.store.stories import in_chunks

# bm25 weights of (title, body, title_stems, body_stems): a word in the title says what the article is
# about, and the word as typed says more than a word that only shares its stem
WEIGHTS = (10.0, 1.0, 5.0, 0.5)
_FIELDS = "a.id, a.title, a.outlet, a.published, a.lang, a.text, s.story_id"
_FROM = "FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id"
NAME_MIN = 5  # letters of the shortest name whose spellings are indexed
NAME_RARE = 3.0  # zipf (wordfreq, Indonesian and English) under which a capitalised word is a name
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # split as FTS5's unicode61 splits, at hyphens too


def index_stems(text: str | None, lang: str | None) -> str:
    """The content stems of `text` as one string, for the index's stem columns (gugus_stems in SQL).

    Never raises: an exception inside a trigger would refuse the article, so a text the stemmer
    cannot take is indexed by its lower-cased tokens instead."""
    from gugus.analyze.tokens import content_stems, tokenize

    try:
        return " ".join(content_stems(text or "", lang or "id"))
    except Exception:  # noqa: BLE001 (the article must still be stored)
        return " ".join(tokenize(text or ""))


def search_terms(title: str | None, text: str | None, lang: str | None) -> dict:
    """What the triggers would compute for one article, keyed as SearchIndex.prime_search reads it."""
    return {
        ("stems", title, lang): index_stems(title, lang),
        ("stems", text, lang): index_stems(text, lang),
        ("spellings", title, text): index_spellings(title, text),
    }


def index_spellings(title: str | None, text: str | None) -> str:
    """JSON [[key, name], ...]: the one-deletion keys of the names in an article (gugus_spellings in
    SQL), so that a query for "Pushilin" finds the article that wrote "Pushlin"."""
    try:
        names = name_spellings(f"{title or ''}\n{text or ''}")
        return json.dumps([[k, n] for n in sorted(names) for k in sorted(deletion_keys(n))])
    except Exception:  # noqa: BLE001 (the article must still be stored)
        return "[]"


def fold(word: str) -> str:
    """Lower case without diacritics, as the index's tokenizer (unicode61 remove_diacritics 2) reads."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 17)
def rare(word: str) -> bool:
    """Whether a folded word is rare in both Indonesian and English (wordfreq): a name, most likely."""
    return max(zipf(word, "id"), zipf(word, "en")) < NAME_RARE


def name_spellings(text: str) -> set[str]:
    """The folded spellings of the names in `text`: capitalised, alphabetic, rare words."""
    out = set()
    for token in set(_WORD.findall(text or "")):
        if len(token) >= NAME_MIN and token[0].isupper():
            f = token.lower() if token.isascii() else fold(token)
            if f.isalpha() and rare(f):
                out.add(f)
    return out


def deletion_keys(word: str) -> set[str]:
    """The word and every string one deletion from it: two words one edit apart share one of these
    (the symmetric-delete scheme), so variants are found by equality, not by scanning a vocabulary."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class _Leads:
    """Lead vectors of stored articles, loaded once, then brought up to date with what was written.

    Vectors are held once per distinct lead (copies share one) as unit rows of `pool`; article i's
    vector is pool[rows[i]]."""

    mark: tuple = ()
    next_rowid: int = 0
    keys: dict[str, str] = field(default_factory=dict)  # article id -> embedding key of its lead
    row_of: dict[str, int] = field(default_factory=dict)  # embedding key -> row of pool
    pool: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    ids: list[str] = field(default_factory=list)
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))


class SearchIndex:
    """Mixin over a `self._db` sqlite3 connection, with the `self._lock` and `self.embeddings` of
    SQLiteStore."""

    _leads: _Leads | None = None
    _primed: dict | None = None

    def _register_search_functions(self) -> None:
        """gugus_stems and gugus_spellings, for the triggers and for the migration that builds the index:
        call before migrating."""

        def stems(text: str | None, lang: str | None) -> str:
            found = self._primed.get(("stems", text, lang)) if self._primed else None
            return found if found is not None else index_stems(text, lang)

        def spellings(title: str | None, text: str | None) -> str:
            found = self._primed.get(("spellings", title, text)) if self._primed else None
            return found if found is not None else index_spellings(title, text)

        self._db.create_function("gugus_stems", 2, stems, deterministic=True)
        self._db.create_function("gugus_spellings", 2, spellings, deterministic=True)

    def prime_search(self, terms: dict | None) -> None:
        """Index terms computed elsewhere (search_terms, on an ingest worker) for the next article
        stored, so the triggers do not stem it again on the writing process; None forgets them."""
        self._primed = terms

    # -- full text --------------------------------------------------------------------------------

    def search_expression(self, query) -> str | None:
        """What `search_articles` takes for a gugus.search.Query: an FTS5 expression here."""
        from gugus.search import expression

        return expression(query)

    def search_articles(
        self,
        expression: str,
        *,
        lang: str | None = None,
        since: str | None = None,
        limit: int | None = 20,
        offset: int = 0,
    ) -> list[dict]:
        """Articles matching an FTS5 expression, best first: row, story and `score` (higher is better)."""
        where, args = ["article_search MATCH ?"], [expression]
        if lang:
            where.append("a.lang = ?")
            args.append(lang)
        if since:
            where.append("a.published >= ?")
            args.append(since)
        weights = ", ".join(map(str, WEIGHTS))
        sql = (
            f"SELECT {_FIELDS}, -bm25(article_search, {weights}) AS score {_FROM} "
            f"JOIN article_search ON article_search.rowid = a.seq WHERE {' AND '.join(where)} "
            "ORDER BY score DESC, a.published IS NULL, a.published DESC, a.seq DESC LIMIT ? OFFSET ?"
        )
        return [dict(r) for r in self._db.execute(sql, [*args, -1 if limit is None else limit, offset])]

    def search_spellings(self, word: str) -> list[str]:
        """Indexed names that may be one edit from the folded `word` (verify with gugus.search.one_edit)."""
        keys = sorted(deletion_keys(word))
        rows = self._db.execute(
            f"SELECT DISTINCT term FROM article_search_spellings WHERE key IN ({','.join('?' * len(keys))})",
            keys,
        )
        return [r[0] for r in rows]

    def article_rows(self, article_ids: list[str]) -> dict[str, dict]:
        """id -> the fields a search result is made of, for articles ranked outside FTS5."""
        out: dict[str, dict] = {}
        for chunk, marks in in_chunks(article_ids):
            rows = self._db.execute(f"SELECT {_FIELDS} {_FROM} WHERE a.id IN ({marks})", chunk)
            out.update((r["id"], dict(r)) for r in rows)
        return out

    # -- lead vectors -----------------------------------------------------------------------------

    def lead_index(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """(article ids, unit vectors, row of each article's vector) over every article whose lead
        embedding is stored: the cosines with a unit query q are (vectors @ q)[rows].

        The vectors are read on the first call (each analysis for its lead, then the embeddings) and
        later refreshed only from the analyses written since: a query costs one matrix-vector product."""
        with self._lock:
            leads = self._leads or _Leads()
            mark = self._leads_mark()
            if mark != leads.mark:
                self._refresh_leads(leads)
                leads.mark = mark
            self._leads = leads
        return leads.ids, leads.pool, leads.rows

    def _leads_mark(self) -> tuple:
        """Changes whenever an analysis or an embedding is written: both are only ever inserted or
        replaced, and INSERT OR REPLACE gives the row a new, higher rowid (MAX(rowid) reads one page)."""
        q = self._db.execute
        return tuple(
            q(f"SELECT COALESCE(MAX(rowid), 0) FROM {t}").fetchone()[0] for t in ("analyses", "embeddings")
        )

    def _analyses_since(self, rowid: int):
        """(rowid, article id, compressed analysis) of the analyses written at or after `rowid`."""
        return self._db.execute(
            "SELECT rowid, article_id, data FROM analyses WHERE rowid >= ? ORDER BY rowid", (rowid,)
        )

    def _refresh_leads(self, leads: _Leads) -> None:
        from gugus.analyze.embed import embedding_key

        for rowid, article_id, blob in self._analyses_since(leads.next_rowid):
            lead = analysis_blob.lead(blob)
            if lead:
                leads.keys[article_id] = embedding_key(lead)
            leads.next_rowid = rowid + 1
        missing = sorted({k for k in leads.keys.values() if k not in leads.row_of})
        found = self.embeddings(missing)
        if found:
            new = np.stack(list(found.values())).astype(np.float32)
            norms = np.linalg.norm(new, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            base = len(leads.row_of)
            leads.row_of.update((k, base + i) for i, k in enumerate(found))
            leads.pool = new / norms if base == 0 else np.concatenate([leads.pool, new / norms])
        leads.ids = [a for a, k in leads.keys.items() if k in leads.row_of]
        leads.rows = np.fromiter((leads.row_of[leads.keys[a]] for a in leads.ids), np.int64, len(leads.ids))
