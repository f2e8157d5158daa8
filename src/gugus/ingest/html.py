"""HTML pages to drafts: trafilatura for the main text and metadata, justext where it finds nothing."""

from __future__ import annotations

import logging
import re
import warnings
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from trafilatura.settings import use_config

from gugus.ingest.pagedate import page_date
from gugus.model import Draft

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signals do not work off the main thread
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_MIN_TEXT = 80  # shorter "articles" are navigation or error pages
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "figcaption",
    "dd",
    "dt",
}
_PROSE_WORDS = 10  # a line this long is a sentence, not a menu item or a headline
_DATELINE_ALONE = re.compile(r"^[\w.,' ()]{2,40}\s*[-–—]$")
_TZ = re.compile(r"([+-]\d{2})(\d{2})$")


class NoArticle(ValueError):
    """The page holds no article text (an index, a login page, an error page)."""


def _iso(date: str | None) -> str | None:
    """htmldate's %z gives +0700; ISO 8601 wants +07:00, and a midnight without zone is a bare date."""
    if not date:
        return None
    if date.endswith("T00:00:00"):
        return date[:10]
    return _TZ.sub(r"\1:\2", date)


def extract_page(html: str, *, url: str | None = None) -> dict[str, str | None]:
    """Main text and metadata of a page; raises NoArticle when neither extractor finds text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
            config=_CONFIG,
        )
    meta = {"title": None, "author": None, "date": None, "sitename": None, "hostname": None, "text": ""}
    if doc is not None:
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        meta.update({k: d.get(k) for k in ("title", "author", "date", "sitename", "hostname")})
        meta["text"] = d.get("text") or ""
    if len(meta["text"]) < _MIN_TEXT:
        meta["text"] = _justext(html)
    if len(meta["text"]) < _MIN_TEXT or not _is_prose(meta["text"]):
        raise NoArticle("no article text found on the page")
    meta["date"] = page_date(html, _iso(meta["date"]))
    title = (meta["title"] or "").strip()
    lines = meta["text"].split("\n")
    if title and lines and lines[0].strip() == title:  # trafilatura keeps the <h1> as the first line
        lines = lines[1:]
    if len(lines) > 1 and _DATELINE_ALONE.match(lines[0].strip()):  # "<strong>Jakarta</strong> -" + <p>
        lines = [f"{lines[0].strip()} {lines[1].lstrip()}", *lines[2:]]
    meta["text"] = "\n".join(lines).strip()
    return meta


def _is_prose(text: str) -> bool:
    """Sentences, not a list of links: an index or tag page extracts to many short lines."""
    lines = [line for line in text.split("\n") if line.strip()]
    prose = sum(len(line) for line in lines if len(line.split()) >= _PROSE_WORDS)
    return prose >= 0.4 * sum(len(line) for line in lines)


def _justext(html: str) -> str:
    import justext

    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("Indonesian"))
    except Exception:  # justext raises on markup lxml cannot parse: nothing found, not a crash
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content): blocks become lines, scripts vanish."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style|//noscript|//iframe|//object|//embed|//template"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCKS:
            parts.append("\n")

    walk(root)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def outlet_of(sitename: str | None, hostname: str | None, url: str | None) -> str | None:
    if sitename:
        return sitename.strip()
    host = hostname or (urlsplit(url).hostname if url else None)
    return host.removeprefix("www.") if host else None


def read_html(
    html: str, *, source_id: str, location: str, raw_sha256: str, url: str | None = None, kind: str = "html"
) -> Draft:
    meta = extract_page(html, url=url)
    return Draft(
        text=meta["text"] or "",
        source_id=source_id,
        kind=kind,
        location=location,
        raw_sha256=raw_sha256,
        title=meta["title"],
        outlet=outlet_of(meta["sitename"], meta["hostname"], url),
        url=url,
        published=meta["date"],
        author=meta["author"],
    )
