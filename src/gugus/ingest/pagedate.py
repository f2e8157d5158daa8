"""The publication date of a page, as precisely as the page states it.

htmldate finds a date on almost any page but can lose the time and zone, or take a CMS field such as
detik's `publishdate` ("2025/06/19 14:05:33", no zone) over `article:published_time`
("2025-06-19T14:05:00+07:00"). Publishers' own structured fields come first here; where they give
no time, a short visible date line of the same day ("Kompas.com - 18/06/2025, 14:05 WIB") does.
"""

from __future__ import annotations

import json
import re

from lxml import html as lxml_html

from gugus.ingest.dates import parse_date

_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "date",
)
_HAS_TIME = re.compile(r"T\d{2}:\d{2}")
_HAS_ZONE = re.compile(r"([+-]\d{2}:\d{2}|Z)$")
_DIGIT_DATE = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\w{3,9}\s+\d{4}|\w{3,9}\s+\d{1,2},\s+\d{4}"
)
_MAX_LINE = 90


def _precision(iso: str) -> int:
    return (2 if _HAS_ZONE.search(iso) else 0) + (1 if _HAS_TIME.search(iso) else 0)


def _normalise(value: str) -> str | None:
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
        iso = value.replace("Z", "+00:00")
        return re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    return parse_date(value)


def structured_dates(tree) -> list[str]:
    """Dates from meta tags and JSON-LD, in the order of trust of `_META`."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META and meta.get("content") and key not in found:
            iso = _normalise(meta.get("content"))
            if iso:
                found[key] = iso
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                iso = _normalise(item["datePublished"])
                if iso:
                    found.setdefault("datepublished", iso)
    return [found[k] for k in _META if k in found]


def visible_dates(tree) -> list[str]:
    """Dates from short visible text nodes (date lines, bylines), in page order."""
    out = []
    for node in tree.xpath("//body//text()[normalize-space()]"):
        parent = node.getparent()
        if parent is not None and parent.tag in ("script", "style", "noscript"):
            continue
        line = str(node).strip()
        if len(line) <= _MAX_LINE and _DIGIT_DATE.search(line):
            iso = parse_date(line)
            if iso:
                out.append(iso)
    return out


def page_date(html: str, fallback: str | None) -> str | None:
    """The most precise publication date the page states, agreeing with `fallback`'s day if given."""
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return fallback
    candidates = structured_dates(tree)
    if candidates:
        best = max(candidates[:3], key=_precision)  # the first trusted fields, the most precise of them
        if _precision(best) >= 2 or not fallback:
            fallback = best if not fallback or _precision(best) >= _precision(fallback) else fallback
    if fallback and _precision(fallback) < 3:
        for iso in visible_dates(tree):
            if iso[:10] == fallback[:10] and _precision(iso) > _precision(fallback):
                return iso
    return fallback
