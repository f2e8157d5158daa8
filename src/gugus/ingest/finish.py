"""A reader's draft becomes an article: chrome cleaned, joins repaired, metadata resolved, language set.

The same steps run whatever the source, so a pasted text, a page and a JSON line of the same story
come out alike; every decision that changed the text is noted on the article.
"""

from __future__ import annotations

import hashlib
import re
import time
from urllib.parse import urlsplit

from gugus.ingest.clean import clean_line, clean_text
from gugus.ingest.credits import find_credits
from gugus.ingest.dates import find_date, parse_date
from gugus.ingest.plaintext import first_sentence, parse_plaintext
from gugus.ingest.repair import repair_joins
from gugus.lang.detect import detect_languages, quick_detect
from gugus.model import Article, Draft
from gugus.store.keys import article_id

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


class Unusable(ValueError):
    reason = "empty"


def _published(value: str | None, notes: list[str]) -> str | None:
    if not value:
        return None
    value = value.strip()
    if _ISO.match(value):
        return value.replace(" ", "T", 1)
    parsed = parse_date(value)
    if parsed is None:
        notes.append(f"unreadable date dropped: {value[:60]!r}")
    return parsed


class _Clock:
    """Seconds per step, summed into a dict the benchmark passes; free when no dict is given."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter() if timings is not None else 0.0

    def lap(self, step: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[step] = self.timings.get(step, 0.0) + now - self.last
            self.last = now


def finish(draft: Draft, timings: dict[str, float] | None = None) -> Article:
    clock = _Clock(timings)
    notes: list[str] = []
    text = draft.text.replace("\r\n", "\n").replace("\r", "\n")
    title, section, outlet, author = draft.title, None, draft.outlet, draft.author
    published = _published(draft.published, notes)
    if draft.kind == "text":
        meta = parse_plaintext(text)
        text, notes = meta.body, notes + meta.notes
        title = title or meta.title
        section = meta.section
        outlet = outlet or meta.outlet
        author = author or meta.author
        published = published or meta.published
    text, removed = clean_text(text)
    notes += [f"removed chrome line: {line[:80]!r}" for line in removed]
    credits = find_credits(text)
    if credits.lead_chrome and text.startswith(credits.lead_chrome):
        text = text[len(credits.lead_chrome) :].lstrip()
        notes.append(f"removed lead chrome: {credits.lead_chrome.strip()!r}")
    if not published:
        found, _ = find_date(text)
        if found:
            published = found
            notes.append("date from a header line of the text")
    title = clean_line(title) or ""  # markup written in a title stays text: every view escapes it
    outlet, author, section = clean_line(outlet), clean_line(author), clean_line(section)
    if not text.strip() and not title:
        raise Unusable("no text and no title after cleaning")
    clock.lap("clean+metadata")
    lang_hint = draft.lang or quick_detect(f"{title}. {text[:600]}")
    clock.lap("language")
    text, repairs = repair_joins(text, lang_hint)
    clock.lap("repair")
    if not title:
        title = first_sentence(text.strip().split("\n", 1)[0])
        notes.append("title from the first sentence")
    lang, sentence_langs = detect_languages(text, title)
    lang = lang or draft.lang
    clock.lap("language")
    if draft.lang and lang and draft.lang != lang:
        notes.append(f"source says lang={draft.lang}, text reads as {lang}")
    partial = draft.partial
    if not text.strip():
        partial = True
        notes.append("no article text: only the title is known")
    url = draft.url
    if url and not url.lower().startswith(("http://", "https://")):
        notes.append(f"dropped a URL that is not http(s): {url[:40]!r}")
        url = None  # a javascript: or data: URL is never kept, so never shown or followed
    outlet = outlet or credits.outlet or _host(url)
    return Article(
        id=article_id(url, outlet, title, text),
        source_id=draft.source_id,
        title=title,
        text=text,
        outlet=outlet,
        url=url,
        published=published,
        lang=lang,
        dateline=credits.dateline,
        wire=list(credits.wire),
        author=author,
        section=section,
        partial=partial,
        kind=draft.kind,
        location=draft.location,
        raw_sha256=draft.raw_sha256,
        text_sha256=hashlib.sha256(text.encode()).hexdigest(),
        sentence_langs=sentence_langs,
        repairs=repairs,
        notes=notes,
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
