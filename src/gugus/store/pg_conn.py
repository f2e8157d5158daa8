"""Connections of the PostgreSQL store: one psycopg pool per database and process, shared by every store
opened on it (the API server opens one Engine per thread), and a connection pinned to a thread while it
is inside a transaction or holds a session lock.

Connections are in autocommit mode: a read outside a transaction borrows one for a single statement,
and `transaction()` issues BEGIN and COMMIT itself.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg_pool import ConnectionPool

MAX_CONNECTIONS = 16  # per process and database: the server's threads, each with its own Engine

_pools: dict[tuple[str, int], list] = {}  # (url, pid) -> [pool, users]
_pools_lock = threading.Lock()


def acquire(url: str) -> ConnectionPool:
    with _pools_lock:
        entry = _pools.get((url, os.getpid()))
        if entry is None:
            pool = ConnectionPool(
                url, min_size=1, max_size=MAX_CONNECTIONS, kwargs={"autocommit": True}, open=True,
                name=f"gugus-{os.getpid()}",
            )  # fmt: skip
            entry = _pools[(url, os.getpid())] = [pool, 0]
        entry[1] += 1
        return entry[0]


def release(url: str) -> None:
    with _pools_lock:
        entry = _pools.get((url, os.getpid()))
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            del _pools[(url, os.getpid())]
            entry[0].close()


class Connections:
    """The pool of one store, with the connection this thread has pinned, if any."""

    def __init__(self, url: str) -> None:
        self.url = url
        with psycopg.connect(url, connect_timeout=10):  # a wrong URL fails now, with libpq's reason
            pass
        self.pool = acquire(url)
        self._local = threading.local()

    @property
    def pinned(self) -> psycopg.Connection | None:
        return getattr(self._local, "conn", None)

    @contextmanager
    def get(self) -> Iterator[psycopg.Connection]:
        """This thread's pinned connection, else one borrowed for the block."""
        conn = self.pinned
        if conn is not None:
            yield conn
            return
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def pin(self) -> Iterator[psycopg.Connection]:
        """One connection for this thread until the block ends (a transaction, a session lock)."""
        conn = self.pinned
        if conn is not None:
            yield conn
            return
        with self.pool.connection() as conn:
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    def close(self) -> None:
        release(self.url)
