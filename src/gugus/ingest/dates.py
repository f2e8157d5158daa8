"""Publication dates as Indonesian and English news sites print them, turned into ISO 8601.

Sites print dates in a dozen shapes ("Kamis, 19 Juni 2025 14:05 WIB", "Kompas.com- 18/06/2025, 21:35
WIB", "Desember 22, 2024", "Jun 18, 2025 2:05 PM", AP's "Updated 10:42 AM EDT, June 18, 2025" with the
time first); `parse_date` reads one such expression wherever it sits in a short string, and
`find_date` finds the header line that carries one in a pasted article without mistaking a date in a
body sentence for the publication date. Numeric dates are read day first (Indonesian usage) unless only
month first makes sense. No dateutil: the shapes are few and known.
"""

from __future__ import annotations

import re
from datetime import date

from gugus.lang import en
from gugus.lang import id as indonesian

MONTHS: dict[str, int] = {**en.MONTHS, **indonesian.MONTHS}
TIMEZONES: dict[str, str] = {**en.TIMEZONES, **indonesian.TIMEZONES}
WEEKDAYS = en.WEEKDAYS | indonesian.WEEKDAYS
PUBLISHED_WORDS = indonesian.DATE_PUBLISHED_WORDS + en.DATE_PUBLISHED_WORDS
UPDATED_WORDS = indonesian.DATE_UPDATED_WORDS + en.DATE_UPDATED_WORDS

_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_ZONE = "|".join(sorted(TIMEZONES, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))

