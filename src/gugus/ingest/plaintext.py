"""Title, section, outlet and date of an article pasted as plain text, with whatever the site put
around it.

A paste has no markup to say which line is the title: the header is read off the first few lines by
shape. A date line ("Desember 22, 2024"), a short outlet-name line ("Semarak News", "INFOTERKINI.NET"), a
breadcrumb ("Ekonomi > Bisnis", "Beranda / Peristiwa / Nasional": the section, never the title), a byline
("Oleh …", "By …", "Penulis: … | Editor: …", "Rizky Ananda - detikNews") and a title line (4-25 words, no
final period, maybe a " | Ukraina" section suffix) may come in any order before the first body paragraph.
Without a title line the title is the body's first sentence, and the body stays whole. The author comes
from a byline line of the header or from a labelled credit line the cleaner took out ("Pewarta: …" at
the foot), never from a body sentence. Every decision is written to `notes`, so that a wrong guess can be
traced and overridden.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from gugus.ingest.clean import clean_text
from gugus.ingest.credits import AGENCIES, find_credits, outlet_name
from gugus.ingest.dates import MONTHS, WEEKDAYS, find_date
from gugus.lang import en
from gugus.lang import id as indonesian

ABBREVIATIONS = indonesian.ABBREVIATIONS | en.ABBREVIATIONS
OUTLET_WORDS = indonesian.OUTLET_WORDS | en.OUTLET_WORDS
AUTHOR_LABELS = indonesian.AUTHOR_LABELS + en.AUTHOR_LABELS
HOME_CRUMBS = indonesian.HOME_CRUMBS | en.HOME_CRUMBS
AGENCY_NAMES = frozenset(name for names in AGENCIES.values() for name in names)
NOT_NAME_WORDS = OUTLET_WORDS | {"writer", "correspondent", "staff", "reporter", "editor"}
# A co-author that is only a month or a weekday is a date: "By Jane Doe, June 18" ("Mei Amelia" is a name).
NOT_NAMES = WEEKDAYS | frozenset(MONTHS)
HEADER_LINES = 8  # a header is never longer than this many lines
TITLE_MAX_CHARS = 200

_DOMAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.(?i:com|co|id|net|tv|news|org)){1,2}")
_OUTLET_WORD = re.compile(r"[A-Z0-9][\w&'’.-]*|[a-z]+[A-Z][\w-]*")  # "Semarak", "NEWS", "detikNews"
# A byline; without "Oleh"/"By" it needs its ":" ("Reporter Senior Meninggal …" is a headline)
_BYLINE = re.compile(
    r"(?i:oleh|by)\s*:?\s+[A-Z][^.\n]{1,60}|(?i:penulis|reporter|pewarta|editor|redaktur)\s*:\s*[A-Z][^.\n]{1,60}"
    r"|(?i:penulis|reporter)\s+[A-Z][^|\n]{1,40}\|\s*(?i:editor|redaktur)\b[^.\n]{1,60}"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_INNER_PERIOD = re.compile(r"(\w*[a-z]{2})\.\s*[A-Z]")
_DASH_SECTION = re.compile(r"\s+[-–—]\s+(?=[^-–—]+$)")
# Breadcrumbs: ">", "»" and "›" always separate crumbs; " / " and " | " only on a line of short crumbs
# that stands before a headline ("World | Asia Pacific").
_CRUMB_SEP = re.compile(r"\s*[>»›]\s*|\s+[/|｜]\s+")
_CRUMB = re.compile(r"[A-Z0-9][\w&'’.-]*(?: [\w&'’.-]+){0,2}")


def _label_rx(labels: tuple[str, ...]) -> str:
    """Byline labels as a regex; a label written with a final ":" needs the colon ("Author: …")."""
    alts = []
    for label in sorted(labels, key=len, reverse=True):
        word = re.escape(label.rstrip(":")).replace(r"\ ", r"\s+")
        alts.append(word + (r"\s*:" if label.endswith(":") else r"\b\s*:?"))
    return "|".join(alts)


_AUTHOR = re.compile(  # "Penulis A | Editor B" (kompas) is the one byline without "Oleh"/"By" or a colon
    rf"(?i:{_label_rx(AUTHOR_LABELS)})\s*(?P<rest>\S.*)"
    r"|(?i:penulis|reporter|pewarta)\s+(?P<paired>[^|:]+\|\s*(?i:editor|redaktur)\b.*)"
)
_AUTHOR_END = re.compile(r"\s*(?:[|•·/;(]|\s[-–—]+|[-–—]{2}|\s\d|\b(?i:editor|redaktur)\b)")
_CONNECTORS = r"dan|and|de|van|von|bin|binti|al|el|da|di|dos"  # lower-case words inside a name
_NAME = re.compile(rf"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{_CONNECTORS})){{0,6}}")
_CONNECTOR = re.compile(rf"\b(?:{_CONNECTORS})\b")
# "Rizky Ananda - detikNews": a name and the outlet's desk, detik's byline
_NAME_DESK = re.compile(r"(?P<name>[A-Za-z][\w.'’]*(?: [A-Za-z][\w.'’]*){0,4})\s+[-–—]\s*(?P<desk>\S+)")
_DESK = re.compile(r"(?i:detik\w*|\w+(?:news|online|tv|com))")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]+")


@dataclass
class PlainMeta:
    """What the header of a pasted article says, and its body without that header."""

    title: str
    section: str | None = None
    outlet: str | None = None
    published: str | None = None
    body: str = ""
    notes: list[str] = field(default_factory=list)
    author: str | None = None  # the byline's name: "Oleh Rina Andayani" -> "Rina Andayani"


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


def _breadcrumb(line: str) -> tuple[list[str], bool] | None:
    """The crumbs of a breadcrumb line, and whether its separators alone make it one (">", "»", "›")."""
    if len(line) > 80 or not any(c in line for c in ">»›/|｜"):
        return None
    crumbs = _CRUMB_SEP.split(line)
    if len(crumbs) < 2 or not all(_CRUMB.fullmatch(c) for c in crumbs):
        return None
    return crumbs, any(c in line for c in ">»›")


def _next_header(paras: list[str], i: int, date_at: int | None) -> str:
    """The next header line after line `i` that is neither the date line nor a breadcrumb."""
    for j in range(i + 1, min(len(paras), i + 4)):
        if j != date_at and _breadcrumb(paras[j]) is None:
            return paras[j]
    return ""


def _outlet_here(line: str, paras: list[str], i: int, date_at: int | None, title: str | None) -> bool:
    """Whether a short capitalised header line is the outlet: before a headline, after one, or by name.

    "Semarak News" before the title line is the site (a breadcrumb between them changes nothing);
    "Waswas PP Tunas" straight before the body is the title itself, unless it carries a site word
    ("News", "Online", "Media"), is a single word or is a domain ("INFOTERKINI.NET").
    """
    if title is not None or _names_outlet(line) or _DOMAIN.fullmatch(line):
        return True
    return _is_title_line(_next_header(paras, i, date_at))


def _name(raw: str) -> str | None:
    """The names a byline gives, or None: "MARGARET COLLINS" -> "Margaret Collins", "A, B | Editor" -> "A, B".

    Names run to the first separator ("|", " - ", a date, "Editor"); a comma goes on to a co-author unless
    what follows is an agency, a domain or a desk ("By JANE DOE, Associated Press" -> "Jane Doe").
    """
    names = []
    for part in _AUTHOR_END.split(raw, maxsplit=1)[0].split(","):
        part = part.strip(" .:-–—")
        if (
            not _NAME.fullmatch(part)
            or len(part) > 60
            or part in AGENCY_NAMES
            or _DOMAIN.fullmatch(part)
            or not NOT_NAME_WORDS.isdisjoint(part.casefold().split())
            or part.casefold() in NOT_NAMES
        ):
            break
        if not any(c.islower() for c in _CONNECTOR.sub("", part)):  # "MARICEL DELA CRUZ": no spelling
            part = _CAPS_WORD.sub(lambda m: m.group(0)[0] + m.group(0)[1:].lower(), part)
        names.append(part)
    return ", ".join(names) or None


def _author(line: str, title_seen: bool) -> str | None:
    """The writer a byline line names ("Oleh …", "By …", "Penulis: … | Editor: …"), or None."""
    if len(line) > 120 or line[-1] in ".!?":
        return None
    m = _AUTHOR.match(line.strip("()"))
    if m:
        return _name(m.group("rest") or m.group("paired"))
    m = _NAME_DESK.fullmatch(line) if title_seen else None
    if m and (_DESK.fullmatch(m.group("desk")) or _DOMAIN.fullmatch(m.group("desk"))):
        # the desk vouches for the name, which detik may print uncapitalised: "prih febriani -detikHot"
        return _name(" ".join(w[:1].upper() + w[1:] for w in m.group("name").split()))
    return None


def _brand_case(outlet: str, text: str) -> str:
    """A one-word outlet read off capitals ("RUANGVIRAL.COM"), as the text spells it ("RuangViral")."""
    if " " in outlet or not outlet[:1].isupper() or _CAMEL.search(outlet):
        return outlet
    for m in re.finditer(rf"(?<!\w){re.escape(outlet)}(?!\w)", text, re.IGNORECASE):
        if _CAMEL.search(m.group(0)):
            return m.group(0)
    return outlet


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
    title = section = outlet = author = crumbs = None
    dated = bylined = False
    i = 0
    while i < min(len(paras), HEADER_LINES):
        p = paras[i]
        more = i < len(paras) - 1  # a title or outlet line is never the whole text
        name = _author(p, title is not None)
        crumb = _breadcrumb(p) if more else None
        if i == date_at:
            dated = True
            notes.append(f"published from header line: {p}")
            if name and author is None:  # "Oleh Rina Wulandari | 19 Juni 2025"
                author = name
                notes.append(f"author from byline: {name}")
        elif name or _BYLINE.fullmatch(p):
            bylined = True
            notes.append(f"byline header line: {p}")
            if name and author is None:
                author = name
                notes.append(f"author from byline: {name}")
        elif bylined and p in AGENCY_NAMES:  # "By MARICEL DELA CRUZ" / "Associated Press"
            notes.append(f"byline affiliation: {p}")
        elif crumb and (crumb[1] or (title is None and _is_title_line(_next_header(paras, i, date_at)))):
            crumbs = [c for c in crumb[0] if c.casefold() not in HOME_CRUMBS]
            notes.append(f"breadcrumb header line: {p}")
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
    if section is None and crumbs:
        section = " > ".join(crumbs)
        notes.append(f"section from breadcrumb: {section}")
    if author is None:  # a labelled credit line the cleaner took out: "Pewarta: Nurul Hidayah" at the foot
        for line in removed:
            name = _author(line, title_seen=False) if _AUTHOR.match(line.strip("()")) else None
            if name:
                author = name
                notes.append(f"author from credit line: {line}")
                break
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
    if outlet and outlet.isalnum():
        branded = _brand_case(outlet, text)
        if branded != outlet:
            notes.append(f"outlet spelled as the text spells it: {branded}")
            outlet = branded
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
        author=author,
    )
