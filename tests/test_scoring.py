"""The degree-2 join model: its terms, its weights folded back from the fit, and the shipped file."""

from __future__ import annotations

import numpy as np
import pytest

from gugus.cluster.scoring import FEATURES, LINEAR_ONLY, Model, load_models, product_pairs, quadratic
from gugus.eval.train import quadratic_fit

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
    for mode, model in load_models().items():
        d = model.to_dict()
        again = Model(d["weights"], d["bias"], d["threshold"], d["merge_threshold"], d["trained_on"],
                      d["cross_language"], d["center"], d["scale"], d["linear_only"])  # fmt: skip
        X = np.random.default_rng(1).uniform(0, 1, size=(5, N))
        assert again.probabilities(X) == pytest.approx(model.probabilities(X)), mode
