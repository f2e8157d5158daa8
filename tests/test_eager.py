"""An ingest clusters its commit groups while it reads when the input comes in time order
(gugus.cluster.eager), and the stories are those of clustering the whole call at its end; input out of
time order, or articles an earlier call left unclustered, wait for the end as before."""

from __future__ import annotations

import json
import random

import pytest

from gugus import Engine
from gugus.engine import COMMIT_EVERY

from .conftest import BACKENDS, INDONEWS, need

LINES = 2 * COMMIT_EVERY + 60  # three commit groups: the first two can be clustered while reading


def _stories(engine: Engine) -> tuple[list, list]:
    rows = sorted(json.dumps(s, sort_keys=True) for s in engine.stories())
    return sorted(engine.assignments()), rows


def _at_the_end(db, source) -> tuple[list, list]:
    with Engine(str(db), dense=False) as engine:
        engine.ingest([str(source)], cluster=False)
        engine.cluster()
        return _stories(engine)


@pytest.fixture(scope="module")
def lines() -> list[bytes]:
    source = need(INDONEWS)
    dated = [line for line in source.read_bytes().splitlines() if json.loads(line).get("date")]
    return dated[:LINES]


def _write(path, lines: list[bytes]):
    path.write_bytes(b"\n".join(lines))
    return path


@pytest.fixture(params=BACKENDS)
def fresh_db(request, tmp_path):
    """A function giving the url of a new empty store of the backend (SQLite, PostgreSQL)."""
    names = iter(range(10))
    if request.param == "sqlite":
        return lambda: str(tmp_path / f"g{next(names)}.db")
    server = request.getfixturevalue("pg_server")
    return server.url


def test_input_in_time_order_is_clustered_while_read_into_the_same_stories(tmp_path, lines, fresh_db):
    source = _write(tmp_path / "sorted.jsonl", sorted(lines, key=lambda b: json.loads(b)["date"]))
    with Engine(fresh_db(), dense=False) as engine:
        report = engine.ingest([str(source)])
        eager = _stories(engine)
    assert report.clustered_early >= COMMIT_EVERY  # at least the first group, before the input ended
    assert len(eager[0]) == report.added
    assert eager == _at_the_end(fresh_db(), source)


def test_input_out_of_time_order_waits_for_the_end(tmp_path, lines):
    shuffled = list(lines)
    random.Random(7).shuffle(shuffled)
    source = _write(tmp_path / "shuffled.jsonl", shuffled)
    with Engine(str(tmp_path / "eager.db"), dense=False) as engine:
        report = engine.ingest([str(source)])
        eager = _stories(engine)
    assert report.clustered_early == 0
    assert eager == _at_the_end(tmp_path / "end.db", source)


def test_articles_left_unclustered_by_an_earlier_call_wait_with_the_new_ones(tmp_path, lines):
    ordered = sorted(lines, key=lambda b: json.loads(b)["date"])
    later = _write(tmp_path / "later.jsonl", ordered[COMMIT_EVERY:])
    earlier = _write(tmp_path / "earlier.jsonl", ordered[:COMMIT_EVERY])
    with Engine(str(tmp_path / "eager.db"), dense=False) as engine:
        engine.ingest([str(later)], cluster=False)
        report = engine.ingest([str(earlier)])
        assert report.clustered_early == 0  # the stored later articles would have gone first
        assert engine.store.unclustered() == []
        eager = _stories(engine)
    both = _write(tmp_path / "both.jsonl", ordered[COMMIT_EVERY:] + ordered[:COMMIT_EVERY])
    assert eager == _at_the_end(tmp_path / "end.db", both)


def test_a_failure_while_clustering_early_stores_the_rest_and_clusters_it_at_the_end(
    tmp_path, lines, monkeypatch
):
    from gugus.cluster.stage import ClusterStage

    run, failed = ClusterStage.run, []

    def fail_once(self, article_ids=None, *args, **kwargs):
        if article_ids is not None and not failed:
            failed.append(article_ids)
            raise RuntimeError("database is locked")
        return run(self, article_ids, *args, **kwargs)

    monkeypatch.setattr(ClusterStage, "run", fail_once)
    source = _write(tmp_path / "sorted.jsonl", sorted(lines, key=lambda b: json.loads(b)["date"]))
    with Engine(str(tmp_path / "eager.db"), dense=False) as engine:
        report = engine.ingest([str(source)])
        assert failed and report.clustered_early == 0
        assert engine.store.unclustered() == [] and len(engine.assignments()) == report.added
        eager = _stories(engine)
    monkeypatch.setattr(ClusterStage, "run", run)
    assert eager == _at_the_end(tmp_path / "end.db", source)
