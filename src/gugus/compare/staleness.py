"""Staleness: an article published long after the events it reports as news (a republication).

The analyze stage reads "Senin", "Agustus" and "bulan lalu" against the publication date, which is
right for news and wrong for a republication: the seed dated 2024-12-22 reports a message sent on
Monday 15 August 2022, and its "15 Agustus" comes out 2024-08-15. So each article gets an *anchor*: the
date its text was written from (gugus.analyze.anchor reads the text's own evidence), found from

- the publication date, unless the text or the story says otherwise;
- "N tahun (yang) lalu" / "N years ago" counted from a year stated right beside it ("pada 1945, 80
  tahun lalu") or from a dated historic event named near it (the Korean Liberation Day, the end of the
  Second World War: 1945), and "HUT ke-80 RI" / "peringatan 80 tahun …" likewise;
- a weekday with a full date, the way news dates the day it reports ("Senin (15/8/2022)");
- the story's other articles: when most of those reporting the same events (the same day and month
  named, or the same words quoted) are dated or anchored far earlier.

Once the year is known, the article's dates named without a year ("15 Agustus") are placed in it, the
latest of them is the event date, and the anchor is the day within the week after it that brings the
weekdays the text names ("Senin", "Rabu") closest to it; `corrected_times` then re-reads every time
expression against the anchor. An article is stale when its anchor lies `min_gap_days` or more before
its publication date. A current article that mentions history ("pada 1945", "80 tahun lalu" in 2025)
agrees with its publication date and is not flagged; a count of years that is one off ("sejak 2014,
sepuluh tahun lalu" in 2025) is journalists' rounding, so the text alone must put the events at least
two years back.

False alarms, measured on indonews (current news of June 2025): none of its 3,696 articles is flagged
read alone, none of the 1,500 first in their clustered stories, none in the 180 hand-labelled stories
of two or more articles; its "HUT ke-498 Jakarta" and "HUT ke-79 Bhayangkara" all count to 2025.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from gugus.analyze.anchor import (
    DEICTIC,
    MIN_GAP_DAYS,
    Anchor,
    published_date,
    reference,
    text_anchor,
    undated_days,
)
from gugus.analyze.article import Analysis
from gugus.analyze.temporal import find_times
from gugus.compare.quotes import find_quotes, quote_terms, same_words
from gugus.model import Article, TimeExpr

__all__ = ["Anchor", "Flag", "anchors", "corrected_times", "flag_stale", "stale_flags"]

Item = tuple[Article, Analysis]


@dataclass
class Flag:
    """Something a reader should know about one article of a story; here kind "stale"."""

    kind: str
    article_id: str
    reason: str  # one sentence for a person
    evidence: list[str]
    event_date: str  # ISO date of the latest event the article reports
    published: str
    gap_days: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _moved(anchor: Anchor, pub: date | None) -> bool:
    return pub is None or (pub - date.fromisoformat(anchor.reference)).days >= MIN_GAP_DAYS


def _own_anchor(article: Article, analysis: Analysis) -> Anchor | None:
    found = text_anchor(article, analysis)
    pub = published_date(article)
    if found is not None and (pub is None or (found.strong and _moved(found, pub))):
        return found  # (a text written from a date near its publication is simply current)
    if pub is None:
        return None
    return Anchor(article.id, pub.isoformat(), pub.year, pub.isoformat(), "published")


# -- the story's evidence -----------------------------------------------------------------------------------


class _Story:
    """The story's articles with what comparing them needs, computed once: their own anchors, the days
    each names without a year, and (only when their dates are far apart) their direct quotes."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.own = {a.id: _own_anchor(a, an) for a, an in items}
        self._days: dict[str, dict[tuple[int, int], str]] = {}
        self._quotes: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}

    def days(self, article: Article) -> dict[tuple[int, int], str]:
        if article.id not in self._days:
            found = undated_days(article.text or "", article.lang)
            self._days[article.id] = {(m, d): t.text for t, m, d in found}
        return self._days[article.id]

    def quotes(self, item: Item) -> list[tuple[frozenset[str], frozenset[str]]]:
        article = item[0]
        if article.id not in self._quotes:
            found = find_quotes(*item)
            self._quotes[article.id] = [quote_terms(q, article.lang) for q in found if q.direct]
        return self._quotes[article.id]

    def shared(self, a: Item, b: Item) -> list[str]:
        """What two articles share that says they report the same events: a day and month named, the
        same words quoted."""
        days_a, days_b = self.days(a[0]), self.days(b[0])
        out = [f'"{text}"' for k, text in days_a.items() if k in days_b]
        if any(same_words(x, y) for x in self.quotes(a) for y in self.quotes(b)):
            out.append("the same quoted words")
        return out


def _label(article: Article) -> str:
    return f"{article.id[:8]} ({article.outlet or 'unknown outlet'}, {article.published or 'undated'})"


