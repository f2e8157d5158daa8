"""Trending and breaking: which stories gain momentum now, measured against their own pace and the day's.

The formula, for a story at time `at` with a window of W hours (default 2):

- **Activity** of a story over a period P weighs outlets, not posts, so that breadth beats one
  outlet's burst: every outlet with n ≥ 1 articles of the story in P adds 1 + ½·log2 n, and ½ more
  when that outlet's first article in the story is in P (a *new outlet* picking the story up). Four
  outlets new to a story with one article each make 6; one outlet posting eight updates makes 2.5
  (3 if it is new to the story).
- **Now**: R = activity in the window (at − W, at].
- **Expected**: E = W · max(own, day), where *own* is the story's activity per hour before the
  window (at most LOOKBACK_HOURS back, over at least W hours so that a story a few minutes old is
  not credited with an enormous rate), and *day* is the median, over the stories with any article
  in the 24 hours to `at`, of their activity per hour in those 24 hours (the day's baseline: most
  stories are one article a day). Both are summed over W-long slices, so that a steady trickle's
  history is measured the way its window is.
- **Momentum** = (R − E) / √(E + 1): the excess over what the story's own pace (or the day's
  typical pace, whichever is higher) predicts, in the units of a Poisson deviation, so that a
  story jumping from nothing to four outlets ranks above a big story going on at its usual pace,
  and a steady trickle — R ≈ E — does not trend at all. Stories with momentum ≤ 0 are left out,
  and so are stories only one outlet has (MIN_OUTLETS): one newsroom's live updates are not a trend.
  A story is **breaking** when its first article is in the window and two or more outlets have it.

Which time counts: the article's time on the story clock (gugus.analyze.article: its publication
time, read in WIB for Indonesian), the same time clustering used. An article counts only once it
has *appeared* (its publication time, or its ingest time when undated, is ≤ `at`) and its clock
time is in the period, so a stale republication — placed on the clock when its events happened
(`_place_by_events`) — never makes an old story trend again, and an undated article with no text
anchor (its clock time is only when it was ingested) counts for nothing: it has no trustworthy time.
A story's membership at `at` is its membership restricted to articles that had appeared by then,
so replaying a historical corpus at successive `at` times shows the ranking as it would have been.

`at` defaults to the latest dated article's clock time in the store, since corpora are
historical; a naive ISO time given for `at` is read as UTC.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from gugus.analyze.article import VERSION, clock_time
from gugus.analyze.article import hours as parse_hours

DEFAULT_HOURS = 2.0
LOOKBACK_HOURS = 24.0  # how far back a story's own pace, and the day's baseline, are measured
NEW_OUTLET = 0.5  # what an outlet adds in the period its first article in the story is in
MIN_OUTLETS = 2  # a story one outlet alone has is not trending, however much it posts


@dataclass(frozen=True)
class Item:
    """One clustered article as trending sees it."""

    story_id: str
    article_id: str
    outlet: str
    time: float  # hours since the epoch on the story clock
    appeared: float  # hours since the epoch when it could first be seen (published, else ingested)
    dated: bool  # False: its clock time is only its ingest time


@dataclass(frozen=True)
class _Stamp:
    """What clock_time reads from an article, without loading its text."""

    published: str | None
    ingested_at: str | None
    lang: str | None


def load(store, *, since: float | None = None) -> list[Item]:
    """Every clustered article as an Item, in clustering order; with `since` (hours since the epoch)
    only the stories with an article appeared since then, with all their members. Clock times come
    from the stored analyses for the articles appeared after `since` (republications and undated
    articles are placed there); an earlier article's clock time is its publication time, which is
    all its role (an outlet already on the story) needs."""
    rows = _rows(store)
    # a dated article's clock time is never after its publication: the older ones cannot be in a period
    clocks = store.analysis_clocks([r[1] for r in rows if since is None or r[3] >= since], VERSION)
    out = []
    for story_id, aid, outlet, appeared, dated in rows:
        time, dated = clocks.get(aid, (appeared, dated))
        out.append(Item(story_id, aid, outlet, time, appeared, dated))
    if since is not None:
        live = {i.story_id for i in out if i.appeared >= since or i.time >= since}
        out = [i for i in out if i.story_id in live]
    return out


def _rows(store) -> list[tuple[str, str, str, float, bool]]:
    """(story, article, outlet, appeared, dated) for every clustered article, without its text."""
    out = []
    for story_id, aid, outlet, published, ingested, lang in store.story_stamps():
        notes: list[str] = []
        appeared = clock_time(_Stamp(published, ingested, lang), notes)  # type: ignore[arg-type]
        out.append((story_id, aid, outlet or "?", appeared, not notes))
    return out


def latest_time(store) -> float | None:
    """The latest clock time of a dated clustered article: the default `at` for a historical corpus.
    A dated article's clock time is never after its publication, so the analyses are read newest
    first only until the publications left are older than the best found (a republication of 2021
    posted last, as in the demo, does not put `at` two months after everything else)."""
    rows = sorted(((r[3], r[1]) for r in _rows(store) if r[4]), reverse=True)
    best = None
    for start in range(0, len(rows), 200):
        chunk = rows[start : start + 200]
        if best is not None and chunk[0][0] < best:
            break
        found = store.analysis_clocks([aid for _, aid in chunk], VERSION)
        for appeared, aid in chunk:
            time, dated = found.get(aid, (appeared, True))
            if dated:
                best = time if best is None else max(best, time)
    return best


def latest(items: list[Item]) -> float | None:
    """The latest clock time of a dated article: the default `at` for a historical corpus."""
    times = [i.time for i in items if i.dated]
    return max(times) if times else None


def activity(outlets: Counter[str], covered_before: set[str]) -> float:
    """Breadth-weighted activity of a period: outlets, each with diminishing returns for more posts."""
    return sum(
        (0.0 if o in covered_before else NEW_OUTLET) + 1.0 + 0.5 * math.log2(n) for o, n in outlets.items()
    )


def rank(items: list[Item], *, at: float | None = None, hours: float = DEFAULT_HOURS) -> dict:
    """The trending stories at `at` over a window of `hours`, best first (the formula: module doc)."""
    if hours <= 0:
        raise ValueError("hours must be positive")
    if at is None:
        at = latest(items)
    if at is None:
        return {"at": None, "hours": hours, "day_rate": 0.0, "stories": []}
    start, day_start = at - hours, at - LOOKBACK_HOURS
    seen = [i for i in items if i.dated and i.appeared <= at + 1e-9 and i.time <= at + 1e-9]
    by_story: dict[str, list[Item]] = {}
    for i in seen:
        by_story.setdefault(i.story_id, []).append(i)
    day_rates, found = [], []
    for sid, members in by_story.items():
        if max(m.time for m in members) <= day_start:
            continue
        first: dict[str, float] = {}
        for m in members:
            first[m.outlet] = min(first.get(m.outlet, m.time), m.time)

        def span(lo: float, hi: float, members=members, first=first) -> float:
            counts = Counter(m.outlet for m in members if lo < m.time <= hi)
            return activity(counts, {o for o, t in first.items() if t <= lo})

        def pace(lo: float, hi: float, span=span) -> float:
            """Activity per hour over (lo, hi], summed over window-long slices back from hi: a trickle's
            slices look like its window, where one long period would compress its posts."""
            slices = math.ceil((hi - lo) / hours - 1e-9)
            return sum(span(max(lo, hi - (k + 1) * hours), hi - k * hours) for k in range(slices)) / (hi - lo)

        day_rates.append(pace(day_start, at))
        now = [m for m in members if m.time > start]
        if not now:
            continue
        story_first = min(m.time for m in members)
        lo = max(story_first, start - LOOKBACK_HOURS)
        # a story a few minutes old is not credited with an enormous rate: its history counts as W long
        own = pace(min(lo, start - hours), start) if story_first <= start else 0.0
        found.append((sid, members, now, own, span(start, at), first))
    day = statistics.median(day_rates) if day_rates else 0.0
    out = []
    for sid, members, now, own, recent, first in found:
        expected = hours * max(own, day)
        momentum = (recent - expected) / math.sqrt(expected + 1.0)
        if momentum <= 0 or len(first) < MIN_OUTLETS:
            continue
        outlets = sorted({m.outlet for m in now})
        story_first = min(m.time for m in members)
        out.append({
            "id": sid,
            "momentum": round(momentum, 3),
            "activity": round(recent, 3),
            "expected": round(expected, 3),
            "articles": len(now),
            "outlets": outlets,
            "new_outlets": sorted(o for o in outlets if first[o] > start),
            "rate": round(recent / hours, 3),
            "own_rate": round(own, 3),
            "size": len(members),
            "n_outlets": len(first),
            "first_seen": iso(story_first),
            "last_seen": iso(max(m.time for m in members)),
            "breaking": story_first > start and len(first) >= 2,
            "member_ids": [m.article_id for m in sorted(members, key=lambda m: (m.time, m.article_id))],
        })  # fmt: skip
    # ties (one new outlet with one article is common): the broader, then the bigger story first
    out.sort(key=lambda s: (-s["momentum"], -s["activity"], -s["n_outlets"], -s["size"], s["id"]))
    return {"at": iso(at), "hours": hours, "day_rate": round(day, 4), "stories": out}


def trending(
    store, *, at: str | float | None = None, hours: float = DEFAULT_HOURS, limit: int | None = 20
) -> dict:
    """The trending stories in `store` at `at` (ISO 8601, or hours since the epoch; default: the latest
    dated article), each with a headline as of `at`; see the module doc for the formula."""
    when = parse_hours(at) if isinstance(at, str) else at
    if when is None:
        when = latest_time(store)
    since = None if when is None else when - hours - LOOKBACK_HOURS
    items = load(store, since=since)
    result = rank(items, at=when, hours=hours)
    result["stories"] = result["stories"][:limit] if limit else result["stories"]
    for story in result["stories"]:
        story["headline"] = headline(store, story)
        del story["member_ids"]
    return result


def headline(store, story: dict) -> str:
    """The stored headline if its article had appeared by then, else the story's first title then."""
    stored = store.story(story["id"]) or {}
    if stored.get("headline_id") in story["member_ids"]:
        return stored.get("headline") or ""
    first = store.get_article(story["member_ids"][0])
    return first.title if first else ""


def iso(t: float) -> str:
    """Hours since the epoch as 'YYYY-MM-DD HH:MM' UTC, as the stories list shows times."""
    return datetime.fromtimestamp(t * 3600.0, tz=timezone.utc).strftime("%Y-%m-%d %H:%M")
