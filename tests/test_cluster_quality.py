"""Clustering quality on real labelled data, with floors a little below what bench/train.py measures.

The shipped sparse models are learned on dev18 (weights, the Indonesian threshold) and AllSides (the
threshold of other languages), so dev17 and BASIL are their clean evaluations; the dev18 figure comes
from models learned on dev17 alone, here, and the AllSides one from the shipped weights with the other
languages' threshold chosen on BASIL. The floors sit just under the measured figures (see
bench/train.py for the table): a regression of a point or two fails. dev17 meets the issue's targets
(BCubed F1 0.96 and pairwise F1 0.85); dev18, BASIL (0.99) and AllSides (0.90) do not yet.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from gugus.cluster.scoring import load_models
from gugus.eval.labels import load_labels
from gugus.eval.metrics import score
from gugus.eval.train import by_language, choose_threshold, fit, labelled_items, run
from tests.conftest import DATA, need

pytestmark = pytest.mark.slow

# (BCubed F1, pairwise F1) floors, sparse mode; measured figures in the comments
FLOORS = {
    "dev17": (0.965, 0.90),  # measured 0.978, 0.932
    "dev18": (0.86, 0.66),  # measured 0.875, 0.686
    "basil": (0.975, 0.96),  # measured 0.988, 0.975
    "allsides": (0.835, 0.65),  # measured 0.849, 0.674
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


def test_shipped_models_were_trained_on_dev18_and_allsides():
    for model in load_models().values():
        assert model.for_lang("id").trained_on == "dev18"
        assert model.trained_on == "dev18, threshold allsides"


def test_dev17_with_the_shipped_dev18_model():
    items, gold = _day("17")
    _check("dev17", score(gold, run(items, load_models()["sparse"])))


def test_dev18_with_models_learned_on_dev17_alone():
    day = _day("17")
    linear, degree2 = fit(*day, "dev17", dense=False), fit(*day, "dev17", dense=False, quadratic=True)
    model = by_language(linear, degree2)
    items, gold = _day("18")
    _check("dev18", score(gold, run(items, model)))


def test_basil_with_the_shipped_model():
    items, gold = _english("basil")
    _check("basil", score(gold, run(items, load_models()["sparse"])))


def test_allsides_with_the_shipped_weights_and_a_threshold_chosen_on_basil():
    shipped = load_models()["sparse"]
    threshold = choose_threshold(*_english("basil"), shipped)
    items, gold = _english("allsides")
    _check("allsides", score(gold, run(items, replace(shipped, threshold=threshold))))


@pytest.mark.slow
def test_dev17_inside_the_whole_stream_meets_the_issue_targets():
    """`gugus eval` as the issue defines it: the whole corpus ingested in date order, dev17 scored."""
    from gugus.eval.harness import evaluate

    news = need(DATA / "indonews" / "articles.jsonl")
    s = evaluate(news, need(DATA / "indonews" / "dev17_labels.tsv"), dense=False)
    assert s["scored"] == 289
    assert s["bcubed_f1"] >= 0.96  # measured 0.982 (the degree-2 model; 0.988 the linear one)
    assert s["pairwise_f1"] >= 0.85  # measured 0.916 (0.967)
