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
_TLD = r"\.(?:co\.id|go\.id|ac\.id|or\.id|com|net|org|id|tv|io|news)(?!\w)"
_HAS_TLD = re.compile(_TLD, re.I)
_DOMAIN_HEAD = re.compile(r"(?<![\w.-])[A-Za-z0-9][\w.-]*$")
_GLUED_TEXT = re.compile(r"[a-z](" + "|".join(tl.GLUED_SUFFIXES) + r")\b")
_ROMAN = re.compile(r"^[IVX]+$")
_SLUG = re.compile(r"[^0-9a-z]+")

# What ends a sentence for the purpose of "this capital may be only the sentence's first letter".
_BOUNDARY = frozenset(".!?\n:;—–-|•…*#>")
_QUOTES = frozenset("\"'“”‘’«»()[]")
# Words a title reaches over to its name: "Duta Besar Rusia untuk Korea Utara Alexander Matsegora".
_CTX_LINKS = frozenset({"untuk", "for", "of", "the", "to", ",", "di"})
_ADMIN_TITLE_WORDS = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "distrik"})
_ABBREV_HEADS = frozenset({"jl", "jln", "kab", "kec", "kel", "prov", "univ", "st"})
_EN_CONNECTORS = frozenset({"of", "for", "the", "&"})
_AND = frozenset({"dan", "and", "&"})


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
        self.cap = [w[0].isupper() for w in words]
        self.upper = [len(w) > 1 and w.isupper() for w in words]


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
        if not (lj in tl.TITLE_WORDS or lj in tl.TITLE_HEADS or lj in tl.HONORIFIC_ABBREVS):
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
    if g is not None and g[1].kind == "org" and kind == "org":
        # A known organisation extended ("Kementerian Luar Negeri" + "Korea Utara"; "PT Pertamina" + "Tbk").
        j = g[0]
        parts = [(j, g[1].key)]
        known_only = typ == "name"
    last = i + hl if not known_only else j
    limit = 8 if typ == "inst" else 6
    gaz_parts: list[str] = []
    after_known = known_before = g is not None
    while j < n and len(parts) <= limit and not known_only:
        if not word[j]:
            break
        lj = low[j]
        gj = _gaz(t, j) if cap[j] else None
        if gj is not None and gj[1].kind != "person":
            j = gj[0]
            parts.append((j, gj[1].key))
            gaz_parts.append(gj[1].key)
            last = j
            after_known = True
            continue
        known_before, after_known = after_known, False
        if upper[j]:
            roman = _ROMAN.match(words[j]) is not None
            if (kind != "misc" or not roman) and (lj in tl.STOP_ACRONYMS or roman):
                break
            j += 1
            parts.append((j, lj))
            last = j
            continue
        if cap[j]:
            if lj in tl.STOP_CAPS or (typ != "inst" and lj in tl.TITLE_HEADS):
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
    if kind == "place" and typ == "admin":
        key = gaz_parts[0] if len(gaz_parts) == 1 and len(keys) == 2 else "-".join(keys[1:])
    else:
        key = "-".join(keys)
    return last, kind, _slug(key)


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
        self.lower_words = {low[k] for k in range(n) if word[k] and not cap[k]}
        self.cands: list[_Cand] = []
        self.acr_defs: dict[str, tuple[str, str]] = {}
        self.ctx = -1  # a title waits for its name at this token
        self.headline = self._headlines()

    def _headlines(self) -> list[bool] | None:
        """Tokens on title-case lines ("Direksi Dirombak, Jumlah Direktur Bertambah"), where every capital
        may be a common word's."""
        t = self.t
        out: list[bool] | None = None
        breaks = [k for k, w in enumerate(t.words) if w == "\n"]
        a = 0
        for b in [*breaks, t.n]:
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
        """A frequent word of the article's language (both languages where it is unknown)."""
        if self.lang is not None:
            return w in _common(self.lang)
        return w in _common("id") or w in _common("en")

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
    n, low, words, cap, upper, word = t.n, t.low, t.words, t.cap, t.upper, t.word
    headline = sc.headline
    i = 0
    while i < n:
        if not word[i]:
            if i == sc.ctx and words[i] == ",":
                sc.ctx = i + 1
            i += 1
            continue
        lw = low[i]
        if not cap[i]:
            if lw in tl.TITLE_HEADS:
                sc.ctx = i = _title_end(t, i)
                continue
            if i == sc.ctx and lw in _CTX_LINKS:
                sc.ctx = i + 1
            elif lw in _INDEX:  # names written in lower case: "detikcom"
                g = _gaz(t, i)
                if g is not None:
                    i = sc.emit(i, g[0], g[1].kind, g[1].key)
                    continue
            i += 1
            continue

        # A capitalised word.
        if upper[i] and words[i] in sc.acr_defs:
            kind, key = sc.acr_defs[words[i]]
            i = sc.emit(i, i + 1, kind, key)
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
        if lw in tl.STOP_CAPS or lw in tl.ORG_HEADS or lw in tl.PLACE_HEADS or lw in tl.MISC_HEADS:
            i += 1
            continue
        i = _run(sc, i)
    return _resolve(sc)


