"""Wire credits, the dateline and the outlet named in an article's lead and tail.

A wire credit is what answers "who copied whom" at its cheapest: "SEOUL (AP) —", "Jakarta (ANTARA) -",
"Reuters berkontribusi pada laporan ini.", "dilansir dari Antara". Only phrases that credit an agency
count: a sentence that quotes "kantor berita Tass" or "Kantor Berita Pusat Korea Utara" as a source,
"Polisi Federal Australia (AFP)" or "antara lain" is no credit, so agency names are matched
case-sensitively and only inside a credit form. The dateline ("SEOUL, Korea Selatan (AP) —",
"JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "GARUT, WARTAPAGI -", "GARUT, Indonesia —") gives
the city and, for outlet forms, the outlet; a site's own prefix before it ("Media Sumatera, Online. ")
is chrome the caller should cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gugus.lang import en
from gugus.lang import id as indonesian

# Canonical agency name -> the spellings that credit it (matched case-sensitively).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "The Associated Press", "Associated Press"),
    "Reuters": ("Reuters", "REUTERS"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Antara": ("ANTARA News", "Antara News", "ANTARA", "Antara", "Antaranews"),
    "Xinhua": ("Xinhua", "XINHUA"),
    "Bernama": ("Bernama", "BERNAMA"),
    "Kyodo": ("Kyodo News", "Kyodo", "KYODO"),
    "Yonhap": ("Yonhap", "YONHAP"),
    "DPA": ("Deutsche Presse-Agentur", "DPA", "dpa"),
    "Anadolu": ("Anadolu Agency", "Anadolu", "ANADOLU"),
}
# Lower-case codes agencies sign with at the foot of an article: "rzn/yf (dpa, rtr)".
AGENCY_CODES = {
    "ap": "AP",
    "afp": "AFP",
    "dpa": "DPA",
    "rtr": "Reuters",
    "reuters": "Reuters",
    "ant": "Antara",
}

_NAME_TO_AGENCY = {name: canon for canon, names in AGENCIES.items() for name in names}
_AGENCY = "|".join(sorted(map(re.escape, _NAME_TO_AGENCY), key=len, reverse=True))


def _verbs(words: tuple[str, ...]) -> str:
    alts = []
    for w in sorted(words, key=len, reverse=True):
        alts.append(re.escape(w[:-1]) + r"\s*:" if w.endswith(":") else re.escape(w) + r"\b")
    return "|".join(alts)


_AGENCY_ANY = re.compile(f"(?:{_AGENCY})")  # no look-arounds: one fast scan, boundaries checked after
_CREDIT_BEFORE = re.compile(
    rf"(?:\b|(?<=[a-z]))(?i:{_verbs(indonesian.CREDIT_VERBS + en.CREDIT_VERBS)})\s*"
    r"(?:(?i:laporan|kantor berita|situs|media|the)(?:\s+[A-Z][a-z]+)?,?\s*)?"
    r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2},?\s(?:dan\s|and\s)?){0,3}$"  # "dilansir Al Arabiya dan AFP"
)
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\))\s*(?:\d{4}\s+)?$")
_CONTRIBUTED_AFTER = re.compile(rf"[^.\n]{{0,120}}?\b(?i:{_verbs(indonesian.CONTRIBUTED + en.CONTRIBUTED)})")
_REPORTING_BY = re.compile(r"\bReporting by\b[^\n]{0,300}?\b(?:Editing|Writing|[Cc]ompiled) by\b")  # Reuters
_TAIL_PAREN = re.compile(r"(?m)\(([^()\n]{2,40})\)[ \t]*$")

_CITY = r"(?:S[Tt]\.\s)?[A-Z][A-Za-z'’]*(?:[ -](?:[A-Z][A-Za-z'’]*|de|del|al|el))*"
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*(?:\.(?i:com|co|id|net|tv|news|org|my|sg)){1,2}(?![A-Za-z])"
_DASH = r"\s*[-–—]+"
_AGENCY_DATELINE = re.compile(
    rf"(?P<city>{_CITY})(?:,\s*(?P<region>[^,()\n]{{1,40}}?))?\s*\((?P<agency>[^()\n]{{2,40}})\){_DASH}"
)
_CITY_OUTLET = re.compile(rf"(?P<city>{_CITY}),\s*(?P<outlet>{_DOMAIN}){_DASH}")
_OUTLET_CITY = re.compile(
    rf"(?P<outlet>{_DOMAIN})\s*,\s*"
    r"(?P<city>(?:[A-Z]{2,}(?:[ ][A-Z]{2,})*|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*)(?:,?\s[A-Z]\.?[A-Z]\.?)?)"
    rf"(?:{_DASH}|(?=[A-Z\"“‘(]))"
)
# "GARUT, WARTAPAGI -", "KUNINGAN, SOROTJABAR -": a city and an outlet in capitals (an outlet not known by
# domain; a place, a weekday or an agency there is none); "GARUT, Indonesia —", "TRENTON, N.J. —": a city
# and its country or state, as English copy writes it. Both only where the line is a sentence, so that a
# headline such as "KPK, DPR - …" is not read as a dateline.
_CAPS = r"[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]*){0,3}"
_SENTENCE_AFTER = r"\s*(?=[A-Z0-9\"“‘(])(?=\S.{40,}[.!?\"”]$)"
_CITY_CAPS_OUTLET = re.compile(
    rf"(?P<city>{_CAPS}),\s*(?P<outlet>[A-Z][A-Z0-9]{{2,}}){_DASH}{_SENTENCE_AFTER}"
)
_REGION = r"(?:[A-Z][a-z]+\.?|[A-Z]\.(?:[A-Z]\.)+)(?:[ -][A-Z][a-z]+\.?){0,2}"  # "Indonesia", "Mo.", "N.J."
_CITY_REGION = re.compile(rf"(?P<city>{_CAPS}),\s*(?P<region>{_REGION}){_DASH}{_SENTENCE_AFTER}")
_OUTLET_ONLY = re.compile(rf"(?P<outlet>{_DOMAIN})(?:{_DASH}|\s*,)")
# Weak forms, tried on the first line only and only where it is a sentence (a headline is not):
# "JAKARTA– …" (okezone), "Jakarta - …" (detik), ", Jakarta - …" (liputan6 without its name).
_CAPS_CITY = re.compile(
    rf"(?P<city>[A-Z]{{3,}}(?:[ ][A-Z]{{2,}}){{0,2}}){_DASH}\s*(?=[A-Z\"“]|\s)(?=\S.{{40,}}[.!?\"”]$)"
)
_TITLE_CITY = re.compile(
    r",?\s*(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s[-–—]+\s?(?=[A-Z\"“])(?=.{60,}[.!?\"”]$)"
)
_ONLINE_CHROME = re.compile(r"(?P<outlet>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}),?\s+(?i:online)\.\s*")
_CHROME_BEFORE = re.compile(r"[^\n]{2,60}?[a-z0-9][.:|]\s+$")
_CHROME_TAIL = re.compile(r",?\s*(?i:online)?[.:|]?\s*$")  # "Media Sumatera, Online. " -> "Media Sumatera"
_PAREN_SPLIT = re.compile(r"\s*[/,;]\s*|\s+-\s+")
_CODE = re.compile(r"[a-z]{2,4}")
_CITY_PART = re.compile(r"[^\s-]+")  # only the first letter of each space- or hyphen-separated part
_LEAD_LINES = 6
NOT_DATELINES = indonesian.NOT_DATELINES | en.NOT_DATELINES
NOT_OUTLETS = indonesian.PLACE_WORDS | en.PLACE_WORDS | indonesian.WEEKDAYS | en.WEEKDAYS


@dataclass
class Credits:
    """What an article's lead and tail say about where it came from."""

    wire: list[str] = field(default_factory=list)  # canonical agency names, in order of appearance
    dateline: str | None = None  # the dateline city, title-cased: "Seoul"
    outlet: str | None = None  # an outlet the lead names: "Kompas", "Media Sumatera"
    lead_chrome: str | None = None  # a site prefix to cut from the text: "Media Sumatera, Online. "
    dateline_text: str | None = None  # the dateline as written, for callers that strip it from a title


