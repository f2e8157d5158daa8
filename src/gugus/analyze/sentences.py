"""Sentence spans, Indonesian first: (start, end) offsets into the article text, so that later stages
(claims, quotes, summaries) can cite exactly the sentence they use.

A rule-based splitter, not a trained one: the rules below were read off `../shared/data/indonews` (3,698
scraped articles) and each is pinned by a test on a real passage. The decisions:

* A paragraph break ("\\n") always ends a sentence; so does the end of the text.
* Inside a paragraph a sentence ends at ".", "!", "?", "…" or "..." (with any closing quotes or brackets
  after it) when the next character starts a sentence: an upper-case letter, a digit or an opening quote
  or bracket. A lower-case continuation never starts one ('"Siapa?" tanya dia.', "Ah… benar").
* A period after an abbreviation does not end the sentence when it is a title or a place word
  ("Dr.", "Prof.", "Ir.", "Jl.", "Kab.", "Mr.", "Gen.", "St. Petersburg"), nor before a digit after "No.",
  "Rp." or "Jan.". After an abbreviation that often closes a sentence ("dll.", "dkk.", "Inc.", "Jr.")
  or a dotted one ("S.H.", "M.Si.", "U.S.", "a.m.") it ends one only when the next word is a function
  word ("Ia", "Namun", "The"), as Punkt (Kiss & Strunk 2006) decides with its frequent sentence
  starters; after "dll." or "Inc." a common word counts too (see initials).
  "Tbk." is not an abbreviation here: in indonews 7 of the 8 "Tbk." before a capitalised word end the
  sentence ("ke PT Sritex Tbk. Iwan mengaku …").
* A single capital letter is an initial ("Susilo B. Yudhoyono", "Ir. H. Juanda") unless it follows a
  number ("Rp 2,6 T.", "1447 H."), a lower-case word ("vitamin C.", "akun X.") or a label word
  ("Grup E.", "Seri A."), or the next word is a function word or a common word, one written in lower
  case elsewhere in the text or frequent in the language (wordfreq Zipf ≥ 4.8, above the commonest given
  names): "M. Adapun", "abad ke-13 M. Asal-usul", but "Tonny H. Gultom", "F. Budi Prayitno".
* Numbers never split: their periods and commas are followed by digits ("13.500", "3,5 persen",
  "Rp1.691.409.816,36"). A list number at the start of a line ("1. Mantan Dirut", "1.PT Bank …",
  "A. Pendahuluan") does not end a sentence.
* Scraped text runs sentences together where a paragraph or a link was: "itu.Kemudian",
  "(19/6/2025).Ikuti", 'lainnya."Fokus', 'fitnah.”Tiba'. A period directly followed by a capital is a
  break (so are 1,735 of the 2,112 such periods in indonews), except inside a domain ("TEMPO.CO,",
  "REPUBLIKA.CO.ID", "JD.Com"), a URL, after an initial or an abbreviation ("U.S.", "P.W.", "Jl.Medan",
  "Sp.PD", "M.Kom") and in upper-case codes ("92/PDT.SUS", "PN.JKT.PST"). A straight quote between
  the period and the capital opens the next sentence; a curly closing quote ends this one.
* A quotation of several sentences is split into its sentences: '"Kami siap. Kami datang," kata dia.'
  gives '"Kami siap.' and 'Kami datang," kata dia.' — each is a claim of its own, and the quote stage
  pairs the opening and closing marks across sentences to find the speaker.
* Bullet lines ("• Meredakan masuk angin", "- EQ-STD-1") are sentences by the paragraph rule; the
  bullet character stays in the span.

Spans never start or end with whitespace and together cover every non-space character of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gugus.lang.stopwords import FUNCTION_WORDS

__all__ = ["split_sentences", "sentences"]

# Abbreviations whose period never ends a sentence: titles before a name, place words before a name.
# Case-folded; the ones in _TITLE_ANY_CASE count in lower case too ("dr. Imelda"), the rest only when
# written with a capital, so that "no." or "gen." ending an English or Indonesian sentence still ends it.
_TITLE = frozenset(
    # Indonesian
    "dr drg drs dra prof ir hj kh jl jln gg bpk sdr sdri kec kab kel kp ds dsn prov kol pol purn moh muh "
    "mochd abd tn ny yth sp subsp st kav brigjen mayjen letjen kombes ust "
    # English
    "mr mrs ms messrs mme dr prof gen lt col sgt capt cmdr adm maj gov sen rep rev hon pres supt mt ft vs "
    "insp det fr".split()
)
_TITLE_ANY_CASE = frozenset("dr drg drs dra prof vs yth".split())
# Abbreviations that do not end a sentence before a digit: "No. 5", "Rp. 5.000", "Jan. 5".
_BEFORE_NUMBER = frozenset(
    "no nomor rp tgl thn hal hlm vol art ps pp tel telp ext fig jan feb mar apr jun jul aug agu agt sep "
    "sept oct okt nov des dec pk".split()
)
# Abbreviations that often close a sentence: it ends only before a sentence starter.
_FINAL = frozenset("dll dsb dst dkk tsb sbb etc inc ltd co corp jr sr bros plc llc cs".split())
# Words before a single capital that make it a label, not an initial: "Grup E. Bermain di …".
_LABELS = frozenset(
    "grup group seri series vitamin kelas class tipe type pasal ayat huruf blok block zona zone kategori "
    "category opsi option plan rencana gate pintu level paragraf lampiran section kode code babak "
    "gelombang tahap sesi session serie formula model generasi gen euro".split()
)
# Lower-case words that precede a name: after them a single capital is an initial ("ustad R. Prawoto").
_BEFORE_NAME = frozenset("ustad ustaz ustadz kiai kyai habib syekh gus mbah bang saudara saudari".split())
# Top-level domains seen after a period with no space ("TEMPO.CO,", "REPUBLIKA.CO.ID", "KIM.ID").
_TLDS = frozenset("com co id net org go ac or sch mil tv io info biz news my sg uk au jp edu gov web".split())
_TLDS_TITLE = frozenset("com net org co id".split())  # also in title case: "JD.Com"

_TERMINAL = re.compile(r"([.!?…]+)([\"'”’»)\]]*)")
_OPENERS = "\"'“‘«([„"
_BULLETS = "-–—•·▪*●○◦►>"
_DOTTED = re.compile(r"(?:[a-z]{1,3}\.)+[a-z]{1,4}")  # s.h, m.si, u.s, a.m, ph.d, m.kom
_SUBSP = re.compile(r"(?:sp|subsp|m|s|dr|ph)\.[a-z.]+")  # degree titles: sp.pd, subsp.g.e.h, m.psi
_ENUM = re.compile(r"\d{1,3}|[A-Za-z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6}")
_RUN_ENUM = re.compile(r"[:;]\d{1,2}$")
_NUMBER = re.compile(r"\d[\d.,]*")
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+")


def _starters(lang: str | None) -> frozenset[str]:
    return FUNCTION_WORDS.get(lang or "id", FUNCTION_WORDS["id"]) | FUNCTION_WORDS["en"]


_STARTERS = {lang: _starters(lang) for lang in (*FUNCTION_WORDS, None)}


_COMMON_ZIPF = 4.8  # above the commonest given names ("Budi" 4.7, "Agus" 4.6); "Asal" is 5.4


@lru_cache(maxsize=65536)
def _zipf(word: str, lang: str) -> float:
    from gugus.lang.frequency import zipf

    return zipf(word, lang)


class _Context:
    """Per-call state: the text, the sentence starters, and the lower-case words (built when needed)."""

    __slots__ = ("text", "lang", "starters", "_lower")

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        self.lang = lang if lang in ("id", "en", "ms") else "id"
        self.starters = _STARTERS.get(lang) or _starters(lang)
        self._lower: set[str] | None = None

    def common(self, word: str) -> bool:
        """Whether `word` is a common word, not a name: written in lower case elsewhere in the text, or
        frequent in the language (wordfreq: "Asal", "Pertandingan" are; "Budi", "Kelly", "Ramos" are not)."""
        if self._lower is None:
            self._lower = set(_LOWER_WORD.findall(self.text))
        low = word.lower()
        return len(low) > 1 and (low in self._lower or _zipf(low, self.lang) >= _COMMON_ZIPF)

    def starts(self, word: str) -> bool:
        return word.lower() in self.starters


def _token_before(text: str, pos: int, line_start: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at `pos` (without leading quotes or brackets), and its start."""
    i = pos
    while i > line_start and not text[i - 1].isspace():
        i -= 1
    while i < pos and text[i] in _OPENERS:
        i += 1
    return text[i:pos], i


