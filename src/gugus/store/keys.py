"""Identity keys: when two inputs are the same article."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|ref_src|src|amp)$", re.I)
_SPACE = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no fragment, no tracking parameters,
    no default port, no trailing slash on the path, and http and https treated as one."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def normalise_text(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


SHORT_TEXT = 280  # below this a text is a stub ("Kawan Pal.", a paywall teaser): its title tells it apart


def text_key(outlet: str | None, title: str, text: str) -> str:
    """Same outlet and same text, whatever the whitespace: one article. Two outlets carrying the same
    wire text stay two articles, so that copy detection can see both; stubs count their title too."""
    outlet_norm = (outlet or "").strip().casefold()
    body = normalise_text(text)
    if len(body) < SHORT_TEXT:
        body = f"{normalise_text(title)}\n{body}"
    return hashlib.sha1(f"{outlet_norm}\n{body}".encode()).hexdigest()


def article_id(url: str | None, outlet: str | None, title: str, text: str) -> str:
    """A short stable id: from the canonical URL where there is one, else from outlet + text."""
    basis = f"url:{canonical_url(url)}" if url else f"text:{text_key(outlet, title, text)}"
    return hashlib.sha1(basis.encode()).hexdigest()[:16]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
