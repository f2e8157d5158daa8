"""What only the PostgreSQL store has to show (the behaviours both stores share are the contract suite:
test_store, test_search and test_stories run on both): several ingest processes at once, every command
and the server on a postgresql:// URL, the data version the server's caches follow, migrations raced."""

from __future__ import annotations

import json
import re
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest
from typer.testing import CliRunner

from gugus import Engine
from gugus.cli import app
from gugus.eval.metrics import score
from gugus.model import Reject
from gugus.search import expand, parse
from gugus.store.base import display_db as display
from gugus.store.base import open_store
from gugus.store.migrate import migrations
from gugus.store.pg_search import tsquery

from .conftest import INDONEWS, ROOT, need
from .pg_workers import ingest_at_once, problems, shards

DEMO = [str(ROOT / "demo" / p) for p in ("articles.jsonl", "text", "html", "feeds")]


@pytest.fixture(scope="module")
def demo_url(pg_server) -> str:
    """The demo corpus ingested and clustered once for the module, without the dense model."""
    url = pg_server.url()
    with Engine(url, dense=False) as engine:
        assert engine.ingest(DEMO).added == 34
    return url


def test_four_workers_that_all_see_every_article_store_each_once_in_one_story(pg_server, tmp_path):
    url = pg_server.url()
    ingest_at_once(url, [DEMO] * 4)
    store = open_store(url)
    assert store.count_articles() == 34
    assert problems(store) == []
    assert len(store.assignments()) == 34 and store.rejects() == []
    store.close()


@pytest.mark.slow
def test_four_workers_on_indonews_agree_with_a_sequential_run(pg_server, tmp_path):
    """Interleaved shards, each with the first 200 lines of the next (seen by two workers at once)."""
    corpus = need(INDONEWS)
    sequential, workers = pg_server.url(), pg_server.url()
    ingest_at_once(sequential, [corpus])
    ingest_at_once(workers, shards(corpus, tmp_path, 4, overlap=200))
    one, many = open_store(sequential), open_store(workers)
    ids = "SELECT id FROM articles"
    assert set(many._all(ids)) == set(one._all(ids)) and many.count_articles() == one.count_articles()
    assert problems(one) == [] and problems(many) == []
    # the same stories where the workers' articles reach the clusterer in about the same time order; the
    # measured agreement is 1.0 (README), the floor leaves room for a different interleaving
    agreement = score(dict(one.assignments()), dict(many.assignments()))
    assert agreement["bcubed_f1"] >= 0.98, agreement
    one.close()
    many.close()


def test_every_command_runs_on_a_postgresql_url(pg_server, monkeypatch):
    monkeypatch.setenv("GUGUS_DB", pg_server.url())
    run = CliRunner().invoke

    def ok(*args: str) -> str:
        done = run(app, list(args))
        assert done.exit_code == 0, (args, done.output)
        return done.stdout

    ok("ingest", *DEMO, "--no-dense", "-q")
    articles = json.loads(ok("articles", "--json"))
    assert len(articles) == 34
    assert json.loads(ok("article", articles[0]["id"][:8], "--json"))["id"] == articles[0]["id"]
    assert "34 articles" in ok("stats")
    assert json.loads(ok("rejects", "--json")) == []
    stories = json.loads(ok("stories", "--json", "--min-outlets", "3"))
    shown = json.loads(ok("story", stories[0]["id"], "--json"))
    assert len(shown["articles"]) == stories[0]["size"]
    assert "claims" in json.loads(ok("story", stories[0]["id"], "--format", "json"))
    pair = [a["id"] for a in shown["articles"][:2]]
    assert json.loads(ok("compare", *pair, "--format", "json"))["articles"]
    assert json.loads(ok("search", "gempa", "--json"))
    assert len(ok("assignments").splitlines()) == 34
    before = ok("assignments")
    ok("recluster", "--no-dense")
    assert sorted(ok("assignments").splitlines()) == sorted(before.splitlines())