def _line_initial(text: str, start: int, line_start: int) -> bool:
    """Whether only whitespace and bullet characters precede `start` on its line."""
    return all(ch.isspace() or ch in _BULLETS for ch in text[line_start:start])


def _word_at(text: str, pos: int, end: int) -> str:
    m = _WORD_AT.match(text, pos, end)
    return m.group() if m else ""


def _is_abbreviation(token: str) -> bool:
    low = token.lower()
    if low in _TITLE:
        return token[0].isupper() or low in _TITLE_ANY_CASE
    return low in _FINAL or _DOTTED.fullmatch(low) is not None or _SUBSP.fullmatch(low) is not None


def _period_ends(ctx: _Context, dot: int, nxt: int, line_start: int, line_end: int) -> bool:
    """Whether the period at `dot`, followed by whitespace and then text[nxt], ends the sentence."""
    text = ctx.text
    token, tstart = _token_before(text, dot, line_start)
    if not token:
        return True
    low = token.lower()
    if _ENUM.fullmatch(token) and _line_initial(text, tstart, line_start):
        return False  # "1. Mantan Dirut", "A. Pendahuluan"
    if _RUN_ENUM.search(token):
        return False  # a list run into its sentence: "Mereka adalah:1. Mantan Dirut Sritex;2. Pemimpin …"
    if low in _BEFORE_NUMBER and text[nxt].isdigit():
        return False
    if low in _TITLE and (token[0].isupper() or low in _TITLE_ANY_CASE):
        return False
    following = _word_at(text, nxt, line_end)
    if len(token) == 1 and token.isupper():
        prev, _ = _token_before(text, tstart - 1, line_start) if tstart > line_start else ("", 0)
        plow = prev.lower()
        common = prev[:1].islower() and prev[-1:].isalpha() and plow not in ctx.starters
        if prev and (_NUMBER.fullmatch(prev) or plow in _LABELS or (common and plow not in _BEFORE_NAME)):
            return True  # "Rp 2,6 T.", "vitamin C.", "Grup E.", not "dan M. Adian", "2 hari, R. Kelly"
        return bool(following) and (ctx.starts(following) or ctx.common(following))
    if low in _FINAL:
        return bool(following) and (ctx.starts(following) or ctx.common(following))
    if _DOTTED.fullmatch(low) or _SUBSP.fullmatch(low):
        if low.rsplit(".", 1)[-1] in _TLDS and len(low.split(".", 1)[0]) > 1:
            return True  # a domain: "kpu.go.id. Di sana"
        return bool(following) and ctx.starts(following)
    return True


