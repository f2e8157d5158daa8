"""Temporal expressions, Indonesian and English, resolved against the publication date.

The timeline and the staleness flag need every date an article mentions as a calendar value: "Senin"
and "bulan lalu" mean nothing until the publication date anchors them, and "15 Agustus" needs a year.
Resolution rules, chosen for news, which reports what has just happened:

- A weekday is the nearest one on or before the publication date ("Rabu" in an article of Wednesday is
  that day); "depan"/"mendatang"/"next" move it forward, "lalu"/"kemarin"/"last" strictly back, and a
  date beside it ("Jumat (13/6)", "Rabu (18/6/2025)") wins over the rule.
- A day and month without a year ("15 Agustus", "29 Juli") take the latest occurrence on or before the
  publication date, unless that lies more than ten months back (news gives last year's dates their
  year, so "22 Juni" in an article of 18 June is the coming one); "lalu" keeps the past one,
  "mendatang"/"depan" take the next one, a future word in the sentence ("akan", "dijadwalkan", "will")
  the nearer one, and the end of a range lends its year ("5 Juni hingga 31 Juli 2025"). So an article
  of 2024-12-22 that reports "15 Agustus" gets 2024-08-15 — which is what lets a later stage see that
  the events happened in 2022 and the article is a republication. Months, quarters and halves without
  a year follow the same rules.
- "awal", "akhir", "pertengahan", "early", "late", "mid-" keep the period as value and set `approx`.
- Without a publication date, relative expressions are skipped and absolute ones kept; a day and month
  without a year is then written "--08-15" and a month "--08" (ISO 8601 forms with the year left out),
  a weekday beside "(13/6)" likewise.

Values are ISO 8601: "2022-08-15" (grain day), "2024-W51" (week), "2022-08" (month), "2025-Q1"
(quarter), "2025-H2" (grain "half": a semester), "2019" (year). Spans leave out a leading preposition
("pada", "sejak", "in", "on") but keep the words that carry meaning ("hari Senin", "tahun 2017").

One regular expression finds the words that can open an expression (digits, month and weekday names,
"bulan", "kemarin", …); only there are the rules for that word tried, each a regular expression
anchored at the word and a small resolver. That keeps a 1,800-character article near 0.15 ms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from gugus.analyze.numbers import (
    EN_NUMBER_WORDS,
    EN_NUMBER_WORDS_RX,
    ID_NUMBER_WORDS,
    ID_NUMBER_WORDS_RX,
    grouped_alternation,
    is_label,
    words_value,
)
from gugus.lang import en
from gugus.lang import id as indonesian
from gugus.model import TimeExpr

MONTHS: dict[str, int] = {**en.MONTHS, **indonesian.MONTHS}

# The day numbers of the weekday names in `gugus.lang` (which lists the names but not their order).
WEEKDAY_NUMBERS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_S = r"[^\S\n]+"  # space inside an expression, never a line break
_S0 = r"[^\S\n]*"


def _alt(words: object, caps: bool = False) -> str:
    """Regex alternation, longest first; `caps` accepts "Agustus" and "AGUSTUS" but not "agustus"."""
    forms: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        forms |= {w[:1].upper() + w[1:], w.upper()} if caps else {w}
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


def _full_names(months: dict[str, int]) -> set[str]:
    longest: dict[int, int] = {}
    for name, n in months.items():
        longest[n] = max(longest.get(n, 0), len(name))
    return {name for name, n in months.items() if len(name) == longest[n]}


_MON = _alt(MONTHS, caps=True)  # any month name, abbreviations too: beside a day or a year
_FULL = frozenset(n.casefold() for n in _full_names(en.MONTHS) | _full_names(indonesian.MONTHS))
_MON_FULL = _alt(_full_names(en.MONTHS) | _full_names(indonesian.MONTHS), caps=True)  # a month alone
_WD_ID = _alt(indonesian.WEEKDAYS & WEEKDAY_NUMBERS.keys())
_WD_EN = _alt(en.WEEKDAYS & WEEKDAY_NUMBERS.keys(), caps=True)  # "Monday", not the "sun" of "Sun"

_MOD_ID = "awal|akhir|pertengahan|medio|penghujung|pengujung|permulaan"
_MOD_EN = "early|late|mid|the end of|the start of|the beginning of|the middle of|end of|start of|beginning of"
_PREP_ID = (
    "pada|sejak|hingga|sampai|mulai|per|selama|sepanjang|periode|jelang|menjelang|sebelum|setelah|sesudah|"
    "usai|dari|antara|di|sekitar|tanggal"
)
_PREP_EN = "in|since|until|till|by|from|during|before|after|through|to"
_PAST = frozenset({"lalu", "kemarin", "silam", "last", "past"})
_FUTURE = frozenset({"depan", "mendatang", "nanti", "next", "coming"})
_FUTURE_CUE = re.compile(
    r"\b(?:akan|bakal|dijadwalkan|rencananya|direncanakan|ditargetkan|hendak|nanti|mendatang|"
    r"will|scheduled|upcoming|plans?\s+to|expected\s+to|due\s+to)\b",
    re.IGNORECASE,
)
# A date named without its year is the latest one on or before publication, unless that lies more than
# about ten months back: news names last year's dates with their year, so "22 Juni" in an article of
# 18 June 2025 is the coming one.
_RECENT_DAYS = 305
_RECENT_MONTHS = 10
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORDINAL = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip


def _rules(lang: str) -> list[tuple[str, str]]:
    """(name, pattern) in priority order: at one position the first rule that matches and resolves wins.

    Each pattern starts at the first word of its expression; prepositions before it ("pada", "sejak",
    "in") are looked up backwards by the resolvers that need them, so that no pattern has to be tried at
    every "di" and "pada" of a text.
    """
    ind, eng = lang in ("id", "any"), lang in ("en", "any")
    mods = "|".join(m for m, on in ((_MOD_ID, ind), (_MOD_EN, eng)) if on)
    wd = "|".join(w for w, on in ((_WD_ID, ind), (_WD_EN, eng)) if on)
    nwords = "|".join(w for w, on in ((ID_NUMBER_WORDS_RX, ind), (EN_NUMBER_WORDS_RX, eng)) if on)
    vague = "|".join(w for w, on in (("beberapa", ind), (rf"a{_S}few|several|an|a", eng)) if on)
    mod = rf"(?i:{mods})(?:{_S}|-)"
    last = rf"(?:(?P<wd_last>(?i:last|next|this)){_S})?" if eng else "(?P<wd_last>(?!))?"
    id_days = rf"kemarin{_S}lusa|kemarin|besok|esok{_S}hari|esok|lusa"
    days = "|".join(w for w, on in ((id_days, ind), ("yesterday|today|tomorrow|tonight", eng)) if on)
    return [
        # 18/6/2025, 18-06-2025, 2025-06-18
        (
            "numdate",
            r"(?<![0-9/.,-])(?:(?P<nd_d>[0-9]{1,2})(?P<nd_sep>[/.-])(?P<nd_m>[0-9]{1,2})(?P=nd_sep)"
            r"(?P<nd_y>[0-9]{4})|(?P<iso_y>[0-9]{4})-(?P<iso_m>[0-9]{2})-(?P<iso_d>[0-9]{2}))"
            r"(?![0-9]|[/.,-][0-9])",
        ),
        # (awal) pekan ini, bulan lalu, tahun depan; last week, earlier this month
        (
            "relperiod",
            rf"(?:(?P<rp_mod>(?i:{mods}|earlier|later))(?:{_S}|-))?"
            rf"(?P<rp_unit>(?i:hari|pekan|minggu|bulan|tahun|kuartal|triwulan|semester))"
            rf"{_S}(?P<rp_dir>(?i:lalu|kemarin|depan|mendatang|ini))\b"
            rf"|(?:(?P<rp_mod2>(?i:earlier|later|early|late)){_S})?(?P<rp_dir2>(?i:last|next|this))"
            rf"{_S}(?P<rp_unit2>(?i:week|month|year|quarter))\b",
        ),
        # (hari) Senin (malam) (13/6) | , 15 Agustus 2022 | lalu | pekan depan …
        (
            "wd",
            rf"{last}(?:(?P<wd_hari>(?i:hari)){_S})?(?P<wd>(?i:{wd}))\b"
            rf"(?:{_S}(?i:pagi|siang|sore|petang|malam|dini{_S}hari|morning|afternoon|evening|night)\b)?"
            rf"(?:{_S0}\({_S0}(?P<wd_d>[0-9]{{1,2}}){_S0}[/.-]{_S0}(?P<wd_m>[0-9]{{1,2}})"
            rf"(?:{_S0}[/.-]{_S0}(?P<wd_y>[0-9]{{4}}|[0-9]{{2}}))?{_S0}\)"
            rf"(?:{_S}(?i:pagi|siang|sore|malam|dini{_S}hari|kemarin|lalu)\b)?"
            rf"|(?:,{_S0}|{_S})(?:(?i:tanggal|tgl\.?){_S})?(?P<wd_dd>[0-9]{{1,2}}){_S}(?P<wd_mon>{_MON})\b\.?"
            rf"(?:,?{_S}(?P<wd_yy>[0-9]{{4}}))?(?![0-9])"
            rf"|(?:,{_S0}|{_S})(?P<wd_mon2>{_MON})\b\.?{_S}(?P<wd_dd2>[0-9]{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?{_S}(?P<wd_yy2>[0-9]{{4}}))?(?![0-9])"
            rf"|{_S}(?P<wd_rel>(?i:(?:pekan|minggu){_S}(?:lalu|depan|ini)|lalu|kemarin|depan|mendatang|ini))\b"
            rf")?",
        ),
        # 15 Agustus (2022) (mendatang), 15-16 Agustus, 15 August 2022
        (
            "dm",
            rf"(?<![0-9.,/-])(?P<dm_d>[0-9]{{1,2}})(?:st|nd|rd|th)?"
            rf"(?P<dm_range>(?:{_S0}[-–&]|{_S}(?i:dan|hingga|sampai|s\.?d\.?|and|to|until))"
            rf"{_S0}[0-9]{{1,2}}(?:st|nd|rd|th)?)?{_S}(?:of{_S})?(?P<dm_mon>{_MON})\b\.?"
            rf"(?:,?{_S}(?P<dm_y>[0-9]{{4}})(?![0-9]))?(?:{_S}(?P<dm_rel>(?i:lalu|mendatang|depan|ini|nanti))\b)?",
        ),
        # Desember 22, 2024; Aug. 15; August 15, 2022
        (
            "md",
            rf"(?P<md_mon>{_MON})\b\.?{_S}(?P<md_d>[0-9]{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?{_S}(?P<md_y>[0-9]{{4}}))?(?![0-9]|[.,:][0-9])",
        ),
        # (awal) (bulan) Agustus 2022
        (
            "my",
            rf"(?:(?P<my_mod>{mod}))?(?:(?i:bulan){_S})?(?P<my_mon>{_MON})\b\.?,?{_S}"
            rf"(?P<my_y>[0-9]{{4}})(?![0-9]|[.,:/-][0-9])(?:{_S}(?i:lalu|silam|mendatang)\b)?",
        ),
        # Juli lalu, Februari mendatang; last August, next June
        (
            "mrel",
            rf"(?:(?P<mr_mod>{mod}))?(?:(?i:bulan){_S})?(?P<mr_mon>{_MON_FULL})\b"
            rf"{_S}(?P<mr_rel>(?i:lalu|kemarin|mendatang|depan|ini|nanti))\b"
            rf"|(?P<mr_rel2>(?i:last|next|this))(?:{_S}(?i:coming))?{_S}(?P<mr_mon2>{_MON_FULL})\b",
        ),
        # (pada) (bulan) Juli, awal Juni, (in) May: a month alone needs a cue
        (
            "mcue",
            rf"(?:(?P<mc_mod>{mod}))?(?:(?P<mc_bulan>(?i:bulan)){_S})?(?P<mc_mon>{_MON_FULL})\b(?!{_S0}[0-9])",
        ),
        # kuartal I 2025, triwulan II, Q1 2025, the first quarter of 2025
        (
            "quarter",
            rf"(?i:kuartal|kwartal|triwulan)(?:{_S}|-)(?P<q>IV|III|II|I|[1-4]|(?i:pertama|kedua|ketiga|keempat))\b"
            rf"(?:{_S0}[-/]?{_S0}(?:(?i:tahun){_S})?(?P<q_y>[0-9]{{4}})(?![0-9]))?"
            rf"|Q(?P<q2>[1-4]){_S0}[-/]?{_S0}(?P<q2_y>[0-9]{{4}})(?![0-9])|Q(?P<q3>[1-4])\b"
            rf"|(?:(?i:the){_S})?(?P<q4>(?i:first|second|third|fourth|1st|2nd|3rd|4th)){_S}(?i:quarter)"
            rf"{_S}(?:(?i:of){_S})?(?P<q4_y>[0-9]{{4}})(?![0-9])",
        ),
        # semester II 2025, the first half of 2025, H1 2025
        (
            "half",
            rf"(?i:semester)(?:{_S}|-)(?P<h>II|I|[12]|(?i:pertama|kedua))\b"
            rf"(?:{_S0}[-/]?{_S0}(?:(?i:tahun){_S})?(?P<h_y>[0-9]{{4}})(?![0-9]))?"
            rf"|(?:(?i:the){_S})?(?P<h2>(?i:first|second)){_S}(?i:half){_S}(?:(?i:of){_S})?"
            rf"(?P<h2_y>[0-9]{{4}})(?![0-9])|H(?P<h3>[12]){_S0}[-/]?{_S0}(?P<h3_y>[0-9]{{4}})(?![0-9])",
        ),
        # (awal) (tahun) 2019 (lalu), (pada) 2019, (sejak) 2014, mid-2024, (in) 2017
        (
            "year",
            rf"(?:(?P<y_mod>{mod}))?(?:(?P<y_tahun>(?i:tahun|year)){_S})?(?<![0-9.,/])(?<![0-9]-)"
            rf"(?P<y>1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?P<y_an>-an)?(?![0-9]|[.,:/][0-9]|-[0-9]{{1,2}}\b|{_S0}%)"
            rf"(?:{_S}(?P<y_rel>(?i:lalu|silam|mendatang|kemarin))\b)?",
        ),
        # dua hari lalu, 3 bulan yang lalu, setahun lalu, two days ago
        (
            "relnum",
            rf"(?:(?<![0-9.,])(?P<rn_n>[0-9]{{1,4}}|{nwords}|(?i:{vague}))"
            rf"{_S}(?P<rn_unit>(?i:hari|pekan|minggu|bulan|tahun|dekade|days?|weeks?|months?|years?|decades?))"
            rf"|(?P<rn_se>(?i:se(?:hari|pekan|minggu|bulan|tahun|dekade))))\b"
            rf"{_S}(?:(?i:yang){_S})?(?P<rn_dir>(?i:lalu|silam|lagi|mendatang|kemudian|ago|from{_S}now|later))\b",
        ),
        # kemarin, besok, lusa, pagi ini (hari ini: relperiod); yesterday, today, tomorrow
        (
            "dayword",
            rf"(?P<dw>(?i:{days}))\b(?:{_S}(?i:pagi|siang|sore|malam|morning|afternoon|evening|night)\b)?"
            + (rf"|(?P<dw_tod>(?i:pagi|siang|sore|malam)){_S}(?i:ini)\b" if ind else ""),
        ),
    ]


def _triggers(lang: str) -> dict[str, tuple[str, ...]]:
    """The rules worth trying at a word, by its case-folded form: the scan looks up each word, and only
    the few that can open an expression cost a regular-expression match."""
    ind, eng = lang in ("id", "any"), lang in ("en", "any")
    table: dict[str, set[str]] = {}

    def add(words: object, *rules: str) -> None:
        for w in words:  # type: ignore[attr-defined]
            table.setdefault(w.casefold(), set()).update(rules)

    add(MONTHS, "md", "my", "mrel", "mcue")
    add((w.split("'")[0] for w in WEEKDAY_NUMBERS), "wd")
    if ind:
        add(_MOD_ID.split("|"), "relperiod", "my", "mrel", "mcue", "year")
        add(["bulan"], "relperiod", "my", "mrel", "mcue")
        add(["tahun"], "relperiod", "year")
        add(["hari"], "relperiod", "wd")
        add(["pekan", "minggu"], "relperiod")
        add(["kuartal", "kwartal", "triwulan"], "quarter", "relperiod")
        add(["semester"], "half", "relperiod")
        add(["kemarin", "besok", "esok", "lusa", "pagi", "siang", "sore", "malam"], "dayword")
        add(list(ID_NUMBER_WORDS) + ["beberapa"], "relnum")
        add([f"se{u}" for u in ("hari", "pekan", "minggu", "bulan", "tahun", "dekade")], "relnum")
    if eng:
        add(["early", "late", "mid", "earlier", "later"], "relperiod", "my", "mcue", "year")
        add(["the", "end", "start", "beginning"], "my", "mcue", "year", "quarter", "half")
        add(["last", "next", "this"], "relperiod", "wd", "mrel")
        add(["year"], "year")
        add(["first", "second", "third", "fourth"], "quarter", "half")
        add(["q"], "quarter")
        add(["h"], "half")
        add(["yesterday", "today", "tomorrow", "tonight"], "dayword")
        add(list(EN_NUMBER_WORDS) + ["a", "an", "several"], "relnum")
    order = [name for name, _ in _rules(lang)]
    return {w: tuple(r for r in order if r in rules) for w, rules in table.items()}


_Found = tuple[int, int, str, str, bool]  # start, end, value, grain, approx
_CONSUMED = (-1, -1, "", "", False)  # matched, means nothing that can be resolved: skip it whole
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")
_DIGIT_RULES = ("numdate", "dm", "quarter", "year", "relnum")


class _Scanner:
    """Finds the words that can open an expression, then tries the rules each of them can open."""

    def __init__(self, lang: str) -> None:
        self.rules = {name: re.compile(pattern) for name, pattern in _rules(lang)}
        self.triggers = _triggers(lang)
        words = grouped_alternation(self.triggers)
        self.trigger_rx = re.compile(rf"(?<![^\W\d_])(?:[0-9]+|(?:{words})(?![^\W\d_]))")
        self.digits = tuple(r for r in self.rules if r in _DIGIT_RULES)

    def scan(self, text: str, pub: date | None) -> list[TimeExpr]:
        out: list[TimeExpr] = []
        pos = 0
        for token in self.trigger_rx.finditer(text):
            at = token.start()
            if at < pos:
                continue
            word = token.group()
            names = self.digits if word[0] in "0123456789" else self.triggers.get(word.casefold(), ())
            for name in names:
                m = self.rules[name].match(text, at)
                if m is None:
                    continue
                try:
                    found = _RESOLVERS[name](m, text, pub)
                except (ValueError, OverflowError, KeyError):
                    found = None  # an impossible date such as "31 Juni"
                if found is None:
                    continue
                if found is _CONSUMED:
                    pos = m.end()
                else:
                    start, end, value, grain, approx = found
                    if text[end - 1] == "." and _TOKEN.findall(text, start, end)[-1].casefold() in _FULL:
                        end -= 1  # "22 Juni." ends the sentence; "Aug." is an abbreviation
                    out.append(TimeExpr(text[start:end], value, grain, start, end, approx))
                    pos = end
                break
        return out


_SCANNERS = {lang: _Scanner(lang) for lang in ("id", "en", "any")}


def _published(published: str | None) -> date | None:
    if not isinstance(published, str):
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def find_times(text: str, published: str | None, lang: str | None = "id") -> list[TimeExpr]:
    """Every temporal expression in `text`, in order, resolved against `published` (ISO date or datetime).

    `lang` "id" or "en" picks the words; any other value (or None) reads both. With `published` None,
    relative expressions are skipped and a day and month without year come out as "--MM-DD".
    """
    if not isinstance(text, str) or not text:
        return []
    return _SCANNERS[lang if lang in ("id", "en") else "any"].scan(text, _published(published))


# -- calendar helpers ----------------------------------------------------------------------------------------


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(d: date, k: int) -> tuple[int, int]:
    i = d.year * 12 + d.month - 1 + k
    return i // 12, i % 12 + 1


def _mode(rel: str | None, text: str, start: int, end: int) -> str:
    """How to choose the year of a date without one: past, future, this (year), nearest or recent."""
    rel = (rel or "").lower()
    if rel in _PAST:
        return "past"
    if rel in _FUTURE:
        return "future"
    if rel in ("ini", "this"):
        return "this"
    a = max(text.rfind(". ", max(0, start - 160), start), text.rfind("\n", max(0, start - 160), start))
    b = [i for i in (text.find(". ", end, end + 120), text.find("\n", end, end + 120)) if i >= 0]
    sentence = text[max(a, start - 160, 0) : min(b) if b else end + 120]
    return "nearest" if _FUTURE_CUE.search(sentence) else "recent"


def _day_in_year(pub: date, month: int, day: int, mode: str, weekday: int | None = None) -> date | None:
    """The occurrence of day/month that `mode` picks around `pub`; a matching weekday breaks ties."""
    cands = []
    for y in range(pub.year - 4, pub.year + 5):  # wide enough to find a 29 February
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if mode == "this":
        same = [d for d in cands if d.year == pub.year]
        return same[0] if same else None
    if mode in ("past", "recent"):
        past = [d for d in cands if d <= pub]
        if past and (mode == "past" or (pub - max(past)).days <= _RECENT_DAYS):
            return max(past)
        mode = "future"  # "HUT Jakarta 22 Juni" in an article of 18 June: this year's, not last year's
    if mode == "future":
        future = [d for d in cands if d >= pub]
        return min(future) if future else None
    if weekday is not None:
        near = [d for d in cands if d.weekday() == weekday and abs((d - pub).days) < 190]
        cands = near or cands
    return min(cands, key=lambda d: (abs((d - pub).days), d < pub))


def _period_year(pub: date, k: int, per_year: int, mode: str) -> int:
    """The year of the `k`-th month (12), quarter (4) or half (2) of a year, named without its year."""
    current = (pub.month - 1) * per_year // 12 + 1
    past = pub.year if k <= current else pub.year - 1
    future = pub.year if k >= current else pub.year + 1
    if mode == "past":
        return past
    behind = (pub.year - past) * per_year + current - k
    if mode == "recent":
        return past if behind * 12 <= _RECENT_MONTHS * per_year else future
    if mode == "future":
        return future
    if mode == "this":
        return pub.year
    ahead = (future - pub.year) * per_year + k - current
    return future if ahead < behind else past


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


_PREP_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<p>(?i:{_PREP_ID}|{_PREP_EN})){_S}$")
_PERIOD_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:dalam|selama|within|for|over|in){_S}$")


# "1853 sampai 1928", "2017-2024": a year that opens a range of years
_YEAR_AFTER = re.compile(
    rf"{_S0}(?:[-–]|{_S}(?i:hingga|sampai|dan|to|and|until){_S})(?:1[0-9]|20|21)[0-9]{{2}}\b"
)
_RANGE_END = re.compile(
    rf"{_S0}(?:[-–&]|{_S}(?i:hingga|sampai(?:{_S}dengan)?|s\.?d\.?|dan|to|until|and|through))"
    rf"{_S0}(?:[0-9]{{1,2}}{_S})?(?P<mon>{_MON})\b\.?,?{_S}(?P<y>[0-9]{{4}})(?![0-9])"
)


def _range_year(text: str, end: int, month: int) -> int | None:
    """The year of "5 Juni" in "5 Juni hingga 31 Juli 2025", from the end of the range."""
    m = _RANGE_END.match(text, end)
    if not m:
        return None
    year = int(m.group("y"))
    return year if month <= MONTHS[m.group("mon").lower()] else year - 1


def _prep_before(text: str, start: int) -> str | None:
    """The preposition right before `start` ("pada", "sejak", "in"), case-folded, or None."""
    m = _PREP_BEFORE.search(text, max(0, start - 14), start)
    return m.group("p").casefold() if m else None


# -- resolvers: match → (start, end, value, grain, approx), _CONSUMED, or None (no expression) -------------


def _numdate(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    if m.group("iso_y"):
        d = date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    else:
        a, b, y = int(m.group("nd_d")), int(m.group("nd_m")), int(m.group("nd_y"))
        day, month = (b, a) if b > 12 >= a else (a, b)  # day first unless only month first is a date
        d = date(y, month, day)
    if not 1000 <= d.year <= 2199:
        return None
    return m.start(), m.end(), d.isoformat(), "day", False


def _wd(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    name = m.group("wd")
    key = name.lower().replace("’", "'")
    if key not in WEEKDAY_NUMBERS:
        return None
    hari = m.group("wd_hari")
    if not hari and not name[:1].isupper():
        return None  # "minggu" in running text is a week; a weekday is written "Minggu" or "hari minggu"
    if key == "minggu" and not hari and not m.group("wd_d") and not m.group("wd_dd"):
        rel = (m.group("wd_rel") or "").lower()
        if rel in ("lalu", "depan", "ini", "kemarin", "mendatang"):
            return None  # "Minggu lalu" opening a sentence: last week (the relperiod rule reads it)
    weekday = WEEKDAY_NUMBERS[key]
    start = m.start("wd_last") if m.group("wd_last") else m.start("wd_hari") if hari else m.start("wd")
    end = m.end()
    if m.group("wd_d"):  # Jumat (13/6), Rabu (18/6/2025)
        day, month = int(m.group("wd_d")), int(m.group("wd_m"))
        if m.group("wd_y"):
            return start, end, date(_year(m.group("wd_y")), month, day).isoformat(), "day", False
        if pub is None:
            date(2000, month, day)  # a ValueError for an impossible day
            return start, end, f"--{month:02d}-{day:02d}", "day", False
        d = _day_in_year(pub, month, day, "nearest", weekday)
        return (start, end, d.isoformat(), "day", False) if d else None
    for dd, mon, yy in (("wd_dd", "wd_mon", "wd_yy"), ("wd_dd2", "wd_mon2", "wd_yy2")):
        if m.group(dd):  # Senin, 15 Agustus 2022; Monday, Aug. 15
            day, month = int(m.group(dd)), MONTHS[m.group(mon).lower()]
            if m.group(yy):
                return start, end, date(int(m.group(yy)), month, day).isoformat(), "day", False
            if pub is None:
                date(2000, month, day)
                return start, end, f"--{month:02d}-{day:02d}", "day", False
            d = _day_in_year(pub, month, day, "nearest", weekday)
            return (start, end, d.isoformat(), "day", False) if d else None
    if pub is None:
        return _CONSUMED
    rel = " ".join((m.group("wd_rel") or m.group("wd_last") or "").lower().split())
    back = (pub.weekday() - weekday) % 7
    monday = pub - timedelta(days=pub.weekday())
    if not rel:
        d = pub - timedelta(days=back)  # the nearest on or before the publication date
    elif rel in ("lalu", "kemarin", "last"):
        d = pub - timedelta(days=back or 7)  # strictly before
    elif rel in ("depan", "mendatang", "next"):
        d = pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)  # strictly after
    else:  # "Jumat ini", "Jumat pekan lalu", "Senin minggu depan": in this, the last or the next week
        shift = -7 if rel.endswith("lalu") else 7 if rel.endswith("depan") else 0
        d = monday + timedelta(days=weekday + shift)
    return start, end, d.isoformat(), "day", False


def _dm(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    day, month = int(m.group("dm_d")), MONTHS[m.group("dm_mon").lower()]
    approx = bool(m.group("dm_range"))  # "15-16 Agustus": the first day stands for the range
    year = int(m.group("dm_y")) if m.group("dm_y") else _range_year(text, m.end(), month)
    if year:
        return m.start(), m.end(), date(year, month, day).isoformat(), "day", approx
    if pub is None:
        date(2000, month, day)
        return m.start(), m.end(), f"--{month:02d}-{day:02d}", "day", approx
    d = _day_in_year(pub, month, day, _mode(m.group("dm_rel"), text, m.start(), m.end()))
    return (m.start(), m.end(), d.isoformat(), "day", approx) if d else None


def _md(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    day, month = int(m.group("md_d")), MONTHS[m.group("md_mon").lower()]
    if m.group("md_y"):
        return m.start(), m.end(), date(int(m.group("md_y")), month, day).isoformat(), "day", False
    if m.group("md_mon").lower() not in en.MONTHS:
        return None  # Indonesian writes the day first: "Juni 15 orang" is no date
    if pub is None:
        date(2000, month, day)
        return m.start(), m.end(), f"--{month:02d}-{day:02d}", "day", False
    d = _day_in_year(pub, month, day, _mode(None, text, m.start(), m.end()))
    return (m.start(), m.end(), d.isoformat(), "day", False) if d else None


def _my(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    month, year = MONTHS[m.group("my_mon").lower()], int(m.group("my_y"))
    return m.start(), m.end(), f"{year:04d}-{month:02d}", "month", bool(m.group("my_mod"))


def _month_alone(
    m: re.Match[str], pub: date | None, mon: str, rel: str | None, mod: str | None, span: tuple[int, int]
) -> _Found:
    month = MONTHS[mon.lower()]
    year = _range_year(m.string, span[1], month)
    if year:
        return span[0], span[1], f"{year:04d}-{month:02d}", "month", bool(mod)
    if pub is None:
        return span[0], span[1], f"--{month:02d}", "month", bool(mod)
    year = _period_year(pub, month, 12, _mode(rel, m.string, span[0], span[1]))
    return span[0], span[1], f"{year:04d}-{month:02d}", "month", bool(mod)


def _mrel(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    if m.group("mr_mon2"):
        return _month_alone(m, pub, m.group("mr_mon2"), m.group("mr_rel2"), None, m.span())
    return _month_alone(m, pub, m.group("mr_mon"), m.group("mr_rel"), m.group("mr_mod"), m.span())


def _mcue(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    mod, bulan, mon = m.group("mc_mod"), m.group("mc_bulan"), m.group("mc_mon")
    prep = None if mod or bulan else _prep_before(text, m.start())
    if not (mod or bulan or prep or _RANGE_END.match(text, m.end())):
        return None  # "Juni" alone may be a name, "May" alone a verb
    if mon.lower() == "may" and prep not in (None, "in", "since", "until", "by", "during", "through"):
        return None
    return _month_alone(m, pub, mon, None, mod, m.span())


def _quarter(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    raw = m.group("q") or m.group("q2") or m.group("q3") or m.group("q4")
    q = _ROMAN.get(raw) or _ORDINAL.get(raw.lower())
    if q is None:
        return None
    y = m.group("q_y") or m.group("q2_y") or m.group("q4_y")
    if y:
        return m.start(), m.end(), f"{y}-Q{q}", "quarter", False
    if pub is None:
        return _CONSUMED
    year = _period_year(pub, q, 4, _mode(None, text, m.start(), m.end()))
    return m.start(), m.end(), f"{year}-Q{q}", "quarter", False


def _half(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    raw = m.group("h") or m.group("h2") or m.group("h3")
    h = _ROMAN.get(raw) or _ORDINAL.get(raw.lower())
    y = m.group("h_y") or m.group("h2_y") or m.group("h3_y")
    if h is None or h > 2:
        return None
    if y:
        return m.start(), m.end(), f"{y}-H{h}", "half", False
    if raw.isdigit() or pub is None:
        return None if raw.isdigit() else _CONSUMED  # "semester 2" of a student is no date
    year = _period_year(pub, h, 2, _mode(None, text, m.start(), m.end()))
    return m.start(), m.end(), f"{year}-H{h}", "half", False


def _year_expr(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    mod, tahun, rel = m.group("y_mod"), m.group("y_tahun"), m.group("y_rel")
    year = int(m.group("y"))
    if not (mod or tahun or rel or _prep_before(text, m.start()) or _YEAR_AFTER.match(text, m.end())):
        return None  # a bare four-digit number is a year only with a cue
    if year < 1800 and not tahun:
        return None  # "pada 1500 meter"
    return m.start(), m.end(), f"{year:04d}", "year", bool(mod or m.group("y_an"))


def _relnum(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    direction = " ".join(m.group("rn_dir").lower().split())
    n_raw = (m.group("rn_n") or "").lower()
    if direction in ("kemudian", "later") or n_raw in ("beberapa", "several") or n_raw.endswith("few"):
        return _CONSUMED  # relative to another event, or vague
    if direction in ("mendatang", "lagi", "from now") and _PERIOD_BEFORE.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return _CONSUMED  # "dalam lima tahun mendatang": a period, not a point
    if pub is None:
        return _CONSUMED
    if m.group("rn_se"):
        n, unit = 1, m.group("rn_se").lower()[2:]
    else:
        n = 1 if n_raw in ("a", "an") else int(n_raw) if n_raw.isdigit() else words_value(n_raw)
        unit = m.group("rn_unit").lower()
    if n is None or (n_raw.isdigit() and n < 10 and is_label(text, m.start())):
        return None  # "Liga 1 tahun lalu" is last year's Liga 1; "Korea 77 tahun yang lalu" is 1945
    sign = -1 if direction in ("lalu", "silam", "ago") else 1
    start = m.start("rn_n") if m.group("rn_n") else m.start("rn_se")
    unit = unit.rstrip("s") if unit.endswith(("days", "weeks", "months", "years", "decades")) else unit
    if unit in ("hari", "day"):
        return start, m.end(), (pub + timedelta(days=sign * n)).isoformat(), "day", False
    if unit in ("pekan", "minggu", "week"):
        return start, m.end(), _week(pub + timedelta(weeks=sign * n)), "week", False
    if unit in ("bulan", "month"):
        y, mo = _add_months(pub, sign * n)
        return start, m.end(), f"{y:04d}-{mo:02d}", "month", False
    if unit in ("tahun", "year"):
        return start, m.end(), f"{pub.year + sign * n:04d}", "year", False
    return start, m.end(), f"{pub.year + sign * 10 * n:04d}", "year", True  # decades


def _relperiod(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    unit = (m.group("rp_unit") or m.group("rp_unit2")).lower()
    direction = (m.group("rp_dir") or m.group("rp_dir2")).lower()
    mod = m.group("rp_mod") or m.group("rp_mod2")
    if unit == "hari" and direction != "ini":
        return None  # "hari lalu" is a fragment of "beberapa hari lalu"
    if unit == "minggu" and direction == "kemarin":
        return None
    if pub is None:
        return _CONSUMED
    shift = -1 if direction in ("lalu", "kemarin", "last") else 1 if direction in _FUTURE else 0
    approx = bool(mod)
    if unit == "hari":
        return m.start(), m.end(), pub.isoformat(), "day", approx
    if unit in ("pekan", "minggu", "week"):
        return m.start(), m.end(), _week(pub + timedelta(weeks=shift)), "week", approx
    if unit in ("bulan", "month"):
        y, mo = _add_months(pub, shift)
        return m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", approx
    if unit in ("kuartal", "triwulan", "quarter"):
        y, mo = _add_months(pub, 3 * shift)
        return m.start(), m.end(), f"{y:04d}-Q{(mo - 1) // 3 + 1}", "quarter", approx
    if unit == "semester":
        y, mo = _add_months(pub, 6 * shift)
        return m.start(), m.end(), f"{y:04d}-H{1 if mo <= 6 else 2}", "half", approx
    return m.start(), m.end(), f"{pub.year + shift:04d}", "year", approx


_DAY_OFFSETS = {
    "kemarin lusa": -2, "kemarin": -1, "besok": 1, "esok hari": 1, "esok": 1, "lusa": 2,
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
}  # fmt: skip


def _dayword(m: re.Match[str], text: str, pub: date | None) -> _Found | None:
    if pub is None:
        return _CONSUMED
    word = " ".join((m.group("dw") or "").lower().split())
    d = pub + timedelta(days=_DAY_OFFSETS.get(word, 0))
    return m.start(), m.end(), d.isoformat(), "day", False


_RESOLVERS: dict[str, Callable[[re.Match[str], str, date | None], _Found | None]] = {
    "numdate": _numdate,
    "wd": _wd,
    "dm": _dm,
    "md": _md,
    "my": _my,
    "mrel": _mrel,
    "mcue": _mcue,
    "quarter": _quarter,
    "half": _half,
    "year": _year_expr,
    "relnum": _relnum,
    "relperiod": _relperiod,
    "dayword": _dayword,
}
