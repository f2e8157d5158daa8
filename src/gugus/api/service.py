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

import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from gugus.api.cache import Memo
from gugus.api.records import dumps, story_record
from gugus.engine import Engine
from gugus.ingest.pipeline import IngestOptions
from gugus.store.base import open_store

log = logging.getLogger("gugus.api")


WARM_STORIES = 60  # the front page's first two pages: their comparisons are found at startup
INLINE_BADGES = 8  # articles: a story this small is compared within a page request (< ~50 ms)


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
        self._stop = threading.Event()
        self._write = threading.Lock()
        with Engine(db, dense=dense):  # create and migrate the store before anything reads it
            pass
        self._probe = open_store(db)  # asked only for its data version, under the lock
        self._probe_lock = threading.Lock()
        self._stories: Memo[list[dict]] = Memo(8)
        self._rendered: Memo[bytes] = Memo(4 * cache, weight=len, budget=cache * 2**21)
        self._comparisons: Memo[bytes] = Memo(cache, weight=len, budget=cache * 2**20)
        self._badges: dict[tuple, dict] = {}  # (story id, size, last seen) -> copies, conflicts, stale
        self._badge_queue: queue.SimpleQueue[dict] = queue.SimpleQueue()
        self._badge_wanted: set[tuple] = set()
        self._badge_lock = threading.Lock()
        self._badge_worker: threading.Thread | None = None
        self.badge_generation = 0  # grows as badges are found: a page showing "checking…" is stale

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
        imported (about a second), the stories ranked, and the comparisons (so the badges) of the
        front page's first pages found on the badge thread. Run on a background thread at startup."""
        try:
            import gugus.analyze.article  # noqa: F401
            import gugus.compare.report  # noqa: F401

            if not self._closed:
                for record in self.stories()[:WARM_STORIES]:
                    self._want_badges(record)
        except Exception:  # a closed store at shutdown, say: the first reader will find out for itself
            log.debug("warm-up failed", exc_info=True)

    def deliver_alerts(self, interval: float = 15.0) -> None:
        """Post due alerts to their webhooks every `interval` seconds until the server stops (on its own
        connection, outside the write lock: a slow receiver never holds up an ingest)."""
        with Engine(self.db, options=self.options, dense=False) as engine:
            while not self._stop.wait(interval):
                try:
                    if engine.store.pending_count():
                        engine.deliver_alerts(budget=2 * interval)
                except Exception:  # the next round tries again; the alerts stay pending in the store
                    log.warning("alert delivery failed", exc_info=True)

    def close(self) -> None:
        self._closed = True
        self._stop.set()
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

    def badges(self, stories: list[dict], budget: float = 0.2) -> dict[str, dict | None]:
        """The front page's badges (copies, conflicts, stale) for `stories` (records), by story id.

        They come from each story's comparison, 10 ms to 2 s apiece: those of small stories not known
        yet are computed here for up to `budget` seconds, the rest on a background thread (None until
        then; the next request shows them). Known badges last while the story keeps its size and last
        article."""
        deadline = time.monotonic() + budget
        out: dict[str, dict | None] = {}
        for s in stories:
            key = (s["id"], s["size"], s["last_seen"])
            found = self._badges.get(key)
            if found is None and s["size"] <= INLINE_BADGES and time.monotonic() < deadline:
                found = self._find_badges(s["id"], key)
            elif found is None:
                self._want_badges(s)
            out[s["id"]] = found
        return out

    def _find_badges(self, story_id: str, key: tuple) -> dict | None:
        from gugus.web.coverage import badges

        with self.read() as engine:
            story = engine.story(story_id)
            if story is None:
                return None
            report = json.loads(self.comparison(engine, story, None))
        found = self._badges[key] = badges(report)
        with self._badge_lock:
            self.badge_generation += 1
        return found

    def _want_badges(self, record: dict) -> None:
        key = (record["id"], record["size"], record["last_seen"])
        with self._badge_lock:
            if key in self._badge_wanted:
                return
            self._badge_wanted.add(key)
            if self._badge_worker is None:
                worker = threading.Thread(target=self._badge_loop, name="gugus-badges", daemon=True)
                self._badge_worker = worker
                worker.start()
        self._badge_queue.put(record)

    def _badge_loop(self) -> None:
        while not self._closed:
            try:
                record = self._badge_queue.get(timeout=1.0)
            except queue.Empty:
                continue
            key = (record["id"], record["size"], record["last_seen"])
            try:
                if key not in self._badges:
                    self._find_badges(record["id"], key)
            except Exception:  # a story merged away meanwhile, a closed store: the next page asks again
                log.debug("badges of %s failed", record["id"], exc_info=True)
            finally:
                with self._badge_lock:
                    self._badge_wanted.discard(key)

    def compare_articles(self, engine: Engine, articles: list, dense: bool | None) -> bytes:
        """`engine.compare_articles` as JSON for stored articles, cached by their texts."""
        ids = [a.id for a in articles]
        key = ("articles", dense, _fingerprint(articles))
        return self._comparisons.get(key, lambda: dumps(engine.compare_articles(ids, dense=dense)))


def _fingerprint(articles: list) -> tuple:
    return tuple((a.id, a.text_sha256, a.revision) for a in articles)
