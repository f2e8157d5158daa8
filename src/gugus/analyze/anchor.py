"""The date an article's text was written from (its *anchor*), read from the text alone.

News reads "Senin", "Agustus" and "bulan lalu" against its publication date, which is wrong for a
republication: the seed dated 2024-12-22 reports a message sent on Monday 15 August 2022. The text
often says when it was written: "N tahun (yang) lalu" or "N tahun setelah Proklamasi … 1945" counted
from a year stated beside it or from a dated historic event named near it; "HUT ke-80 RI"; a weekday
with a full date in the lede ("Senin (15/8/2022)"); a weekday that does not fit the day and month in
the publication's year ("Selasa (17/8)" published in 2025, when 17 August was a Sunday). The analyze
stage places such an article on the story clock at its events; gugus.compare.staleness adds the
story's evidence and flags the republication.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from gugus.analyze.numbers import EN_NUMBER_WORDS_RX, ID_NUMBER_WORDS_RX, words_value
from gugus.analyze.temporal import WEEKDAY_NUMBERS, find_times
from gugus.model import Article, TimeExpr

if TYPE_CHECKING:
    from gugus.analyze.article import Analysis

MIN_GAP_DAYS = 180  # an anchor this far before publication makes a republication


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
    r"|\b(?P<n3>[0-9]{1,3})(?:st|nd|rd|th)\s+anniversary\b"
    r"|\b(?P<n4>[0-9]{1,3})\s+tahun\s+(?=(?:Indonesia\s+)?merdeka\b|kemerdekaan\b))"
)
# "76 tahun setelah Proklamasi … 1945": the article's own event counted forward from a base. Read only in
# the lede: further down the same words date the background ("dibangun 3 tahun setelah tsunami 2004").
_AFTER = re.compile(
    rf"(?i:(?<![0-9.,])(?P<n>{_NUM})[^\S\n]+(?:tahun|years?)[^\S\n]+(?:setelah|sesudah|sejak|usai|pasca|"
    r"after|since)\b)"
)
# What every _AFTER match contains, found without trying a number at each character (1 ms an article)
_AFTER_WORDS = re.compile(
    r"(?i:\b(?:tahun|years?)[^\S\n]+(?:setelah|sesudah|sejak|usai|pasca|after|since)\b)"
)
# A weekday with a day and month but no year, "Selasa (17/8)": the year in which that day falls on it.
_WEEKDAY_DAY = re.compile(r"(?i:(?:hari\s+)?(?P<wd>[a-z']+),?\s*\(?(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})\)?)")
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
DEICTIC = re.compile(r"(?i:hari ini|saat ini|kini|sekarang|today|tonight|now|pagi ini|malam ini)")
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


def _years_after(text: str, sentences: list[tuple[int, int]], stated: list[tuple[int, int, int]]):
    """(year of the article's event, evidence) from "N tahun setelah <a dated event>" in the lede."""
    lede_end = sentences[min(len(sentences), _LEDE + 1) - 1][1] if sentences else 600
    for m in _AFTER.finditer(text, 0, lede_end):
        n = _count(m.group("n"))
        if not n or n < 2:
            continue
        i = _sentence_of(sentences, m.start())
        end = sentences[i][1] if sentences else len(text)
        after = [y for s, _, y in stated if m.end() <= s < end]
        if after:
            base, label = after[0], str(after[0])
        else:
            found = next(((y, lab) for rx, y, lab in HISTORY if rx.search(text, m.end(), end)), None)
            if found is None:
                continue
            base, label = found[0], f"{found[0]} ({found[1]})"
        phrase = " ".join(text[m.start() : m.end()].split())
        yield base + n, f'"{phrase} … {label}" is {base + n}'


def _weekday_years(times: list[TimeExpr], pub: date) -> tuple[set[int], str] | None:
    """The years (up to `_MAX_YEARS` back) in which a weekday written with a day and month falls on that
    day, when it does not in the publication's year or the one before ("Selasa (17/8)" in 2025: 17
    August was a Tuesday in 2021, 2010, …). A confirmation, never evidence alone: a typo does this too."""
    for t in times:
        m = _WEEKDAY_DAY.fullmatch(t.text)
        if not m or m.group("wd").casefold() not in WEEKDAY_NUMBERS:
            continue
        wd, day, month = WEEKDAY_NUMBERS[m.group("wd").casefold()], int(m.group("d")), int(m.group("m"))
        fits = set()
        for year in range(pub.year - _MAX_YEARS, pub.year + 1):
            try:
                if date(year, month, day).weekday() == wd:
                    fits.add(year)
            except ValueError:
                break
        if fits and not fits & {pub.year, pub.year - 1}:
            return fits, t.text
    return None


def _anniversaries(text: str):
    for m in _ANNIVERSARY.finditer(text):
        n = int(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))
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


def published_date(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def undated_days(text: str, lang: str | None) -> list[tuple[TimeExpr, int, int]]:
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


def reference(
    article: Article, year: int, pub: date | None, fallback: date | None = None
) -> tuple[date, date]:
    """(reference, event date) in `year`: the latest date named without a year, then the day of the week
    after it that brings the weekdays named closest to it."""
    days = []
    for _, month, day in undated_days(article.text or "", article.lang):
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
    pub = published_date(article)
    counts = (
        _AGO.search(text) or _ANNIVERSARY.search(text) or (_AFTER_WORDS.search(text) and _AFTER.search(text))
    )
    if not counts and not _old_days(analysis.times, pub):
        return None  # no count of years and no dated day far back: nothing to anchor on (most news)
    stated = _stated_years(find_times(text, None, article.lang))
    votes: Counter[int] = Counter()
    evidence: dict[int, list[str]] = {}
    counted = [
        *_years_ago(text, analysis.sentences, stated),
        *_years_after(text, analysis.sentences, stated),
        *_anniversaries(text),
    ]
    for year, why in counted:
        votes[year] += 1
        evidence.setdefault(year, []).append(why)
    weekday = _weekday_years(analysis.times, pub) if pub and votes else None
    if weekday is not None:
        for year in set(votes) & weekday[0]:
            votes[year] += 1
            evidence[year].append(
                f'"{weekday[1]}": that weekday falls on that day in {year}, not in {pub.year}'
            )
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
    ref, event = reference(article, year, pub, max(lines) if lines else None)
    strong = pub is not None and (pub.year - year >= 2 or bool(lines))
    return Anchor(article.id, ref.isoformat(), year, event.isoformat(), "text", evidence[year], strong)


def _old_days(times: list[TimeExpr], pub: date | None) -> bool:
    if pub is None:
        return False
    before = (pub - timedelta(days=MIN_GAP_DAYS)).isoformat()
    return any(t.grain == "day" and t.value < before for t in times)


def _expr_of(times: list[TimeExpr], d: date) -> str:
    return next((t.text for t in times if t.value == d.isoformat()), d.isoformat())
