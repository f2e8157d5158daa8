"""Staleness: an article published long after the events it reports as news (a republication).

The analyze stage reads "Senin", "Agustus" and "bulan lalu" against the publication date, which is
right for news and wrong for a republication: the seed dated 2024-12-22 reports a message sent on
Monday 15 August 2022, and its "15 Agustus" comes out 2024-08-15. So each article gets an *anchor*: the
date its text was written from, found from

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
from dataclasses import dataclass, field
from datetime import date, timedelta

from gugus.analyze.article import Analysis
from gugus.analyze.numbers import EN_NUMBER_WORDS_RX, ID_NUMBER_WORDS_RX, words_value
from gugus.analyze.temporal import WEEKDAY_NUMBERS, find_times
from gugus.compare.quotes import find_quotes, quote_terms, same_words
from gugus.model import Article, TimeExpr

__all__ = ["Anchor", "Flag", "anchors", "corrected_times", "flag_stale", "stale_flags", "text_anchor"]

Item = tuple[Article, Analysis]
MIN_GAP_DAYS = 180


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


@dataclass
class Anchor:
    """The date an article's text was written from: what its relative dates are read against."""

    article_id: str
    reference: str  # ISO date
    year: int
    event_date: str  # the latest date the text names (the reference where it names none)
    source: str  # "published" | "text" | "story"
    evidence: list[str] = field(default_factory=list)
    strong: bool = False  # the text alone puts the events two or more years before publication

    def to_dict(self) -> dict:
        return dict(self.__dict__)


# -- evidence in the text ------------------------------------------------------------------------------

_NUM = rf"[0-9]{{1,3}}|{ID_NUMBER_WORDS_RX}|{EN_NUMBER_WORDS_RX}"
# "… tahun (yang) lalu" first (a cheap search), then the count before it, matched on a short window
_AGO = re.compile(r"(?i:\b(?:tahun|years?)[^\S\n]+(?:yang[^\S\n]+)?(?:lalu|silam|ago)\b)")
_COUNT_BEFORE = re.compile(rf"(?<![0-9.,])(?P<n>{_NUM})[^\S\n]+$")
_ANNIVERSARY = re.compile(
    r"(?i:\b(?:HUT|hari\s+jadi|ulang\s+tahun|dirgahayu|peringatan|memperingati)\s+(?:yang\s+)?ke-?\s?"
    r"(?P<n>[0-9]{1,3})\b|\b(?:peringatan|memperingati)\s+(?P<n2>[0-9]{1,3})\s+tahun\b"
    r"|\b(?P<n3>[0-9]{1,3})(?:st|nd|rd|th)\s+anniversary\b)"
)
# Dated events that "N tahun lalu" and anniversaries count from. The year is the one such counts use:
# Korea's liberation and the end of the Second World War are counted from 1945.
HISTORY: list[tuple[re.Pattern[str], int, str]] = [
    (re.compile(r"Perang Dunia (?:II|Kedua|ke-?2)\b|World War (?:II|Two)|Second World War|\bWWII\b"), 1945,
     "the end of the Second World War"),
    (re.compile(r"(?i:Hari Pembebasan(?: Korea)?|pembebasan Semenanjung Korea|Liberation Day)"), 1945,
     "Korea's liberation"),
    (re.compile(r"(?i:proklamasi|kemerdekaan (?:Indonesia|RI)\b|Indonesia merdeka)"), 1945,
     "Indonesia's independence"),
    (re.compile(r"Sumpah Pemuda"), 1928, "the Youth Pledge"),
    (re.compile(r"Konferensi Asia[- ]Afrika"), 1955, "the Asian-African Conference"),
]  # fmt: skip
# What an anniversary ("HUT ke-80 RI") counts from, named right after it.
FOUNDED: list[tuple[re.Pattern[str], int, str]] = [
    (re.compile(r"(?:RI|Republik Indonesia|(?i:kemerdekaan)|TNI)\b"), 1945, "1945"),
    (re.compile(r"(?:Bhayangkara|Polri)\b"), 1946, "1946 (Polri)"),
    (re.compile(r"(?:(?:DKI|Kota|Provinsi)\s+)?Jakarta\b"), 1527, "1527 (Jakarta)"),
]
_FUTURE = re.compile(
    r"(?i:\b(?:akan|bakal|dijadwalkan|rencana|direncanakan|ditargetkan|target|hingga|sampai|mendatang|"
    r"depan|nanti|will|scheduled|plans?|expected|by|until)\b)"
)
_BARE_WEEKDAY = re.compile(
    r"(?i:(?:hari\s+)?(?P<wd>[a-z']+)(?:\s+(?:pagi|siang|sore|petang|malam|morning|"
    r"afternoon|evening|night))?)"
)
_DEICTIC = re.compile(r"(?i:hari ini|saat ini|kini|sekarang|today|tonight|now|pagi ini|malam ini)")
_LEDE = 3  # sentences
_MAX_YEARS = 30  # a text anchored further back is a history, not a republished news story
_NEAR_SENTENCES = 2  # a historic event named in the sentence or the two before it
_NEAR_CHARS = 40  # a year right beside the count: "pada 1945, atau 80 tahun lalu"


