"""Timeline: the dated events of a story in order, each with the articles that report it.

Every time expression an article carries is an event candidate: its date (read against the article's
anchor, so that a republication's "15 Agustus" lands in 2022 and not in the year it was reposted —
see `gugus.compare.staleness`), its grain, and the clause around it as the event's text. "Hari ini"
and "today" inside a quotation are the speaker's present, not an event, and are left out; so are dates
that could not be placed in a year (an undated article's "15 Agustus" with no anchor).

The same event reported by several articles is one entry: the same date and grain, and sentences
that name the same person (spellings merged across the story, so "Pushilin" and "Pushlin" agree) or
share enough of their other names and content words, each weighed by how rare it is among the story's
dated sentences ("Korea Utara" in a story about North Korea says nothing about which event).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from gugus.analyze.article import Analysis
from gugus.analyze.entities import group_aliases
from gugus.analyze.tokens import content_stems
from gugus.compare.quotes import quoted_spans
from gugus.compare.staleness import corrected_times
from gugus.model import Article, TimeExpr

__all__ = ["TimelineEvent", "TimelineMention", "article_events", "story_timeline"]

Item = tuple[Article, Analysis]
_MAX_TEXT = 220
_MIN_TEXT = 80
_MIN_SHARED = 0.35  # of the lighter sentence's terms, by weight, where no person is shared
_COMMON = 0.5  # terms in more than this share of the story's dated clauses are not distinctive
_DEICTIC = re.compile(r"(?i:(?:hari|pagi|siang|sore|malam|saat) ini|kini|sekarang|today|tonight|now)")
_GRAIN_ORDER = {"year": 0, "half": 1, "quarter": 2, "month": 3, "week": 4, "day": 5}


@dataclass
class TimelineMention:
    """One article's report of an event: the clause and the time expression as written."""

    article_id: str
    text: str
    expr: str
    start: int  # offsets of the time expression in Article.text
    end: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class TimelineEvent:
    """One dated event of a story, with every article's report of it."""

    date: str  # ISO value: "2022-08-15", "2022-W33", "2022-07", "2022"
    grain: str  # day | week | month | quarter | half | year
    text: str  # the clause of its first report that writes the date out, else of its first
    sources: list[str]  # article ids, in order of first report
    approx: bool = False  # "akhir 2019", "awal pekan ini": the period stands for a vaguer time
    mentions: list[TimelineMention] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["mentions"] = [m.to_dict() for m in self.mentions]
        return d


def period_start(value: str) -> date | None:
    """The first day of an ISO period value: "2022-W33" → 2022-08-15, "2022-Q3" → 2022-07-01."""
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return date.fromisoformat(value)
        y = int(value[:4])
        rest = value[5:]
        if not rest:
            return date(y, 1, 1)
        if rest[0] == "W":
            return date.fromisocalendar(y, int(rest[1:]), 1)
        if rest[0] == "Q":
            return date(y, 3 * int(rest[1:]) - 2, 1)
        if rest[0] == "H":
            return date(y, 1 if rest[1:] == "1" else 7, 1)
        return date(y, int(rest), 1)
    except ValueError:
        return None


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The sentence, or where it is long the comma-separated clauses around the expression."""
    s0, s1 = sentence
    if s1 - s0 <= _MAX_TEXT:
        return s0, s1
    cuts = [s0, *(s0 + m.end() for m in re.finditer(r"[,;]\s", text[s0:s1])), s1]
    bounds = list(zip(cuts, cuts[1:], strict=False))
    lo = hi = next((i for i, (a, b) in enumerate(bounds) if a <= start < b), 0)
    while bounds[hi][1] - bounds[lo][0] < _MIN_TEXT:
        if lo > 0 and bounds[hi][1] - bounds[lo - 1][0] <= _MAX_TEXT:
            lo -= 1
        elif hi + 1 < len(bounds) and bounds[hi + 1][1] - bounds[lo][0] <= _MAX_TEXT:
            hi += 1
        else:
            break
    a, b = bounds[lo][0], bounds[hi][1]
    if not _MIN_TEXT <= b - a <= _MAX_TEXT:  # clauses too long or too short: the words around it
        a, b = max(s0, start - _MAX_TEXT // 3), min(s1, end + 2 * _MAX_TEXT // 3)
        while a > s0 and text[a - 1].isalnum():
            a += 1
        while b < s1 and text[b].isalnum():
            b -= 1
    return a, b


def _show(text: str, a: int, b: int, sentence: tuple[int, int]) -> str:
    shown = text[a:b].strip().rstrip(",;")
    if a > sentence[0] and not text[sentence[0] : a].rstrip().endswith((",", ";")):
        shown = "…" + shown
    return shown + "…" if b < sentence[1] - 1 and not shown.endswith((".", "!", "?")) else shown


def _sentence_at(sentences: list[tuple[int, int]], pos: int, n: int) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (0, n)


def _candidates(item: Item, times: list[TimeExpr]) -> list[tuple[TimelineEvent, tuple[int, int]]]:
    """One article's dated events with the span of the clause each came from."""
    article, analysis = item
    text = article.text or ""
    quoted = quoted_spans(text)
    out = []
    for t in times:
        if period_start(t.value) is None:
            continue  # "--08-15": no year to place it in
        if _DEICTIC.fullmatch(t.text) and any(a <= t.start < b for a, b in quoted):
            continue  # "hari ini" in a quotation: the speaker's present
        sentence = _sentence_at(analysis.sentences, t.start, len(text))
        a, b = _clause(text, sentence, t.start, t.end)
        shown = _show(text, a, b, sentence)
        mention = TimelineMention(article.id, shown, t.text, t.start, t.end)
        out.append((TimelineEvent(t.value, t.grain, shown, [article.id], t.approx, [mention]), (a, b)))
    return out


