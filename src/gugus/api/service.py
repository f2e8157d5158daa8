"""The engine behind the routes: pooled read engines, one writer at a time, and caches that know
when the store changed.

SQLite connections must not be shared by threads that run at once, and FastAPI runs sync work on a
thread pool. A read borrows an Engine from a pool (opening one costs about 6 ms: connection, pragmas,
migration check; borrowing costs nothing) and gives it back; the pool grows to the number of threads
that ever ran at once. Writes get a fresh Engine under a lock, so ingest and clustering run one at a
time in this process, and its clusterer restores the stories from the store each time: a `gugus
ingest` or `gugus watch` writing the same file meanwhile is taken into account, not overwritten by a
stale in-memory clusterer (the restore costs about 0.4 s on the indonews store).

Every read response is cached as its JSON bytes under the store's version (`data_version()`: SQLite's
`PRAGMA data_version` on a connection of its own, PostgreSQL's current snapshot), which changes whenever
anyone, in this process or another, commits; it costs microseconds, so a hit is answered on the event
loop without a thread or a query. A story comparison (0.1-2 s) is also cached by what it is computed from, the
story's articles with their text hashes, so that it survives commits that do not touch the story.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from gugus.api.cache import Memo
from gugus.api.records import dumps, story_record
from gugus.engine import Engine
from gugus.ingest.pipeline import IngestOptions
from gugus.store.base import open_store

log = logging.getLogger("gugus.api")


class Service:
    def __init__(
        self,
        db: str,
        *,
        token: str | None,
        dense: bool,
        max_file: int,
        max_total: int,
        options: IngestOptions | None = None,
        cache: int = 64,  # comparisons kept (64 MiB of JSON at most); responses, four times as many
    ) -> None:
        self.db = db
        self.token = token or None  # empty: no token, writes refused
        self.dense = dense
        self.max_file = max_file  # one uploaded file or pasted text, bytes
        self.max_total = max_total  # one upload request, bytes
        self.options = options or IngestOptions(max_document=max_file)
        self._idle: queue.SimpleQueue[Engine] = queue.SimpleQueue()
        self._closed = False
        self._write = threading.Lock()
        with Engine(db, dense=dense):  # create and migrate the store before anything reads it
            pass
        self._probe = open_store(db)  # asked only for its data version, under the lock
        self._probe_lock = threading.Lock()
        self._stories: Memo[list[dict]] = Memo(8)
        self._rendered: Memo[bytes] = Memo(4 * cache, weight=len, budget=cache * 2**21)
        self._comparisons: Memo[bytes] = Memo(cache, weight=len, budget=cache * 2**20)

    # -- engines --------------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Engine]:
        """An Engine for this thread's exclusive use until the block ends."""
        try:
            engine = self._idle.get_nowait()
        except queue.Empty:
            engine = Engine(self.db, options=self.options, dense=self.dense)
        try:
            yield engine
        finally:
            if self._closed:
                engine.close()
            else:
                self._idle.put(engine)

    @contextmanager
    def write(self) -> Iterator[Engine]:
        """A fresh Engine for ingest and clustering, one writer at a time."""
        with self._write, Engine(self.db, options=self.options, dense=self.dense) as engine:
            yield engine

    def warm(self) -> None:
        """What the first reader would wait for, done ahead: the analysis and comparison modules
        imported (about a second) and the stories ranked. Run on a background thread at startup."""
        try:
            import gugus.analyze.article  # noqa: F401
            import gugus.compare.report  # noqa: F401

            if not self._closed:
                self.stories()
        except Exception:  # a closed store at shutdown, say: the first reader will find out for itself
            log.debug("warm-up failed", exc_info=True)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                break
        self._probe.close()

    def body_limit(self, path: str) -> int:
        """The largest request body a write route takes: uploads in total, else JSON (text escaped)."""
        return self.max_total if path.rstrip("/").endswith("/files") else 2 * self.max_file + 2**16

    def version(self) -> int | str:
        """Changes whenever anyone commits to the store."""
        with self._probe_lock:
            return self._probe.data_version()

    # -- cached reads ---------------------------------------------------------------------------

    def peek(self, key: tuple) -> bytes | None:
        """The response cached for `key` at the store's current version, or None (cheap: no thread)."""
        return self._rendered.peek((self.version(), *key))

    def render(self, key: tuple, compute: Callable[[], bytes]) -> bytes:
        """The response for `key` at the store's current version, computed once (blocking: a thread)."""
        return self._rendered.get((self.version(), *key), compute)

    def stories(self, *, since: str | None = None, min_outlets: int = 1) -> list[dict]:
        """Every story, ranked (Engine.stories), as `gugus story --json` records without articles."""

        def ranked() -> list[dict]:
            with self.read() as engine:
                return [story_record(s) for s in engine.stories(since=since, min_outlets=min_outlets)]

        return self._stories.get((self.version(), since, min_outlets), ranked)

    def comparison(self, engine: Engine, story: dict, dense: bool | None) -> bytes:
        """`engine.compare_story` as JSON for a story from `engine.story`, cached by its articles."""
        key = ("story", story["id"], dense, _fingerprint(story["articles"]))
        return self._comparisons.get(key, lambda: dumps(engine.compare_story(story["id"], dense=dense)))

    def compare_articles(self, engine: Engine, articles: list, dense: bool | None) -> bytes:
        """`engine.compare_articles` as JSON for stored articles, cached by their texts."""
        ids = [a.id for a in articles]
        key = ("articles", dense, _fingerprint(articles))
        return self._comparisons.get(key, lambda: dumps(engine.compare_articles(ids, dense=dense)))


def _fingerprint(articles: list) -> tuple:
    return tuple((a.id, a.text_sha256, a.revision) for a in articles)
