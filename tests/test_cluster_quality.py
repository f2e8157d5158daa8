"""Clustering quality on real labelled data, with floors a little below what bench/train.py measures.

The shipped sparse model is learned on dev18, so dev17 is its clean evaluation; the dev18 figure comes
from a model learned on dev17 alone, here; BASIL and AllSides are never trained on. The floors sit just
under the measured figures (see bench/train.py for the table): a regression of a point or two fails.
They are below the issue's targets (BCubed F1 0.96 and pairwise F1 0.85 on each day; BASIL 0.99;
AllSides 0.90), which are not reached yet.
"""

from __future__ import annotations

import pytest

from gugus.cluster.scoring import load_models
from gugus.eval.labels import load_labels
from gugus.eval.metrics import score
from gugus.eval.train import fit, labelled_items, run
from tests.conftest import DATA, need

pytestmark = pytest.mark.slow

# (BCubed F1, pairwise F1) floors, sparse mode; measured figures in the comments
FLOORS = {
    "dev17": (0.94, 0.70),  # measured 0.954, 0.726
    "dev18": (0.86, 0.53),  # measured 0.872, 0.561
    "basil": (0.965, 0.94),  # measured 0.977, 0.958
    "allsides": (0.81, 0.60),  # measured 0.822, 0.623
}


def _day(day: str):
    news = need(DATA / "indonews" / "articles.jsonl")
    return labelled_items(news, load_labels(need(DATA / "indonews" / f"dev{day}_labels.tsv")))


def _english(name: str):
    path = need(DATA / name / "articles.jsonl")
    return labelled_items(path, load_labels(path))


def _check(name: str, s: dict) -> None:
    b_floor, p_floor = FLOORS[name]
    assert s["bcubed_f1"] >= b_floor, (name, s)
    if p_floor is not None:
        assert s["pairwise_f1"] >= p_floor, (name, s)


def test_shipped_model_was_trained_on_dev18():
    assert load_models()["sparse"].trained_on.startswith("dev18")
    assert load_models()["dense"].trained_on.startswith("dev18")


def test_dev17_with_the_shipped_dev18_model():
    items, gold = _day("17")
    _check("dev17", score(gold, run(items, load_models()["sparse"])))


def test_dev18_with_a_model_learned_on_dev17_alone():
    model = fit(*_day("17"), "dev17", dense=False)
    items, gold = _day("18")
    _check("dev18", score(gold, run(items, model)))


@pytest.mark.parametrize("name", ["basil", "allsides"])
def test_english_sets_with_the_shipped_model(name):
    items, gold = _english(name)
    _check(name, score(gold, run(items, load_models()["sparse"])))


@pytest.mark.slow
def test_dev17_inside_the_whole_stream_meets_the_issue_targets():
    """`gugus eval` as the issue defines it: the whole corpus ingested in date order, dev17 scored."""
    from gugus.eval.harness import evaluate

    news = need(DATA / "indonews" / "articles.jsonl")
    s = evaluate(news, need(DATA / "indonews" / "dev17_labels.tsv"), dense=False)
    assert s["scored"] == 289
    assert s["bcubed_f1"] >= 0.96  # measured 0.988
    assert s["pairwise_f1"] >= 0.85  # measured 0.967
