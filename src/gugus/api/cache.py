"""A small thread-safe LRU whose misses are computed once: twenty readers opening the same cold story
wait for one comparison instead of running twenty (a comparison is 0.1-2 s of CPU; the GIL would
serialise the twenty anyway)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """At most `size` values, and, when `weight` is given, at most `budget` of their summed weight
    (bytes, for rendered JSON: a page of 500 articles is megabytes)."""

    def __init__(self, size: int, *, weight: Callable[[V], int] | None = None, budget: int = 0) -> None:
        self.size = size
        self.weight = weight
        self.budget = budget
        self.total = 0
        self._data: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()
        self._flights: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The value for `key`, computing it (once, whoever asks meanwhile waits) when absent.

        Values are shared between callers: treat them as read-only."""
        if (hit := self.peek(key)) is not None:
            return hit
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:
            if (hit := self.peek(key)) is not None:
                return hit
            try:
                value = compute()
                self._put(key, value)
            finally:
                with self._lock:
                    self._flights.pop(key, None)
        return value

    def peek(self, key: Hashable) -> V | None:
        """The value for `key` if it is there; never computes."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            return None

    def _put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._data[key] = value
            self.total += self.weight(value) if self.weight else 0
            while len(self._data) > self.size or (
                self.weight and self.total > self.budget and len(self._data) > 1
            ):
                _, old = self._data.popitem(last=False)
                self.total -= self.weight(old) if self.weight else 0

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.total = 0

    def __len__(self) -> int:
        return len(self._data)