def anchors(items: Iterable[Item], min_gap_days: int = MIN_GAP_DAYS) -> dict[str, Anchor | None]:
    """Each article's anchor, with the story's evidence: an article whose siblings reporting the same
    events were mostly written `min_gap_days` or more before its publication is anchored in theirs; an
    undated one takes theirs too. Where the text alone is strong evidence, the story only adds to it."""
    story = _Story(list(items))
    out: dict[str, Anchor | None] = {}
    for item in story.items:
        article = item[0]
        mine = story.own[article.id]
        theirs = _story_anchor(item, story, min_gap_days) if len(story.items) > 1 else None
        if theirs is None:
            out[article.id] = mine
        elif mine is not None and mine.source == "text" and mine.strong:
            if theirs.year == mine.year:
                mine.evidence = list(dict.fromkeys(mine.evidence + theirs.evidence))
            out[article.id] = mine
        else:
            out[article.id] = theirs
    return out


def _story_anchor(item: Item, story: _Story, gap: int) -> Anchor | None:
    article = item[0]
    pub = published_date(article)
    earlier: list[tuple[Anchor, Article, list[str]]] = []
    same_time: list[Item] = []
    for other in story.items:
        theirs = story.own[other[0].id]
        if other[0].id == article.id or theirs is None:
            continue
        days = None if pub is None else (pub - date.fromisoformat(theirs.reference)).days
        if days is None or days >= gap:
            shared = story.shared(item, other)
            if shared:
                earlier.append((theirs, other[0], shared))
        elif abs(days) < gap:
            same_time.append(other)
    if not earlier:
        return None  # nothing written earlier reports these events
    recent = 0
    for other in same_time:
        recent += bool(story.shared(item, other))
        if recent > len(earlier):
            return None  # most of the story reporting these events is as recent as this article
    year = Counter(a.year for a, _, _ in earlier).most_common(1)[0][0]
    first = next(a for a, _, _ in earlier if a.year == year)
    ref, event = reference(article, year, pub, date.fromisoformat(first.reference))
    why = [
        f"story article {_label(o)}, written from {a.reference}, reports the same events: {', '.join(s)}"
        for a, o, s in earlier
        if a.year == year
    ]
    mine = story.own[article.id]
    if mine is not None and mine.source == "text" and mine.year == year:
        why = mine.evidence + why
    return Anchor(article.id, ref.isoformat(), year, event.isoformat(), "story", why, pub is not None)


# -- the results ------------------------------------------------------------------------------------------


def corrected_times(
    items: Iterable[Item], found: dict[str, Anchor | None] | None = None
) -> dict[str, list[TimeExpr]]:
    """Each article's time expressions read against its anchor: its analysis's own where the anchor
    is the publication date (or there is none), re-read where the text or the story moved it."""
    items = list(items)
    found = anchors(items) if found is None else found
    out = {}
    for article, analysis in items:
        anchor = found.get(article.id)
        if anchor is None or anchor.source == "published":
            out[article.id] = analysis.times
        else:
            out[article.id] = find_times(article.text or "", anchor.reference, article.lang)
    return out


def _flag(item: Item, anchor: Anchor | None, gap: int) -> Flag | None:
    article, analysis = item
    pub = published_date(article)
    if anchor is None or pub is None or anchor.source == "published" or not anchor.strong:
        return None
    event = date.fromisoformat(anchor.event_date)
    days = (pub - event).days
    if days < gap:
        return None
    evidence = list(anchor.evidence) + _rereadings(item, anchor)
    reason = (
        f"published {pub.isoformat()} but reports events of {event.isoformat()} as news, "
        f"{days} days earlier: a republication"
    )
    return Flag("stale", article.id, reason, evidence, event.isoformat(), pub.isoformat(), days)


def _rereadings(item: Item, anchor: Anchor, most: int = 4) -> list[str]:
    """The dates that move: "15 Agustus" is 2022-08-15, not 2024-08-15 as read from the publication."""
    article, analysis = item
    now = {(t.start, t.end): t.value for t in find_times(article.text or "", anchor.reference, article.lang)}
    moved = []
    for t in analysis.times:
        v = now.get((t.start, t.end))
        if v and v != t.value and not re.search(r"[0-9]{4}", t.text):
            deictic = bool(DEICTIC.fullmatch(t.text))  # "hari ini" moves with any anchor: says little
            why = f'"{t.text}" is {v}, not {t.value} as read from the publication date'
            moved.append((deictic, t.grain != "day", t.start, why))
    return [m[-1] for m in sorted(moved)[:most]]


def flag_stale(article: Article, analysis: Analysis, siblings: Sequence[Item] = ()) -> Flag | None:
    """The stale flag of one article, with its story's other articles as further evidence."""
    items = [(article, analysis), *[s for s in siblings if s[0].id != article.id]]
    return _flag(items[0], anchors(items)[article.id], MIN_GAP_DAYS)


def stale_flags(
    items: Iterable[Item], min_gap_days: int = MIN_GAP_DAYS, found: dict[str, Anchor | None] | None = None
) -> list[Flag]:
    """The stale flags of a story's articles; `found` takes anchors already computed (`anchors`), which
    `corrected_times` and the timeline share."""
    items = list(items)
    found = anchors(items, min_gap_days) if found is None else found
    flags = [_flag(item, found[item[0].id], min_gap_days) for item in items]
    return [f for f in flags if f is not None]