def article_events(
    article: Article, analysis: Analysis, times: list[TimeExpr] | None = None
) -> list[TimelineEvent]:
    """One article's dated events, one per time expression that can be placed on the calendar; `times`
    defaults to the analysis's own (read against the publication date)."""
    found = _candidates((article, analysis), analysis.times if times is None else times)
    return [e for e, _ in found]


def _terms(item: Item, sentence: tuple[int, int], canon: dict[str, str]) -> set[str]:
    """What a sentence is about: its names ("@" before a person's, its spellings merged across the
    story; "#" before any other's) and its content stems."""
    article, analysis = item
    a, b = sentence
    terms = set(content_stems((article.text or "")[a:b], article.lang or "id"))
    for m in analysis.mentions:
        if a <= m.start < b:
            terms.add(f"@{canon.get(m.text) or m.key}" if m.kind == "person" else f"#{m.key}")
    return terms


def story_timeline(
    items: Iterable[Item], times: dict[str, list[TimeExpr]] | None = None
) -> list[TimelineEvent]:
    """The story's dated events in order, the same event reported by several articles merged.

    `times` gives each article's time expressions; by default `corrected_times`, which re-reads a
    republication's relative dates against the time its events happened.
    """
    items = list(items)
    times = corrected_times(items) if times is None else times
    canon = group_aliases([m.text for _, an in items for m in an.mentions if m.kind == "person"])
    events: list[TimelineEvent] = []
    terms: list[set[str]] = []
    for item in items:
        for e, span in _candidates(item, times.get(item[0].id, item[1].times)):
            events.append(e)
            sentence = _sentence_at(item[1].sentences, span[0], len(item[0].text or ""))
            terms.append(_terms(item, sentence, canon))
    df = Counter(t for ts in terms for t in ts)
    weight = {t: math.log((len(events) + 1) / n) for t, n in df.items()}
    common = {t for t, n in df.items() if len(events) >= 4 and n > _COMMON * len(events)}
    merged: list[TimelineEvent] = []
    by_date: dict[tuple[str, str], list[tuple[TimelineEvent, set[str]]]] = {}
    for e, ts in sorted(zip(events, (t - common for t in terms), strict=True), key=lambda x: _order(x[0])):
        same_date = by_date.setdefault((e.date, e.grain), [])
        for target, tt in same_date:
            if _same_event(ts, tt, weight):
                _absorb(target, e)
                tt |= ts
                break
        else:
            same_date.append((e, set(ts)))
            merged.append(e)
    return merged


def _order(e: TimelineEvent) -> tuple[date, int]:
    return period_start(e.date) or date.min, _GRAIN_ORDER.get(e.grain, 9)


def _same_event(a: set[str], b: set[str], weight: dict[str, float]) -> bool:
    """A person named in both, or shared terms weighing `_MIN_SHARED` of the lighter sentence's terms,
    each weighed by its rarity in the story (an organisation such as the news agency every article
    cites tells two events apart less than a person does)."""
    shared = a & b
    if any(t.startswith("@") for t in shared):
        return True
    lighter = min(sum(weight[t] for t in a), sum(weight[t] for t in b))
    return lighter > 0 and sum(weight[t] for t in shared) >= _MIN_SHARED * lighter


def _absorb(target: TimelineEvent, e: TimelineEvent) -> None:
    target.mentions.extend(e.mentions)
    written = [m for m in target.mentions if re.search(r"[0-9]", m.expr)]
    target.text = (written or target.mentions)[0].text  # "15 Agustus" says more than "Senin"
    target.approx = target.approx and e.approx
    for s in e.sources:
        if s not in target.sources:
            target.sources.append(s)