def _joined_ends(ctx: _Context, dot: int, nxt: int, line_start: int, line_end: int) -> bool:
    """Whether "x.Y" with no space (a scraped run-together or a domain) is a sentence break."""
    text = ctx.text
    token, tstart = _token_before(text, dot, line_start)
    if "://" in token or token.lower().startswith("www") or "@" in token:
        return False
    m = re.search(r"[^\W_]+$", token)
    left = m.group() if m else ""
    right = _word_at(text, nxt, line_end)
    after = text[nxt + len(right)] if nxt + len(right) < line_end else " "
    if not left:
        return True  # "(UU).Habiburokhman", "(19/6/2025).Ikuti"
    enum = left.isdigit() and len(left) <= 3 and tstart + len(left) == dot
    if enum and _line_initial(text, tstart, line_start):
        return False  # "1.PT Bank Negara Indonesia Tbk"
    if len(left) == 1 and left.isalpha():
        if tstart == dot - 1 and len(right) >= 3 and not right.isupper() and tstart > line_start:
            prev, _ = _token_before(text, tstart - 1, line_start)
            if prev[:1].islower() and prev.lower() not in ctx.starters:
                return True  # "melalui akun X.Rencananya"
        return False  # "U.S.", "P.W.", "D.C", "M.Kom"
    if _is_abbreviation(left) or left.lower() in ("sp", "subsp", "ph"):
        return False  # "Jl.Medan", "Sp.PD", "Dr.Sugimoto", "St.Petersburg"
    rlow = right.lower()
    tld = right.isupper() or (rlow in _TLDS_TITLE and right.istitle())
    if rlow in _TLDS and tld and not after.isalpha():
        return False  # "TEMPO.CO,", "REPUBLIKA.CO.ID", "JD.Com"
    if right.isupper() and not after.islower():
        if left.isupper() and not left.isdigit():
            return False  # "PDT.G", "PN.JKT.PST", "M.EKON": a code or an upper-case domain
        if left.isdigit() and after in "./0123456789":
            return False  # "IMI-568.GR.01.01"
    return True


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or (ch.isalpha() and not ch.islower())


