"""Entity mentions: the people, organisations and places an article names, each with a key that groups
its spellings and aliases ("Korea Utara" = "Korut" = "North Korea" = "DPRK" → "korea-utara").

Rules and a gazetteer rather than a trained tagger: Indonesian capitalises proper nouns and little else
(titles, days, months, sentence starts — all listed in `gugus.lang.titles`), so capitalised spans read
with their cues (titles before a person, "Kementerian …" or "… Tbk" around an organisation, "Kabupaten …"
before a place) find most entities, and the gazetteer (`gugus.lang.gazetteer`) gives what clustering and
comparison need most: one key for a place or an organisation in both languages. Within an article a
surname alone ("Pushilin", "Sin", "Kim") takes the key of the full name it refers to; across articles
`group_aliases` merges the spellings that keys cannot ("Dennis Pushlin" ≈ "Denis Pushilin", "KCN" ≈
"KCNA") with a token-wise edit distance.

Speed: one regex pass tokenises, and each capitalised token costs a few set and dict look-ups (the
gazetteer is indexed by its first token), about 0.3 ms for an average 1,800-character article.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from gugus.lang import gazetteer as gz
from gugus.lang import titles as tl
from gugus.model import Mention

__all__ = ["alias_key", "find_mentions", "group_aliases", "same_entity"]

# A word (letters and digits, inner hyphens and apostrophes, but not the English "'s"), a line break (a
# sentence boundary) or one punctuation mark. Web domains ("Liputan6.com") are joined after, only where a
# ".com"-like ending occurs: trying them at every word would double the tokeniser's time.
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+|['’](?![sS]\b)[^\W_]+)*|\n|[^\w\s]")
_TLD = r"\.(?:co\.id|go\.id|ac\.id|or\.id|com|net|org|id|tv|io|co|news)(?!\w)"
_HAS_TLD = re.compile(_TLD, re.I)
_DOMAIN_HEAD = re.compile(r"(?<![\w.-])[A-Za-z0-9][\w.-]*$")
_HYPHEN_QUICK = re.compile(r"[a-zA-Z]-[A-Z]")
_HYPHEN_CAP = re.compile(r"(?<![\w-])([A-Za-z]+)-(?=[A-Z])")
_GLUED_TEXT = re.compile(r"[a-z](" + "|".join(tl.GLUED_SUFFIXES) + r")\b")
_ROMAN = re.compile(r"^[IVX]+$")
_AGE_GROUP = re.compile(r"^U-?\d\d$")  # "Timnas U-23", "U17"
_SLUG = re.compile(r"[^0-9a-z]+")

# What ends a sentence for the purpose of "this capital may be only the sentence's first letter".
_BOUNDARY = frozenset(".!?\n:;—–-|•…*#>")
_QUOTES = frozenset("\"'“”‘’«»()[]")
# Words a title reaches over to its name: "Duta Besar Rusia untuk Korea Utara Alexander Matsegora".
_CTX_LINKS = frozenset({"untuk", "for", "of", "the", "to", ",", "di"})
_ADMIN_TITLE_WORDS = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "distrik"})
_STREETS = frozenset({"jalan", "jl", "jln", "gang", "gg"})
_ABBREV_HEADS = frozenset({"jl", "jln", "kab", "kec", "kel", "prov", "univ", "st"})
_EN_CONNECTORS = frozenset({"of", "for", "the", "&"})
_AND = frozenset({"dan", "and", "&"})
_PLACE_BEFORE_RUN = frozenset({"di", "ke", "in", "near", "menuju"})
_INITIALS_CUE = frozenset({"berinisial", "inisial", "inisialnya", "initials", "initialed"})
_OPENING = frozenset("\"'“‘«")
_CLOSING = frozenset("\"'”’»")


def _fold(s: str) -> str:
    """Case-folded, accents stripped, curly apostrophes straightened: how names are compared."""
    s = s.casefold()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.replace("’", "'")
    return s


def _slug(s: str) -> str:
    return _SLUG.sub("-", _fold(s)).strip("-")


class _Tokens:
    """The article as parallel lists: cheaper to index in the scan than one object per token, and built
    with comprehensions over one regex pass (tokenising is most of the finder's time)."""

    __slots__ = ("text", "words", "starts", "ends", "low", "word", "cap", "upper", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _TOKEN.finditer(text)]
        if _HAS_TLD.search(text) is not None:
            spans = _join_domains(text, spans)
        if _GLUED_TEXT.search(text) is not None:
            spans = _split_glued(text, spans)
        if "-nya" in text:  # "Instagram-nya": the name, then the enclitic
            spans = [p for s, e in spans for p in _enclitic(text, s, e)]
        if _READY and _HYPHEN_QUICK.search(text) is not None:
            spans = _split_pairs(text, spans)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        words = self.words = [text[s:e] for s, e in spans]
        self.n = len(words)
        lowered = text.lower()
        # (a character whose lower case is longer, "İ", shifts offsets: lower each word alone then)
        same = len(lowered) == len(text)
        low = [lowered[s:e] for s, e in spans] if same else [w.lower() for w in words]
        if not text.isascii():
            low = [x if x.isascii() else _fold(x) for x in low]
        self.low = low
        self.word = [w[0].isalnum() for w in words]
        cap = self.cap = [w[0].isupper() for w in words]
        self.upper = [c and len(w) > 1 and w.isupper() for w, c in zip(words, cap, strict=True)]


def _split_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "Iran-Israel", "Jeddah-Jakarta", "Jakarta-Kementerian" where a known one-word name comes
    before the hyphen and a capital after it; "Bangsa-Bangsa", "Al-Qaeda" stay whole."""
    for m in reversed(list(_HYPHEN_CAP.finditer(text))):
        entry = _BY_LOW.get((_fold(m.group(1)),))
        # A person's name joins: "Soekarno-Hatta" is an airport, "Jokowi-Ma'ruf" a ticket.
        if entry is None or entry.kind == "person":
            continue
        k = bisect_left(spans, (m.start(), -1))
        if k < len(spans) and spans[k][0] == m.start() and spans[k][1] > m.end():
            h = m.end() - 1
            spans[k : k + 1] = [(m.start(), h), (h, h + 1), (h + 1, spans[k][1])]
    return spans


def _enclitic(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    if e - s > 5 and text.endswith("-nya", s, e):
        return ((s, e - 4), (e - 4, e))
    return ((s, e),)


def _join_domains(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Make each web domain ("KOMPAS.com", "Liputan6.com") one token; found from its ".com", which is
    quick to search, then back to the start of its name."""
    for m in reversed(list(_HAS_TLD.finditer(text))):
        head = _DOMAIN_HEAD.search(text, max(0, m.start() - 60), m.start())
        if head is None:
            continue
        start, end = head.start(), m.end()
        a = bisect_left(spans, (start, -1))
        b = bisect_left(spans, (end, -1), lo=a)
        if a < len(spans) and spans[a][0] == start and b - a > 1:
            rest = [x.span() for x in _TOKEN.finditer(text, end, spans[b - 1][1])]
            spans[a:b] = [(start, end), *rest]
    return spans


def _split_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "Kim Jong Unmenurut" into "Un" "menurut" where a capitalised word follows another one."""
    for m in reversed(list(_GLUED_TEXT.finditer(text))):
        cut = m.start(1)
        k = bisect_left(spans, (cut, -1)) - 1
        if k < 1:
            continue
        s, e = spans[k]
        if s + 2 <= cut < e and text[s].isupper() and text[spans[k - 1][0]].isupper():
            spans[k : k + 1] = [(s, cut), (cut, e)]
    return spans


# -- the gazetteer, indexed ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    key: str
    kind: str
    name: str  # the canonical (first) name
    acronyms: frozenset[str]


def _alias_tokens(alias: str) -> tuple[list[str], list[str]]:
    t = _Tokens(alias)
    return t.words, t.low


def _exact(alias: str) -> bool:
    """Capitals ("AS", "US", "PBB") and lower-case-initial names ("detikcom") match only as written."""
    return alias.isupper() or alias[:1].islower()


_INDEX: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None, _Entry]]] = {}
_BY_LOW: dict[tuple[str, ...], _Entry] = {}
_BY_EXACT: dict[tuple[str, ...], _Entry] = {}
_BY_KEY: dict[str, _Entry] = {}
_READY = False
CONFLICTS: list[tuple[str, str, str]] = []  # (alias, key kept, key dropped): kept empty by a test


def _add(alias: str, entry: _Entry) -> None:
    words, lows = _alias_tokens(alias)
    exact = _exact(alias)
    table, k = (_BY_EXACT, tuple(words)) if exact else (_BY_LOW, tuple(lows))
    old = table.get(k)
    if old is not None:
        if old.key != entry.key:
            CONFLICTS.append((alias, old.key, entry.key))
        return
    table[k] = entry
    _INDEX.setdefault(lows[0], []).append((tuple(lows), tuple(words) if exact else None, entry))


def _build() -> None:
    for kind, block in gz.BLOCKS:
        lines: list[str] = []
        for line in block.strip().splitlines():
            if line.lstrip().startswith("|"):
                lines[-1] += line
            else:
                lines.append(line)
        for line in lines:
            names = [x.strip() for x in line.split("|") if x.strip()]
            acr = frozenset(x for x in names if x.isupper() and " " not in x)
            entry = _Entry(_slug(names[0]), kind, names[0], acr)
            if entry.key in _BY_KEY:
                CONFLICTS.append((names[0], entry.key, entry.key))
            _BY_KEY[entry.key] = entry
            for name in names:
                _add(name, entry)
    for line in gz.DEMONYMS.strip().splitlines():
        adj, place = (x.strip() for x in line.split(">"))
        target = _BY_LOW[tuple(_alias_tokens(place)[1])]
        _add(adj, _Entry(target.key, "misc", adj, frozenset()))
    for cands in _INDEX.values():
        cands.sort(key=lambda c: -len(c[0]))


_build()
_LOWER_STARTS = tl.TITLE_HEADS | _CTX_LINKS | {k for k, c in _INDEX.items() if any(x[1] for x in c)}
_ALL_HEADS = frozenset(tl.ORG_HEADS) | frozenset(tl.PLACE_HEADS) | tl.MISC_HEADS
# Heads that end a run of unknown words ("Operasional | Bandara Kertajati"), but not those that are also
# common name words ("Bank", "Media", "Real", "Negara").
_CUE_HEADS = _ALL_HEADS - {"bank", "media", "real", "negara", "republik", "sd", "man", "min", "pd", "tahun"}
_READY = True  # from here on the tokeniser may split "Iran-Israel" (the gazetteer's own names are whole)


def _gaz(t: _Tokens, i: int) -> tuple[int, _Entry] | None:
    """The longest gazetteer name starting at token i, as (end, entry)."""
    cands = _INDEX.get(t.low[i])
    if cands is None:
        return None
    n, low, words = t.n, t.low, t.words
    for lows, exact, entry in cands:
        m = len(lows)
        if i + m > n:
            continue
        if exact is not None:
            if all(words[i + k] == exact[k] for k in range(m)):
                return i + m, entry
        elif t.cap[i] and all(low[i + k] == lows[k] for k in range(1, m)):
            return i + m, entry
    return None


# -- common words, for capitals that may only open a sentence ------------------------------------------


@lru_cache(maxsize=8)
def _common(lang: str, zipf: float = 3.0) -> frozenset[str]:
    """Words of `lang` at least as frequent as `zipf` (3: one in a million words), from wordfreq.

    Built once per language and threshold: a sentence-initial "Laporan" or "Officials", or a title-case
    headline's "Bertambah", is a common word, not a name, unless the article names someone that way.
    """
    try:
        import wordfreq

        freqs = wordfreq.get_frequency_dict(lang if lang in ("id", "en", "ms") else "en")
    except (ImportError, LookupError):  # pragma: no cover - wordfreq is a dependency; use the stop lists
        return frozenset()
    floor = 10 ** (zipf - 9)
    return frozenset(w for w, f in freqs.items() if f >= floor)


@dataclass
class _Cand:
    s: int  # first token
    e: int  # one past the last token
    kind: str | None  # None: a single capitalised word, resolved after the scan
    key: str
    initial: bool = False
    span: tuple[int, int] | None = None  # characters, where a mention is part of a token ("Iran-Israel")


def _initial(t: _Tokens, i: int) -> bool:
    """Whether token i opens a sentence, a line or a quotation."""
    j = i - 1
    words = t.words
    while j >= 0 and words[j] in _QUOTES:
        j -= 1
    return j < 0 or words[j] in _BOUNDARY


def _title_end(t: _Tokens, i: int) -> int:
    """Where the title starting at token i ends: "Menteri Luar Negeri", "Prof. Dr. H.", "Duta Besar"."""
    n, low, words, word = t.n, t.low, t.words, t.word
    j = i + 1
    if j < n and words[j] == "." and low[i] in tl.HONORIFIC_ABBREVS:
        j += 1
    while j < n and word[j]:
        lj = low[j]
        known = lj in tl.ORG_WORDS or lj in tl.TITLE_HEADS or lj in tl.HONORIFIC_ABBREVS
        if lj in _AND and j + 1 < n and low[j + 1] in tl.ORG_WORDS:  # "Energi dan Sumber Daya Mineral"
            known = True
        if not known and not (_ROMAN.match(words[j]) and j > i + 1):  # "Inspektur Wilayah II"
            break
        if len(lj) == 1 and not (j + 1 < n and words[j + 1] == "."):
            break
        if t.cap[j] and _gaz(t, j) is not None:  # a qualifier: "Presiden Rusia", "Ketua DPR"
            break
        j += 1
        if j < n and words[j] == "." and lj in tl.HONORIFIC_ABBREVS:
            j += 1
    return j


def _is_title_at(t: _Tokens, i: int) -> bool:
    lw = t.low[i]
    if lw in tl.TITLE_HEADS:
        return True
    if lw in tl.HONORIFIC_ABBREVS:
        nxt = t.words[i + 1] if i + 1 < t.n else ""
        return nxt == "." or (len(lw) > 1 and i + 1 < t.n and t.cap[i + 1])
    return False


def _cue(t: _Tokens, i: int, g: tuple[int, _Entry] | None) -> tuple[int, str, str] | None:
    """An organisation, place or event named by its cue word at token i, as (end, kind, key)."""
    n, low, words, cap, upper, word = t.n, t.low, t.words, t.cap, t.upper, t.word
    lw = low[i]
    hl = 1
    kind = typ = None
    if i + 1 < n and (lw, low[i + 1]) in tl.ORG_HEADS2:
        kind, typ, hl = "org", tl.ORG_HEADS2[(lw, low[i + 1])], 2
    elif lw in tl.ORG_HEADS:
        kind, typ = "org", tl.ORG_HEADS[lw]
    elif lw in tl.PLACE_HEADS:
        kind, typ = "place", tl.PLACE_HEADS[lw]
    elif lw in tl.MISC_HEADS:
        kind, typ = "misc", "misc"
    else:
        return None
    head = "-".join(low[i : i + hl])
    j = i + hl
    if j < n and words[j] == "." and lw in _ABBREV_HEADS:
        j += 1
    parts: list[tuple[int, str]] = [(j, tl.HEAD_KEYS.get(head, head))]
    known_only = False
    if g is not None and g[0] > i + hl:
        # A known name that the cue starts ("Kementerian Luar Negeri", "PT Pertamina", "Federasi Rusia"): an
        # institution may add to it ("… Korea Utara"); anything else only its tails ("… Tbk").
        j = g[0]
        parts = [(j, g[1].key)]
        known_only = not (g[1].kind == "org" and kind == "org" and typ == "inst")
    last = i + hl if not known_only else j
    limit = 8 if typ == "inst" else 6
    gaz_parts: list[str] = []
    after_known = known_before = g is not None
    while j < n and len(parts) <= limit and not known_only:
        if not word[j]:
            break
        lj = low[j]
        gj = _gaz(t, j) if cap[j] else None
        if gj is not None and (gj[1].kind == "person" or (kind == "place" and gj[1].kind == "org")):
            break  # "Presiden Republik Indonesia Prabowo Subianto"; "… Angkutan Jalan | Komite Nasional …"
        if gj is not None:
            # An institution's key uses the known names' keys ("kementerian-luar-negeri-korea-utara"),
            # leaving out Indonesia, its own country; a company's keeps its own words ("PT Chandra Asri
            # Pacific", not "… Samudra Pasifik").
            part = gj[1].key if typ == "inst" or kind == "place" else _slug(" ".join(words[j : gj[0]]))
            j = gj[0]
            if not (typ == "inst" and part == "indonesia"):
                parts.append((j, part))
            gaz_parts.append(gj[1].key)
            last = j
            after_known = True
            if typ == "name" and gj[1].kind == "place":  # "Timnas Voli Indonesia" ends at its country
                break
            continue
        known_before, after_known = after_known, False
        if upper[j]:
            roman = _ROMAN.match(words[j]) is not None  # "Komisi III DPR", "Perang Dunia II"
            if (kind == "place" or not roman) and (lj in tl.STOP_ACRONYMS or roman):
                break
            j += 1
            parts.append((j, lj))
            last = j
            continue
        if cap[j]:
            street = lw in _STREETS  # "Jalan Kapten P Tendean", "Jl. Letjen S. Parman"
            titled_ok = street or typ == "misc"  # "Piala Presiden", "Hari Guru"
            if lj in tl.STOP_CAPS or (typ != "inst" and not titled_ok and lj in tl.TITLE_HEADS):
                break
            if typ == "inst" and lj not in tl.ORG_WORDS:
                break
            j += 1
            parts.append((j, lj))
            last = j
            continue
        if typ == "inst" and lj in tl.ORG_WORDS:  # "Kementerian luar negeri Donetsk"
            j += 1
            parts.append((j, lj))
            continue
        if (
            lj in tl.CONNECTORS_ORG
            and j + 1 < n
            and cap[j + 1]
            and (lj not in _AND or (kind == "org" and not known_before and low[j + 1] not in tl.ORG_HEADS))
        ):
            j += 1
            parts.append((j, lj))
            continue
        if kind == "misc" and lj.isdigit():
            j += 1
            parts.append((j, lj))
            last = j
            continue
        break
    # Tails: "PT Blue Bird Tbk", "Arema FC".
    while kind == "org" and last < n and cap[last] and low[last] in tl.ORG_TAILS and last - i < 10:
        last += 1
        parts.append((last, low[last - 1]))
    if last <= i + hl:
        return None
    if g is not None and g[0] >= last:  # the gazetteer knows the whole name
        return None
    keys = [p for end, p in parts if end <= last]
    named = [k for k in gaz_parts if k.startswith(head + "-")]
    if known_only:
        key = g[1].key  # "PT Aneka Tambang Tbk" is Aneka Tambang
    elif kind == "place" and named:  # "Bandara Internasional Soekarno-Hatta Tangerang" → the airport
        key = named[0]
    elif kind == "place" and typ == "admin":
        key = gaz_parts[0] if len(gaz_parts) == 1 and len(keys) == 2 else "-".join(keys[1:])
    else:
        key = "-".join(keys)
    return last, kind, _slug(key)


def _inner_acronym(acr: str, key: str) -> bool:
    """Whether "(ACR)" names a known part of the mention before it: "Dinas Pariwisata Nusa Tenggara Barat
    (NTB)" abbreviates the province, not the office."""
    entry = _BY_EXACT.get((acr,))
    return entry is not None and entry.key != key and entry.key in key


def _plausible_acronym(acr: str, t: _Tokens, s: int, e: int) -> bool:
    """Whether "(ACR)" after tokens s..e abbreviates them: its first letter is one of their initials, and
    an acronym the gazetteer knows as something else needs two ("Republik Rakyat Donetsk (DPR)")."""
    initials = {t.low[k][0] for k in range(s, e) if t.word[k]}
    a = acr.casefold()
    if a[0] not in initials:
        return False
    if _BY_EXACT.get((acr,)) is not None:
        return sum(c in initials for c in set(a)) >= 2
    return True


class _Scan:
    """One article's scan: its tokens, the mentions found so far, and what the article itself says about
    its words (which it also writes in lower case, which lines are title-case headlines)."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.t = t = _Tokens(text)
        self.lang = lang if lang in ("id", "en") else None
        n, low, cap, word = t.n, t.low, t.cap, t.word
        words, starts, ends = t.words, t.starts, t.ends
        if "@" in text:  # not a handle's "@jessica.k.wongso"
            self.lower_words = {
                low[k]
                for k in range(n)
                if word[k] and not cap[k] and not (k and words[k - 1] in "@." and starts[k] == ends[k - 1])
            }
        else:
            self.lower_words = {x for x, w, c in zip(low, word, cap, strict=True) if w and not c}
        self.cands: list[_Cand] = []
        self.acr_defs: dict[str, tuple[str, str]] = {}
        self.ctx = -1  # a title waits for its name at this token
        self.regional = -1  # a regional title's region may come at this token
        self.last_person_end = -9  # the last token of the last person's name ("John Smith of …")
        self.headline = self._headlines()

    def _headlines(self) -> list[bool] | None:
        """Tokens on title-case lines ("Direksi Dirombak, Jumlah Direktur Bertambah"), where every capital
        may be a common word's."""
        t = self.t
        out: list[bool] | None = None
        breaks = [k for k, w in enumerate(t.words) if w == "\n"]
        a = 0
        for b in [*breaks, t.n]:
            last = b - 1
            while last > a and t.words[last] in _QUOTES:
                last -= 1
            if last <= a or t.words[last] in ".!?":  # a sentence, not a headline
                a = b + 1
                continue
            caps = sum(1 for k in range(a, b) if t.cap[k] and len(t.words[k]) > 2)
            if caps >= 3:
                lows = sum(1 for k in range(a, b) if t.word[k] and not t.cap[k] and len(t.words[k]) > 3)
                if caps >= 2 * lows:
                    if out is None:
                        out = [False] * t.n
                    out[a:b] = [True] * (b - a)
            a = b + 1
        return out

    def common(self, w: str) -> bool:
        """A frequent word of the article's language (both languages where it is unknown); a hyphenated
        word ("Baru-baru") when its parts are, a word with "-nya" ("Torsinya") when its stem is."""
        if "-" in w:
            return all(self.common(p) for p in w.split("-") if p)
        langs = (self.lang,) if self.lang is not None else ("id", "en")
        found = any(w in _common(x) for x in langs)
        if not found and self.lang != "en" and len(w) > 5 and w.endswith("nya"):
            return self.common(w[:-3]) or w[:-3] in self.lower_words
        return found

    def emit(self, s: int, e: int, kind: str, key: str) -> int:
        t = self.t
        words, upper, n = t.words, t.upper, t.n
        self.cands.append(_Cand(s, e, kind, key))
        if s == self.ctx:
            self.ctx = e
        # "Kantor Berita Pusat Korea (KCNA)", "Republik Rakyat Donetsk (DPR)": the acronym is an alias here.
        if (
            e + 2 < n
            and e - s > 1
            and words[e] == "("
            and upper[e + 1]
            and words[e + 2] == ")"
            and _plausible_acronym(words[e + 1], t, s, e)
            and not _inner_acronym(words[e + 1], key)
        ):
            self.acr_defs[words[e + 1]] = (kind, key)
            self.cands.append(_Cand(e + 1, e + 2, kind, key))
            return e + 3
        return e


def find_mentions(text: str, lang: str | None = "id") -> list[Mention]:
    """People, organisations, places and other named things in `text`, in order, without overlaps.

    `kind` is "person", "org", "place" or "misc"; `key` is the entity's identity (the gazetteer's key, or
    the normalised name; a surname alone takes the key of the full name the article gives). Titles are
    not part of a person's mention: "Presiden Prabowo Subianto" gives "Prabowo Subianto".
    """
    if not text:
        return []
    sc = _Scan(text, lang)
    t = sc.t
    n, low, words, cap, upper = t.n, t.low, t.words, t.cap, t.upper
    headline = sc.headline
    title_heads, stop_caps, heads = tl.TITLE_HEADS, tl.STOP_CAPS, _ALL_HEADS
    # Only capitals and a few lower-case words (titles, the links between a title and its name, names
    # written in lower case) can start anything: the loop visits those alone.
    visit = [k for k in range(n) if cap[k] or low[k] in _LOWER_STARTS]
    i = 0
    for k in visit:
        if k < i:
            continue
        i = k
        lw = low[i]
        if not cap[i]:
            if lw in title_heads:
                sc.ctx = i = _title_end(t, i)
            elif i == sc.ctx and lw in _CTX_LINKS:
                sc.ctx = i + 1
            elif lw in _INDEX:  # names written in lower case: "detikcom"
                g = _gaz(t, i)
                if g is not None:
                    i = sc.emit(i, g[0], g[1].kind, g[1].key)
            continue

        # A capitalised word.
        if upper[i] and _initials(sc, i):  # "berinisial BB, TR, dan FT"; "JN (37)"
            sc.acr_defs[words[i]] = ("person", lw)
            i = sc.emit(i, i + 1, "person", lw)
            continue
        if upper[i] and words[i] in sc.acr_defs:
            kind, key = sc.acr_defs[words[i]]
            i = sc.emit(i, i + 1, kind, key)
            continue
        if i + 1 < n and words[i + 1] == "$":  # "US$ 392,8 juta", "S$": a currency
            i += 1
            continue
        g = _gaz(t, i)
        if g is not None and g[0] == i + 1:
            if lw in gz.FIRST_NAMES_TOO and i + 1 < n and cap[i + 1] and _gaz(t, i + 1) is None:
                g = None  # "Jordan Henderson", "Israel Adesanya"
            elif lw in gz.COMMON_WORD_NAMES and (_initial(t, i) or lw in sc.lower_words):
                i += 1  # "Malang" opening a sentence, or an article that also writes "malang"
                continue
        if g is None and headline is not None and headline[i] and not upper[i] and sc.common(lw):
            i += 1  # a headline's capitalised common word
            continue
        c = _cue(t, i, g)
        if c is not None:
            i = sc.emit(i, c[0], c[1], c[2])
            continue
        if g is not None:
            i = _known(sc, i, g)
            continue
        if _is_title_at(t, i):
            i = _title(sc, i)
            continue
        if upper[i]:
            i = _acronym(sc, i)
            continue
        if lw in stop_caps or lw in heads or lw.startswith("rp") and lw[2:3].isdigit():  # "Rp10.225"
            i += 1
            continue
        i = _run(sc, i)
    return [m for m in _resolve(sc) if m.key]  # a name that folds to nothing ("Þ") groups with nothing


def _known(sc: _Scan, i: int, g: tuple[int, _Entry]) -> int:
    """A gazetteer name, extended by compass words ("Ukraina Timur") or by a facility or company that
    it starts ("Jakarta Convention Center", "Turkish Aerospace Industries")."""
    t = sc.t
    n, low, cap = t.n, t.low, t.cap
    end, entry = g
    kind, key = entry.kind, entry.key
    if kind == "org":  # "BMW Group", "Lion Air Group", "Timnas Indonesia U-23"
        while end < n and cap[end] and (low[end] in tl.ORG_TAILS or _AGE_GROUP.match(t.words[end])):
            if _gaz(t, end) is not None:
                break
            end += 1
        if end > g[0]:
            key = _slug(t.text[t.starts[i] : t.ends[end - 1]]) if _AGE_GROUP.match(t.words[end - 1]) else key
    if kind in ("place", "misc"):
        while end < n and cap[end] and low[end] in tl.DIRECTIONS and _gaz(t, end) is None:
            key += "-" + low[end]
            end += 1
        if end < n and cap[end] and low[end] in tl.ORG_TAILS:  # "Los Angeles FC"
            return sc.emit(i, end + 1, "org", _slug(t.text[t.starts[i] : t.ends[end]]))
        if end < n and cap[end] and not t.upper[end] and _gaz(t, end) is None:
            r = _run_end(t, end)
            tail = low[r - 1]
            if tail in tl.ORG_TAILS or tail in tl.FACILITY_TAILS or tail in tl.MISC_TAILS:
                kind = "org" if tail in tl.ORG_TAILS else "place" if tail in tl.FACILITY_TAILS else "misc"
                key = _slug(t.text[t.starts[i] : t.ends[r - 1]])
                end = r
    return sc.emit(i, end, kind, key)


def _title(sc: _Scan, i: int) -> int:
    """A title: the name it waits for comes after its qualifiers ("Kepala BPBD Garut …")."""
    t = sc.t
    n, low, cap = t.n, t.low, t.cap
    j = _title_end(t, i)
    sc.ctx = j
    if t.low[i] in tl.REGIONAL_TITLES or (j - i == 2 and t.low[j - 1] == "kota"):
        sc.regional = j
    if low[j - 1] in _ADMIN_TITLE_WORDS and j < n and cap[j] and _gaz(t, j) is None:
        # "Kepala Desa Sukamaju Budi": the unit's name, then the person.
        e = j + 1
        if e < n and cap[e] and low[e] in tl.DIRECTIONS:
            e += 1
        sc.cands.append(_Cand(j, e, "place", _slug(" ".join(low[j:e]))))
        sc.ctx = j = e
    return j


def _acronym(sc: _Scan, i: int) -> int:
    """An unknown acronym ("KCN", "LPR"; "BPBD" is known) is an organisation; shouting is not, nor a
    common word in capitals ("PLUS", "ONLINE")."""
    t = sc.t
    n, words, upper, low = t.n, t.words, t.upper, t.low
    j = i
    while j < n and upper[j]:
        j += 1
    if j - i >= 3:  # "SCROLL TO CONTINUE WITH CONTENT"
        return j
    w, lw = words[i], low[i]
    if i == sc.ctx:
        sc.ctx = i + 1
    if lw in tl.STOP_ACRONYMS or _ROMAN.match(w) or len(w) > 7 or w.isdigit():
        return i + 1
    digits = any(c.isdigit() for c in w)
    if len(w) >= 4 and not digits and lw in _common("en", 3.5):  # "PLUS", "ONLINE"; not "KBRI"
        return i + 1
    if _spelt_out(t, i):
        return i + 1  # "alat pemadam api ringan (APAR)": an abbreviated common noun
    if i == sc.ctx - 1 and i + 1 < n and t.cap[i + 1] and not upper[i + 1] and _gaz(t, i + 1) is None:
        sc.ctx = i
        return _run(sc, i)  # "Sosiolog UGM AB Widyanta": initials that open a titled name
    e = i + 1
    while not digits and e < n and t.cap[e] and low[e] in tl.ORG_TAILS:  # "KAI Group", "XYZ Tbk"
        e += 1
    key = lw if e == i + 1 else _slug(" ".join(words[i:e]))
    sc.cands.append(_Cand(i, e, "misc" if digits else "org", key))  # "F-16", "SI-576": models, flights
    return e


def _spelt_out(t: _Tokens, i: int) -> bool:
    """Whether the acronym at token i, in brackets, abbreviates the lower-case words before it, in either
    language: "alat pemadam api ringan (APAR)", "pemusatan latihan (TC)" (a training camp)."""
    words, low = t.words, t.low
    if not (0 < i < t.n - 1 and words[i - 1] == "(" and words[i + 1] == ")"):
        return False
    k = i - 2
    before: list[str] = []
    while k >= 0 and t.word[k] and not t.cap[k] and len(before) < 8:
        before.append(low[k])
        k -= 1
    return bool(before)


def _initials(sc: _Scan, i: int) -> bool:
    """Whether the capitals at token i are a person's initials, as the police and the courts write them:
    after "berinisial", before an age ("JN (37)"), or in a list that started so ("BB, TR, dan FT")."""
    t = sc.t
    words, low, n = t.words, t.low, t.n
    if i + 3 < n and words[i + 1] == "(" and words[i + 2].isdigit() and words[i + 3] == ")":
        return True
    k = i - 1
    while k >= 0 and (words[k] == "," or low[k] in _AND):
        k -= 1
    if k < 0:
        return False
    if low[k] in _INITIALS_CUE:
        return True
    return k < i - 1 and t.upper[k] and sc.acr_defs.get(words[k], ("",))[0] == "person"


def _run_end(t: _Tokens, i: int, common: Callable[[str], bool] | None = None) -> int:
    """Where a run of unknown capitalised words from token i ends: "Denis V. Pushilin", "Muhammad bin
    Salman", "States of Wellness Counseling"; a known name, a title or a stop word ends it."""
    n, low, words, cap, upper, word = t.n, t.low, t.words, t.cap, t.upper, t.word
    j = i + 1
    while j < n:
        if word[j]:
            lj = low[j]
            if cap[j] and not upper[j]:
                # A title inside a run starts another name ("… Kapolres Budi"); "Hun Sen" is one name.
                titles = lj in tl.TITLE_HEADS and j + 1 < n and (cap[j + 1] or words[j + 1] == ".")
                if lj in tl.STOP_CAPS or titles or lj in _CUE_HEADS:
                    break
                if lj in _INDEX and _gaz(t, j) is not None and lj not in gz.FIRST_NAMES_TOO:
                    break
                j += 1
                continue
            linker = lj in tl.NAME_PARTICLES or (lj in _EN_CONNECTORS and j - i < 2)  # not "John Smith of …"
            if linker and j + 1 < n and cap[j + 1] and not upper[j + 1] and _gaz(t, j + 1) is None:
                j += 1
                continue
            break
        if (
            words[j] == "."
            and len(words[j - 1]) == 1
            and j + 1 < n
            and cap[j + 1]
            and not (common is not None and common(low[j + 1]))  # "Serie B. Rumor …"
        ):  # an initial: "Denis V. Pushilin"
            j += 1
            continue
        break
    return j


def _run(sc: _Scan, i: int) -> int:
    """A run of unknown capitalised words from token i: a person, unless its words say otherwise."""
    t = sc.t
    n, low, words, word, cap = t.n, t.low, t.words, t.word, t.cap
    titled = i == sc.ctx
    j = _run_end(t, i, sc.common)
    initial = _initial(t, i) or (sc.headline is not None and sc.headline[i])
    # A sentence's first word that the article also writes in lower case is not part of a name.
    while initial and j - i > 1 and low[i] in sc.lower_words:
        i += 1
        initial = False
    if titled and _titled_qualifier(sc, i, j):
        return j
    if titled:
        sc.ctx = -1
    if j - i == 1:  # one word: decided in `_resolve`, with what the whole article says
        lw = low[i]
        if len(lw) < 2 or ("-" in lw and lw.split("-")[0] in tl.STOP_CAPS):
            return j  # "X", "Ke-1"
        cand = _Cand(i, j, None, _SLUG.sub("-", lw).strip("-"), initial)
        if titled and lw not in sc.lower_words:
            cand.kind = "person"
        sc.cands.append(cand)
        return j
    every = [low[k] for k in range(i, j) if word[k]]
    toks = [x for x in every if x not in tl.NAME_PARTICLES] or every
    key = _slug(" ".join(words[k] for k in range(i, j) if word[k]))
    last = toks[-1]
    common = sum(1 for x in toks if x in sc.lower_words or x in tl.ORG_WORDS or x in tl.STOP_CAPS)
    before = next((low[k] for k in range(i - 1, max(i - 3, -1), -1) if word[k]), "")
    quoted = i > 0 and words[i - 1] in _OPENING and j < n and words[j] in _CLOSING
    employed = i >= 2 and low[i - 1] == "of" and cap[i - 2] and i - 2 == sc.last_person_end
    if quoted and not titled:
        kind = "misc"  # 'Bilang Saja': the title of a song, a book, a programme
    elif employed:
        kind = "org"  # "analyst John Smith of Goldman Sachs"
    elif last in tl.ORG_TAILS or any(x in _EN_CONNECTORS for x in every):
        kind = "org"
    elif last in tl.FACILITY_TAILS:
        kind = "place"
    elif last in tl.MISC_TAILS:
        kind = "misc"
    elif any(x in tl.DIRECTIONS for x in toks[1:]):
        kind = "place"
    elif 2 * common > len(toks):
        kind = "misc"  # "Makan Bergizi Gratis", "Lalu Lintas": common words in title case
    elif not titled and before in _PLACE_BEFORE_RUN:
        kind = "place"  # "di Pondok Ranji": where something happens
    elif not titled and sc.lang != "en" and _english_phrase(toks):
        kind = "misc"  # "Human Machine Interface" in an Indonesian article
    elif not titled and sc.lang != "en" and _indonesian_phrase(toks):
        kind = "misc"  # "Bantuan Subsidi Upah", "Hitam Putih": common words in title case
    else:
        kind = "person"
    sc.cands.append(_Cand(i, j, kind, key, initial))
    if kind == "person":
        sc.last_person_end = j - 1
    return j


def _titled_qualifier(sc: _Scan, i: int, j: int) -> bool:
    """After a title, the run i..j may qualify it rather than name the person: a region after a regional
    title ("Kapolres Siak AKBP Eka Ariandy"), an employer before a known name, an acronym or ", Name"
    ("CEO VinFast Indonesia Kariyanto", "CEO Indomobil Emotor Internasional, Pius Wirawan")."""
    t = sc.t
    n, low, words, cap, upper = t.n, t.low, t.words, t.cap, t.upper
    if j >= n or not cap[j] and words[j] != ",":
        return False
    key = _slug(" ".join(words[k] for k in range(i, j) if t.word[k]))
    if sc.regional == i and j - i == 1 and cap[j]:
        sc.cands.append(_Cand(i, j, "place", key))
        sc.ctx = j
        return True
    employer = cap[j] and (upper[j] or _gaz(t, j) is not None)
    if not employer and j + 1 < n and words[j] == "," and cap[j + 1] and not upper[j + 1]:
        # Only a run with an institution's word: "Pengacara Gregorius Ronald Tannur, Lisa Rachmat" is
        # the client's lawyer, not a company's.
        nxt = low[j + 1]
        employer = (
            nxt not in tl.TITLE_HEADS
            and nxt not in tl.STOP_CAPS
            and _gaz(t, j + 1) is None
            and any(low[k] in tl.ORG_WORDS or low[k] in tl.ORG_TAILS for k in range(i, j))
        )
    if employer:
        sc.cands.append(_Cand(i, j, "org", key))
        sc.ctx = j
    return employer


def _english_phrase(toks: list[str]) -> bool:
    """Common English words in title case, unlikely to be a name: three or more words all at zipf 3.5
    ("Advanced Navigation Features"), or two at zipf 4.5; "Ned Price" (3.7, 5.2) stays a name."""
    en = _common("en", 3.5)
    parts = [p for x in toks for p in x.split("-")]
    if len(parts) >= 3:
        return all(p in en for p in parts)
    en45 = _common("en", 4.5)
    return all(p in en45 for p in parts)


def _indonesian_phrase(toks: list[str]) -> bool:
    """Title-case Indonesian words, not a name: the first of two words, or every word, is a plain word
    (zipf 4 in Indonesian, rare in English, not a common given name): "Petualangan Kiko", "Performa
    Xpeng", "Bantuan Subsidi Upah". Names frequent in Indonesian news are frequent in English too
    ("Jose Mourinho", "Mo Salah"), and "Budi Gunawan", "Agus Salim" start with given names."""
    parts = [p for x in toks for p in x.split("-")]
    id4, en = _common("id", 4.0), _common("en", 2.5)

    def plain(p: str) -> bool:
        return p in id4 and p not in en and p not in tl.GIVEN_NAMES

    return (len(parts) == 2 and plain(parts[0])) or all(plain(p) for p in parts)


def _resolve(sc: _Scan) -> list[Mention]:
    """Decide the single capitalised words: a surname of a person named in the article takes that person's
    key; a common word opening a sentence is dropped; the rest are read from their neighbours, and a
    word read as a person or a place once is read so everywhere in the article ("Longo", "Venezia")."""
    t = sc.t
    low, word, starts, ends, n = t.low, t.word, t.starts, t.ends, t.n
    people: dict[str, list[tuple[int, str]]] = {}
    for c in sc.cands:
        if c.kind != "person" or c.e - c.s < 2 and _BY_KEY.get(c.key) is None:
            continue
        names = [low[k] for k in range(c.s, c.e) if word[k]]
        entry = _BY_KEY.get(c.key)
        if entry is not None and entry.kind == "person":
            names += _alias_tokens(entry.name)[1]
        for x in names:
            if len(x) > 1 and x not in tl.NAME_PARTICLES:
                people.setdefault(x, []).append((c.s, c.key))
    keep = [True] * len(sc.cands)
    loose: list[int] = []  # singles read as "misc" for want of context
    settled: dict[str, tuple[str, str]] = {}  # a single word read with context → (kind, key)
    for idx, c in enumerate(sc.cands):
        if not (c.kind is None or (c.kind == "person" and c.e - c.s == 1 and c.key not in _BY_KEY)):
            continue
        lw = low[c.s]
        refs = people.get(lw)
        if refs:
            before = [r for r in refs if r[0] < c.s]
            c.kind, c.key = "person", (before[-1] if before else refs[0])[1]
        elif c.kind == "person":
            pass  # titled: "Menteri Luar Negeri Sugiono"
        elif lw in sc.lower_words or lw in tl.ORG_WORDS or lw in tl.TITLE_WORDS:
            keep[idx] = False  # a common word, capitalised
            continue
        elif c.initial and sc.common(lw):
            keep[idx] = False  # a sentence's first word
            continue
        else:
            prev = next((low[k] for k in range(c.s - 1, max(c.s - 3, -1), -1) if word[k]), "")
            nxt = next((low[k] for k in range(c.s + 1, min(c.s + 3, n)) if word[k]), "")
            if prev in tl.PLACE_PREPS:
                c.kind = "place"
            elif prev in tl.SPEECH_BEFORE or nxt in tl.SPEECH_AFTER:
                c.kind = "person"
            elif sc.common(lw) or lw in _common("en", 3.5):
                keep[idx] = False  # "Online", "Track", "Systems": a capitalised common word
                continue
            else:
                c.kind = "misc"
                loose.append(idx)
                continue
        if c.kind == "person" or lw not in settled:
            settled[lw] = (c.kind, c.key)
    for idx in loose:
        c = sc.cands[idx]
        got = settled.get(low[c.s])
        if got is not None:
            c.kind, c.key = got
    out: list[Mention] = []
    for c, k in zip(sc.cands, keep, strict=True):
        if k:
            a, b = c.span or (starts[c.s], ends[c.e - 1])
            out.append(Mention(t.text[a:b], c.kind or "misc", c.key, a, b))
    return out


# -- aliases across articles -----------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def alias_key(name: str) -> str:
    """The canonical key of a name: the gazetteer's key where the name is known ("Korut", "DPRK" →
    "korea-utara"), else the name case-folded, accents stripped, titles and honorifics removed
    ("Presiden Joko Widodo" → "joko-widodo"; "Dr. Tirta" → "tirta")."""
    t = _Tokens(name.strip())
    n, low, words, word = t.n, t.low, t.words, t.word
    if n == 0:
        return ""
    k = 0
    if _is_title_at(t, 0) and _gaz(t, 0) is None:
        k = _title_end(t, 0)
        while k < n and not word[k]:
            k += 1
        if k >= n:
            k = 0
    entry = _BY_EXACT.get(tuple(words[k:n])) or _BY_LOW.get(tuple(low[k:n]))  # "U.S."
    if entry is not None:
        return entry.key
    m = n
    while m > k + 1 and not word[m - 1]:  # a final period or bracket
        m -= 1
    for j in range(k + 1, m):  # "Joko Widodo, S.H., M.H.": degrees after a comma
        if words[j] == "," and all(
            not word[x] or low[x] in tl.DEGREES or len(low[x]) == 1 for x in range(j + 1, m)
        ):
            m = j
            break
    entry = _BY_EXACT.get(tuple(words[k:m])) or _BY_LOW.get(tuple(low[k:m]))
    if entry is None and len(name) >= 4:
        entry = _BY_EXACT.get(tuple(w.upper() for w in words[k:m]))
    if entry is not None:
        return entry.key
    return _slug(t.text[t.starts[k] : t.ends[m - 1]])


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein with adjacent transpositions), capped at 3: only
    distances up to 2 matter here, so a row whose best is already 3 ends the count."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] * (lb + 1)
        ai = a[i - 1]
        for j in range(1, lb + 1):
            v = prev[j - 1] + (ai != b[j - 1])
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if cur[j - 1] + 1 < v:
                v = cur[j - 1] + 1
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1] and prev2[j - 2] + 1 < v:
                v = prev2[j - 2] + 1
            cur[j] = v
        if min(cur) >= 3:
            return 3
        prev2, prev = prev, cur
    return prev[lb]


