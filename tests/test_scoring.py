"""The join models: the degree-2 terms, the weights folded back from the fit, which model judges which
pair of languages, and the shipped file."""

from __future__ import annotations

import numpy as np
import pytest

from gugus.cluster.clusterer import OnlineClusterer
from gugus.cluster.scoring import FEATURES, LINEAR_ONLY, Model, load_models, product_pairs, quadratic
from gugus.eval.labels import load_labels
from gugus.eval.train import labelled_items, quadratic_fit

from .conftest import ROOT

N = len(FEATURES)


def test_quadratic_terms_are_the_features_then_every_product():
    X = np.arange(2 * N, dtype=float).reshape(2, N)
    center, scale = np.ones(N), np.full(N, 2.0)
    Z = quadratic(X, center, scale, product_pairs([]))
    assert Z.shape == (2, N + N * (N + 1) // 2)
    z = (X[1] - 1.0) / 2.0
    assert Z[1, :N] == pytest.approx(z)
    assert Z[1, N] == pytest.approx(z[0] * z[0])  # squares included
    assert Z[1, N + 1] == pytest.approx(z[0] * z[1])
    assert Z[1, -1] == pytest.approx(z[-1] * z[-1])
    fewer = product_pairs(["hours_apart"])  # a linear-only feature is in no product
    assert fewer.shape[1] == N * (N + 1) // 2 - N and FEATURES.index("hours_apart") not in fewer


def test_a_fitted_model_separates_what_no_weighted_sum_can():
    """Join when title and body agree, or when both are weak and the story is small: an interaction
    (XOR-like) that a linear model cannot draw and the quadratic one learns."""
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 1, size=(2000, N))
    X[:, FEATURES.index("log_size")] = 0.0  # switched off, as in training: it must weigh nothing
    a, b = X[:, 0], X[:, 2]
    y = ((a - 0.5) * (b - 0.5) > 0).astype(int)
    center, scale, weights, bias = quadratic_fit(X, y, LINEAR_ONLY)
    model = Model(weights, bias, 0.5, 1.0, center=center, scale=scale, linear_only=LINEAR_ONLY)
    accuracy = ((model.probabilities(X) >= 0.5) == y).mean()
    assert accuracy > 0.9
    linear = Model([0.0] * N, 0.0, 0.5, 1.0)
    assert linear.probabilities(X) == pytest.approx(np.full(len(X), 0.5))
    # the switched-off feature's terms weigh nothing, so its value at run time changes no decision
    Y = X.copy()
    Y[:, FEATURES.index("log_size")] = 3.0
    assert model.probabilities(Y) == pytest.approx(model.probabilities(X))
    assert model.probability(list(X[0])) == pytest.approx(model.probabilities(X[:1])[0])


def test_wrong_number_of_weights_is_refused():
    with pytest.raises(ValueError, match="weights"):
        Model([0.0] * N, 0.0, 0.5, 1.0, center=[0.0] * N, scale=[1.0] * N, linear_only=[])


def test_shipped_models_load_and_round_trip():
    X = np.random.default_rng(1).uniform(0, 1, size=(5, N))
    for mode, model in load_models().items():
        again = Model.from_dict(model.to_dict())
        for lang in ("id", "en", None):
            mine, theirs = model.for_lang(lang), again.for_lang(lang)
            assert theirs.probabilities(X) == pytest.approx(mine.probabilities(X)), (mode, lang)
            assert theirs.threshold == mine.threshold
        assert model.for_lang("id") is not model  # Indonesian has a model of its own
        assert model.merge_threshold == 1.0  # merges are off


def test_a_pair_within_a_language_is_judged_by_its_model_and_one_across_by_the_neutral_one():
    """Rigged models: the Indonesian one joins nothing, the language-neutral one everything. On the
    demo's Indonesian and English reports, an Indonesian article then joins only a story with an
    article in another language in it, and English ones join freely."""
    path = ROOT / "demo" / "articles.jsonl"
    items, _ = labelled_items(path, load_labels(path))
    never = Model([0.0] * N, -10.0, 0.5, 1.0)
    model = Model([0.0] * N, 10.0, 0.5, 1.0, by_lang={"id": never})
    assignments, _ = OnlineClusterer(model).partial_fit(items)
    lang = {a.article_id: a.lang for a, _, _ in items}
    langs: dict[str, set] = {}
    across = 0
    for a in assignments:
        before = langs.setdefault(a.story_id, set())
        if not a.new_story:
            assert not (lang[a.article_id] == "id" and before == {"id"}), a
            across += lang[a.article_id] not in before
        before.add(lang[a.article_id])
    assert across >= 3 and sum(not a.new_story for a in assignments) > across  # en joined en, too
