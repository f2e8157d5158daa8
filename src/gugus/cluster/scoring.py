"""How likely an article belongs to a candidate story: features, and a logistic model learned from the
hand-labelled days (see gugus/eval/train.py and bench/quality.py), as Miranda et al. (EMNLP 2018)
learned theirs, rather than weights guessed by hand."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources

import numpy as np

from gugus.cluster.story import Member, Story, dot

FEATURES = (
    "title_centroid", "title_max", "body_centroid", "body_max", "ents_centroid", "ents_max",
    "dense_centroid", "dense_max", "near_duplicate", "hours_apart", "log_size", "shared_title_rarity",
    "shared_ent_rarity", "shared_ents", "same_outlet",
    "title_rel", "body_rel", "margin", "dense_rel", "dense_margin",
)  # fmt: skip
PAIR = FEATURES.index("title_rel")  # the features before it describe one pair; those after, the pair
# against the article's other candidates: similarity relative to the best one and the margin over the
# best other one. They generalise across day sizes where raw similarities do not (a big day offers
# more look-alike stories; what sets the right one apart is how far ahead of the others it is).


LEXICAL = ("title_centroid", "title_max", "body_centroid", "body_max")
_DENSE_SOURCE = ("dense_centroid", "dense_max", "dense_centroid", "dense_max")


def matrix(
    m: Member, stories: list[Story], idf, window_hours: float = 72.0, cross: list[float] | None = None
) -> np.ndarray:
    """Features of one article against each of its candidate stories (one row per story).

    Words cannot match across languages, so against a story in none of the article's languages the
    lexical similarities are imputed from the dense one through `cross` (intercept and slope per
    lexical feature, fitted on same-language pairs: what the words would have shown), never lowered.
    """
    X = np.zeros((len(stories), len(FEATURES)))
    if not stories:
        return X
    X[:, :PAIR] = [features(m, s, idf, window_hours) for s in stories]
    if cross and m.dense is not None and m.lang:
        foreign = np.array([bool(s.langs) and m.lang not in s.langs for s in stories])
        if foreign.any():
            for k, (lexical, source) in enumerate(zip(LEXICAL, _DENSE_SOURCE, strict=True)):
                i, j = FEATURES.index(lexical), FEATURES.index(source)
                guess = np.clip(cross[2 * k] + cross[2 * k + 1] * X[:, j], 0.0, 1.0)
                X[foreign, i] = np.maximum(X[foreign, i], guess[foreign])
    title, body, dense = X[:, 0], X[:, 2], X[:, 6]
    X[:, PAIR] = _relative(title)
    X[:, PAIR + 1] = _relative(body)
    X[:, PAIR + 2] = _margin(title + body)
    X[:, PAIR + 3] = _relative(dense)
    X[:, PAIR + 4] = _margin(dense)
    return X


def _relative(v: np.ndarray) -> np.ndarray:
    top = float(v.max())
    return v / top if top > 0 else np.zeros_like(v)


def _margin(v: np.ndarray) -> np.ndarray:
    """Each value minus the best of the others (the value itself where there is no other)."""
    if len(v) == 1:
        return v.copy()
    first, second = np.sort(v)[-1], np.sort(v)[-2]
    return v - np.where(v >= first, second, first)


def features(m: Member, s: Story, idf, window_hours: float = 72.0) -> list[float]:
    """The pair's own features (FEATURES up to PAIR); the time gap is capped at the window (beyond
    it the clusterer asks for a near-certain match instead) and is 0 for an undated article, whose
    gap is unknown."""
    recent = list(s.recent)
    title_max = max((dot(m.title, r.title) for r in recent), default=0.0)
    body_max = max((dot(m.body, r.body) for r in recent), default=0.0)
    ents_max = max((dot(m.ents, r.ents) for r in recent), default=0.0)
    dense_c = dense_max = 0.0
    if m.dense is not None:
        unit = s.dense_unit()
        if unit is not None:
            dense_c = float(unit @ m.dense)
            dense_max = max((float(r.dense @ m.dense) for r in recent if r.dense is not None), default=0.0)
    near = max((_minhash(m.minhash, r.minhash) for r in recent), default=0.0)
    if m.time >= s.last_time:
        gap = m.time - s.last_time
    elif m.time < s.first_time:
        gap = s.first_time - m.time
    else:
        gap = 0.0
    gap = min(gap, window_hours) if m.dated else 0.0
    shared = [idf(t) for t in m.title if t in s.title.weights]
    rarity = max(shared, default=0.0) / 10.0
    ents = [idf(k) for k in m.ents if k in s.ents.weights]
    return [
        s.title.cosine(m.title), title_max, s.body.cosine(m.body), body_max, s.ents.cosine(m.ents), ents_max,
        dense_c, dense_max, near, math.log1p(gap), math.log(s.size), rarity,
        max(ents, default=0.0) / 10.0, math.log1p(len(ents)),
        s.outlets.get(m.outlet, 0) / s.size if m.outlet and s.size else 0.0,
    ]  # fmt: skip


def _minhash(a: list[int], b: list[int]) -> float:
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=False)) / len(a)


@dataclass
class Model:
    """Logistic weights over FEATURES, the join threshold and the (stricter) merge threshold."""

    weights: list[float]
    bias: float
    threshold: float
    merge_threshold: float
    trained_on: str = ""
    cross_language: list[float] | None = None  # see matrix(): lexical ≈ a + b · dense, per feature

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        z = X @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": self.weights, "bias": self.bias,
                "threshold": self.threshold, "merge_threshold": self.merge_threshold,
                "trained_on": self.trained_on, "cross_language": self.cross_language}  # fmt: skip


def load_models() -> dict[str, Model]:
    """The shipped models: "dense" (with embeddings) and "sparse" (the --no-dense mode)."""
    raw = json.loads((resources.files("gugus.cluster") / "weights.json").read_text(encoding="utf-8"))
    out = {}
    for mode, d in raw["models"].items():
        if d["features"] != list(FEATURES):
            raise ValueError(f"weights.json {mode}: features {d['features']} do not match {FEATURES}")
        out[mode] = Model(
            d["weights"],
            d["bias"],
            d["threshold"],
            d["merge_threshold"],
            d.get("trained_on", ""),
            d.get("cross_language"),
        )
    return out
