"""The PostgreSQL store: the SQLite store's behaviour, for a team's server and several ingest workers.

Same interface and same answers as gugus.store.sqlite; what differs is concurrency. Several processes
write at once, so:

- articles are written under a transaction-level advisory lock (ARTICLES_LOCK), taken by the first
  `add_article` of a transaction: the look-up by URL and text key and the insert that follows it cannot
  interleave with another worker's, so an article is stored once however many workers see it. Ingest
  prepares a whole batch before its transaction (gugus.engine), so the lock is held only while rows are
  written; one global lock rather than one per key cannot deadlock.
- clustering runs under a session-level advisory lock (`clustering()`, CLUSTER_LOCK): one clusterer at a
  time assigns stories, and gugus.cluster.stage restores the stories from the store when another
  process clustered since it last did, so no story update is lost.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from gugus.model import Article, Reject
from gugus.store.base import AddResult, display_db
from gugus.store.keys import canonical_url, text_key
from gugus.store.migrate import migrations
from gugus.store.pg_conn import Connections
from gugus.store.pg_search import PgSearchIndex
from gugus.store.pg_stories import PgStoryTables
from gugus.store.pg_watches import PgWatchTables

# advisory lock keys: arbitrary, fixed, and unlikely to meet another application's on the same database
MIGRATE_LOCK = 0x67756775_01
ARTICLES_LOCK = 0x67756775_02
CLUSTER_LOCK = 0x67756775_03

_JSON_FIELDS = ("wire", "sentence_langs", "notes")
_COLUMNS = (
    "id", "source_id", "url", "title", "section", "outlet", "published", "lang", "dateline", "wire",
    "author", "text", "partial", "kind", "location", "raw_sha256", "text_sha256", "sentence_langs",
    "repairs", "notes", "revision", "ingested_at",
)  # fmt: skip


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _text(value):
    """PostgreSQL text cannot hold NUL, which SQLite stores: it becomes U+FFFD."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


