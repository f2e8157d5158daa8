"""Term vectors as integer ids and weights, so one article is scored against every candidate story's
centroid and recent members in a few numpy operations rather than thousands of dict lookups."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FIELDS = ("title", "body", "ents")
Sparse = tuple[np.ndarray, np.ndarray]  # (ids, weights)
EMPTY: Sparse = (np.zeros(0, dtype=np.int64), np.zeros(0))


class Vocabulary:
    """Term -> stable integer id; it only grows, so ids stored in members stay valid."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def sparse(self, weights: dict[str, float]) -> Sparse:
        if not weights:
            return EMPTY
        ids = self.ids
        out = np.empty(len(weights), dtype=np.int64)
        for k, t in enumerate(weights):
            i = ids.get(t)
            if i is None:
                i = ids[t] = len(ids)
            out[k] = i
        return out, np.fromiter(weights.values(), dtype=np.float64, count=len(weights))


@dataclass
class Block:
    """A story's centroid followed by its recent members, concatenated: segment k is ids[bounds[k]:
    bounds[k+1]]."""

    ids: np.ndarray
    weights: np.ndarray
    lengths: np.ndarray


def block(parts: list[Sparse]) -> Block:
    return Block(
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.array([len(p[0]) for p in parts], dtype=np.int64),
    )


def segment_dots(query: np.ndarray, ids: np.ndarray, weights: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Dot product of a dense query with each segment (empty segments give 0)."""
    sums = np.concatenate(([0.0], np.cumsum(query[ids] * weights)))
    ends = np.cumsum(lengths)
    return sums[ends] - sums[ends - lengths]


def dense_query(v: Sparse, size: int) -> np.ndarray:
    q = np.zeros(size)
    q[v[0]] = v[1]
    return q
