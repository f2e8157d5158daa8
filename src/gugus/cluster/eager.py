"""Clustering an ingest while it is still being read, when its articles come in time order.

An ingest call clusters what it added in time order once everything is stored: the old articles of an
unsorted folder's last files must not be clustered after newer ones. But input in time order (a
crawl replayed, a JSON Lines export sorted by date, a stream cut into calls) is in that order already,
and then a commit group can be clustered as soon as the next one is seen to start no earlier than it
ends: the same stories, assigned in the same order, while the worker processes analyse what follows
instead of idling as the main process clusters the whole call at its end. At the first group that
starts before the groups held so far end, the input is not in time order, and everything left is
clustered at the end, as it always was.
"""

from __future__ import annotations

import logging

from gugus.analyze.article import Analysis

log = logging.getLogger(__name__)

KEEP = 2000  # analyses kept for the final run once the input is out of order (the rest are read back)


class EagerClustering:
    """Fed each committed group of an ingest call's new articles; clusters the previous group when this
    one shows the input still in time order, and the rest at `finish`."""

    def __init__(self, stage, *, enabled: bool = True) -> None:
        self.stage = stage
        self.on = enabled  # off for good at the first group out of order
        self.held: list[str] = []  # added, not yet clustered, in arrival order
        self.latest = float("-inf")  # the latest article time of the call so far
        self.analyses: dict[str, Analysis] = {}  # of the held articles: not read back from the store
        self.touched: set[str] = set()  # the stories the call's runs created or changed
        self.early = 0  # articles clustered before the input ended

    def added(self, group: list[Analysis]) -> None:
        """One committed group's new articles, by their analyses (article ids set)."""
        # an undated article is placed at its ingest time, after every dated one: it waits for the end
        dated = [a for a in group if a.dated]
        if not dated:
            return
        if self.on and min(a.time for a in dated) < self.latest:
            self.on = False
        if self.on and self.held:
            try:
                self.early += self._run(self.held)
            except Exception as exc:  # noqa: BLE001 (the rest of the input must still be stored)
                log.warning("clustering while reading stopped (%s): the rest waits for the end", exc)
                self.on = False  # the held articles too: the final run tries them again
            else:
                self.held, self.analyses = [], {}
        self.latest = max(self.latest, max(a.time for a in dated))
        self.held += [a.article_id for a in dated]
        for a in dated:
            if self.on or len(self.analyses) < KEEP:
                self.analyses[a.article_id] = a

    def finish(self) -> None:
        """Cluster every article still unclustered (the held ones, and any other process's)."""
        self._run(None)
        self.held, self.analyses = [], {}

    def _run(self, ids: list[str] | None) -> int:
        """Articles clustered by one run of the stage; the stories it touched join `touched`."""
        clustered = self.stage.run(ids, analyses=self.analyses)["clustered"]
        self.touched |= self.stage.touched
        return clustered
