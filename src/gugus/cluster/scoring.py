"""How likely an article belongs to a candidate story: features, and a logistic model learned from the
hand-labelled days (see gugus/eval/train.py and bench/quality.py), as Miranda et al. (EMNLP 2018)
learned theirs, rather than weights guessed by hand."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources

import numpy as np

from gugus.cluster.sparse import EMPTY, FIELDS, dense_query, segment_dots
from gugus.cluster.story import Member, Story

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
    m: Member,
    stories: list[Story],
    idf,
    window_hours: float = 72.0,
    cross: list[float] | None = None,
) -> np.ndarray:
    """Features of one article against each of its candidate stories (one row per story).

    Words cannot match across languages, so against a story in none of the article's languages the
    lexical similarities are imputed from the dense one through `cross` (intercept and slope per
    lexical feature, fitted on same-language pairs: what the words would have shown), never lowered.
    """
    X = np.zeros((len(stories), len(FEATURES)))
    if not stories:
        return X
    rarity = {"title": np.array([idf(t) for t in m.title]), "ents": np.array([idf(k) for k in m.ents])}
    _similarities(X, m, stories, rarity)
    for row, s in enumerate(stories):
        X[row, _OWN] = _own(m, s, window_hours)
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


_COLUMNS = {f: (FEATURES.index(f"{f}_centroid"), FEATURES.index(f"{f}_max")) for f in FIELDS}
_OWN = [FEATURES.index(f) for f in ("hours_apart", "log_size", "same_outlet")]
_RARITY = {"title": FEATURES.index("shared_title_rarity"), "ents": FEATURES.index("shared_ent_rarity")}


def _similarities(X: np.ndarray, m: Member, stories: list[Story], rarity: dict[str, np.ndarray]) -> None:
    """Centroid cosines, best cosines with a recent member, dense and MinHash similarities, and the
    rarest title term and entity shared with each story, for all candidates at once: each story's
    centroid and recent members are segments of one array."""
    blocks = [s.blocks() for s in stories]
    counts = np.array([len(b["title"].lengths) for b in blocks])  # 1 + recent members
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    for f, (ci, mi) in _COLUMNS.items():
        mine = m.sparse.get(f, EMPTY)
        parts = [b[f] for b in blocks]
        ids = np.concatenate([p.ids for p in parts])
        size = max(int(ids.max(initial=-1)), int(mine[0].max(initial=-1))) + 1
        q = dense_query(mine, size)
        lengths = np.concatenate([p.lengths for p in parts])
        d = segment_dots(q, ids, np.concatenate([p.weights for p in parts]), lengths)
        norms = np.sqrt([getattr(s, f).sq for s in stories])
        X[:, ci] = np.divide(d[starts], norms, out=np.zeros(len(stories)), where=norms > 0)
        if f in rarity:
            _shared_rarity(X, f, mine[0], rarity[f], size, ids, lengths, starts)
        d[starts] = -np.inf
        X[:, mi] = np.maximum(np.maximum.reduceat(d, starts), 0.0)
    if m.minhash:
        mh = np.asarray(m.minhash)
        rows = np.concatenate([b["minhash"][:, : len(mh)] for b in blocks])
        X[:, FEATURES.index("near_duplicate")] = np.maximum.reduceat(
            (rows == mh).mean(axis=1), starts - np.arange(len(stories))
        )
    if m.dense is not None:
        for row, s in enumerate(stories):
            unit = s.dense_unit()
            if unit is None:
                continue
            X[row, FEATURES.index("dense_centroid")] = float(unit @ m.dense)
            vecs = [r.dense for r in s.recent if r.dense is not None]
            if vecs:
                X[row, FEATURES.index("dense_max")] = float(np.max(np.asarray(vecs) @ m.dense))


def _shared_rarity(
    X: np.ndarray, field: str, mine: np.ndarray, idfs: np.ndarray, size: int, ids: np.ndarray,
    lengths: np.ndarray, starts: np.ndarray,
) -> None:  # fmt: skip
    """The highest idf among the article's terms that a story's centroid holds (/10), and for entities
    how many it shares (log1p): a rare shared name is strong evidence, a common word none."""
    r = np.zeros(size)
    r[mine] = idfs
    segment = np.repeat(np.arange(len(lengths)), lengths)
    is_centroid = np.zeros(len(lengths), dtype=bool)
    is_centroid[starts] = True
    keep = is_centroid[segment]
    story = (np.cumsum(is_centroid) - 1)[segment[keep]]
    found = r[ids[keep]]
    best = np.zeros(len(starts))
    np.maximum.at(best, story, found)
    X[:, _RARITY[field]] = best / 10.0
    if field == "ents":
        shared = np.zeros(len(starts))
        np.add.at(shared, story, found > 0)
        X[:, FEATURES.index("shared_ents")] = np.log1p(shared)


def _relative(v: np.ndarray) -> np.ndarray:
    top = float(v.max())
    return v / top if top > 0 else np.zeros_like(v)


def _margin(v: np.ndarray) -> np.ndarray:
    """Each value minus the best of the others (the value itself where there is no other)."""
    if len(v) == 1:
        return v.copy()
    first, second = np.sort(v)[-1], np.sort(v)[-2]
    return v - np.where(v >= first, second, first)


def _own(m: Member, s: Story, window_hours: float) -> list[float]:
    """The pair's features that are not similarities; the time gap is capped at the window (beyond
    it the clusterer asks for a near-certain match instead) and is 0 for an undated article, whose
    gap is unknown."""
    if m.time >= s.last_time:
        gap = m.time - s.last_time
    elif m.time < s.first_time:
        gap = s.first_time - m.time
    else:
        gap = 0.0
    gap = min(gap, window_hours) if m.dated else 0.0
    outlet = s.outlets.get(m.outlet, 0) / s.size if m.outlet and s.size else 0.0
    return [math.log1p(gap), math.log(s.size), outlet]


def quadratic(X: np.ndarray, center: np.ndarray, scale: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """The standardised features and the products of the feature pairs given (squares included): the
    terms a degree-2 model weighs. Products let the model ask for more of one similarity where another
    is weak or a story is broad — what a sum of similarities cannot, and why a linear model chained a
    day's war coverage into one story."""
    Z = (X - center) / scale
    return np.hstack([Z, Z[:, pairs[0]] * Z[:, pairs[1]]])