def _token_match(a: str, b: str) -> bool:
    """Two name tokens are one spelling apart: "Denis"/"Dennis", "Pushilin"/"Pushlin", "Zelensky"/
    "Zelenskyy". The first letters agree, tokens under four letters must be equal, and tokens of five
    letters or fewer differ by one inserted letter at most, so that "Budi"/"Rudi", "Dedi"/"Dodi",
    "Ani"/"Akni" and "Un"/"Il" stay apart."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    longest = max(len(a), len(b))
    d = _osa(a, b)
    if longest <= 5:
        return d == 1 and len(a) != len(b)
    return d <= (1 if longest <= 7 else 2)


def _deletions(x: str) -> set[str]:
    """x with up to one letter deleted (two from six letters on): two tokens within the edit distance
    `_token_match` allows share one of these."""
    if len(x) < 3:
        return {x}
    one = {x[:i] + x[i + 1 :] for i in range(len(x))}
    out = one | {x}
    if len(x) >= 6:
        for y in one:
            out.update(y[:i] + y[i + 1 :] for i in range(len(y)))
    return out


def _tokens_match(x: str, y: str) -> bool:
    return _token_match(x, y) or (len(x) == 1 and y[0] == x) or (len(y) == 1 and x[0] == y)


def _is_acronym(name: str) -> bool:
    return len(name) >= 2 and " " not in name and name.isupper()


def _heads() -> frozenset[str]:
    return frozenset(tl.ORG_HEADS) | frozenset(tl.PLACE_HEADS) | tl.MISC_HEADS | tl.TITLE_WORDS


_NOT_FIRST_NAMES = _heads()


def same_entity(a: str, b: str) -> bool:
    """Whether two names may denote one entity: the same key, or spellings a token apart ("Denis
    Pushilin" ≈ "Dennis Pushlin", "Kim Jong Un" ≈ "Kim Jong-un"), a surname or first name alone against
    the full name ("Pushilin", "Prabowo"), or an unknown acronym one letter off a known one ("KCN" ≈
    "KCNA"). "Kim Jong Un" ≠ "Kim Yo Jong", "Joko Widodo" ≠ "Joko Anwar"; two different gazetteer
    entities are never the same. Not transitive: `group_aliases` decides ambiguous surnames."""
    ka, kb = alias_key(a), alias_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ea, eb = _BY_KEY.get(ka), _BY_KEY.get(kb)
    if ea is not None and eb is not None:
        return False
    # A known one-word entity ("Tass", "Rusia") is not the first word of another name ("Tass Agency").
    if (ea is not None and "-" not in ka and "-" in kb) or (eb is not None and "-" not in kb and "-" in ka):
        return False
    sa, sb = a.strip(), b.strip()
    if _is_acronym(sa) or _is_acronym(sb):
        return _acronyms_match(sa, ea, sb, eb)
    ta, tb = ka.split("-"), kb.split("-")
    if "".join(ta) == "".join(tb):
        return True
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == len(long):
        return all(_tokens_match(x, y) for x, y in zip(short, long, strict=True))
    if long[0] in _NOT_FIRST_NAMES or short[0] in _NOT_FIRST_NAMES:
        return False  # an institution's name is not a person's: "PT Jakarta" is not "PT LRT Jakarta"
    if len(short) == 1:
        s = short[0]
        return len(s) >= 3 and (_token_match(s, long[-1]) or _token_match(s, long[0]))
    if not (_tokens_match(short[0], long[0]) and _tokens_match(short[-1], long[-1])):
        return False
    k = 1
    for x in short[1:-1]:  # the middle tokens in order: "Vladimir Putin" in "Vladimir Vladimirovich Putin"
        while k < len(long) - 1 and not _tokens_match(x, long[k]):
            k += 1
        if k >= len(long) - 1:
            return False
        k += 1
    return True


def _acronyms_match(a: str, ea: _Entry | None, b: str, eb: _Entry | None) -> bool:
    """An acronym the gazetteer does not know that is a known one (of four letters or more) for the other
    name, cut short by its last letter: "KCN" for "KCNA". Anything looser joins different bodies ("CNC" /
    "CNBC", "PBVSI" / "PBSI"); two known acronyms never match ("KPK" / "KPU")."""
    if ea is not None and eb is None:
        a, ea, b, eb = b, eb, a, ea
    if ea is not None or eb is None or not _is_acronym(a):
        return False
    return any(_truncated(a, k) for k in eb.acronyms)


def _truncated(a: str, known: str) -> bool:
    return len(known) >= 4 and len(a) == len(known) - 1 and known.startswith(a)


def group_aliases(names: list[str]) -> dict[str, str]:
    """Group spellings of the same entity, across articles: each name → its group's key.

    Names with the same key are one group; full names a spelling apart are merged; a single-word name
    (a surname, a first name, an acronym) joins the one group it matches, and stays apart where it
    matches two ("Kim" beside both "Kim Jong Un" and "Kim Yo Jong"). A group's key is the gazetteer's where
    one member is known, else that of its longest, then most frequent, then first name. Candidates come
    from an index of first and last name tokens, so thousands of names take a second, not minutes.
    """
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    key_of = {name: alias_key(name) for name in counts}
    reps: dict[str, str] = {}  # key → the first name with that key
    weight: dict[str, int] = {}
    for name, key in key_of.items():
        if key:
            reps.setdefault(key, name)
            weight[key] = weight.get(key, 0) + counts[name]
    parent = {k: k for k in reps}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[ry] = rx

    toks = {k: k.split("-") for k in reps}
    acronyms = [k for k in reps if _is_acronym(reps[k].strip())]
    multi = [k for k in reps if len(toks[k]) > 1 and k not in set(acronyms)]
    single = [k for k in reps if len(toks[k]) == 1 and k not in set(acronyms)]
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    by_joined: dict[str, list[str]] = {}
    by_variant: dict[str, set[str]] = {}  # a token with one or two letters deleted → the tokens
    for k in multi:
        f, last = toks[k][0], toks[k][-1]
        by_first.setdefault(f, []).append(k)
        by_last.setdefault(last, []).append(k)
        by_joined.setdefault("".join(toks[k]), []).append(k)
        for x in (f, last):
            for v in _deletions(x):
                by_variant.setdefault(v, set()).add(x)
    near_cache: dict[str, list[str]] = {}

    def near(x: str) -> list[str]:
        """Index tokens a spelling apart from x: they share a deletion variant (SymSpell's trick)."""
        got = near_cache.get(x)
        if got is None:
            found = {y for v in _deletions(x) for y in by_variant.get(v, ())}
            got = near_cache[x] = [y for y in found if _tokens_match(x, y)]
        return got

    for group in by_joined.values():  # "Kim Jongun" / "Kim Jong Un"
        for k in group[1:]:
            union(group[0], k)
    for k in multi:
        firsts = {m for y in near(toks[k][0]) for m in by_first.get(y, ())}
        lasts = {m for y in near(toks[k][-1]) for m in by_last.get(y, ())}
        for m in firsts & lasts:
            if m != k and find(m) != find(k) and same_entity(reps[k], reps[m]):
                union(k, m)
    loose: list[str] = []
    for k in single:
        x = toks[k][0]
        cands = {m for y in near(x) for m in (*by_first.get(y, ()), *by_last.get(y, ()))}
        hits = {find(m) for m in cands if same_entity(reps[k], reps[m])}
        if len(hits) == 1:
            union(hits.pop(), k)
        elif not hits:
            loose.append(k)
    loose_by: dict[str, list[str]] = {}
    for k in loose:
        for v in _deletions(k):
            loose_by.setdefault(v, []).append(k)
    for k in loose:  # "Pushilin" / "Pushlin" with no full name to join
        for m in {m for v in _deletions(k) for m in loose_by.get(v, ())}:
            if m != k and find(m) != find(k) and same_entity(reps[k], reps[m]):
                union(k, m)
    known_acronyms: dict[str, str] = {}  # an acronym of a known entity among the names → its key
    for k in reps:
        entry = _BY_KEY.get(k)
        if entry is not None:
            for a in entry.acronyms:
                known_acronyms[a] = k
    for k in acronyms:  # "KCN" / "KCNA"
        if k in _BY_KEY:
            continue
        a = reps[k].strip()
        for b, kb in known_acronyms.items():
            if _truncated(a, b):
                union(kb, k)
                break
    members: dict[str, list[str]] = {}
    for k in reps:
        members.setdefault(find(k), []).append(k)
    order = {k: i for i, k in enumerate(reps)}
    canon: dict[str, str] = {}
    for group in members.values():
        best = min(group, key=lambda k: (k not in _BY_KEY, -len(toks[k]), -weight[k], order[k]))
        for k in group:
            canon[k] = best
    return {name: canon[key] if key else "" for name, key in key_of.items()}