def _count(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else words_value(raw)


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> int:
    for i, (_, e) in enumerate(sentences):
        if pos < e:
            return i
    return max(0, len(sentences) - 1)


def _history_near(text: str, sentences: list[tuple[int, int]], pos: int) -> tuple[int, str] | None:
    i = _sentence_of(sentences, pos)
    a = sentences[max(0, i - _NEAR_SENTENCES)][0] if sentences else 0
    b = sentences[i][1] if sentences else len(text)
    for rx, year, label in HISTORY:
        if rx.search(text, a, b):
            return year, label
    return None


def _stated_years(times: list[TimeExpr]) -> list[tuple[int, int, int]]:
    """(start, end, year) of the years the text writes out: "1945", "tahun 2017", "15 Agustus 2022"."""
    out = []
    for t in times:
        m = re.search(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])", t.text)
        if m and t.value[:4].isdigit():
            out.append((t.start, t.end, int(m.group())))
    return out


def _years_ago(text: str, sentences: list[tuple[int, int]], stated: list[tuple[int, int, int]]):
    """(year the text is written in, evidence) from each count of years back that has a base."""
    for tail in _AGO.finditer(text):
        m = _COUNT_BEFORE.search(text, max(0, tail.start() - 30), tail.start())
        n = _count(m.group("n")) if m else None
        if not n or n < 2:
            continue
        phrase = text[m.start() : tail.end()]
        beside = [y for s, e, y in stated if -_NEAR_CHARS <= m.start() - e <= _NEAR_CHARS
                  or -_NEAR_CHARS <= s - tail.end() <= _NEAR_CHARS]  # fmt: skip
        if beside:
            base, label = beside[0], str(beside[0])
        else:
            found = _history_near(text, sentences, m.start())
            if found is None:
                continue
            base, label = found[0], f"{found[0]} ({found[1]})"
        yield base + n, f'"{phrase}" counted from {label} is {base + n}'


def _anniversaries(text: str):
    for m in _ANNIVERSARY.finditer(text):
        n = int(m.group("n") or m.group("n2") or m.group("n3"))
        after = text[m.end() : m.end() + 40].lstrip()
        for rx, year, label in FOUNDED:
            if rx.match(after):
                yield year + n, f'"{m.group().strip()}" counted from {label} is {year + n}'
                break
        else:
            found = [(y, lab) for rx, y, lab in HISTORY if rx.search(after)]
            if found:
                yield found[0][0] + n, f'"{m.group().strip()}" of {found[0][1]} is {found[0][0] + n}'


def _dateline_dates(times: list[TimeExpr], sentences: list[tuple[int, int]]) -> list[date]:
    """Weekday and full date together in the lede, "Senin (15/8/2022)": how news dates the day it
    reports (further down, the same form dates the background)."""
    lede_end = sentences[min(len(sentences), _LEDE) - 1][1] if sentences else 600
    out = []
    for t in times:
        if t.start >= lede_end:
            break
        first = t.text.split()[0].casefold().strip(",")
        if first == "hari" and len(t.text.split()) > 1:
            first = t.text.split()[1].casefold().strip(",")
        if first in WEEKDAY_NUMBERS and t.grain == "day" and re.search(r"[0-9]{4}", t.text):
            try:
                out.append(date.fromisoformat(t.value))
            except ValueError:
                continue
    return out


def _max_past_year(text: str, stated: list[tuple[int, int, int]], sentences: list[tuple[int, int]]) -> int:
    """The latest year the text writes out as past: a text cannot be older than that."""
    best = 0
    for s, _, y in stated:
        i = _sentence_of(sentences, s)
        a, b = sentences[i] if sentences else (0, len(text))
        if not _FUTURE.search(text, a, b):
            best = max(best, y)
    return best


# -- the anchor ------------------------------------------------------------------------------------------