class PostgresStore(PgStoryTables, PgSearchIndex, PgWatchTables):
    """A Store over a PostgreSQL database, safe to share between threads and processes."""

    backend = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = display_db(url)  # what messages show: never the password
        self._conns = Connections(url)
        self._local = threading.local()  # per thread: inside a transaction, holding ARTICLES_LOCK
        self._lock = threading.RLock()  # the lead vectors' cache (PgSearchIndex)
        self._version_lock = threading.Lock()
        self._version_conn: psycopg.Connection | None = None  # data_version's own, opened when first asked
        self._migrate()

    # -- statements -----------------------------------------------------------------------------

    def _all(self, sql: str, args=None, *, rows=None) -> list:
        with self._conns.get() as conn, conn.cursor(row_factory=rows) if rows else conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall()

    def _dicts(self, sql: str, args=None) -> list[dict]:
        return self._all(sql, args, rows=dict_row)

    def _one(self, sql: str, args=None, *, rows=None):
        found = self._all(sql, args, rows=rows)
        return found[0] if found else None

    def _run(self, sql: str, args=None) -> None:
        with self._conns.get() as conn:
            conn.execute(sql, args)

    # -- schema ---------------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Pending migrations, in one transaction, under a lock: workers starting at once migrate once."""
        with self._conns.get() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS gugus_schema (version INTEGER NOT NULL)")
            row = conn.execute("SELECT MAX(version) FROM gugus_schema").fetchone()
            current = row[0] or 0
            for version, name, sql in migrations("postgres"):
                if version <= current:
                    continue
                try:
                    with conn.transaction():
                        conn.execute(sql)
                        conn.execute("INSERT INTO gugus_schema VALUES (%s)", (version,))
                except Exception as exc:
                    raise RuntimeError(f"{self.path}: migration {name} failed: {exc}") from exc

    @property
    def schema_version(self) -> int:
        return self._one("SELECT COALESCE(MAX(version), 0) FROM gugus_schema")[0]

    # -- transactions and locks -----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if getattr(self._local, "tx", False):  # nested: part of the outer transaction, as in SQLite
            yield
            return
        with self._conns.pin() as conn, conn.transaction():
            self._local.tx, self._local.articles_locked = True, False
            try:
                yield
            finally:
                self._local.tx = False

    def _lock_articles(self) -> None:
        if not self._local.articles_locked:
            self._run("SELECT pg_advisory_xact_lock(%s)", (ARTICLES_LOCK,))
            self._local.articles_locked = True

    @contextmanager
    def clustering(self) -> Iterator[None]:
        """One clustering run at a time across every process on this database."""
        with self._conns.pin() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (CLUSTER_LOCK,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (CLUSTER_LOCK,))

    def data_version(self) -> str:
        """Changes whenever any transaction commits (the set of transactions a snapshot sees): what
        the API's caches are keyed by. Costs one statement and no table access, on a connection of its
        own: the API asks on its event loop for every request, and a pooled connection would make the loop
        wait whenever the server's threads hold all 16 (for the pool's 30 s timeout at worst)."""
        with self._version_lock:
            for attempt in (1, 2):
                if self._version_conn is None or self._version_conn.closed:
                    self._version_conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
                try:
                    return self._version_conn.execute("SELECT pg_current_snapshot()::text").fetchone()[0]
                except psycopg.OperationalError:  # a restarted server: connect again, once
                    self._version_conn.close()
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    # -- writes ---------------------------------------------------------------------------------

    def add_article(self, article: Article, raw: bytes | None = None) -> tuple[AddResult, str]:
        curl = canonical_url(article.url) if article.url else None
        tkey = text_key(article.outlet, article.title, article.text)
        with self.transaction():
            self._lock_articles()
            row = None
            if curl:
                row = self._one(
                    "SELECT id, text_sha256, revision FROM articles WHERE canonical_url=%s", (curl,)
                )
            if row is None:
                row = self._one("SELECT id FROM articles WHERE text_key=%s LIMIT 1", (tkey,))
                if row is not None:
                    return "duplicate", row[0]
            elif row[1] == article.text_sha256:
                return "duplicate", row[0]
            else:
                self._revise(row[0], article, curl, tkey)
                self._keep_raw(article, raw)
                self._clear_rejects(article)
                return "revision", row[0]
            article.ingested_at = article.ingested_at or _now()
            self._run(
                f"INSERT INTO articles ({', '.join(_COLUMNS)}, canonical_url, text_key) "
                f"VALUES ({', '.join(['%s'] * (len(_COLUMNS) + 2))})",
                (*self._values(article), curl, tkey),
            )
            self._index_article(article.id, article.title, article.text, article.lang)
            self._keep_raw(article, raw)
            self._clear_rejects(article)
            return "added", article.id

    def _revise(self, article_id: str, article: Article, curl: str | None, tkey: str) -> None:
        self._run(
            "INSERT INTO article_revisions SELECT id, revision, title, text, text_sha256, raw_sha256, "
            "location, %s FROM articles WHERE id=%s "
            "ON CONFLICT (article_id, revision) DO UPDATE SET title=excluded.title, text=excluded.text, "
            "text_sha256=excluded.text_sha256, raw_sha256=excluded.raw_sha256, "
            "location=excluded.location, replaced_at=excluded.replaced_at",
            (_now(), article_id),
        )
        old = self._one("SELECT revision FROM articles WHERE id=%s", (article_id,))
        article.id = article_id
        article.revision = old[0] + 1
        article.ingested_at = _now()
        sets = ", ".join(f"{c}=%s" for c in _COLUMNS[1:])
        self._run(
            f"UPDATE articles SET {sets}, canonical_url=%s, text_key=%s WHERE id=%s",
            (*self._values(article)[1:], curl, tkey, article_id),
        )
        self._index_article(article_id, article.title, article.text, article.lang)

    def _values(self, article: Article) -> tuple:
        d = article.to_dict()
        for f in _JSON_FIELDS:
            d[f] = Jsonb([_text(v) for v in d[f]])
        return tuple(_text(d[c]) for c in _COLUMNS)

    def _keep_raw(self, article: Article, raw: bytes | None) -> None:
        if raw is None or not article.raw_sha256:
            return
        self._run(
            "INSERT INTO raw_inputs (sha256, location, size, content) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (sha256) DO NOTHING",
            (article.raw_sha256, _text(article.location), len(raw), zlib.compress(raw, 6)),
        )

    def _clear_rejects(self, article: Article) -> None:
        """An input that ingests now is no longer a reject (a URL that timed out yesterday, say)."""
        self._run(
            "DELETE FROM rejects WHERE source IN (%s, %s)",
            (_text(article.location), _text(article.source_id)),
        )

    def add_reject(self, reject: Reject) -> None:
        at = reject.at or _now()
        with self.transaction():
            self._run(
                "INSERT INTO rejects (source, reason, detail, kind, first_at, last_at) "
                "VALUES (%s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (source, reason) DO UPDATE SET detail=excluded.detail, "
                "last_at=excluded.last_at, attempts=rejects.attempts + 1",
                tuple(_text(v) for v in (reject.source, reject.reason, reject.detail, reject.kind, at, at)),
            )

    def clear_rejects(self, source: str) -> None:
        """Forget the rejects of `source`: a feed that answers again is no longer a failing input."""
        with self.transaction():
            self._run("DELETE FROM rejects WHERE source = %s", (source,))

    # -- reads ----------------------------------------------------------------------------------

    def has_url(self, url: str, *, complete: bool = False) -> bool:
        """Whether an article with this URL (canonical spelling) is stored; with `complete`, one that is
        more than a feed teaser kept as partial (gugus watch asks before fetching a page)."""
        row = self._one("SELECT partial FROM articles WHERE canonical_url = %s", (canonical_url(url),))
        return row is not None and not (complete and row[0])

    def article_keys(self) -> tuple[dict[str, str], set[str]]:
        rows = self._all("SELECT canonical_url, text_sha256, text_key FROM articles")
        return {u: sha for u, sha, _ in rows if u is not None}, {k for _, _, k in rows}

    def _article(self, row: dict) -> Article:
        return Article(**{c: row[c] for c in _COLUMNS})

    def get_article(self, article_id: str) -> Article | None:
        row = self._one("SELECT * FROM articles WHERE id=%s", (article_id,), rows=dict_row)
        if row is None and len(article_id) >= 6:  # an unambiguous id prefix, as git allows
            sql = "SELECT * FROM articles WHERE id >= %s AND id < %s LIMIT 2"
            rows = self._dicts(sql, (article_id, article_id + "\uffff"))
            row = rows[0] if len(rows) == 1 else None
        return self._article(row) if row else None

    def articles(
        self,
        *,
        outlet: str | None = None,
        lang: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        where, args = [], []
        if outlet:
            where.append("lower(outlet) = lower(%s)")
            args.append(outlet)
        if lang:
            where.append("lang = %s")
            args.append(lang)
        if since:
            where.append("published >= %s")
            args.append(since)
        sql = "SELECT * FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published IS NULL, published DESC, seq DESC LIMIT %s OFFSET %s"
        return [self._article(r) for r in self._dicts(sql, [*args, limit, offset])]

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        last = 0
        while True:
            rows = self._dicts("SELECT * FROM articles WHERE seq > %s ORDER BY seq LIMIT %s", (last, batch))
            if not rows:
                return
            last = rows[-1]["seq"]
            yield from (self._article(r) for r in rows)

    def revisions(self, article_id: str) -> list[dict]:
        sql = "SELECT * FROM article_revisions WHERE article_id=%s ORDER BY revision"
        return self._dicts(sql, (article_id,))

    def raw(self, sha256: str) -> bytes | None:
        row = self._one("SELECT content FROM raw_inputs WHERE sha256=%s", (sha256,))
        return zlib.decompress(row[0]) if row and row[0] is not None else None

    def rejects(self, *, limit: int | None = None) -> list[Reject]:
        rows = self._dicts("SELECT * FROM rejects ORDER BY last_at DESC, source LIMIT %s", (limit,))
        return [Reject(r["source"], r["reason"], r["detail"], r["kind"], r["last_at"]) for r in rows]

    def stats(self) -> dict:
        """Counts for an overview: by language, by outlet, by wire credit, date range, rejects."""
        q = self._all
        ranked = "GROUP BY 1 ORDER BY 2 DESC, 1"
        wire = q(f"SELECT j, COUNT(*) FROM articles, jsonb_array_elements_text(wire) j {ranked}")
        first, last = self._one("SELECT MIN(published), MAX(published) FROM articles")
        return {
            "articles": self.count_articles(),
            "languages": dict(q(f"SELECT COALESCE(lang, '?'), COUNT(*) FROM articles {ranked}")),
            "outlets": dict(q(f"SELECT COALESCE(outlet, '?'), COUNT(*) FROM articles {ranked}")),
            "wire": dict(wire),
            "kinds": dict(q(f"SELECT kind, COUNT(*) FROM articles {ranked}")),
            "partial": q("SELECT COUNT(*) FROM articles WHERE partial")[0][0],
            "undated": q("SELECT COUNT(*) FROM articles WHERE published IS NULL")[0][0],
            "repaired_words": q("SELECT COALESCE(SUM(repairs), 0)::bigint FROM articles")[0][0],
            "revisions": q("SELECT COUNT(*) FROM article_revisions")[0][0],
            "first_published": first,
            "last_published": last,
            "rejects": q("SELECT COUNT(*) FROM rejects")[0][0],
        }

    def count_articles(self) -> int:
        return self._one("SELECT COUNT(*) FROM articles")[0]

    def close(self) -> None:
        with self._version_lock:
            if self._version_conn is not None:
                self._version_conn.close()
        self._conns.close()