def _breaks(ctx: _Context, line_start: int, line_end: int) -> list[int]:
    """Offsets inside one line where a sentence ends."""
    text = ctx.text
    cuts: list[int] = []
    for m in _TERMINAL.finditer(text, line_start, line_end):
        punct, closers = m.group(1), m.group(2)
        end = m.end()
        if end >= line_end:
            break
        ch = text[end]
        if ch.isspace():
            j = end + 1
            while j < line_end and text[j].isspace():
                j += 1
            if j >= line_end or not _starts_sentence(text[j]):
                continue
            if closers:  # 'siap." Dia', 'fitnah.” Tiba', but "(dll.) sayur" is decided as a period
                bracket_only = set(closers) <= set(")]")
                if not (bracket_only and _is_abbreviation(_token_before(text, m.start(), line_start)[0])):
                    cuts.append(end)
                    continue
            if punct != "." or _period_ends(ctx, m.start(), j, line_start, line_end):
                cuts.append(end)
            continue
        # no space after the punctuation: a run-together sentence, a domain, an initial or a number
        if closers:
            if not (ch.isupper() or (ch.isalpha() and not ch.islower())):
                continue
            if closers[0] in "\"'":
                cuts.append(m.start(2))  # 'lainnya."Fokus': the straight quote opens the next sentence
            else:
                cuts.append(end)  # 'fitnah.”Tiba'
            continue
        if ch in '“‘"(' and end + 1 < line_end and text[end + 1].isupper():
            if punct != "." or _joined_ends(ctx, m.start(), end + 1, line_start, line_end):
                cuts.append(end)  # '2025.“Saya', but not 'Subsp.G.E.H.(K)'
            continue
        if not (ch.isupper() or (ch.isalpha() and not ch.islower())):
            continue
        if punct != "." or _joined_ends(ctx, m.start(), end, line_start, line_end):
            cuts.append(end)
    return cuts


def split_sentences(text: str, lang: str | None = "id") -> list[tuple[int, int]]:
    """Sentence spans of `text` as (start, end) offsets, in order, trimmed of whitespace.

    `lang` chooses the function words that count as sentence starters after an ambiguous period; English
    ones always count too, since Indonesian news quotes English. Other languages fall back to Indonesian.
    """
    ctx = _Context(text, lang)
    spans: list[tuple[int, int]] = []
    n = len(text)
    line_start = 0
    while line_start <= n:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = n
        start = line_start
        for cut in [*_breaks(ctx, line_start, line_end), line_end] if line_end > line_start else []:
            s, e = start, cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                spans.append((s, e))
            start = cut
        line_start = line_end + 1
    return spans


def sentences(text: str, lang: str | None = "id") -> list[str]:
    """The sentences of `text` as strings (for reading and tests; the stages keep the offsets)."""
    return [text[s:e] for s, e in split_sentences(text, lang)]
