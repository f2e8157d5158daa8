"""Clustering scores against gold story labels: BCubed and pairwise precision, recall and F1.

BCubed (Bagga & Baldwin 1998; Amigó et al. 2009) averages, over items, how much of an item's predicted
cluster shares its gold story (precision) and how much of its gold story shares its predicted cluster
(recall): it is the measure that satisfies all four of Amigó's constraints, and the one the issue's
targets are stated in. Pairwise scores count pairs of items put together; they punish a wrong merge of
two big stories much harder, which is why both are reported.

Only items present in gold are scored; a gold item missing from the prediction is a singleton there,
and predicted items absent from gold are ignored. Everything is computed from the contingency counts
n(g, p) = |gold story g ∩ predicted cluster p|, never from item pairs, so 100k items cost milliseconds.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class _Counts:
    """Contingency counts n(g, p) (nonzero cells only) and the sizes of the stories they sit in."""

    joint: np.ndarray  # n(g, p) for each nonzero cell
    gold_size: np.ndarray  # |g| of each cell's gold story
    pred_size: np.ndarray  # |p| of each cell's predicted cluster
    gold_sizes: np.ndarray  # |g| for every gold story
    pred_sizes: np.ndarray  # |p| for every predicted cluster
    total: int


def _codes(labels: Iterable[Hashable]) -> np.ndarray:
    index: dict[Hashable, int] = {}
    return np.fromiter((index.setdefault(label, len(index)) for label in labels), dtype=np.int64)


def _counts(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> _Counts:
    """Contingency counts over the items of gold."""
    g = _codes(gold.values())
    # (None, item) cannot equal a label from `pred`, so each missing item is a cluster of its own.
    p = _codes(pred.get(item, (None, item)) for item in gold)
    gold_sizes = np.bincount(g) if len(g) else np.zeros(0, dtype=np.int64)
    pred_sizes = np.bincount(p) if len(p) else np.zeros(0, dtype=np.int64)
    cells, joint = np.unique(g * max(len(pred_sizes), 1) + p, return_counts=True)
    g_of, p_of = np.divmod(cells, max(len(pred_sizes), 1))
    return _Counts(joint, gold_sizes[g_of], pred_sizes[p_of], gold_sizes, pred_sizes, len(g))


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def bcubed(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """BCubed (precision, recall, F1) over the items of `gold`; F1 is the harmonic mean of the averages.

    Empty `gold` scores (1.0, 1.0, 1.0): nothing was there to get wrong.
    """
    return _bcubed(_counts(gold, pred))


def _bcubed(c: _Counts) -> tuple[float, float, float]:
    if not c.total:
        return 1.0, 1.0, 1.0
    squares = c.joint.astype(np.float64) ** 2
    precision = float((squares / c.pred_size).sum() / c.total)
    recall = float((squares / c.gold_size).sum() / c.total)
    return precision, recall, _f1(precision, recall)


def _pairs(sizes: np.ndarray) -> int:
    sizes = sizes.astype(np.int64)
    return int((sizes * (sizes - 1) // 2).sum())


def pairwise(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """Pairwise (precision, recall, F1) over pairs of items of `gold` placed in one cluster.

    Degenerate cases, chosen so that swapping gold and pred swaps precision and recall: with no predicted
    pair, precision is 1.0 (no wrong claim was made); with no gold pair, recall is 1.0 (nothing was there
    to find). So all-singletons against all-singletons is (1, 1, 1), a merge where gold has only
    singletons is (0, 1, 0), and all-singletons against real stories is (1, 0, 0).
    """
    return _pairwise(_counts(gold, pred))


def _pairwise(c: _Counts) -> tuple[float, float, float]:
    together = _pairs(c.joint)
    pred_pairs = _pairs(c.pred_sizes)
    gold_pairs = _pairs(c.gold_sizes)
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    return precision, recall, _f1(precision, recall)


def score(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> dict[str, float | int]:
    """Both measures, plus the item count and the numbers of gold stories and predicted clusters.

    Predicted clusters are counted over the gold items only (a missing item is one cluster), so the two
    counts compare like with like.
    """
    counts = _counts(gold, pred)
    b_p, b_r, b_f = _bcubed(counts)
    p_p, p_r, p_f = _pairwise(counts)
    return {
        "bcubed_p": b_p,
        "bcubed_r": b_r,
        "bcubed_f1": b_f,
        "pairwise_p": p_p,
        "pairwise_r": p_r,
        "pairwise_f1": p_f,
        "items": len(gold),
        "gold_stories": len(counts.gold_sizes),
        "pred_stories": len(counts.pred_sizes),
    }
