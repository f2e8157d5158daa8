"""The SQLite store: one file, WAL mode, zero setup. The default backend."""

from __future__ import annotations

import fcntl
import json
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from gugus.model import Article, Reject
from gugus.store.base import AddResult
from gugus.store.keys import canonical_url, text_key
from gugus.store.migrate import migrations
from gugus.store.search import SearchIndex
from gugus.store.stories import StoryTables
from gugus.store.watches import WatchTables

_JSON_FIELDS = ("wire", "sentence_langs", "notes")
_COLUMNS = (
    "id",
    "source_id",
    "url",
    "title",
    "section",
    "outlet",
    "published",
    "lang",
    "dateline",
    "wire",
    "author",
    "text",
    "partial",
    "kind",
    "location",
    "raw_sha256",
    "text_sha256",
    "sentence_langs",
    "repairs",
    "notes",
    "revision",
    "ingested_at",
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore(StoryTables, SearchIndex, WatchTables):
    """A Store over one SQLite file. Writes go through `transaction()`; reads see committed data."""

    backend = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0
        self._version_db: sqlite3.Connection | None = None
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._register_search_functions()  # the search index's triggers call them
        self._migrate()

    # -- schema -------------------------------------------------------------------------------

    def _migrate(self) -> None:
        current = self._db.execute("PRAGMA user_version").fetchone()[0]
        for version, name, sql in migrations("sqlite"):
            if version <= current:
                continue
            try:
                self._db.execute("BEGIN IMMEDIATE")
                for statement in _split_sql(sql):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={version}")
                self._db.execute("COMMIT")
            except Exception as exc:
                self._db.execute("ROLLBACK")
                raise RuntimeError(f"{self.path}: migration {name} failed: {exc}") from exc

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._db.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._db.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._db.execute("COMMIT")

    @contextmanager
    def clustering(self) -> Iterator[None]:
        """One clusterer at a time across processes (an flock on a file beside the store): SQLite
        serialises each transaction, but two `gugus ingest` runs clustering at once would each assign
        the same unclustered articles from their own view of the stories. The clustering stage reads
        the unclustered articles again inside, and restores the stories if another process clustered."""
        if self.path == ":memory:":
            yield
            return
        with open(self.path + ".cluster-lock", "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`, asked on a read-only connection of its own: on the store's
        connection it would not change for the store's own commits. Microseconds."""
        with self._lock:
            if self._version_db is None:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self._version_db = sqlite3.connect(
                    uri, uri=True, isolation_level=None, check_same_thread=False
                )
            return self._version_db.execute("PRAGMA data_version").fetchone()[0]

    # -- writes -------------------------------------------------------------------------------

    def add_article(self, article: Article, raw: bytes | None = None) -> tuple[AddResult, str]:
        curl = canonical_url(article.url) if article.url else None
        tkey = text_key(article.outlet, article.title, article.text)
        with self.transaction():
            row = None
            if curl:
                row = self._db.execute(
                    "SELECT id, text_sha256, revision FROM articles WHERE canonical_url=?", (curl,)
                ).fetchone()
            if row is None:
                row = self._db.execute(
                    "SELECT id, text_sha256, revision FROM articles WHERE text_key=?", (tkey,)
                ).fetchone()
                if row is not None:
                    return "duplicate", row["id"]
            elif row["text_sha256"] == article.text_sha256:
                return "duplicate", row["id"]
            else:
                self._revise(row["id"], article, curl, tkey)
                self._keep_raw(article, raw)
                self._clear_rejects(article)
                return "revision", row["id"]
            article.ingested_at = article.ingested_at or _now()
            seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            values = self._values(article)
            self._db.execute(
                f"INSERT INTO articles ({', '.join(_COLUMNS)}, canonical_url, text_key, seq) "
                f"VALUES ({', '.join('?' * (len(_COLUMNS) + 3))})",
                (*values, curl, tkey, seq),
            )
            self._keep_raw(article, raw)
            self._clear_rejects(article)
            return "added", article.id

    def _revise(self, article_id: str, article: Article, curl: str | None, tkey: str) -> None:
        old = self._db.execute(
            "SELECT revision, title, text, text_sha256, raw_sha256, location FROM articles WHERE id=?",
            (article_id,),
        ).fetchone()
        self._db.execute(
            "INSERT OR REPLACE INTO article_revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                old["revision"],
                old["title"],
                old["text"],
                old["text_sha256"],
                old["raw_sha256"],
                old["location"],
                _now(),
            ),
        )
        article.id = article_id
        article.revision = old["revision"] + 1
        article.ingested_at = _now()
        sets = ", ".join(f"{c}=?" for c in _COLUMNS[1:])
        self._db.execute(
            f"UPDATE articles SET {sets}, canonical_url=?, text_key=? WHERE id=?",
            (*self._values(article)[1:], curl, tkey, article_id),
        )

    def _values(self, article: Article) -> tuple:
        d = article.to_dict()
        for f in _JSON_FIELDS:
            d[f] = json.dumps(d[f], ensure_ascii=False)
        d["partial"] = int(d["partial"])
        return tuple(d[c] for c in _COLUMNS)

    def _keep_raw(self, article: Article, raw: bytes | None) -> None:
        if raw is None or not article.raw_sha256:
            return
        self._db.execute(
            "INSERT OR IGNORE INTO raw_inputs (sha256, location, size, content) VALUES (?, ?, ?, ?)",
            (article.raw_sha256, article.location, len(raw), zlib.compress(raw, 6)),
        )

    def _clear_rejects(self, article: Article) -> None:
        """An input that ingests now is no longer a reject (a URL that timed out yesterday, say)."""
        self._db.execute("DELETE FROM rejects WHERE source IN (?, ?)", (article.location, article.source_id))

    def add_reject(self, reject: Reject) -> None:
        at = reject.at or _now()
        with self.transaction():
            self._db.execute(
                "INSERT INTO rejects (source, reason, detail, kind, first_at, last_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source, reason) DO UPDATE SET detail=excluded.detail, "
                "last_at=excluded.last_at, attempts=attempts + 1",
                (reject.source, reject.reason, reject.detail, reject.kind, at, at),
            )

    def clear_rejects(self, source: str) -> None:
        """Forget the rejects of `source`: a feed that answers again is no longer a failing input."""
        with self.transaction():
            self._db.execute("DELETE FROM rejects WHERE source = ?", (source,))

    # -- reads --------------------------------------------------------------------------------

    def has_url(self, url: str, *, complete: bool = False) -> bool:
        """Whether an article with this URL (in its canonical spelling) is stored — with `complete`, one
        that is more than a feed teaser kept as partial. A poller asks before fetching a page, which
        costs far more than this indexed lookup."""
        row = self._db.execute("SELECT partial FROM articles WHERE canonical_url = ?", (canonical_url(url),))
        found = row.fetchone()
        return found is not None and not (complete and found[0])

    def article_keys(self) -> tuple[dict[str, str], set[str]]:
        rows = self._db.execute("SELECT canonical_url, text_sha256, text_key FROM articles").fetchall()
        return {u: sha for u, sha, _ in rows if u is not None}, {k for _, _, k in rows}

    def _article(self, row: sqlite3.Row) -> Article:
        d = {c: row[c] for c in _COLUMNS}
        for f in _JSON_FIELDS:
            d[f] = json.loads(d[f])
        d["partial"] = bool(d["partial"])
        return Article(**d)

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 6:  # an unambiguous id prefix, as git allows
            rows = self._db.execute(
                "SELECT * FROM articles WHERE id >= ? AND id < ? LIMIT 2", (article_id, article_id + "\uffff")
            ).fetchall()
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
            where.append("outlet = ? COLLATE NOCASE")
            args.append(outlet)
        if lang:
            where.append("lang = ?")
            args.append(lang)
        if since:
            where.append("published >= ?")
            args.append(since)
        sql = "SELECT * FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published IS NULL, published DESC, seq DESC LIMIT ? OFFSET ?"
        args += [-1 if limit is None else limit, offset]
        return [self._article(r) for r in self._db.execute(sql, args)]

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        last = 0
        while True:
            rows = self._db.execute(
                "SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            last = rows[-1]["seq"]
            yield from (self._article(r) for r in rows)

    def revisions(self, article_id: str) -> list[dict]:
        rows = self._db.execute(
            "SELECT * FROM article_revisions WHERE article_id=? ORDER BY revision", (article_id,)
        )
        return [dict(r) for r in rows]

    def raw(self, sha256: str) -> bytes | None:
        row = self._db.execute("SELECT content FROM raw_inputs WHERE sha256=?", (sha256,)).fetchone()
        return zlib.decompress(row[0]) if row and row[0] is not None else None

    def rejects(self, *, limit: int | None = None) -> list[Reject]:
        rows = self._db.execute(
            "SELECT * FROM rejects ORDER BY last_at DESC, source LIMIT ?", (-1 if limit is None else limit,)
        )
        return [Reject(r["source"], r["reason"], r["detail"], r["kind"], r["last_at"]) for r in rows]

    def stats(self) -> dict:
        """Counts for an overview: by language, by outlet, by wire credit, date range, rejects."""
        q = self._db.execute
        wire = q(
            "SELECT j.value, COUNT(*) FROM articles, json_each(articles.wire) j GROUP BY 1 ORDER BY 2 DESC"
        )
        first, last = q("SELECT MIN(published), MAX(published) FROM articles").fetchone()
        return {
            "articles": self.count_articles(),
            "languages": dict(
                q("SELECT COALESCE(lang, '?'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
            ),
            "outlets": dict(
                q("SELECT COALESCE(outlet, '?'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1")
            ),
            "wire": dict(wire),
            "kinds": dict(q("SELECT kind, COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")),
            "partial": q("SELECT COUNT(*) FROM articles WHERE partial").fetchone()[0],
            "undated": q("SELECT COUNT(*) FROM articles WHERE published IS NULL").fetchone()[0],
            "repaired_words": q("SELECT COALESCE(SUM(repairs), 0) FROM articles").fetchone()[0],
            "revisions": q("SELECT COUNT(*) FROM article_revisions").fetchone()[0],
            "first_published": first,
            "last_published": last,
            "rejects": q("SELECT COUNT(*) FROM rejects").fetchone()[0],
        }

    def count_articles(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def close(self) -> None:
        if self._version_db is not None:
            self._version_db.close()
        self._db.close()


def _split_sql(sql: str) -> list[str]:
    """Statements of a migration file; executescript would commit, and a migration must be atomic."""
    statements, buf = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buf.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(buf))
            buf = []
    if buf:
        statements.append("\n".join(buf))
    return statements
