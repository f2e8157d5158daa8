"""RSS and Atom feeds: each entry an article. Hostile XML (entity expansion, external entities) is
refused before feedparser sees it."""

from __future__ import annotations

import contextlib
import email.utils
import re
import time
from collections.abc import Callable, Iterator
from datetime import datetime

import defusedxml.ElementTree as safe_xml
import feedparser
from defusedxml import DefusedXmlException

from gugus.ingest.html import fragment_text
from gugus.model import Draft, Reject

FULL_TEXT_CHARS = 600  # an entry with less than this and a link is a teaser: the page has the article

_TAGLINE = re.compile(r"\s+[-|–—:]\s+")

PageFetcher = Callable[[str], Draft | None]


class NotAFeed(ValueError):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def looks_like_feed(head: bytes) -> bool:
    h = head[:2048].lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def _check_xml(data: bytes) -> None:
    try:
        safe_xml.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise NotAFeed("unsafe-xml", f"refused: the XML declares entities ({type(exc).__name__})") from exc
    except safe_xml.ParseError as exc:
        raise NotAFeed("not-a-feed", f"not well-formed XML: {exc}") from exc


def _entry_date(entry) -> str | None:
    """The entry's date with the zone the feed wrote; feedparser's parsed form is shifted to UTC."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = (entry.get(raw_key) or "").strip()
        if not raw:
            continue
        with contextlib.suppress(TypeError, ValueError, IndexError):
            return email.utils.parsedate_to_datetime(raw).isoformat()  # RSS: RFC 822
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()  # Atom: RFC 3339
        if entry.get(parsed_key):
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", entry[parsed_key])
    return None


def feed_outlet(title: str | None) -> str | None:
    """The outlet from a channel title, without its tagline: "Kabar Nusa - Berita Terkini" → "Kabar Nusa"."""
    title = (title or "").strip()
    head = _TAGLINE.split(title, maxsplit=1)[0].strip()
    return (head if 0 < len(head.split()) <= 4 else title) or None


def read_feed(
    data: bytes,
    *,
    location: str,
    raw_sha256: str,
    fetch_page: PageFetcher | None = None,
    skip: Callable[[str], bool] | None = None,
) -> Iterator[Draft | Reject]:
    """Drafts for the entries of a feed; teaser entries are completed from their page when possible.

    `skip(link)` is asked about every entry with a link before its page is fetched; an entry it answers
    True for is left out (a poller's entries already stored: their pages are not fetched again)."""
    _check_xml(data)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        detail = "no entries" if not parsed.bozo else f"not a feed: {parsed.get('bozo_exception')}"
        raise NotAFeed("not-a-feed", detail)
    outlet = feed_outlet(parsed.feed.get("title"))
    fetch_ok = fetch_page is not None
    for n, entry in enumerate(parsed.entries):
        link = entry.get("link")
        if link and skip is not None and skip(link):
            continue
        where = f"{location}#entry={n}"
        content = entry.get("content") or []
        body = max((c.get("value", "") for c in content), key=len, default="")
        summary = entry.get("summary", "")
        text = fragment_text(body or summary)
        draft = Draft(
            text=text,
            source_id=entry.get("id") or link or where,
            kind="feed",
            location=where,
            raw_sha256=raw_sha256,
            title=(entry.get("title") or "").strip() or None,
            outlet=outlet,
            url=link,
            published=_entry_date(entry),
            author=entry.get("author"),
        )
        if len(text) < FULL_TEXT_CHARS and link:
            page = None
            if fetch_ok:
                try:
                    page = fetch_page(link)
                except Exception as exc:  # one unreachable page: keep the summary, skip the rest
                    fetch_ok = False
                    draft.extra["fetch_error"] = str(exc)
            if page is not None and len(page.text) > len(text):
                page.title = draft.title or page.title
                page.published = draft.published or page.published
                page.outlet = draft.outlet or page.outlet
                page.author = draft.author or page.author
                page.source_id = draft.source_id
                page.kind = "feed"
                draft = page
            else:
                draft.partial = True
        if not draft.text and not draft.title:
            yield Reject(where, "empty", "feed entry with neither title nor text", "feed")
            continue
        yield draft
