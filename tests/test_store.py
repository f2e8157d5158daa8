"""The stores, SQLite and PostgreSQL (the `db_url` fixture runs each test on both): migrations,
idempotency, revisions, rejects, crash safety of a transaction."""

from __future__ import annotations

import sqlite3

import pytest

from gugus.model import Article, Reject
from gugus.store.base import open_store
from gugus.store.keys import article_id, canonical_url
from gugus.store.migrate import migrations
from gugus.store.sqlite import SQLiteStore

TEXT = (
    "Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi "
    "hujan lebat disertai angin kencang di sebagian besar wilayah Jawa Barat hingga Jumat (20/6)."
)


def make(
    text: str = TEXT,
    url: str | None = "https://www.antaranews.com/berita/123/bmkg-hujan-lebat",
    outlet: str = "Antara",
    title: str = "BMKG peringatkan hujan lebat di Jawa Barat",
) -> Article:
    import hashlib

    return Article(
        id=article_id(url, outlet, title, text),
        source_id=url or "pasted",
        title=title,
        text=text,
        outlet=outlet,
        url=url,
        published="2025-06-18",
        lang="id",
        wire=["Antara"],
        text_sha256=hashlib.sha256(text.encode()).hexdigest(),
        location="x",
        raw_sha256="r",
    )


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def test_schema_is_versioned_and_reopening_does_not_migrate_twice(tmp_path):
    path = tmp_path / "s.db"
    SQLiteStore(path).close()
    latest = migrations("sqlite")[-1][0]
    again = SQLiteStore(path)
    assert again.schema_version == latest
    tables = {
        r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert {"articles", "article_revisions", "raw_inputs", "rejects"} <= tables
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again.close()


def test_postgres_schema_is_versioned_and_reopening_does_not_migrate_twice(pg_server):
    url = pg_server.url()
    open_store(url).close()
    again = open_store(url)
    assert again.backend == "postgres" and again.schema_version == migrations("postgres")[-1][0]
    tables = {r[0] for r in again._all("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"articles", "article_revisions", "raw_inputs", "rejects", "stories", "article_search"} <= tables
    assert again._one("SELECT COUNT(*) FROM gugus_schema")[0] == len(migrations("postgres"))
    again.close()


def test_same_url_twice_is_stored_once(store):
    assert store.add_article(make())[0] == "added"
    again = make(url="http://antaranews.com/berita/123/bmkg-hujan-lebat/?utm_source=twitter#top")
    assert store.add_article(again)[0] == "duplicate"
    assert store.count_articles() == 1


def test_same_text_without_url_is_stored_once_whatever_the_whitespace(store):
    assert store.add_article(make(url=None))[0] == "added"
    assert store.add_article(make(text=TEXT.replace(" ", "  "), url=None))[0] == "duplicate"
    assert store.count_articles() == 1


def test_same_wire_text_at_two_outlets_is_two_articles(store):
    store.add_article(make(url=None, outlet="Antara"))
    assert store.add_article(make(url=None, outlet="Media Sumatera"))[0] == "added"
    assert store.count_articles() == 2


def test_changed_text_at_same_url_is_kept_as_a_revision(store):
    status, first_id = store.add_article(make())
    updated = make(text=TEXT + " Warga diminta waspada terhadap banjir dan tanah longsor.")
    status, second_id = store.add_article(updated)
    assert (status, second_id) == ("revision", first_id)
    current = store.get_article(first_id)
    assert current.revision == 2 and current.text.endswith("tanah longsor.")
    old = store.revisions(first_id)
    assert [r["revision"] for r in old] == [1] and old[0]["text"] == TEXT
    assert store.count_articles() == 1


def test_filters_and_prefix_lookup(store):
    store.add_article(make())
    store.add_article(make(url="https://kabarnusa.id/x", outlet="Kabar Nusa", text=TEXT + " Tambahan."))
    assert [a.outlet for a in store.articles(outlet="kabar nusa")] == ["Kabar Nusa"]
    assert len(store.articles(lang="id", since="2025-06-01")) == 2
    assert store.articles(since="2025-07-01") == []
    a = store.articles(outlet="Antara")[0]
    assert store.get_article(a.id[:8]).id == a.id
    assert store.get_article(a.id).wire == ["Antara"]


def test_rejects_are_recorded_once_per_source_and_reason(store):
    store.add_reject(Reject("feeds/broken.xml", "not-a-feed", "not well-formed XML", "feed"))
    store.add_reject(Reject("feeds/broken.xml", "not-a-feed", "not well-formed XML", "feed"))
    assert len(store.rejects()) == 1


def test_a_failed_transaction_leaves_nothing_behind(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(make())
        raise RuntimeError("killed")
    assert store.count_articles() == 0


def test_raw_input_kept_for_fetched_pages(store):
    art = make()
    store.add_article(art, raw=b"<html>page</html>")
    assert store.raw(art.raw_sha256) == b"<html>page</html>"


def test_canonical_url():
    assert canonical_url("HTTP://WWW.Detik.com/news/a/?utm_medium=x&b=2&a=1#frag") == (
        "https://detik.com/news/a?a=1&b=2"
    )


def test_stubs_with_the_same_text_but_other_titles_are_different_articles(store):
    first = make(text="Kawan Pal.", url=None, title="Memoar Karlina Supelli: dari protes harga susu")
    second = make(text="Kawan Pal.", url=None, title="Gerilya sineas Indonesia menembus Cannes")
    assert store.add_article(first)[0] == "added"
    assert store.add_article(second)[0] == "added"