def _pub(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def _undated_days(text: str, lang: str | None) -> list[tuple[TimeExpr, int, int]]:
    """Dates named without a year ("15 Agustus", "Rabu (17/8)"), not announced as coming, as (expr,
    month, day)."""
    out = []
    for t in find_times(text, None, lang):
        m = re.fullmatch(r"--([0-9]{2})-([0-9]{2})", t.value)
        if m and not _FUTURE.search(text, max(0, t.start - 60), min(len(text), t.end + 30)):
            out.append((t, int(m.group(1)), int(m.group(2))))
    return out


def _weekdays(times: list[TimeExpr]) -> list[int]:
    """The weekdays a text names alone ("Senin", "hari Rabu"): read as the last such day."""
    out = []
    for t in times:
        m = _BARE_WEEKDAY.fullmatch(t.text)
        if m and m.group("wd").casefold() in WEEKDAY_NUMBERS:
            out.append(WEEKDAY_NUMBERS[m.group("wd").casefold()])
    return out


def _on_or_before(d: date, weekday: int) -> date:
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def _reference(
    article: Article, year: int, pub: date | None, fallback: date | None = None
) -> tuple[date, date]:
    """(reference, event date) in `year`: the latest date named without a year, then the day of the week
    after it that brings the weekdays named closest to it."""
    days = []
    for _, month, day in _undated_days(article.text or "", article.lang):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    if not days:
        if fallback is not None and fallback.year == year:
            return fallback, fallback
        base = date(year, pub.month, min(pub.day, 28)) if pub else date(year, 7, 1)
        return base, base
    event = max(days)
    weekdays = _weekdays(find_times(article.text or "", event.isoformat(), article.lang))
    if not weekdays:
        return event, event

    def spread(k: int) -> tuple[int, int]:
        ref = event + timedelta(days=k)
        got = [_on_or_before(ref, w) for w in weekdays] + [event]
        return (max(got) - min(got)).days, k

    return event + timedelta(days=min(range(7), key=spread)), event


def text_anchor(article: Article, analysis: Analysis) -> Anchor | None:
    """The anchor the text alone gives, or None where it says nothing against its publication date.

    For an undated article this is the only way its relative dates can be read at all.
    """
    text = article.text or ""
    pub = _pub(article)
    if not (_AGO.search(text) or _ANNIVERSARY.search(text)) and not _old_days(analysis.times, pub):
        return None  # no count of years and no dated day far back: nothing to anchor on (most news)
    stated = _stated_years(find_times(text, None, article.lang))
    votes: Counter[int] = Counter()
    evidence: dict[int, list[str]] = {}
    for year, why in [*_years_ago(text, analysis.sentences, stated), *_anniversaries(text)]:
        votes[year] += 1
        evidence.setdefault(year, []).append(why)
    lines = _dateline_dates(analysis.times, analysis.sentences)
    if not (lines and pub and (pub - max(lines)).days >= MIN_GAP_DAYS):
        lines = []
    if lines:
        d = max(lines)
        votes[d.year] += 1
        evidence.setdefault(d.year, []).append(f'the text dates its news "{_expr_of(analysis.times, d)}"')
    if not votes:
        return None
    year, _ = votes.most_common(1)[0]
    if pub and (year > pub.year or year < pub.year - _MAX_YEARS or (pub.year in votes and year != pub.year)):
        return None  # counts that disagree, a date after publication or decades before: no evidence
    if pub is None and not 1900 <= year <= date.today().year:
        return None
    if year < _max_past_year(text, stated, analysis.sentences):
        return None  # the text names a later year as past: it was written after `year`
    ref, event = _reference(article, year, pub, max(lines) if lines else None)
    strong = pub is not None and (pub.year - year >= 2 or bool(lines))
    return Anchor(article.id, ref.isoformat(), year, event.isoformat(), "text", evidence[year], strong)


def _old_days(times: list[TimeExpr], pub: date | None) -> bool:
    if pub is None:
        return False
    before = (pub - timedelta(days=MIN_GAP_DAYS)).isoformat()
    return any(t.grain == "day" and t.value < before for t in times)


def _expr_of(times: list[TimeExpr], d: date) -> str:
    return next((t.text for t in times if t.value == d.isoformat()), d.isoformat())


def _moved(anchor: Anchor, pub: date | None) -> bool:
    return pub is None or (pub - date.fromisoformat(anchor.reference)).days >= MIN_GAP_DAYS


def _own_anchor(article: Article, analysis: Analysis) -> Anchor | None:
    found = text_anchor(article, analysis)
    pub = _pub(article)
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
            found = _undated_days(article.text or "", article.lang)
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
    pub = _pub(article)
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
    ref, event = _reference(article, year, pub, date.fromisoformat(first.reference))
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
    pub = _pub(article)
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
            deictic = bool(_DEICTIC.fullmatch(t.text))  # "hari ini" moves with any anchor: says little
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