def product_pairs(linear_only: list[str]) -> np.ndarray:
    """(2, k) indices of the feature pairs multiplied, leaving out those with a linear-only feature."""
    skip = {FEATURES.index(f) for f in linear_only}
    i, j = np.triu_indices(len(FEATURES))
    keep = [k for k in range(len(i)) if i[k] not in skip and j[k] not in skip]
    return np.vstack([i[keep], j[keep]])


# Enter linearly only: time (one labelled day spans hours, and its square learned from them punished the
# day-apart reports of one event on BASIL: BCubed F1 0.977 to 0.912) and size (unused). The dense model
# adds the embedding similarities (their squares, fitted on Indonesian, fused English stories of BASIL).
LINEAR_ONLY = ["hours_apart", "log_size"]
DENSE = ("dense_centroid", "dense_max", "dense_rel", "dense_margin")  # zero without embeddings
DENSE_LINEAR_ONLY = [*LINEAR_ONLY, *DENSE]


@dataclass
class Model:
    """Logistic weights, the join threshold and the (stricter) merge threshold. With `center` and
    `scale` the weights are over quadratic(FEATURES); without, over FEATURES themselves. `by_lang`
    holds the models of the languages that have their own (learned on labelled days of that language);
    an article in any other language is judged by this one."""

    weights: list[float]
    bias: float
    threshold: float
    merge_threshold: float
    trained_on: str = ""
    cross_language: list[float] | None = None  # see matrix(): lexical ≈ a + b · dense, per feature
    center: list[float] | None = None
    scale: list[float] | None = None
    linear_only: list[str] | None = None  # features left out of the products
    by_lang: dict[str, Model] | None = None

    def __post_init__(self) -> None:
        self._w = np.asarray(self.weights, dtype=float)
        self._center = None if self.center is None else np.asarray(self.center, dtype=float)
        self._scale = None if self.scale is None else np.asarray(self.scale, dtype=float)
        self._pairs = product_pairs(self.linear_only or [])
        expected = len(FEATURES) + (self._pairs.shape[1] if self.center is not None else 0)
        if len(self.weights) != expected:
            raise ValueError(f"model has {len(self.weights)} weights, expected {expected}")

    def for_lang(self, lang: str | None) -> Model:
        """The model that judges an article in `lang`."""
        return (self.by_lang or {}).get(lang or "", self)

    def terms(self, X: np.ndarray) -> np.ndarray:
        return X if self._center is None else quadratic(X, self._center, self._scale, self._pairs)

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        z = self.terms(np.atleast_2d(X)) @ self._w + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))

    def probability(self, x: list[float]) -> float:
        return float(self.probabilities(np.asarray([x], dtype=float))[0])

    def to_dict(self) -> dict:
        d = {"features": list(FEATURES), "terms": "linear" if self.center is None else "quadratic",
             "weights": self.weights, "bias": self.bias, "center": self.center, "scale": self.scale,
             "linear_only": self.linear_only,
             "threshold": self.threshold, "merge_threshold": self.merge_threshold,
             "trained_on": self.trained_on, "cross_language": self.cross_language}  # fmt: skip
        if self.by_lang:
            d["by_lang"] = {lang: m.to_dict() for lang, m in sorted(self.by_lang.items())}
        return d

    @classmethod
    def from_dict(cls, d: dict, name: str = "model") -> Model:
        if d["features"] != list(FEATURES):
            raise ValueError(f"weights.json {name}: features {d['features']} do not match {FEATURES}")
        by_lang = {k: cls.from_dict(v, f"{name}/{k}") for k, v in d.get("by_lang", {}).items()}
        return cls(
            d["weights"], d["bias"], d["threshold"], d["merge_threshold"], d.get("trained_on", ""),
            d.get("cross_language"), d.get("center"), d.get("scale"), d.get("linear_only"), by_lang or None,
        )  # fmt: skip


def load_models() -> dict[str, Model]:
    """The shipped models: "dense" (with embeddings) and "sparse" (the --no-dense mode)."""
    raw = json.loads((resources.files("gugus.cluster") / "weights.json").read_text(encoding="utf-8"))
    return {mode: Model.from_dict(d, mode) for mode, d in raw["models"].items()}