def _agencies_in(inner: str, codes: bool = False) -> list[str] | None:
    """The agencies a parenthesis names ("ANTARA/Xinhua", "dpa, kna"), or None if it names others."""
    found: list[str] = []
    unknown = 0
    for token in _PAREN_SPLIT.split(inner.strip()):
        name = _NAME_TO_AGENCY.get(token) or (AGENCY_CODES.get(token) if codes else None)
        if name:
            found.append(name)
        elif not (codes and _CODE.fullmatch(token)):
            unknown += 1
    return found if found and not unknown else None


def outlet_name(domain: str) -> str:
    """A readable outlet name from a domain as leads print it: "KOMPAS.com" -> "Kompas"."""
    stem = domain.split(".")[0]
    if stem.isupper() or stem.islower():
        return stem[:1].upper() + stem[1:].lower()
    return stem


def _city(raw: str) -> str:
    """The city as a name: "NUKU'ALOFA" -> "Nuku'alofa", "BANDAR LAMPUNG" -> "Bandar Lampung"."""
    raw = raw.strip()
    if not raw.isupper():
        return raw
    return _CITY_PART.sub(lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), raw)


def _lead(text: str, out: Credits) -> list[tuple[int, str]]:
    """Fill the dateline, outlet and chrome from the first lines; return wire credits found there."""
    wires: list[tuple[int, str]] = []
    seen = 0
    for line in text[:20_000].splitlines():
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _LEAD_LINES:
            break
        head = line[:300]
        m = _ONLINE_CHROME.match(head) if seen == 1 else None
        if m:
            out.lead_chrome = m.group(0)
            out.outlet = m.group("outlet")
            head = head[m.end() :]
        for m in _AGENCY_DATELINE.finditer(head) if "(" in head else ():
            before = head[: m.start()]
            if before and not _CHROME_BEFORE.fullmatch(before):
                continue
            agencies = _agencies_in(m.group("agency"))
            if agencies is None:
                continue
            if before and out.lead_chrome is None:
                out.lead_chrome = before
                out.outlet = _CHROME_TAIL.sub("", before).strip() or None
            out.dateline, out.dateline_text = _city(m.group("city")), m.group(0)
            wires += [(0, a) for a in agencies]
            return wires
        m = _CITY_OUTLET.match(head) or _OUTLET_CITY.match(head)
        if m and m.group("city").casefold() not in NOT_DATELINES:
            out.outlet = out.outlet or outlet_name(m.group("outlet"))
            out.dateline, out.dateline_text = _city(m.group("city")), m.group(0)
            return wires
        m2 = _CITY_CAPS_OUTLET.match(line) or _CITY_REGION.match(line)
        if m2 and m2.group("city").casefold() not in NOT_DATELINES:
            word = m2.groupdict().get("outlet")
            if word in _NAME_TO_AGENCY:  # "PARIS, AFP -": a wire credit, not an outlet
                wires.append((0, _NAME_TO_AGENCY[word]))
            elif word and word.casefold() not in NOT_OUTLETS:
                out.outlet = out.outlet or outlet_name(word)
            out.dateline, out.dateline_text = _city(m2.group("city")), m2.group(0)
            return wires
        m = m or _OUTLET_ONLY.match(head)
        if m:  # "KOMPAS.com- …" names the outlet but no city: a dateline may still follow
            out.outlet = out.outlet or outlet_name(m.group("outlet"))
            out.dateline_text = out.dateline_text or m.group(0)
            continue
        if seen == 1:
            m = _CAPS_CITY.match(line) or _TITLE_CITY.match(line)
            if m and m.group("city").casefold() not in NOT_DATELINES:
                out.dateline, out.dateline_text = _city(m.group("city")), m.group(0)
                return wires
    return wires


def _credited(text: str) -> list[tuple[int, str]]:
    """Agency names that a credit phrase governs: "dilansir dari Antara", "Reuters berkontribusi"."""
    found: list[tuple[int, str]] = []
    for m in _AGENCY_ANY.finditer(text):
        start, end = m.span()
        if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            continue
        before = text[max(0, start - 100) : start]
        if (
            _CREDIT_BEFORE.search(before)
            or _COPYRIGHT_BEFORE.search(before)
            or _CONTRIBUTED_AFTER.match(text, end, end + 160)
        ):
            found.append((start, _NAME_TO_AGENCY[m.group(0)]))
    return found


def find_credits(text: str) -> Credits:
    """Wire credits, dateline, outlet and lead chrome of an article text; never raises on any text."""
    out = Credits()
    if not text:
        return out
    found = _lead(text, out)
    found += _credited(text)
    found += [(m.start(), "Reuters") for m in _REPORTING_BY.finditer(text)]
    for m in _TAIL_PAREN.finditer(text):
        found += [(m.start(), a) for a in _agencies_in(m.group(1), codes=True) or ()]
    for _, name in sorted(found, key=lambda p: p[0]):
        if name not in out.wire:
            out.wire.append(name)
    return out
