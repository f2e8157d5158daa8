"""The clusterer's checkpoint (gugus.cluster.checkpoint): a clusterer taken back from it goes on exactly as
the one that saved it, and a clustering run that fails half way, then runs again in a new process, ends
with the stories of a run that never failed. Before the checkpoint, a new process rebuilt the stories from
their members, with the document frequencies of the moment, and some later articles went elsewhere."""

from __future__ import annotations

import base64
import dataclasses

import numpy as np
import pytest

import gugus.cluster.stage as stage
from gugus import Engine
from gugus.analyze.article import VERSION, Analysis
from gugus.cluster import checkpoint
from gugus.cluster.clusterer import OnlineClusterer
from gugus.cluster.scoring import load_models

from .conftest import INDONEWS, need
from .crash_tools import head, snapshot

N = 300  # indonews lines: enough for stories to be swept from the window and, at MERGE, for merges
MERGE = 0.4  # the shipped models never merge (merge_threshold 1.0): a lower one so that these tests do


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return head(need(INDONEWS), N, tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def items(corpus, tmp_path_factory):
    """(analysis, a made-up dense vector, outlet) per article: random unit vectors, seeded, so the dense
    index (its rows, their reuse after a sweep) is part of the state too."""
    with Engine(str(tmp_path_factory.mktemp("items") / "g.db"), dense=False) as engine:
        engine.ingest([str(corpus)], cluster=False)
        articles = engine.articles()
        stored = engine.store.analyses([a.id for a in articles], VERSION)
    rng = np.random.default_rng(7)
    out = []
    for a in sorted(articles, key=lambda a: a.id):
        v = rng.normal(size=384).astype(np.float32)
        out.append((Analysis.from_dict(stored[a.id]), v / np.linalg.norm(v), a.outlet))
    return out


def _model(mode: str):
    """The shipped model with merges on. In dense mode, without its Indonesian degree-2 model: that one
    weighs real embeddings heavily and joins nothing on these random vectors, so no story would grow."""
    shipped = load_models()[mode]
    return dataclasses.replace(
        shipped, merge_threshold=MERGE, by_lang=None if mode == "dense" else shipped.by_lang
    )


def _saved(c: OnlineClusterer) -> tuple[dict, dict]:
    """What a checkpoint of `c` holds, decoded."""
    saved = checkpoint._unpack(base64.b64decode(checkpoint.header(c, "g")))
    return saved, {sid: checkpoint._unpack(checkpoint.story_state(c, sid)) for sid in c.stories_}


@pytest.mark.parametrize("mode", ["dense", "sparse"])
def test_a_clusterer_taken_back_from_its_checkpoint_goes_on_as_the_one_that_saved_it(items, mode):
    chosen = [(an, v if mode == "dense" else None, outlet) for an, v, outlet in items]
    batches = [chosen[:90], chosen[90:200], chosen[200:]]
    whole = OnlineClusterer(_model(mode))
    expected = [whole.partial_fit(b) for b in batches]
    assert sum(len(m) for _, m in expected) > 0, "no merge: the test would not cover them"

    first = OnlineClusterer(_model(mode))
    got = [first.partial_fit(batches[0])]
    states = {sid: checkpoint.story_state(first, sid) for sid in first.stories_}
    df = dict(first.df_.df)
    again = OnlineClusterer(_model(mode))
    text = checkpoint.header(first, "run-1")
    assert not checkpoint.loads(text, "run-2", lambda ids: states, again, df, first.df_.docs)
    assert checkpoint.loads(text, "run-1", lambda ids: states, again, df, first.df_.docs)
    assert _saved(again) == _saved(first)
    got += [again.partial_fit(b) for b in batches[1:]]
    assert got == expected
    assert _saved(again) == _saved(whole)
    if mode == "dense":
        assert again.dense_.ids == whole.dense_.ids and again.dense_.free == whole.dense_.free
        rows = len(whole.dense_.ids)
        assert np.array_equal(again.dense_.matrix[:rows], whole.dense_.matrix[:rows])


@pytest.mark.parametrize("resume", ["new engine", "same engine"])
def test_a_run_that_fails_half_way_then_resumes_ends_with_the_stories_of_one_that_did_not(
    corpus, db_url, monkeypatch, resume
):
    """The failure is an exception in the third group's transaction (tests/test_crash.py kills real
    processes); the run resumes in a new Engine, as a new process would, or in the same one. One store
    for both runs: the stories of the first are forgotten (as `recluster` does) before the second."""
    monkeypatch.setattr(stage, "GROUP", 50)  # several groups in N articles
    model = _model("sparse")
    with Engine(db_url, dense=False, model=model) as engine:
        engine.ingest([str(corpus)])
    expected = snapshot(db_url)
    assert expected["merges"], "no merge: the test would not cover them"
    with Engine(db_url, dense=False, model=model) as engine:
        with engine.store.transaction():
            engine.store.clear_stories()
        calls = []

        def save_df(*args, _save=engine.store.save_df):
            calls.append(1)
            if len(calls) == 3:
                raise RuntimeError("failed half way")
            _save(*args)

        engine.store.save_df = save_df
        with pytest.raises(RuntimeError, match="half way"):
            engine.cluster()
        assert len(engine.assignments()) == 100  # two groups committed, the third rolled back
        if resume == "same engine":
            del engine.store.save_df
            engine.cluster()
    if resume == "new engine":
        with Engine(db_url, dense=False, model=model) as engine:
            engine.cluster()
    assert snapshot(db_url) == expected
