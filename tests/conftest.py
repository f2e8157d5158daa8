"""Shared test fixtures: where the real data is, and a fresh store per test (SQLite, or PostgreSQL on a
throwaway server: tests/pg.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DATA = ROOT.parent / "shared" / "data"
SEEDS = DATA / "seeds"
INDONEWS = DATA / "indonews" / "articles.jsonl"
DEMO = [str(ROOT / "demo" / p) for p in ("articles.jsonl", "text", "html", "feeds")]
EN_TWIN = FIXTURES / "stories" / "en_donetsk_kim.txt"  # the seeds' story told in English


def need(path: Path) -> Path:
    """The path to a ../shared/data file, or a skip saying why the test cannot run."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the real data sets live in ../shared/data beside the repository")
    return path


def seed_text(name: str) -> str:
    """The text of one seed article, or a skip saying why it cannot be read."""
    return (need(SEEDS) / name).read_text(encoding="utf-8")


BACKENDS = ["sqlite", "postgres"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session; in CI one must start (a failure, never a skip)."""
    from . import pg

    try:
        import psycopg  # noqa: F401

        server = pg.start()
    except (ImportError, RuntimeError) as exc:
        if in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests: {exc}")
        pytest.skip(f"no PostgreSQL server for the contract tests: {exc}")
    yield server
    server.stop()


def store_url(request, tmp) -> str:
    """A fresh store of the backend `request.param` names: a SQLite file in `tmp`, or a new database."""
    if request.param == "sqlite":
        return str(tmp / "g.db")
    return request.getfixturevalue("pg_server").url()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """The contract suite's store: each test that takes it runs on SQLite and on PostgreSQL."""
    return store_url(request, tmp_path)


@pytest.fixture
def engine(tmp_path):
    from gugus import Engine

    with Engine(str(tmp_path / "gugus.db"), dense=False) as e:
        yield e


SEED_AP = "000_f2213b32f19f593e.txt"  # Media Sumatera, credits AP, undated
SEED_COPY = "003_f7bc1c657a1d3bcf.txt"  # Semarak News, credits Reuters, dated 2024-12-22
EVENTS = FIXTURES / "compare_events" / "articles.jsonl"


def analysed(tmp, inputs, key=lambda a: a.source_id) -> dict:
    """key -> (Article, Analysis) for the inputs ingested into a fresh store (not clustered)."""
    from gugus import Engine
    from gugus.analyze.article import analyze

    with Engine(str(tmp / "g.db"), dense=False) as engine:
        engine.ingest([str(p) for p in inputs], cluster=False)
        return {key(a): (a, analyze(a)) for a in engine.articles()}


@pytest.fixture(scope="session")
def seeds(tmp_path_factory):
    """The two seeds by file name, as (Article, Analysis)."""
    return analysed(
        tmp_path_factory.mktemp("seeds"), [need(SEEDS)], key=lambda a: a.source_id.rsplit("/", 1)[-1]
    )


@pytest.fixture(scope="session")
def events(tmp_path_factory):
    """The compare_events fixtures by their JSON Lines id, as (Article, Analysis)."""
    return analysed(tmp_path_factory.mktemp("events"), [EVENTS])


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """The demo corpus ingested and clustered once (34 articles, words only). Tests that write copy it."""
    from gugus import Engine

    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    with Engine(db, dense=False) as engine:
        report = engine.ingest(DEMO)
    assert report.added == 34 and report.rejected == 0
    return db


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> str:
    """The demo corpus with the two seeds and their English twin (the seeds' story: three outlets)."""
    from gugus import Engine

    db = str(tmp_path_factory.mktemp("seeds-demo") / "seeds.db")
    with Engine(db, dense=False) as engine:
        engine.ingest([*DEMO, str(need(SEEDS)), str(EN_TWIN)])
    return db
