"""The articles a store already holds, as the ingest workers see them, so that an article the store
will call a duplicate is not analysed again.

Reading a folder or file a second time used to analyse every article on the workers before the store
found each one a duplicate: 23 s (40 s of CPU) to add nothing of 3,698 stored indonews articles. An
ingest call holds a way to read the store's keys; they are read just before its workers fork (a
batch big enough for a pool: gugus.parallel), the workers inherit them and apply add_article's own
rule to each finished article. A small batch, analysed in the calling process, is not worth reading
every key for (about 7 µs a stored article), and where workers cannot inherit (the spawn start
method) nothing is skipped: the keys only spare work, and nothing depends on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from gugus import parallel
from gugus.model import Article
from gugus.store.keys import canonical_url, text_key

__all__ = ["Known", "holding", "duplicate"]


@dataclass(frozen=True)
class Known:
    urls: dict[str, str]  # canonical URL -> the sha256 of the text stored for it
    text_keys: set[str]

    def duplicate(self, article: Article) -> bool:
        """Whether add_article will answer "duplicate" (gugus.store.sqlite and .postgres): the same URL
        with the same text, or, where the URL is not stored, the same outlet and text."""
        if article.url:
            sha = self.urls.get(canonical_url(article.url))
            if sha is not None:
                return sha == article.text_sha256  # another text at a stored URL is a revision
        return text_key(article.outlet, article.title, article.text) in self.text_keys


_read: Callable[[], Known] | None = None  # how to read the keys, while an ingest call holds them
_known: Known | None = None


@contextmanager
def holding(read: Callable[[], Known]) -> Iterator[None]:
    """Within the block, workers forked for a pool start with the keys `read` gives."""
    global _read, _known
    _read, _known = read, None
    try:
        yield
    finally:
        if _read is read:  # (another thread's ingest may have taken over: its keys, its to clear)
            _read, _known = None, None


def _before_fork() -> None:
    global _known
    read = _read
    if read is not None and _known is None:
        try:
            _known = read()
        except Exception:  # noqa: BLE001 (the keys only spare work: without them all is analysed)
            _known = None


parallel.BEFORE_FORK.append(_before_fork)


def duplicate(article: Article) -> bool:
    return _known is not None and _known.duplicate(article)
