"""The store's identity rules in batch: one article per canonical URL (a changed text there is a
revision of the first), else one per outlet + normalised text (gugus.store.keys).

Only small tuples are shuffled: the decisions (which records to drop, which to keep as a revision of
an earlier one) are few, and go to the executors as a broadcast, so the articles themselves never move.
"""

from __future__ import annotations

from gugus.model import Article
from gugus.scale.extract import Key
from gugus.store.keys import canonical_url, text_key


def _identity(key: Key, a: Article) -> tuple:
    group = ("url", canonical_url(a.url)) if a.url else ("key", key)
    return group, (key, a.id, a.text_sha256, text_key(a.outlet, a.title, a.text))


def _resolve_url(rows) -> tuple:
    """A URL seen several times: the first record's id and place, the last record's text, and as many
    revisions as the text changed along the way (what add_article does one record at a time)."""
    rows = sorted(rows)
    first, last = rows[0], rows[-1]
    revision = 1 + sum(1 for a, b in zip(rows, rows[1:], strict=False) if a[2] != b[2])
    return first[3], (first[0], first[1], last[0], revision, [r[0] for r in rows[:-1]])


def decisions(articles) -> tuple[set[Key], dict[Key, tuple[Key, str, int]]]:
    """(records to drop, {kept record: (place, id, revision)} for revisions)."""
    by_url = articles.map(lambda ka: _identity(*ka)).groupByKey().mapValues(_resolve_url).values()
    drop: set[Key] = set()
    revised: dict[Key, tuple[Key, str, int]] = {}
    # same outlet + text under another URL (or none): the earliest is kept
    by_text = by_url.groupByKey().mapValues(sorted).values()
    for group in by_text.filter(lambda g: len(g) > 1 or g[0][3] > 1 or g[0][4]).collect():
        for _, _, last, _, earlier in group[1:]:
            drop.update([last, *earlier])
        first, aid, last, revision, earlier = group[0]
        if revision == 1:  # the same text again: the first record stays, as stored
            drop.update(k for k in [*earlier, last] if k != first)
        else:
            drop.update(earlier)
            revised[last] = (first, aid, revision)
    return drop, revised


def apply(articles, drop: set[Key], revised: dict[Key, tuple[Key, str, int]], sc):
    """The kept articles, a revision under its first record's key and id."""
    b_drop, b_rev = sc.broadcast(drop), sc.broadcast(revised)

    def keep(ka: tuple[Key, Article]) -> tuple[Key, Article]:
        key, a = ka
        if key in b_rev.value:
            key, a.id, a.revision = b_rev.value[key]
        return key, a

    return articles.filter(lambda ka: ka[0] not in b_drop.value).map(keep)
