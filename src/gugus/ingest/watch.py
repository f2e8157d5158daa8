"""`gugus watch`: poll a list of RSS/Atom feeds on an interval and ingest what is new.

What is new is decided cheaply, before anything is fetched twice: the feed itself is asked for with
its last ETag / Last-Modified (an unchanged feed answers 304 and costs one request), and an entry
whose link the store already holds, or that this feed listed before, is left out before its page is
fetched. That state lives in the store's settings table, so a restart does not redo the work. An
entry whose page could not be fetched is kept as a partial teaser and its page tried again in the
next few polls (the feed is then asked for unconditionally): a revision completes it.

Each poll round opens a fresh Engine: its clusterer restores the stories from the store, so what a
`gugus serve` or `gugus ingest` wrote meanwhile is built on, not overwritten by a stale copy in memory
(the same reason the API gets a fresh Engine per write). A feed that fails — a timeout, a 500, a page
that is no feed, a URL the SSRF guard refuses — is recorded as a reject and the others go on.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from gugus.engine import Engine
from gugus.ingest.fetch import FetchError, fetch, is_url
from gugus.model import Reject

STATE_PREFIX = "watch:"  # settings key of a feed's state: STATE_PREFIX + its URL
MAX_SEEN = 500  # entry links remembered per feed: a feed lists its latest few dozen
RETRIES = 3  # polls that try again to fetch the page of an entry kept as a partial teaser


@dataclass(frozen=True)
class BadLine:
    """A line of the feeds file that is not a feed URL."""

    path: str
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}: {self.text!r}"


def read_feed_list(path: str | Path, text: str | None = None) -> tuple[list[str], list[BadLine]]:
    """The feed URLs of a feeds file (`text`: its content, when already read), in order and once
    each, and the lines that are not one.

    One URL per line; blank lines and `#` comments (whole lines, or after a URL) are ignored. A bad
    line is reported rather than fatal, so one typo does not stop the other feeds being polled.
    """
    urls: list[str] = []
    bad: list[BadLine] = []
    if text is None:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if not is_url(line):
            why = "not an http(s) URL" if " " not in line else "one URL per line, with no spaces"
            bad.append(BadLine(str(path), n, line, why))
        elif line not in urls:
            urls.append(line)
    return urls, bad


@dataclass
class FeedPoll:
    """What one poll of one feed did."""

    url: str
    status: str  # "new" (fetched and read), "unchanged" (304) or "rejected"
    added: int = 0
    revised: int = 0
    duplicates: int = 0  # entries stored under another link, or the same text from elsewhere
    skipped: int = 0  # entries already stored or seen: their pages were not fetched
    rejected: int = 0  # entries that could not be ingested
    reject: Reject | None = None  # why the feed itself failed
    at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def line(self) -> str:
        """The one line printed for this poll."""
        if self.reject is not None:
            return f"{self.at} {self.url}: rejected: {self.reject.reason}: {self.reject.detail}"
        if self.status == "unchanged":
            return f"{self.at} {self.url}: unchanged (304)"
        extra = f", {self.revised} revised" if self.revised else ""
        extra += f", {self.duplicates} already stored" if self.duplicates else ""
        return (
            f"{self.at} {self.url}: {self.added} new{extra}, {self.skipped} skipped, {self.rejected} rejected"
        )


def _load_state(engine: Engine, url: str) -> dict:
    try:
        state = json.loads(engine.store.setting(STATE_PREFIX + url) or "{}")
    except ValueError:  # a hand-edited or truncated value: start the feed afresh
        return {}
    return state if isinstance(state, dict) else {}


def poll_feed(engine: Engine, url: str) -> FeedPoll:
    """Fetch one feed (conditionally) and ingest its new entries, without clustering them.

    Never raises for a bad feed: the failure is stored as a reject of the feed URL and returned.
    """
    state = _load_state(engine, url)
    retrying: dict[str, int] = state.get("partial") or {}  # teaser link -> polls that tried its page
    options = engine.options
    try:
        got = fetch(
            url,
            timeout=options.timeout,
            max_bytes=options.max_document,
            allow_private=options.allow_private,
            etag=None if retrying else state.get("etag"),  # a 304 would hide the teasers to retry
            last_modified=None if retrying else state.get("last_modified"),
        )
    except FetchError as exc:
        return _rejected(engine, url, Reject(url, exc.reason, exc.detail, "feed"))
    if got.status == 304:
        engine.store.clear_rejects(url)
        return FeedPoll(url, "unchanged")

    seen = set(state.get("seen") or ())
    listed: list[str] = []
    poll = FeedPoll(url, "new")

    def skip(link: str) -> bool:
        listed.append(link)
        store = engine.store
        known = link in seen or store.has_url(link, complete=True)
        known = known or (store.has_url(link) and retrying.get(link, RETRIES) >= RETRIES)
        poll.skipped += known
        return known

    try:
        report = engine.ingest_feed(got.body, url, skip=skip, cluster=False)
    except Exception as exc:  # a reader bug must not end the watch: record it, poll the rest
        return _rejected(engine, url, Reject(url, "error", f"{type(exc).__name__}: {exc}", "feed"))
    whole = [r for r in report.rejects if r.source == url]
    if whole:  # not a feed, unsafe XML, no entries: the document failed, not an entry
        poll.status, poll.reject = "rejected", whole[0]
        return poll
    poll.added, poll.revised, poll.duplicates = report.added, report.revisions, report.duplicates
    poll.rejected = report.rejected
    teasers = {
        link: retrying.get(link, 0) + 1
        for link in listed
        if link not in seen and retrying.get(link, 0) < RETRIES
        and engine.store.has_url(link) and not engine.store.has_url(link, complete=True)
    }  # fmt: skip
    pending = {link: n for link, n in teasers.items() if n < RETRIES}  # tried too often: seen, as is
    done = [link for link in listed if link not in pending]
    new_state = {
        "etag": got.headers.get("etag"),
        "last_modified": got.headers.get("last-modified"),
        # the links listed now, then older ones: a link that redirects is stored under its final URL,
        # so the store alone would not know it; entries that dropped off the feed age out
        "seen": list(dict.fromkeys(done + [s for s in state.get("seen") or () if s not in listed]))[
            :MAX_SEEN
        ],
        "partial": pending,
        "polled_at": poll.at,
    }
    with engine.store.transaction():
        engine.store.set_setting(STATE_PREFIX + url, json.dumps(new_state, ensure_ascii=False))
        engine.store.clear_rejects(url)
    return poll


def _rejected(engine: Engine, url: str, reject: Reject) -> FeedPoll:
    engine.store.add_reject(reject)
    return FeedPoll(url, "rejected", reject=reject)


def poll_round(
    engine_factory: Callable[[], Engine],
    urls: list[str],
    *,
    report: Callable[[FeedPoll], None] | None = None,
    stop: threading.Event | None = None,
) -> list[FeedPoll]:
    """Poll every feed once with a fresh Engine, clustering after each feed that brought something,
    so its articles are in their stories before the next (perhaps slow) feed is asked; then post the
    alerts that are due to their webhooks."""
    polls = []
    with engine_factory() as engine:
        for url in urls:
            if stop is not None and stop.is_set():
                break
            poll = poll_feed(engine, url)
            if poll.added or poll.revised:
                engine.cluster()
            polls.append(poll)
            if report:
                report(poll)
        if engine.store.pending_count():  # alerts the new stories raised (and any left to retry)
            engine.deliver_alerts(budget=30)
    return polls


def watch(
    engine_factory: Callable[[], Engine],
    feeds_file: str | Path,
    *,
    interval: float = 300.0,
    once: bool = False,
    report: Callable[[FeedPoll], None] | None = None,
    on_bad_line: Callable[[BadLine], None] | None = None,
    stop: threading.Event | None = None,
) -> list[FeedPoll]:
    """Poll the feeds listed in `feeds_file` every `interval` seconds until `stop` is set (or once).

    The file is read again before every round, so feeds can be added or removed while it runs; its
    bad lines are reported whenever the file changes. Returns the polls of the last round.
    """
    stop = stop or threading.Event()
    last_text: str | None = None
    urls: list[str] = []
    polls: list[FeedPoll] = []
    while not stop.is_set():
        started = time.monotonic()
        try:
            text = Path(feeds_file).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            if last_text is None:
                raise  # nothing to poll at all: the caller says so and stops
            text = last_text  # a file being rewritten or moved: keep the list we had
            if on_bad_line:
                on_bad_line(BadLine(str(feeds_file), 0, "", f"cannot be read ({exc.strerror}); list kept"))
        if text != last_text:
            urls, bad = read_feed_list(feeds_file, text)
            for b in bad if on_bad_line else ():
                on_bad_line(b)
            last_text = text
        polls = poll_round(engine_factory, urls, report=report, stop=stop)
        if once:
            break
        stop.wait(max(0.0, interval - (time.monotonic() - started)))
    return polls


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event, notice: Callable[[str], None] | None = None) -> Iterator[None]:
    """Ctrl-C and SIGTERM set `stop`, so the watch ends between two feeds with its work committed; a
    second Ctrl-C interrupts at once (a transaction in flight is rolled back, never half written)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set on the main thread
        return

    def handle(signum: int, frame) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        if notice:
            notice(f"{signal.Signals(signum).name}: stopping after the current feed")

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