def _known(sc: _Scan, i: int, g: tuple[int, _Entry]) -> int:
    """A gazetteer name, extended by compass words ("Ukraina Timur") or by a facility or company that
    it starts ("Jakarta Convention Center", "Turkish Aerospace Industries")."""
    t = sc.t
    n, low, cap = t.n, t.low, t.cap
    end, entry = g
    kind, key = entry.kind, entry.key
    if kind in ("place", "misc"):
        while end < n and cap[end] and low[end] in tl.DIRECTIONS and _gaz(t, end) is None:
            key += "-" + low[end]
            end += 1
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
    if len(w) >= 4 and not any(c.isdigit() for c in w) and (sc.common(lw) or lw in _common("en", 3.5)):
        return i + 1
    sc.cands.append(_Cand(i, i + 1, "org", lw))
    return i + 1


def _run_end(t: _Tokens, i: int) -> int:
    """Where a run of unknown capitalised words from token i ends: "Denis V. Pushilin", "Muhammad bin
    Salman", "States of Wellness Counseling"; a known name, a title or a stop word ends it."""
    n, low, words, cap, upper, word = t.n, t.low, t.words, t.cap, t.upper, t.word
    j = i + 1
    while j < n:
        if word[j]:
            lj = low[j]
            if cap[j] and not upper[j]:
                if lj in tl.STOP_CAPS or lj in tl.TITLE_HEADS:
                    break
                if lj in _INDEX and _gaz(t, j) is not None and lj not in gz.FIRST_NAMES_TOO:
                    break
                j += 1
                continue
            linker = lj in tl.NAME_PARTICLES or lj in _EN_CONNECTORS
            if linker and j + 1 < n and cap[j + 1] and not upper[j + 1] and _gaz(t, j + 1) is None:
                j += 1
                continue
            break
        if words[j] == "." and len(words[j - 1]) == 1 and j + 1 < n and cap[j + 1]:  # an initial
            j += 1
            continue
        break
    return j


def _run(sc: _Scan, i: int) -> int:
    """A run of unknown capitalised words from token i: a person, unless its words say otherwise."""
    t = sc.t
    n, low, words, word, cap, upper = t.n, t.low, t.words, t.word, t.cap, t.upper
    titled = i == sc.ctx
    j = _run_end(t, i)
    initial = _initial(t, i) or (sc.headline is not None and sc.headline[i])
    # A sentence's first word that the article also writes in lower case is not part of a name.
    while initial and j - i > 1 and low[i] in sc.lower_words:
        i += 1
        initial = False
    every = [low[k] for k in range(i, j) if word[k]]
    toks = [x for x in every if x not in tl.NAME_PARTICLES] or every
    key = _slug(" ".join(words[k] for k in range(i, j) if word[k]))
    if titled and j < n and cap[j] and (upper[j] or _gaz(t, j) is not None):
        # "CEO VinFast Indonesia Kariyanto": what follows a title and precedes a qualifier is an employer.
        sc.cands.append(_Cand(i, j, "org", key))
        sc.ctx = j
        return j
    if titled:
        sc.ctx = -1
    if len(every) == 1:
        if len(words[i]) < 2 or "-" in toks[0] and toks[0].split("-")[0] in tl.STOP_CAPS:
            return j  # "X", "Ke-1"
        cand = _Cand(i, j, None, key, initial)
        if titled and toks[0] not in sc.lower_words:
            cand.kind = "person"
        sc.cands.append(cand)
        return j
    last = toks[-1]
    common = sum(1 for x in toks if x in sc.lower_words or x in tl.ORG_WORDS or x in tl.STOP_CAPS)
    if last in tl.ORG_TAILS or any(low[k] in _EN_CONNECTORS for k in range(i, j)):
        kind = "org"
    elif last in tl.FACILITY_TAILS:
        kind = "place"
    elif last in tl.MISC_TAILS:
        kind = "misc"
    elif any(x in tl.DIRECTIONS for x in toks[1:]):
        kind = "place"
    elif 2 * common > len(toks):
        kind = "misc"  # "Makan Bergizi Gratis", "Lalu Lintas": common words in title case
    elif not titled and sc.lang != "en" and _english_phrase(toks):
        kind = "misc"  # "Human Machine Interface" in an Indonesian article
    else:
        kind = "person"
    sc.cands.append(_Cand(i, j, kind, key, initial))
    return j


