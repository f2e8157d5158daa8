"""Time windows: the unit of parallel clustering, and what each needs to cluster as one process would.

Window k holds the articles of days [k·W, (k+1)·W) ("own": their stories are decided there) and, as
context, those of the C days before it, clustered first so that the stories running into the window
exist when its own articles arrive; C covers what the clusterer remembers (two of its time windows).
Each window also starts with the document frequencies of every article before its context — what the
online clusterer would have counted by then — so term weights, and hence scores, are those of the
single-machine run.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from operator import add

from gugus.scale.analysis import terms


@dataclass(frozen=True)
class Windows:
    days: int  # W: days of own articles per window
    overlap: int  # C: days of context before each window

    @classmethod
    def of(cls, days: int, window_hours: float, overlap: int | None = None) -> Windows:
        """By default the context spans what the clusterer keeps in memory: stories seen within two
        of its time windows (OnlineClusterer.sweep forgets older ones)."""
        if days < 1:
            raise ValueError("--window-days must be at least 1")
        return cls(days, math.ceil(2 * window_hours / 24.0) if overlap is None else overlap)

    @staticmethod
    def day(time: float) -> int:
        return math.floor(time / 24.0)

    def own(self, time: float) -> int:
        return self.day(time) // self.days

    def of_time(self, time: float) -> list[tuple[int, bool]]:
        """(window, own?) for every window an article at `time` belongs to: its own, then those whose
        context it is in."""
        d, k = self.day(time), self.own(time)
        return [(k, True)] + [(j, False) for j in range(k + 1, (d + self.overlap) // self.days + 1)]

    def cut(self, k: int) -> int:
        """The first day of window k's context: its document frequencies count the days before."""
        return k * self.days - self.overlap


def document_frequencies(analysed, windows: Windows):
    """RDD of (window, (term, df)) for the terms its articles use, and {window: documents}, both
    counted over the articles before the window's context. Shuffles (term, day) counts, not articles."""
    per_day = analysed.map(lambda r: (windows.day(r[2].time), terms(r[2])))
    counts = (
        per_day.flatMap(lambda dt: (((t, dt[0]), 1) for t in dt[1]))
        .reduceByKey(add)
        .map(lambda tdn: (tdn[0][0], (tdn[0][1], tdn[1])))
    )
    wanted = (
        analysed.flatMap(
            lambda r: (((k, t), None) for k, _ in windows.of_time(r[2].time) for t in terms(r[2]))
        )
        .reduceByKey(lambda a, b: a)
        .map(lambda kt: (kt[0][1], kt[0][0]))
    )
    prefixes = counts.cogroup(wanted).flatMap(lambda tv: _prefixes(tv[0], tv[1][0], tv[1][1], windows))
    days = dict(per_day.map(lambda dt: dt[0]).countByValue())
    return prefixes, days


def documents_before(days: dict[int, int], windows: Windows, k: int) -> int:
    cut = windows.cut(k)
    return sum(n for d, n in days.items() if d < cut)


def _prefixes(term: str, counts, ks, windows: Windows):
    ordered = sorted(counts)
    day_list = [d for d, _ in ordered]
    running = [0, *accumulate(n for _, n in ordered)]
    for k in ks:
        n = running[bisect_left(day_list, windows.cut(k))]
        if n:
            yield k, (term, n)