_ISO = re.compile(
    r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"
    r"(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d:])"
)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?[\s-]+({_MONTH})\b\.?,?[\s-]+(\d{{4}})(?!\d)", re.IGNORECASE
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_TIME = re.compile(
    r"[\s,|•·\-–—]*(?:(?:pukul|pkl\.?|jam|at|@)\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d])"
    rf"\s*(a\.?m\.?|p\.?m\.?)?\s*(?:({_ZONE})\b)?\s*([+-]\d{{1,2}}(?::?\d{{2}})?)?",
    re.IGNORECASE,
)
# A time printed before its date (AP: "Updated 10:42 AM EDT, June 18, 2025"), read only when none follows.
_TIME_BEFORE = re.compile(
    r"(?<![\d.,:])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d])"
    rf"\s*(a\.?m\.?|p\.?m\.?)?\s*(?:({_ZONE})\b)?\s*([+-]\d{{1,2}}(?::?\d{{2}})?)?"
    rf"[\s,|•·\-–—]*(?:(?:on|pada|{_WEEKDAY})\b\.?[\s,]*)*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_BYLINE_WORDS = frozenset({"by", "oleh", "penulis", "reporter", "jurnalis", "editor", "redaksi"})
_SKIP_WORDS = (
    WEEKDAYS
    | frozenset(z.casefold() for z in TIMEZONES)
    | frozenset(w for w in PUBLISHED_WORDS + UPDATED_WORDS if " " not in w)
    | {"pukul", "pkl", "at", "am", "pm", "on", "pada"}
)
_HEADER_MAX_CHARS = 120


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        n += 2000 if n < 70 else 1900
    return n


def _valid(y: int, m: int, d: int) -> bool:
    if not 1900 <= y <= 2100:
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _zone(name: str | None, offset: str | None) -> str:
    if offset:
        sign, digits = offset[0], offset[1:].replace(":", "")
        hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        return f"{sign}{hours:02d}:{minutes:02d}" if hours <= 14 and minutes < 60 else ""
    if name:
        return TIMEZONES.get(name.upper(), "")
    return ""


def _time(rest: str, before: str = "") -> str | None:
    """The "THH:MM:SS±zz:zz" suffix for a time written right after a date (or else right before it)."""
    m = _TIME.match(rest) if rest else None
    if m is None and before and any(c.isdigit() for c in before[-60:]):
        m = _TIME_BEFORE.search(before[-60:])
        if m and ":" not in m.group(0)[:6] and not (m.group(4) or m.group(5) or m.group(6)):
            m = None  # "No. 3.12, 18 Juni 2025": a dotted number before a date is a time only with a zone
    if not m:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    meridiem = (m.group(4) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"T{hour:02d}:{minute:02d}:{second:02d}{_zone(m.group(5), m.group(6))}"


def _match(s: str) -> tuple[int, int, int, int, str] | None:
    """The earliest date in `s`: (start, year, month, day, what follows it); `start` says what precedes it."""
    best: tuple[int, int, int, int, str] | None = None
    for rx in (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY):
        m = rx.search(s)
        if not m or (best and best[0] <= m.start()):
            continue
        if rx is _ISO:
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
            rest = ""
            if m.group(5):
                rest = f"{m.group(5)}:{m.group(6)}:{m.group(7) or '00'} {m.group(8) or ''}"
        elif rx is _NUMERIC:
            a, b, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
            d, mo = (b, a) if b > 12 >= a else (a, b)  # day first unless only month first is a date
            rest = s[m.end() :]
        elif rx is _DAY_MONTH:  # .get: IGNORECASE also matches look-alikes such as "ſep"
            d, mo, y = int(m.group(1)), MONTHS.get(m.group(2).lower(), 0), int(m.group(3))
            rest = s[m.end() :]
        else:
            mo, d, y = MONTHS.get(m.group(1).lower(), 0), int(m.group(2)), int(m.group(3))
            rest = s[m.end() :]
        if _valid(y, mo, d):
            best = (m.start(), y, mo, d, rest)
    return best


def parse_date(s: str) -> str | None:
    """One date expression as ISO 8601: "2024-12-22", or "2025-06-19T14:05:00+07:00" with a time.

    The date may be surrounded by a weekday, a label or an outlet name ("Diperbarui …", "Kompas.com-
    …"); a time without a zone gives a naive datetime. An impossible date gives None, never an error.
    """
    if not s or not isinstance(s, str):
        return None
    s = s[:300].replace("\xa0", " ")
    found = _match(s)
    if not found:
        return None
    start, y, mo, d, rest = found
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    time = _time(rest, s[:start])
    return day + time if time else day


def _date_span(line: str) -> tuple[int, int] | None:
    for rx in (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY):
        m = rx.search(line)
        if m:
            return m.span()
    return None


def _header_kind(line: str) -> str | None:
    """Kind of date line: "published", "updated" or "date"; None for a line that is no date header."""
    if len(line) > _HEADER_MAX_CHARS:
        return None
    folded = line.casefold().lstrip(" ,.-–—|:")
    for kind, words in (("updated", UPDATED_WORDS), ("published", PUBLISHED_WORDS)):
        if folded.startswith(words):
            return kind
    span = _date_span(line)
    if span is None:
        return None
    rest = line[: span[0]] + " " + line[span[1] :]
    words = [w for w in _WORD.findall(rest.casefold()) if w not in _SKIP_WORDS]
    if len(words) <= 2:
        return "date"
    if len(words) <= 5 and _BYLINE_WORDS.intersection(words):
        return "date"
    return None


def find_date(text: str, max_lines: int = 6) -> tuple[str | None, int | None]:
    """The publication date of a pasted article, from a date line among its first non-empty lines.

    Returns (ISO date, index into `text.splitlines()`) or (None, None). Only header-like lines count (a
    bare date, a "Diperbarui …"/"Published …" line, a byline with a date), so that "pada tahun 2017"
    or "29 Juli" in a body sentence is never taken for the publication date. A "published" line wins
    over an "updated" one.
    """
    found: list[tuple[str, str, int]] = []
    seen = 0
    for i, raw in enumerate(text.splitlines()):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > max_lines:
            break
        kind = _header_kind(line)
        if kind is None:
            continue
        iso = parse_date(line)
        if iso:
            found.append((kind, iso, i))
    if not found:
        return None, None
    for kind, iso, i in found:
        if kind == "published":
            return iso, i
    return found[0][1], found[0][2]
