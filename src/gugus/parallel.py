"""Per-article work spread over the machine's cores, in input order.

Analysis and cleaning are pure functions of one article and cost milliseconds each; on a two-core
laptop a second process nearly halves a batch. Small batches stay in-process (a pool costs more than
it saves), and GUGUS_WORKERS=1 turns the pool off (for profiling or a constrained host).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
MIN_BATCH = 200  # below this, one process is quicker than starting another
CHUNK = 32  # items per message to a worker: pickling overhead stays small against the work


def workers() -> int:
    env = os.environ.get("GUGUS_WORKERS")
    if env:
        return max(1, int(env))
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1))


def map_ordered(fn: Callable[[T], R], items: list[T]) -> list[R]:
    """[fn(x) for x in items], on several processes when the batch is big enough to pay for them.
    `fn` must be a module-level function (it is pickled by name)."""
    n = workers()
    if n == 1 or len(items) < MIN_BATCH:
        return [fn(x) for x in items]
    with _pool(n) as pool:
        return list(pool.map(fn, items, chunksize=CHUNK))


def imap_ordered(fn: Callable[[T], R], items: Iterable[T], batch: int = 1000) -> Iterator[R]:
    """Like map_ordered over a stream: batches of `batch` items, so results flow before the end. The
    next batch is queued before this one's results are handed out, so the workers go on while the
    caller works on them (the ingest stores and clusters them)."""
    it = iter(items)
    n = workers()
    if n == 1:
        yield from map(fn, it)
        return
    pool = None
    pending: Iterator[R] = iter(())
    try:
        while chunk := list(islice(it, batch)):
            if len(chunk) < MIN_BATCH and pool is None:
                yield from map(fn, chunk)
                continue
            pool = pool or _pool(n)
            queued = pool.map(fn, chunk, chunksize=CHUNK)
            yield from pending
            pending = queued
        yield from pending
    finally:
        if pool is not None:
            pool.shutdown()


# Called before a pool's workers fork, so that they inherit what these make ready (gugus.ingest.known's
# keys of the store, which only the parent process may read).
BEFORE_FORK: list[Callable[[], None]] = []


def _pool(n: int) -> ProcessPoolExecutor:
    from gugus.warm import warm

    with contextlib.suppress(Exception):  # a warm-up that fails costs only time: workers load lazily
        warm()  # once per process: the workers forked below inherit what it loads
    for hook in BEFORE_FORK:
        hook()
    parent = os.getpid()
    return ProcessPoolExecutor(n, mp_context=_context(), initializer=_die_with_parent, initargs=(parent,))


def _die_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9 of `gugus ingest`) would wait for work for ever: the
    other workers hold the queue's pipe open. A watcher thread ends it once the parent is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="gugus-parent-watch").start()


def _context():
    # fork: the workers inherit the loaded stemmer, gazetteer and language models instead of loading
    # them again (seconds each); they only run pure functions, never the parent's open store
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
