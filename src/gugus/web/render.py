"""Jinja2 for the web pages: autoescaping on, every value from an article treated as text.

Article text is hostile input. Titles, bodies, names and snippets go through autoescape; a URL becomes
a link only when it is http(s) (`web_url`); a search snippet's «marks» become <mark> around escaped
text (`marks`), the only markup made from article text anywhere."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

HERE = Path(__file__).parent
# Inline styles and scripts are refused: a payload that slipped through escaping still could not run.
CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}


def web_url(value: object) -> str | None:
    """The URL if it is http(s), else None: a `javascript:` or `data:` URL is never a link."""
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
        return value
    return None


def marks(snippet: str) -> Markup:
    """A search snippet (plain text, matched words between « and ») as HTML with <mark>."""
    out, inside = [], False
    for i, part in enumerate(snippet.replace("»", "«").split("«")):
        if i:
            inside = not inside
        out.append(f"<mark>{escape(part)}</mark>" if inside and part else str(escape(part)))
    return Markup("".join(out))


def query(base: str, **params: object) -> str:
    """`base` with the non-empty `params` as a query string, for links that keep the filters."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return f"{base}?{urlencode(kept)}" if kept else base


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["j2", "html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["web_url"] = web_url
    env.filters["marks"] = marks
    env.filters["path"] = lambda v: quote(str(v), safe="")
    env.globals["query"] = query
    return env


def render(template: str, **context: object) -> bytes:
    return environment().get_template(template).render(**context).encode("utf-8")
