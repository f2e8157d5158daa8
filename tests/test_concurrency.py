"""Several `gugus ingest` processes on one SQLite file at once (PostgreSQL: tests/test_postgres.py): every
article stored once, each in exactly one story, no story's counts lost to another writer."""

from __future__ import annotations

from gugus.store.base import open_store

from .conftest import DEMO
from .pg_workers import ingest_at_once, problems


def test_four_workers_on_one_sqlite_file_store_each_article_once_in_one_story(tmp_path):
    db = str(tmp_path / "shared.db")
    ingest_at_once(db, [DEMO] * 4)  # all four see every article, at the same time
    store = open_store(db)
    try:
        assert store.count_articles() == 34 and store.rejects() == []
        assert problems(store) == []
        assigned = store.assignments()
        assert len(assigned) == 34 and len({source for source, _ in assigned}) == 34
    finally:
        store.close()