def _english_phrase(toks: list[str]) -> bool:
    """Common English words in title case, unlikely to be a name: three or more words all at zipf 3.5
    ("Advanced Navigation Features"), or two at zipf 4.5; "Ned Price" (3.7, 5.2) stays a name."""
    en = _common("en", 3.5)
    parts = [p for x in toks for p in x.split("-")]
    if len(parts) >= 3:
        return all(p in en for p in parts)
    en45 = _common("en", 4.5)
    return all(p in en45 for p in parts)


def _resolve(sc: _Scan) -> list[Mention]:
    """Decide the single capitalised words: a surname of a person named in the article takes that person's
    key; a common word opening a sentence is dropped; the rest are read from their neighbours."""
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
    out: list[Mention] = []
    for c in sc.cands:
        if c.kind is None or (c.kind == "person" and c.e - c.s == 1 and c.key not in _BY_KEY):
            lw = low[c.s]
            refs = people.get(lw)
            if refs:
                before = [r for r in refs if r[0] < c.s]
                c.kind, c.key = "person", (before[-1] if before else refs[0])[1]
            elif c.kind == "person":
                pass  # titled: "Menteri Luar Negeri Sugiono"
            elif lw in sc.lower_words or lw in tl.ORG_WORDS or lw in tl.TITLE_WORDS:
                continue  # a common word, capitalised
            elif c.initial and sc.common(lw):
                continue  # a sentence's first word  # noqa: SIM114
            else:
                prev = next((low[k] for k in range(c.s - 1, max(c.s - 3, -1), -1) if word[k]), "")
                nxt = next((low[k] for k in range(c.s + 1, min(c.s + 3, n)) if word[k]), "")
                if prev in tl.PLACE_PREPS:
                    c.kind = "place"
                elif prev in tl.SPEECH_BEFORE or nxt in tl.SPEECH_AFTER:
                    c.kind = "person"
                elif sc.common(lw) or lw in _common("en", 3.5):
                    continue  # "Online", "Track", "Systems": a capitalised common word
                else:
                    c.kind = "misc"
        out.append(Mention(t.text[starts[c.s] : ends[c.e - 1]], c.kind, c.key, starts[c.s], ends[c.e - 1]))
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
    m = n
    while m > k + 1 and not word[m - 1]:  # a final period or bracket
        m -= 1
    for j in range(k + 1, m):  # "Joko Widodo, S.H.": degrees after a comma
        if words[j] == ",":
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
    "Zelenskyy". The first letters agree and short tokens differ by one inserted letter at most, so that
    "Budi"/"Rudi", "Dedi"/"Dodi" and "Un"/"Il" stay apart."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 3:
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
    if len(short) == 1:
        s = short[0]
        if len(s) < 3 or s in _NOT_FIRST_NAMES:
            return False
        return _token_match(s, long[-1]) or _token_match(s, long[0])
    if len(short) == len(long):
        return all(_tokens_match(x, y) for x, y in zip(short, long, strict=True))
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
    """An acronym the gazetteer does not know, one edit from one it knows (of four letters or more) for
    the other name: a misspelling ("KCN" for "KCNA"). Two known acronyms never match ("KPK" / "KPU")."""
    if ea is not None and eb is None:
        a, ea, b, eb = b, eb, a, ea
    if ea is not None or eb is None or not _is_acronym(a):
        return False
    return any(len(k) >= 4 and k[0] == a[0] and _osa(a, k) == 1 for k in eb.acronyms)


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
            if len(b) >= 4 and b[0] == a[0] and abs(len(a) - len(b)) <= 1 and _osa(a, b) == 1:
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
