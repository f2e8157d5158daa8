"""Site chrome out, paragraphs in: the text every later stage reads.

Scraped and pasted articles carry the site's furniture as lines of their own ("Baca Juga",
"Advertisement", "SCROLL TO CONTINUE WITH CONTENT", "[Gambas:Video 20detik]", "Simak juga Video: …").
Left in, these lines become "sentences" that every outlet shares, and make unrelated articles look like
copies. The phrase lists are language data (`gugus.lang.id`, `gugus.lang.en`); this module only applies
them, a line at a time, with one set lookup, one prefix test and one precompiled regex per line.
Credit lines ("Sumber: Antara", "(dpa, rtr)") are not chrome: they stay for `credits.find_credits`.
"""

from __future__ import annotations

import re

from gugus.lang import en
from gugus.lang import id as indonesian

CHROME_LINES = indonesian.CHROME_LINES | en.CHROME_LINES
CHROME_PREFIXES = indonesian.CHROME_PREFIXES + en.CHROME_PREFIXES
CHROME_PATTERNS = indonesian.CHROME_PATTERNS + en.CHROME_PATTERNS
INLINE_CHROME = indonesian.INLINE_CHROME + en.INLINE_CHROME

_MAX_CHROME_CHARS = 250  # a longer line is prose, whatever it starts with
_CHROME_RX = re.compile(
    r"(?:" + "|".join(CHROME_PATTERNS) + r"|[-–—*_=~•·.#]{3,})",  # separators: "--------", "***"
    re.IGNORECASE,
)
# An editor's sign-off as the last line (okezone: "(kha)", "(Arief Setyadi )"); a wire code is a credit.
_SIGN_OFF = re.compile(r"\(\s*[A-Za-z][A-Za-z .]{1,40}\)")
_SIGN_OFF_KEEP = frozenset({"ap", "afp", "reuters", "antara", "ant", "dpa", "rtr", "xinhua", "bernama"})
_INLINE_RX = re.compile("|".join(map(re.escape, INLINE_CHROME))) if INLINE_CHROME else None
# Zero-width marks and soft hyphens; bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069:
# an override makes "gpj.exe" read as "exe.jpg", and no Indonesian or English text needs them); C0 and
# C1 control characters but the tab and the line break.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # fmt: skip
_FINAL_PUNCT = " .:!…"


def clean_line(value: str | None) -> str | None:
    """A title, outlet or byline with no invisible, bidi-override or control characters and single
    spaces: what is shown in lists and headings and hashed into the article's id."""
    if value is None:
        return None
    return " ".join(_INVISIBLE.sub("", value).split())


def is_chrome(line: str) -> bool:
    """Whether one stripped line is site chrome rather than article text."""
    if not line or len(line) > _MAX_CHROME_CHARS:
        return False
    folded = line.casefold()
    if folded.rstrip(_FINAL_PUNCT) in CHROME_LINES or folded.startswith(CHROME_PREFIXES):
        return True
    return _CHROME_RX.fullmatch(line) is not None


def clean_text(text: str) -> tuple[str, list[str]]:
    """Remove chrome lines and normalise whitespace; return (text, removed lines in order).

    Every source line is a paragraph (scrapes put one paragraph per line, pastes a blank line between
    them), so the result is its paragraphs joined by one blank line, each with single spaces.
    """
    if not text:
        return "", []
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    removed: list[str] = []
    if _INLINE_RX is not None and _INLINE_RX.search(text):
        removed += _INLINE_RX.findall(text)
        text = _INLINE_RX.sub("\n", text)
    kept: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())  # every Unicode space, collapsed; the fastest way in CPython
        if not line:
            continue
        if is_chrome(line):
            removed.append(line)
        else:
            kept.append(line)
    while kept and _SIGN_OFF.fullmatch(kept[-1]) and kept[-1][1:-1].strip().casefold() not in _SIGN_OFF_KEEP:
        removed.append(kept.pop())
    return "\n\n".join(kept), removed
