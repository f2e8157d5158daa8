"""A story as the clusterer holds it: running centroids, its recent members, its time span."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from gugus.cluster.sparse import EMPTY, FIELDS, Sparse, block

_MINHASH_WIDTH = 64
RECENT = 12  # members kept whole for max-similarity features; older ones live on in the centroids


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


@dataclass
class Member:
    """What the clusterer keeps of one article: its weighted vectors, embedding and signature."""

    article_id: str
    time: float
    title: dict[str, float]
    body: dict[str, float]
    ents: dict[str, float]
    dense: np.ndarray | None
    minhash: list[int]
    outlet: str | None = None
    lang: str | None = None
    dated: bool = True
    sparse: dict[str, Sparse] = field(default_factory=dict)  # title/body/ents by vocabulary id


@dataclass
class Centroid:
    """A sum of unit vectors with its squared norm kept up to date, so cosines cost one dot product."""

    weights: dict[str, float] = field(default_factory=dict)
    sq: float = 0.0

    def add(self, v: dict[str, float]) -> None:
        self.sq += 2.0 * dot(v, self.weights) + sum(w * w for w in v.values())
        for t, w in v.items():
            self.weights[t] = self.weights.get(t, 0.0) + w

    def cosine(self, v: dict[str, float]) -> float:
        return dot(v, self.weights) / math.sqrt(self.sq) if self.sq > 0 else 0.0

    def unit(self) -> dict[str, float]:
        n = math.sqrt(self.sq) or 1.0
        return {t: w / n for t, w in self.weights.items()}

    def top(self, k: int) -> list[str]:
        return [t for t, _ in sorted(self.weights.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]

    def merge(self, other: Centroid) -> None:
        self.add_sum(other.weights)

    def add_sum(self, weights: dict[str, float]) -> None:
        for t, w in weights.items():
            self.weights[t] = self.weights.get(t, 0.0) + w
        self.sq = sum(w * w for w in self.weights.values())


@dataclass
class Story:
    id: str
    first_time: float
    last_time: float
    size: int = 0
    members: list[str] = field(default_factory=list)
    title: Centroid = field(default_factory=Centroid)
    body: Centroid = field(default_factory=Centroid)
    ents: Centroid = field(default_factory=Centroid)
    dense_sum: np.ndarray | None = None
    recent: deque = field(default_factory=lambda: deque(maxlen=RECENT))
    outlets: dict[str, int] = field(default_factory=dict)
    langs: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # entity key -> a spelling, for display
    dated_span: bool = False  # whether first/last come from dated members
    words: dict[str, str] = field(default_factory=dict)  # stem -> a spelling, for keywords
    by_id: dict[str, dict[int, float]] = field(default_factory=lambda: {f: {} for f in FIELDS}, repr=False)
    _blocks: dict | None = field(default=None, repr=False)  # see blocks(); rebuilt after a change

    def add(self, m: Member) -> None:
        self.size += 1
        self.members.append(m.article_id)
        if m.dated and not self.dated_span:  # the first dated member sets the span…
            self.first_time = self.last_time = m.time
            self.dated_span = True
        elif m.dated or not self.dated_span:  # …and an undated one (at its ingest time) cannot stretch it
            self.first_time = min(self.first_time, m.time)
            self.last_time = max(self.last_time, m.time)
        self.title.add(m.title)
        self.body.add(m.body)
        self.ents.add(m.ents)
        for f in FIELDS:
            ids, weights = m.sparse.get(f, EMPTY)
            into = self.by_id[f]
            for i, w in zip(ids.tolist(), weights.tolist(), strict=True):
                into[i] = into.get(i, 0.0) + w
        self._blocks = None
        if m.dense is not None:
            self.dense_sum = m.dense.copy() if self.dense_sum is None else self.dense_sum + m.dense
        self.recent.append(m)
        if m.outlet:
            self.outlets[m.outlet] = self.outlets.get(m.outlet, 0) + 1
        if m.lang:
            self.langs[m.lang] = self.langs.get(m.lang, 0) + 1

    def learn_spellings(self, names: dict[str, str], words: dict[str, str]) -> None:
        """Keep the first spelling seen of each entity key and keyword stem, for display."""
        for key, name in names.items():
            self.names.setdefault(key, name)
        for stem, word in words.items():
            self.words.setdefault(stem, word)

    def absorb(self, other: Story) -> None:
        """Take in a story found to be the same one (a merge)."""
        self.size += other.size
        self.members.extend(other.members)
        if other.dated_span and not self.dated_span:
            self.first_time, self.last_time, self.dated_span = other.first_time, other.last_time, True
        elif other.dated_span or not self.dated_span:
            self.first_time = min(self.first_time, other.first_time)
            self.last_time = max(self.last_time, other.last_time)
        self.title.merge(other.title)
        self.body.merge(other.body)
        self.ents.merge(other.ents)
        for f in FIELDS:
            into = self.by_id[f]
            for i, w in other.by_id[f].items():
                into[i] = into.get(i, 0.0) + w
        self._blocks = None
        if other.dense_sum is not None:
            self.dense_sum = (
                other.dense_sum.copy() if self.dense_sum is None else self.dense_sum + other.dense_sum
            )
        for m in sorted(other.recent, key=lambda m: m.time):
            self.recent.append(m)
        for k, v in other.outlets.items():
            self.outlets[k] = self.outlets.get(k, 0) + v
        for k, v in other.langs.items():
            self.langs[k] = self.langs.get(k, 0) + v
        self.learn_spellings(other.names, other.words)

    def blocks(self) -> dict:
        """Per field, the centroid then each recent member as one Block; and the recent MinHashes as
        rows of a matrix (-1 where a member has none, which matches nothing)."""
        if self._blocks is None:
            recent = list(self.recent)
            out: dict = {}
            for f in FIELDS:
                c = self.by_id[f]
                cent = (np.fromiter(c.keys(), dtype=np.int64, count=len(c)),
                        np.fromiter(c.values(), dtype=np.float64, count=len(c)))  # fmt: skip
                out[f] = block([cent, *(r.sparse.get(f, EMPTY) for r in recent)])
            rows = [r.minhash if r.minhash else [-1] * _MINHASH_WIDTH for r in recent]
            width = max(len(r) for r in rows)
            out["minhash"] = np.array([list(r) + [-1] * (width - len(r)) for r in rows], dtype=np.int64)
            self._blocks = out
        return self._blocks

    def dense_unit(self) -> np.ndarray | None:
        if self.dense_sum is None:
            return None
        n = float(np.linalg.norm(self.dense_sum))
        return self.dense_sum / n if n > 0 else None

    def central_member(self) -> str:
        """The recent member whose title is closest to the story's: its headline represents the story."""
        best = max(self.recent, key=lambda m: (self.title.cosine(m.title), -m.time))
        return best.article_id
