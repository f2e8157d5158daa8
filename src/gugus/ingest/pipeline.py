"""From inputs to articles: open each source, pick its reader, finish every draft.

Every failure becomes a `Reject` naming the input and the reason, and the loop goes on: one broken
file in a folder of a thousand does not stop the other 999.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from gugus.ingest.decode import DecodeError, decode, looks_binary
from gugus.ingest.feed import NotAFeed, looks_like_feed, read_feed
from gugus.ingest.finish import finish
from gugus.ingest.html import NoArticle, read_html
from gugus.ingest.jsonl import read_jsonl
from gugus.ingest.sources import Missing, Source, expand
from gugus.ingest.warc import iter_html_records
from gugus.model import Article, Draft, Reject
from gugus.parallel import imap_ordered
from gugus.store.keys import sha256

MAX_DOCUMENT = 20 * 2**20  # a single article, page or feed; JSON Lines and WARC are streamed instead

_JSONL = (".jsonl", ".ndjson", ".jl")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_FEED = (".rss", ".atom", ".xml")
_HTML = (".html", ".htm", ".xhtml", ".shtml")
_TEXT = (".txt", ".text", ".md", "")
_ARCHIVES = (".gz", ".zip", ".bz2", ".xz", ".7z", ".tar", ".tgz")

Item = tuple[Article, bytes | None, Any] | Reject  # (article, raw bytes to keep, what `prepare` made)
Progress = Callable[[int], None]


@dataclass
class IngestOptions:
    allow_private: bool = False  # let URL ingest reach loopback and private addresses
    fetch_links: bool = True  # complete teaser feed entries from their page
    timeout: float = 15.0
    max_document: int = MAX_DOCUMENT


def kind_of(path: str, head: bytes) -> str:
    """The reader for a file: by its name first, by its first bytes where the name says nothing."""
    name = path.lower()
    if name.endswith(_JSONL):
        return "jsonl"
    if name.endswith(_WARC):
        return "warc"
    if name.endswith(_ARCHIVES):
        return "archive"
    sniff = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(sniff):
        return "feed"
    if name.endswith(_HTML) or sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
        return "html"
    if name.endswith(_FEED):
        return "feed"
    if sniff.startswith(b"warc/"):
        return "warc"
    if sniff.startswith(b"{") and name.endswith(".json"):
        return "jsonl"
    return "text"


class Ingestor:
    """Turns inputs into (article, raw bytes to keep) pairs and rejects, in input order."""

    def __init__(
        self, options: IngestOptions | None = None, prepare: Callable[[Article], Any] | None = None
    ) -> None:
        """`prepare` is per-article work done where the article is finished — on the worker processes
        for JSON Lines — so it overlaps with storing (the engine analyses there); module level."""
        self.options = options or IngestOptions()
        self.prepare = prepare

    def run(self, inputs: list[str], progress: Progress | None = None) -> Iterator[Item]:
        for src in expand(inputs):
            if isinstance(src, Missing):
                yield Reject(src.location, "missing", src.detail)
                continue
            found = False
            try:
                for item in self._url(src) if src.is_url else self._file(src, progress):
                    found = True
                    yield item
            except Exception as exc:  # a reader bug must not stop the run: record it and go on
                found = True
                yield Reject(src.location, "error", f"{type(exc).__name__}: {exc}")
            if not found:  # an archive or feed with no article in it: say so rather than nothing
                yield Reject(src.location, "no-article", "nothing in it could be read as an article")
            if progress and not src.is_url:
                progress(0)

    # -- sources --------------------------------------------------------------------------------

    def _file(self, src: Source, progress: Progress | None) -> Iterator[Item]:
        path = Path(src.location)
        if src.size == 0:
            yield Reject(src.location, "empty", "the file is empty")
            return
        with path.open("rb") as fh:
            head = fh.read(8192)
        kind = kind_of(src.location, head)
        if kind == "jsonl":
            yield from self._jsonl(path, progress)
            return
        if kind == "warc":
            with path.open("rb") as fh:
                yield from self._warc(fh, src.location)
            if progress:
                progress(src.size)
            return
        if kind == "archive":
            yield Reject(src.location, "unsupported", "compressed archives are not read; unpack it first")
            return
        if src.size > self.options.max_document:
            yield Reject(
                src.location,
                "too-large",
                f"{src.size / 2**20:,.0f} MiB is over the {self.options.max_document / 2**20:,.0f} MiB "
                f"limit for one {kind} document",
                kind,
            )
            return
        if looks_binary(head):
            yield Reject(src.location, "binary", "binary content (NUL or control bytes), not text", kind)
            return
        data = path.read_bytes()
        yield from self._document(data, kind, src.location, url=None, keep_raw=False)
        if progress:
            progress(src.size)

    def _jsonl(self, path: Path, progress: Progress | None) -> Iterator[Item]:
        def lines():
            with path.open("rb") as fh:
                for line in fh:
                    if progress:
                        progress(len(line))
                    yield line

        work = partial(_finish_line, prepare=self.prepare)
        yield from imap_ordered(work, read_jsonl(lines(), location=str(path)))

    def _warc(self, stream, location: str) -> Iterator[Item]:
        for rec in iter_html_records(stream, location=location):
            if isinstance(rec, Reject):
                yield rec
                continue
            where, url, body, charset = rec
            try:
                html, _ = decode(body, charset)
                draft = read_html(
                    html, source_id=url, location=where, raw_sha256=sha256(body), url=url, kind="warc"
                )
            except (DecodeError, NoArticle) as exc:
                yield Reject(where, getattr(exc, "reason", "no-article"), f"{url}: {exc}", "warc")
                continue
            yield self._finish(draft, None)

    def _url(self, src: Source) -> Iterator[Item]:
        from gugus.ingest.fetch import FetchError, fetch

        try:
            got = fetch(
                src.location,
                timeout=self.options.timeout,
                max_bytes=self.options.max_document,
                allow_private=self.options.allow_private,
            )
        except FetchError as exc:
            yield Reject(src.location, exc.reason, exc.detail, "url")
            return
        ctype = (got.content_type or "").lower()
        if "xml" in ctype or "rss" in ctype or "atom" in ctype or looks_like_feed(got.body[:4096]):
            kind = "feed"
        elif "html" in ctype or kind_of("", got.body[:4096]) == "html":
            kind = "html"
        elif ctype.startswith("text/") or not ctype:
            kind = "text"
        else:
            yield Reject(src.location, "unsupported", f"content type {ctype!r} is not an article", "url")
            return
        yield from self._document(
            got.body, kind, src.location, url=got.final_url, keep_raw=True, charset=got.charset
        )

    def feed(
        self, data: bytes, location: str, *, skip: Callable[[str], bool] | None = None
    ) -> Iterator[Item]:
        """The entries of a feed already fetched from `location` (a poller fetches it conditionally
        itself), less those whose link `skip` refuses; a document that is no feed is one Reject."""
        yield from self._document(data, "feed", location, url=location, keep_raw=True, skip=skip)

    def fetch_page(self, url: str) -> Draft | None:
        """A feed entry's page, fetched under the same guard as any URL."""
        from gugus.ingest.fetch import fetch

        got = fetch(
            url,
            timeout=min(self.options.timeout, 10.0),
            max_bytes=self.options.max_document,
            allow_private=self.options.allow_private,
        )
        html, _ = decode(got.body, got.charset)
        try:
            page = read_html(
                html, source_id=url, location=url, raw_sha256=sha256(got.body), url=got.final_url
            )
        except NoArticle:
            return None
        page.extra["raw"] = got.body  # kept under the page's hash, as for any URL (not the feed's bytes)
        return page

    # -- documents ------------------------------------------------------------------------------

    def _document(
        self,
        data: bytes,
        kind: str,
        location: str,
        *,
        url: str | None,
        keep_raw: bool,
        charset: str | None = None,
        skip: Callable[[str], bool] | None = None,
    ) -> Iterator[Item]:
        raw = data if keep_raw else None
        sha = sha256(data)
        try:
            if kind == "feed":
                fetcher = self.fetch_page if self.options.fetch_links else None
                entries = read_feed(data, location=location, raw_sha256=sha, fetch_page=fetcher, skip=skip)
                for item in entries:
                    if isinstance(item, Reject):
                        yield item
                    else:  # an entry completed from its page keeps the page, not the feed
                        yield self._finish(item, item.extra.pop("raw", raw))
                return
            text, _ = decode(data, charset)
            if kind == "html":
                draft = read_html(
                    text,
                    source_id=location,
                    location=location,
                    raw_sha256=sha,
                    url=url,
                    kind="url" if keep_raw else "html",
                )
            else:
                draft = Draft(
                    text=text, source_id=location, kind="text", location=location, raw_sha256=sha, url=url
                )
        except (DecodeError, NotAFeed) as exc:
            yield Reject(location, exc.reason, exc.detail, kind)
            return
        except NoArticle as exc:
            yield Reject(location, "no-article", str(exc), kind)
            return
        yield self._finish(draft, raw)

    def _finish(self, draft: Draft, raw: bytes | None) -> Item:
        return _finish_draft(draft, raw, self.prepare)


def _finish_draft(draft: Draft, raw: bytes | None, prepare: Callable[[Article], Any] | None = None) -> Item:
    try:
        article = finish(draft)
    except ValueError as exc:
        return Reject(draft.location, getattr(exc, "reason", "invalid"), str(exc), draft.kind)
    return article, raw, prepare(article) if prepare else None


def _finish_line(item: Draft | Reject, prepare: Callable[[Article], Any] | None = None) -> Item:
    """A JSON line's draft finished (on a worker process: module level, so it pickles by name)."""
    return item if isinstance(item, Reject) else _finish_draft(item, None, prepare)
