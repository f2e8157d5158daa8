"""Document frequencies that update online, with a prior from general language frequencies.

A fresh store has seen few articles, so its own counts say little about how rare a word is; wordfreq's
frequencies (shipped with the package) stand in as pseudo-documents until the store has its own
evidence. Terms are weighted by log term frequency times inverse document frequency.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from gugus.lang.frequency import zipf

PRIOR_DOCS = 2000.0  # how many pseudo-documents the general-language prior is worth
_WORDS_PER_DOC = 300.0


@lru_cache(maxsize=200_000)
def _prior(term: str) -> float:
    """Share of documents that contain a term, from its general-language frequency (id, then en)."""
    if "-" in term and not term.replace("-", "").isalpha():
        return 0.0
    z = max(zipf(term, "id"), zipf(term, "en"))
    if z <= 0:
        return 0.0
    per_word = 10 ** (z - 9)
    return min(0.95, 1 - math.exp(-per_word * _WORDS_PER_DOC))


class DocumentFrequencies:
    def __init__(self, df: dict[str, int] | None = None, docs: int = 0) -> None:
        self.df: Counter[str] = Counter(df or {})
        self.docs = docs
        self.dirty: set[str] = set()

    def add(self, terms) -> None:
        """Count one document's distinct terms."""
        self.docs += 1
        for t in set(terms):
            self.df[t] += 1
            self.dirty.add(t)

    def idf(self, term: str) -> float:
        n = self.docs + PRIOR_DOCS
        seen = self.df.get(term, 0) + PRIOR_DOCS * _prior(term)
        return math.log((n + 1.0) / (seen + 1.0)) + 1.0

    def vector(self, counts: dict[str, int], top: int | None = None) -> dict[str, float]:
        """L2-normalised tf-idf weights; `top` keeps only the heaviest terms (bounded work per story)."""
        # self.idf inlined, the same arithmetic: a call per term was most of the time of this loop
        n1, df, log, prior = self.docs + PRIOR_DOCS + 1.0, self.df, math.log, _prior
        weights = {
            t: (1.0 + log(n)) * (log(n1 / (df.get(t, 0) + PRIOR_DOCS * prior(t) + 1.0)) + 1.0)
            for t, n in counts.items()
            if n > 0
        }
        if top is not None and len(weights) > top:
            weights = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}