def test_the_server_runs_on_postgresql_and_its_cache_follows_other_writers(pg_server):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
        from fastapi.testclient import TestClient

    from gugus.api import create_app

    url = pg_server.url()
    with Engine(url, dense=False) as engine:
        engine.ingest(DEMO)
        stats = engine.stats()
    with TestClient(create_app(url, token="t0ken")) as client:
        health = client.get("/api/health").json()
        assert health["articles"] == 34 and health["store"] == url.rsplit("/", 1)[-1]
        assert client.get("/api/stats").json() == stats
        top = client.get("/api/stories", params={"min_outlets": 3}).json()["stories"][0]
        assert client.get(f"/api/stories/{top['id']}/comparison").json()["claims"]
        other = open_store(url)  # another process's write, as `gugus ingest` would make it
        other.add_reject(Reject("elsewhere.txt", "empty", "nothing in it", "text"))
        other.close()
        assert [r["source"] for r in client.get("/api/rejects").json()] == ["elsewhere.txt"]
        added = client.post(
            "/api/ingest/text",
            json={"text": "Kamis, 19 Juni 2025\n\nJudul uji\n\n" + "Kalimat uji tentang jembatan. " * 20},
            headers={"Authorization": "Bearer t0ken"},
        ).json()
        assert added["added"] == 1
        assert client.get("/api/health").json()["articles"] == 35


def test_data_version_moves_with_every_commit_and_only_then(pg_server):
    url = pg_server.url()
    reader, writer = open_store(url), open_store(url)
    before = reader.data_version()
    reader.count_articles()
    assert reader.data_version() == before  # reads change nothing
    writer.add_reject(Reject("a.txt", "empty", "", "text"))
    after = reader.data_version()
    assert after != before
    reader.add_reject(Reject("b.txt", "empty", "", "text"))  # its own commits too
    assert reader.data_version() != after
    reader.close()
    writer.close()


def test_stores_opened_at_once_on_a_new_database_migrate_it_once(pg_server):
    url = pg_server.url()
    barrier = threading.Barrier(6)

    def open_one() -> int:
        barrier.wait()
        store = open_store(url)
        try:
            return store.schema_version
        finally:
            store.close()

    with ThreadPoolExecutor(6) as pool:
        versions = list(pool.map(lambda _: open_one(), range(6)))
    assert versions == [migrations("postgres")[-1][0]] * 6


def test_threads_share_one_store(demo_url):
    with Engine(demo_url, dense=False) as engine:
        expected = [r["id"] for r in engine.search("gempa")]
        stories = engine.stories()

        def read(i: int) -> tuple:
            return [r["id"] for r in engine.search("gempa")], len(engine.articles()), engine.story(
                stories[i % len(stories)]["id"]
            )["id"]

        with ThreadPoolExecutor(8) as pool:
            found = list(pool.map(read, range(40)))
    assert all(f[0] == expected and f[1] == 34 for f in found)


OURS = {"&", "|", "!", "<->", ":AC", ":BD", ":*AC", ":*BD", ":A", ":C", ":*A", ":*C"}


def test_only_quoted_lexemes_reach_the_tsquery_from_the_user():
    for query in ['"', "AND (", "*", "a:*", "x' | 'y", "-", 'gempa "Tanimbar & !x" -y* <-> a:A \\ \'']:
        expr = tsquery(expand(parse(query), None, lambda _: ["gempo"])) or ""
        outside = re.sub(r"'(?:[^'\\]|''|\\.)*'", "", expr)
        assert set(re.findall(r"[^\s()]+", outside)) <= OURS, outside


def test_the_password_is_never_shown():
    assert display("postgresql://gugus:s3cret@db.example:5432/news") == "postgresql://gugus:***@db.example:5432/news"
    assert display("postgresql://gugus@localhost/news") == "postgresql://gugus@localhost/news"


def test_data_version_answers_while_every_pooled_connection_is_busy(pg_server):
    """The API asks for the version on its event loop for every request: it must not wait for the pool,
    whose connections the server's threads may all hold (tests/test_load.py, 50 clients)."""
    import time

    from gugus.store.pg_conn import MAX_CONNECTIONS

    store = open_store(pg_server.url())
    held = [store._conns.pool.getconn() for _ in range(MAX_CONNECTIONS)]
    try:
        t = time.perf_counter()
        assert store.data_version()
        assert time.perf_counter() - t < 5  # the pool's own wait would be its 30 s timeout, then an error
    finally:
        for conn in held:
            store._conns.pool.putconn(conn)
        store.close()
