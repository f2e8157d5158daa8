"""What the crash tests compare and check in a store (SQLite or PostgreSQL): shared by tests/test_crash.py
and tests/test_checkpoint.py."""

from __future__ import annotations

import fcntl
import sqlite3
from contextlib import closing
from pathlib import Path

from gugus.store.base import open_store

from .pg_workers import problems


def head(corpus: Path, n: int, folder: Path) -> Path:
    """The first `n` lines of a JSON Lines corpus, as a file of their own."""
    path = folder / f"head{n}.jsonl"
    with corpus.open(encoding="utf-8") as src:
        path.write_text("".join(line for _, line in zip(range(n), src, strict=False)), encoding="utf-8")
    return path


def rows(store, sql: str) -> list[tuple]:
    if hasattr(store, "_all"):
        return [tuple(r) for r in store._all(sql)]
    return [tuple(r) for r in store._db.execute(sql).fetchall()]


def snapshot(db: str) -> dict:
    """Everything an uninterrupted run must reproduce: the articles, the partition of their source ids into
    stories, each story as stored (id, span, size, outlets, headline, entities, keywords, topic) and each
    merge (without its wall-clock time). Asserts the store is consistent first."""
    if "://" not in db:
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = open_store(db)
    try:
        found = problems(store)
        articles = {r[0] for r in rows(store, "SELECT source_id FROM articles")}
        clustered = rows(store, "SELECT article_id FROM story_articles")
        assert len(clustered) == len(set(clustered)), "an article in two stories"
        groups: dict[str, set[str]] = {}
        for source_id, story in store.assignments():
            groups.setdefault(story, set()).add(source_id)
        merges = rows(store, "SELECT from_story, into_story, probability, at_article FROM story_merges")
        return {
            "problems": found,
            "articles": articles,
            "partition": {frozenset(g) for g in groups.values()},
            "stories": sorted(store.stories(), key=lambda s: s["id"]),
            "merges": sorted(merges),
        }
    finally:
        store.close()


def progress(db: str) -> tuple[int, int]:
    """(articles stored, articles in a story), as committed; (0, 0) before the tables exist. Read without
    the store's code, which would migrate a store the process under test is creating."""
    count = "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM story_articles)"
    if "://" in db:
        import psycopg

        try:
            with psycopg.connect(db, connect_timeout=5) as conn:
                return conn.execute(count).fetchone()
        except psycopg.errors.UndefinedTable:
            return 0, 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute(count).fetchone()
    except sqlite3.OperationalError:  # no file, no tables yet, or locked
        return 0, 0


def clustering(db: str) -> bool:
    """Whether a process holds the store's clustering lock (Store.clustering: it is assigning stories)."""
    if "://" in db:
        import psycopg

        from gugus.store.postgres import CLUSTER_LOCK

        held = (
            "SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            "WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database() "
            "AND l.classid = %s AND l.objid = %s)"
        )
        with psycopg.connect(db, connect_timeout=5) as conn:
            return conn.execute(held, (CLUSTER_LOCK >> 32, CLUSTER_LOCK & 0xFFFFFFFF)).fetchone()[0]
    try:
        with open(db + ".cluster-lock", "rb") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)  # released at once: a clusterer
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)  # waiting on it waits microseconds
    except FileNotFoundError:
        return False
    except BlockingIOError:
        return True
    return False
