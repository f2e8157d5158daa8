"""The Store protocol: what every backend (SQLite, PostgreSQL) must do.

Stages talk to this interface only, so a backend is swapped by the `--db` URL and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from gugus.model import Article, Reject

AddResult = Literal["added", "duplicate", "revision"]


class Store(Protocol):
    def add_article(self, article: Article, raw: bytes | None = None) -> tuple[AddResult, str]:
        """Store an article once: the same URL or the same outlet + text is a duplicate, a changed text
        at a known URL a revision. Returns what happened and the id of the stored article."""

    def add_reject(self, reject: Reject) -> None: ...

    def clear_rejects(self, source: str) -> None: ...

    def has_url(self, url: str, *, complete: bool = False) -> bool:
        """Whether an article with this URL (compared canonically) is stored; `complete`: not partial."""

    def article_keys(self) -> tuple[dict[str, str], set[str]]:
        """What add_article tells duplicates by: each stored canonical URL with its text's sha256, and
        the text keys (gugus.ingest.known)."""

    def get_article(self, article_id: str) -> Article | None: ...

    def articles(
        self,
        *,
        outlet: str | None = None,
        lang: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]: ...

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every article in arrival order, streamed."""

    def revisions(self, article_id: str) -> list[dict]: ...

    def rejects(self, *, limit: int | None = None) -> list[Reject]: ...

    def count_articles(self) -> int: ...

    def stats(self) -> dict:
        """Counts for an overview: by language, outlet, wire credit and kind; date range; rejects."""

    def transaction(self) -> AbstractContextManager[None]:
        """Group writes; a crash inside loses the group, never half of it."""

    def clustering(self) -> AbstractContextManager[None]:
        """Held while stories are assigned: one clusterer at a time where several processes write."""

    def data_version(self) -> int | str:
        """Changes whenever anyone, in this process or another, commits: what caches are keyed by."""

    def close(self) -> None: ...


def display_db(db: str) -> str:
    """A store's path or URL as messages show it: a URL's password replaced by ***."""
    parts = urlsplit(db)
    if "://" not in db or parts.password is None:
        return db
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)))


def open_store(db: str) -> Store:
    """Open a store from a path or URL: a file path or sqlite:///path (the default), or postgresql://…"""
    if db.startswith(("postgresql://", "postgres://")):
        from gugus.store.postgres import PostgresStore

        return PostgresStore(db)
    from gugus.store.sqlite import SQLiteStore

    path = db.removeprefix("sqlite:///") if db.startswith("sqlite:///") else db
    return SQLiteStore(path)
