"""Title, section, outlet and date of an article pasted as plain text, with whatever the site put
around it.

A paste has no markup to say which line is the title: the header is read off the first few lines by
shape. A date line ("Desember 22, 2024"), a short outlet-name line ("Semarak News"), a byline and a title
line (4-25 words, no final period, maybe a " | Ukraina" section suffix) may come in any order before the
first body paragraph. Without a title line the title is the body's first sentence, and the body stays
whole. Every decision is written to `notes`, so that a wrong guess can be traced and overridden.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from gugus.ingest.clean import clean_text
from gugus.ingest.credits import find_credits, outlet_name
from gugus.ingest.dates import find_date
from gugus.lang import en
from gugus.lang import id as indonesian

ABBREVIATIONS = indonesian.ABBREVIATIONS | en.ABBREVIATIONS
OUTLET_WORDS = indonesian.OUTLET_WORDS | en.OUTLET_WORDS
HEADER_LINES = 6  # a header is never longer than this many lines
TITLE_MAX_CHARS = 200

_DOMAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.(?i:com|co|id|net|tv|news|org)){1,2}")
_OUTLET_WORD = re.compile(r"[A-Z0-9][\w&'’.-]*|[a-z]+[A-Z][\w-]*")  # "Semarak", "NEWS", "detikNews"
_BYLINE = re.compile(r"(?i:oleh|by|penulis|reporter|editor)\s*:?\s+[A-Z][^.\n]{1,60}")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_INNER_PERIOD = re.compile(r"(\w*[a-z]{2})\.\s*[A-Z]")
_DASH_SECTION = re.compile(r"\s+[-–—]\s+(?=[^-–—]+$)")


@dataclass
class PlainMeta:
    """What the header of a pasted article says, and its body without that header."""

    title: str
    section: str | None = None
    outlet: str | None = None
    published: str | None = None
    body: str = ""
    notes: list[str] = field(default_factory=list)


def _is_outlet_line(line: str) -> bool:
    """A site name: 1-4 capitalised words, short, no final punctuation ("Semarak News", "Kompas.com")."""
    words = line.split()
    if not 1 <= len(words) <= 4 or len(line) > 40 or line[-1] in ".,;:!?\"”'’)":
        return False
    if _DOMAIN.fullmatch(line):
        return True
    return all(_OUTLET_WORD.fullmatch(w) and not w.isdigit() for w in words)


def _names_outlet(line: str) -> bool:
    """Whether a short line reads as a site name ("Semarak News", "Kompas.com") rather than a headline."""
    words = line.casefold().replace(".", " ").split()
    return len(words) == 1 or any(w in OUTLET_WORDS for w in words)


def _is_title_line(line: str, min_words: int = 4) -> bool:
    """A headline: 4-25 words, no final period, and not a lead paragraph that opens with a dateline."""
    words = re.split(r"\s+[|｜]\s+", line, maxsplit=1)[0].split()  # the section suffix is not counted
    if not min_words <= len(words) <= 25 or len(line) > 300 or line[-1] in ",;:":
        return False
    if line.endswith(".") and not line.endswith(".."):  # "…, Legenda..." is a headline, "… ujarnya." not
        return False
    if any(m.group(1).casefold() not in ABBREVIATIONS for m in _INNER_PERIOD.finditer(line)):
        return False  # two sentences: a teaser paragraph, not a headline ("Kab. Bandung" is one)
    credits = find_credits(line)
    return credits.dateline_text is None and credits.lead_chrome is None


def _split_title(line: str) -> tuple[str, str | None, str | None]:
    """(title, section, outlet) from "Title | Section", "Title | Section | Site" or "Title - Site"."""
    section = outlet = None
    if " | " in line or " ｜ " in line:
        parts = [p.strip() for p in re.split(r"\s+[|｜]\s+", line)]
        line = parts[0]
        for part in parts[1:]:
            if _DOMAIN.fullmatch(part):
                outlet = outlet or outlet_name(part)
            elif section is None and 1 <= len(part.split()) <= 4:
                section = part
            else:
                line = f"{line} | {part}"
        return line, section, outlet
    m = _DASH_SECTION.search(line)
    if m:
        head, tail = line[: m.start()], line[m.end() :]
        if len(head.split()) >= 4 and _DOMAIN.fullmatch(tail):
            return head, None, outlet_name(tail)
        if len(head.split()) >= 4 and len(tail.split()) <= 3 and _is_outlet_line(tail):
            return head, tail, None
    return line, None, None


def first_sentence(paragraph: str, limit: int = TITLE_MAX_CHARS) -> str:
    """The first sentence of a paragraph, cut on a word boundary past `limit` characters."""
    end = len(paragraph)
    for m in _SENTENCE_END.finditer(paragraph):
        word = paragraph[: m.start()].rsplit(None, 1)[-1].casefold().rstrip(".")
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        end = m.start() + 1
        break
    sentence = paragraph[:end].strip()
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
        return cut + "…"
    return sentence.rstrip(".").strip()


def _outlet_here(line: str, paras: list[str], i: int, date_at: int | None, title: str | None) -> bool:
    """Whether a short capitalised header line is the outlet: before a headline, after one, or by name.

    "Semarak News" before the title line is the site; "Waswas PP Tunas" straight before the body is the
    title itself, unless it carries a site word ("News", "Online", "Media") or is a single word.
    """
    if title is not None or _names_outlet(line):
        return True
    nxt = next((p for j, p in enumerate(paras[i + 1 : i + 3], i + 1) if j != date_at), "")
    return _is_title_line(nxt)


def _note_removed(removed: list[str]) -> list[str]:
    notes = []
    for line, n in Counter(removed).items():
        shown = line if len(line) <= 100 else line[:99] + "…"
        notes.append(f"removed chrome line: {shown}" + (f" (x{n})" if n > 1 else ""))
    return notes


def parse_plaintext(text: str) -> PlainMeta:
    """Title, section, outlet, date and body of a pasted article; never raises on any text."""
    cleaned, removed = clean_text(text or "")
    notes = _note_removed(removed)
    paras = cleaned.split("\n\n") if cleaned else []
    if not paras:
        return PlainMeta(title="", body="", notes=[*notes, "empty text"])

    published, date_at = find_date("\n".join(paras[:HEADER_LINES]), max_lines=HEADER_LINES)
    title = section = outlet = None
    dated = False
    i = 0
    while i < min(len(paras), HEADER_LINES):
        p = paras[i]
        more = i < len(paras) - 1  # a title or outlet line is never the whole text
        if i == date_at:
            dated = True
            notes.append(f"published from header line: {p}")
        elif _BYLINE.fullmatch(p):
            notes.append(f"byline header line: {p}")
        elif more and outlet is None and _is_outlet_line(p) and _outlet_here(p, paras, i, date_at, title):
            outlet = outlet_name(p) if _DOMAIN.fullmatch(p) else p
            notes.append(f"outlet from header line: {p}")
        elif more and title is None and (_is_title_line(p) or _is_title_line(p, min_words=2)):
            title, section, suffix_outlet = _split_title(p)
            notes.append("title from header line" + (f", section {section!r}" if section else ""))
            if suffix_outlet and outlet is None:
                outlet = suffix_outlet
                notes.append(f"outlet from title suffix: {suffix_outlet}")
        else:
            break
        i += 1
    if not dated:
        published = None
    body_paras = paras[i:]

    credits = find_credits("\n".join(body_paras[:HEADER_LINES]))
    if credits.lead_chrome and body_paras and credits.lead_chrome in body_paras[0]:
        body_paras[0] = body_paras[0].replace(credits.lead_chrome, "", 1).strip()
        notes.append(f"removed lead chrome: {credits.lead_chrome.strip()}")
        if not body_paras[0]:
            body_paras.pop(0)
    if outlet is None and credits.outlet:
        outlet = credits.outlet
        notes.append(f"outlet from lead: {outlet}")
    if title is None:
        lead = body_paras[0] if body_paras else ""
        if credits.dateline_text and lead.startswith(credits.dateline_text):
            lead = lead[len(credits.dateline_text) :].lstrip(" -–—,") or lead
            notes.append("title from first sentence, after the dateline")
        else:
            notes.append("title from first sentence")
        title = first_sentence(lead)
    return PlainMeta(
        title=title,
        section=section,
        outlet=outlet,
        published=published,
        body="\n\n".join(body_paras),
        notes=notes,
    )
