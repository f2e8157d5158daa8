"""The articles a store already holds, as the ingest workers see them, so that an article the store
will call a duplicate is not analysed again.

Reading a folder or file a second time used to analyse every article on the workers before the store
found each one a duplicate: 23 s (40 s of CPU) to add nothing of 3,698 stored indonews articles. The
ingest call takes the store's keys before its workers fork; they inherit them and apply add_article's
own rule to each finished article. Where the workers cannot inherit (the spawn start method), nothing
is skipped and nothing is lost: the keys only spare work.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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


_held: Known | None = None


@contextmanager
def holding(known: Known | None) -> Iterator[None]:
    """Make `known` what `duplicate` asks, for this process and the workers forked inside the block."""
    global _held
    previous, _held = _held, known
    try:
        yield
    finally:
        _held = previous


def duplicate(article: Article) -> bool:
    return _held is not None and _held.duplicate(article)
