"""The ingest workers (gugus.parallel, forked from a parent gugus.warm loaded) give what one process gives:
the same analyses, the same stories, and each story's topic that of its central article."""

from __future__ import annotations

import pytest

from gugus import Engine
from gugus.analyze.article import VERSION
from gugus.analyze.topics import topic_of
from gugus.parallel import MIN_BATCH

from .conftest import INDONEWS, need

LINES = MIN_BATCH + 60  # enough for the pool to start


def _ingest(path, source, monkeypatch, workers: str) -> dict:
    monkeypatch.setenv("GUGUS_WORKERS", workers)
    with Engine(str(path), dense=False) as engine:
        engine.ingest([str(source)])
        ids = [a.id for a in engine.articles()]
        stories = {s["id"]: s for s in engine.stories()}
        heads = {sid: engine.article(s["headline_id"]) for sid, s in stories.items()}
        return {
            "analyses": engine.store.analyses(ids, VERSION),
            "assignments": sorted(engine.assignments()),
            "stories": stories,
            "topics": {sid: s["topics"] for sid, s in stories.items()},
            "heads": heads,
        }


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    source = need(INDONEWS)
    tmp = tmp_path_factory.mktemp("parallel")
    sample = tmp / "sample.jsonl"
    sample.write_bytes(b"\n".join(source.read_bytes().splitlines()[:LINES]))
    with pytest.MonkeyPatch.context() as mp:
        pooled = _ingest(tmp / "pool.db", sample, mp, "2")
        single = _ingest(tmp / "one.db", sample, mp, "1")
    return pooled, single


def test_the_worker_pool_analyses_and_clusters_as_one_process_does(both):
    pooled, single = both
    assert len(pooled["analyses"]) >= LINES - 5  # a few lines of indonews are duplicates
    assert pooled["analyses"] == single["analyses"]
    assert pooled["assignments"] == single["assignments"]


def test_a_storys_topic_is_its_central_articles(both):
    pooled, _ = both
    topics = pooled["topics"]
    assert any(topics.values())  # news of every kind: most stories have a confident topic
    for sid, head in pooled["heads"].items():
        found = topic_of(head.title, head.text, head.lang)
        assert topics[sid] == ([found] if found else []), pooled["stories"][sid]["headline"]
