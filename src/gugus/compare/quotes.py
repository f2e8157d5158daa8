"""Quotes: direct and reported speech with its speaker, Indonesian and English, grouped across a story.

A reader comparing coverage wants to know who said what and which outlets quote the same words. Direct
quotes are the text between “…”, "…", ‘…’ or «…»; reported speech is found from its cue:

- a verb after the speaker: "X mengatakan (bahwa) …", "X menyatakan …", "X said (that) …";
- a verb before the speaker, after a comma or a closing quote: "…, kata KCNA", "…,” ujar X", "tutur X",
  "jelas X", "…, said X", "…,” X said";
- "menurut X, …", "…, menurut X", "according to X".

The speaker is the entity mention in the speaker's phrase (a person before an organisation before
anything else), else the phrase itself when it is a plain noun phrase ("pemimpin yang memproklamirkan
diri"); a bare "kementerian" or "the ministry" takes the last mention it heads. "dia", "ia", "he",
"-nya" take a person named earlier in the sentence, else one named in the sentence before (the one that
spoke last, if named there), else the last named speaker. Where a quote is reported through another
source ("Pushilin menyatakan … “…”, kata KCNA"), the innermost speaker is the speaker and the outer one
is `via`.

Across a story, quotes whose normalised tokens overlap by at least 0.7 of the shorter are one group.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from gugus.analyze.article import Analysis
from gugus.analyze.entities import group_aliases
from gugus.analyze.tokens import content_tokens, tokenize
from gugus.lang.stopwords import stopwords
from gugus.lang.titles import TITLE_HEADS
from gugus.model import Article, Mention

__all__ = [
    "Quote", "QuoteGroup", "find_quotes", "group_quotes", "quote_terms", "quoted_spans", "same_words",
    "story_quotes",
]  # fmt: skip

Item = tuple[Article, Analysis]


@dataclass
class Quote:
    """Words attributed to a speaker in one article; offsets index into Article.text."""

    text: str
    speaker: str | None
    speaker_key: str | None
    direct: bool  # between quotation marks, or reported speech
    article_id: str
    sentence: int  # index into Analysis.sentences of the sentence where the quote starts
    start: int
    end: int
    via: str | None = None  # who reports the speaker's words: "KCNA" in "Pushilin said …, kata KCNA"

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class QuoteGroup:
    """The same words quoted by one or more articles of a story."""

    text: str  # the version that shares most words with the others
    speaker: str | None  # the commonest speaker among the versions
    speaker_key: str | None
    sources: list[str]  # article ids, in order of first quote
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["quotes"] = [q.to_dict() for q in self.quotes]
        return d


# -- cues -------------------------------------------------------------------------------------------------

_LEAD = r"(?:[,;][^\S\n]*[”\"’]?|[”\"’][^\S\n]*,?)[^\S\n]*"  # ", kata" ",” kata" "” kata" "\", said"
_AFTER_ID = (
    "kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah|terang|tegas|papar|sebut|lanjut|tandas|pungkas|cetus|"
    "beber|urai|sambung|timpal|tutup|seloroh|kelakar|tulis|aku(?=nya)|"
    r"demikian\s+(?:pernyataan|keterangan|kata|ujar|tulis)(?:\s+resmi)?"
)
_AFTER_EN = "said|says|added|explained|insisted"
_BEFORE_ID = (
    "mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|mengungkapkan|menuturkan|berkata|"
    "menyebutkan|mengklaim|bersikeras|menekankan|memperingatkan|menyampaikan"
)
_BEFORE_EN = "said|says|told|added|stated|insisted|warned|claimed|explained|saying"
_GLUE = r"(?:\b|(?<=[a-z]))"  # "Kim Jong Unmenurut": a word glued to the name before it by scraping

_RX_AFTER = re.compile(rf"{_LEAD}(?P<verb>(?i:{_AFTER_ID}))(?P<nya>nya)?\b|{_LEAD}(?P<verb_en>{_AFTER_EN})\b")
_RX_MENURUT = re.compile(rf"{_GLUE}(?P<verb>[Mm]enurut)(?P<nya>nya)?\b|\b(?P<verb_en>[Aa]ccording to)\b")
_RX_BEFORE = re.compile(rf"{_GLUE}(?P<verb>{_BEFORE_ID})\b|\b(?P<verb_en>{_BEFORE_EN})\b")
_NEGATED = re.compile(r"(?i:\b(?:tidak|tak|belum|enggan|menolak|bukan|not|never|didn't|did not)\s+)$")

_QUOTES = re.compile(
    r"“(?P<a>[^“”\n]+?)”|\"(?P<b>[^\"\n]+?)\"|(?<![\w])‘(?P<c>[^‘’\n]+?)’(?![\w])|«(?P<d>[^«»\n]+?)»"
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_PHRASE_STOP = frozenset(
    """di dalam kepada pada saat ketika usai seusai selepas setelah sebelum sambil seraya dikutip melalui
    lewat kemarin via seperti dilansir sebagaimana kala tadi on in at during to while when after before
    as from about via through""".split()
)
_WEEKDAYS = frozenset(
    """senin selasa rabu kamis jumat sabtu minggu
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_PRONOUNS = frozenset("dia ia beliau mereka he she they it nya".split())
_FIRST_PERSON = frozenset("saya aku kami kita i we".split())
_ADVERBS = frozenset(
    """juga kemudian sebelumnya pun telah sudah lagi pernah hanya bahkan justru lalu also later previously
    has have had then earlier further again dilaporkan reportedly""".split()
)
_DETERMINERS = frozenset("para sang sejumlah seorang sebuah beberapa the a an".split())
_RELATIVE = frozenset("yang who which".split())
_DEMONSTRATIVES = frozenset("ini itu tersebut".split())
_CONJ = frozenset("dan tetapi namun sementara serta tapi and but while".split())
# Words that end the speaker's clause going back from the verb: "… kepada Putin di mana dia mengatakan".
_CLAUSE_WORDS = _CONJ | frozenset(
    "dengan sambil seraya bahwa ketika saat setelah sebelum that when after".split()
)
_BREAKS = re.compile(r"[,.;:!?()\[\]“”\"\n—–]")
_NOT_SPEAKERS = frozenset(
    """rencana jadwal aturan ketentuan peraturan undang-undang pasal hukum kalender perhitungan
    catatan prediksi perkiraan ramalan definisi logika teori kamus""".split()
)
_SLUG = re.compile(r"[^0-9a-z]+")
_WORDS_BEFORE = re.compile(r"\s*(?:[,.;]|$|(?i:kepada|to)\b)")  # nothing reported after the verb
_DATELINE = re.compile(r"(?=[A-Z]{3})[^\n]{0,50}?\s[-–—]+\s")  # "JAKARTA, June 18 (Reuters) - "
_THAT = re.compile(r"\b(?:bahwa|that)\b")
_MAX_PHRASE = 8
_SUBJECT_CHARS = 40  # a person named this near a sentence's start is its subject
_MIN_WORDS = 2  # a one-word quote is a term or a scare quote, not speech
_MIN_REPORTED = 3
_MIN_GROUP = 3  # content words


@dataclass
class _Cue:
    """One attribution found in the text: who, and the clause the words are in."""

    kind: str  # "after" (kata X, said X, menurut X) | "before" (X mengatakan, X said)
    start: int  # the cue (lead punctuation included for "after")
    verb_start: int
    verb_end: int
    speaker: str | None
    key: str | None
    sentence: int
    lead_start: bool = False  # "Menurut X, …": the cue opens its sentence and the words follow it
    phrase_end: int = 0  # where the speaker's phrase ends ("after" cues)
    phrase_start: int = 0  # where the speaker's phrase starts ("before" cues)
    via: _Cue | None = None
    inner: bool = False  # reported through another cue's speaker: yields no quote of its own


class _Article:
    """The text, its sentences and mentions, and the speaker named last: what speaker resolution needs."""

    def __init__(self, article: Article, analysis: Analysis) -> None:
        self.text = article.text or ""
        self.id = article.id
        self.sentences = analysis.sentences or [(0, len(self.text))]
        self.starts = [s for s, _ in self.sentences]
        self.mentions = sorted(analysis.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.last: tuple[str, str] | None = None  # (speaker, key) of the last named speaker
        self.speakers: list[tuple[str, str | None]] = []  # every speaker so far, noun phrases too

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def span(self, i: int) -> tuple[int, int]:
        return self.sentences[i]

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        k = bisect_right(self.mention_starts, a - 1)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < b:
            if self.mentions[k].end <= b:
                out.append(self.mentions[k])
            k += 1
        return out


# -- speakers ---------------------------------------------------------------------------------------------


def _pick(mentions: list[Mention], last: bool) -> Mention | None:
    """A person before an organisation before anything else; the one nearest the verb."""
    for kinds in (("person",), ("org",), ("place", "misc")):
        found = [m for m in mentions if m.kind in kinds]
        if found:
            return found[-1] if last else found[0]
    return None


def _words(text: str, a: int, b: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, a, b))


def _after_phrase(doc: _Article, pos: int, limit: int) -> tuple[int, int]:
    """The speaker's phrase after "kata", "menurut", "said": up to punctuation or a preposition."""
    end, n = pos, 0
    for m in _WORD.finditer(doc.text, pos, limit):
        gap = doc.text[end : m.start()]
        w = m.group()
        if (n and _BREAKS.search(gap)) or (not n and gap.strip()) or n >= _MAX_PHRASE:
            break
        if w.casefold() in _PHRASE_STOP or (n and w.casefold() in _WEEKDAYS and w[0].isupper()):
            break
        end, n = m.end(), n + 1
    return pos, end


def _before_phrase(doc: _Article, verb_start: int, sent_start: int) -> tuple[int, int, str]:
    """The words right before "mengatakan", "said", back over adverbs to a clause boundary.

    Returns (start, end, how): how is "relative" for "…, yang mengatakan" (the speaker is the name
    before "yang"), "subject" where the clause is empty ("… dan bersikeras", "dengan mengatakan": the
    speaker is the sentence's subject), else "phrase".
    """
    text = doc.text
    words = _words(text, sent_start, verb_start)
    k = len(words)
    while k and words[k - 1].group().casefold() in _ADVERBS:
        k -= 1
    if k and words[k - 1].group().casefold() == "yang":
        return sent_start, words[k - 1].start(), "relative"
    end = words[k - 1].end() if k else verb_start
    start = end
    appositive = False
    while k:
        w = words[k - 1]
        gap = text[w.end() : start] if start > w.end() else ""
        if _BREAKS.search(gap):
            if start == end and not appositive and "," in gap:
                appositive = True  # "…, Alexander Matsegora, mengatakan": the name between the commas
                end = start = w.end()
            else:
                break
        low = w.group().casefold()
        if low in _CLAUSE_WORDS or (low == "mana" and k > 1 and words[k - 2].group().casefold() == "di"):
            break
        start = w.start()
        k -= 1
    if start == end:
        return start, end, "subject"
    return start, end, "phrase"


def _subject(doc: _Article, sentence: int, limit: int) -> tuple[str | None, str | None]:
    """The subject of a sentence: its first words, after an opening adverbial ("Dalam surat itu, …")."""
    s0, _ = doc.span(sentence)
    first = _WORD.search(doc.text, s0, limit)
    if first is None:
        return None, None
    comma = doc.text.find(",", s0, limit)
    if comma >= 0 and not doc.mentions_in(s0, comma) and first.group().casefold() not in _PRONOUNS:
        s0 = comma + 1
        first = _WORD.search(doc.text, s0, limit)
        if first is None:
            return None, None
    if first.group().casefold() in _PRONOUNS:
        return _resolve_pronoun(doc, first.start(), sentence)
    window = _words(doc.text, s0, limit)[:10]
    if not window:
        return None, None
    m = _pick(doc.mentions_in(s0, window[-1].end()), last=False)
    return (m.text, m.key) if m else (None, None)


def _strip_phrase(text: str) -> str:
    words = text.split()
    while words and words[0].casefold() in _CONJ | {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


def _resolve_pronoun(doc: _Article, pos: int, sentence: int) -> tuple[str | None, str | None]:
    """A person named earlier in the sentence, else in the nearest of the three sentences before that
    names the last speaker or has a person for its subject, else the last named speaker, else the first
    person the article names."""
    s0 = doc.span(sentence)[0]
    before = [m for m in doc.mentions_in(s0, pos) if m.kind == "person"]
    if before:
        return before[0].text, before[0].key
    for k in range(sentence - 1, max(-1, sentence - 4), -1):
        a, b = doc.span(k)
        prev = [m for m in doc.mentions_in(a, b) if m.kind == "person"]
        if doc.last and any(m.key == doc.last[1] for m in prev):
            return doc.last
        subject = [m for m in prev if m.start - a <= _SUBJECT_CHARS]  # not "… menyediakan Healthcare X"
        if subject:
            return subject[0].text, subject[0].key
    if doc.last:
        return doc.last
    lede = [m for m in doc.mentions_in(0, pos) if m.kind == "person"]  # the lede's subject
    return (lede[0].text, lede[0].key) if lede else (None, None)


def _head_mention(doc: _Article, phrase: str, pos: int) -> tuple[str, str | None] | None:
    """The name a bare noun stands for: the last mention it heads ("kementerian" → "Kementerian luar
    negeri Donetsk"), else the last speaker it ends ("the ministry" → "finance ministry")."""
    words = [w for w in phrase.casefold().split() if w not in _DETERMINERS | _DEMONSTRATIVES | {"this"}]
    if len(words) != 1:
        return None
    for m in reversed(doc.mentions_in(0, pos)):
        first = m.text.split()[0].casefold()
        if first == words[0] or (len(words[0]) > 4 and first.startswith(words[0])):
            return m.text, m.key
    for speaker, key in reversed(doc.speakers):
        if speaker.casefold().split()[-1] == words[0] and speaker.casefold() != words[0]:
            return speaker, key
    return None


def _speaker(
    doc: _Article, a: int, b: int, sentence: int, last: bool, nya: bool = False
) -> tuple[str | None, str | None]:
    """Who the phrase text[a:b] names: a mention, a pronoun or an anaphor ("Waketum PAN ini")
    resolved, or a plain noun phrase. `last` where the phrase is before its verb (its head is last)."""
    if nya:
        return _resolve_pronoun(doc, a, sentence)
    phrase = _strip_phrase(doc.text[a:b])
    words = phrase.casefold().split()
    if not words or words[0] in _FIRST_PERSON or words[0] in _NOT_SPEAKERS:
        return None, None
    if words[0] in _RELATIVE:  # "ketua FSB, yang akan segera mengakhiri masa jabatannya, memperingatkan"
        m = _pick([x for x in doc.mentions_in(doc.span(sentence)[0], a) if x.end >= a - 60], last=True)
        return (m.text, m.key) if m else (None, None)
    if words[-1] in _DEMONSTRATIVES and (words[0] in TITLE_HEADS or doc.mentions_in(a, b)):
        return _resolve_pronoun(doc, a, sentence)  # "ujar Waketum PAN ini": the person named before
    m = _pick(doc.mentions_in(a, b), last)
    if m is not None:
        if m.kind != "person" and _names_more(phrase, m):
            return phrase, _slug(phrase)  # "Press Trust" where the finder saw only "Trust"
        return m.text, m.key
    if " ".join(words) in _PRONOUNS:
        return _resolve_pronoun(doc, a, sentence)
    head = words[-1] if last else next((w for w in words if w not in _DETERMINERS), words[0])
    if len(words) > 6 or (head in _stop() and head not in _DEMONSTRATIVES):
        return None, None  # "juga tentang", "mereka yang": not a noun phrase
    if all(w in _stop() for w in words):
        return None, None  # "Ini menegaskan …"
    found = _head_mention(doc, phrase, a)
    return found if found is not None else (phrase, _slug(phrase))


def _names_more(phrase: str, m: Mention) -> bool:
    """A capitalised phrase of which the mention is only the end, its other words no titles."""
    words = phrase.split()
    extra = words[: len(words) - len(m.text.split())]
    return (
        bool(extra) and phrase.endswith(m.text) and len(words) <= 4
        and all(w[:1].isupper() and w.casefold() not in TITLE_HEADS for w in extra)
    )  # fmt: skip


def _slug(text: str) -> str | None:
    return _SLUG.sub("-", text.casefold()).strip("-") or None


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return (stopwords("id") | stopwords("en")) - _PRONOUNS


def _remember(doc: _Article, cue: _Cue) -> None:
    """Named speakers (not pronouns, not noun phrases without a mention) are what a later "dia" means."""
    if cue.speaker and cue.key and any(m.key == cue.key for m in doc.mentions):
        doc.last = (cue.speaker, cue.key)
    if cue.speaker:
        doc.speakers.append((cue.speaker, cue.key))


def _find_cues(doc: _Article, quoted: list[tuple[int, int]]) -> list[_Cue]:
    """The attributions outside quotation marks, in text order (a cue inside a quote is the quoted
    speaker's own words)."""
    text = doc.text
    starts = [a for a, _ in quoted]
    found: list[tuple[int, str, re.Match[str]]] = []
    for kind, rx in (("after", _RX_AFTER), ("menurut", _RX_MENURUT), ("before", _RX_BEFORE)):
        for m in rx.finditer(text):
            found.append((m.start("verb") if m.group("verb") else m.start("verb_en"), kind, m))
    found.sort(key=lambda x: x[0])
    cues: list[_Cue] = []
    taken: set[int] = set()
    for verb_start, kind, m in found:
        k = bisect_right(starts, verb_start) - 1
        if verb_start in taken or (k >= 0 and quoted[k][0] <= verb_start < quoted[k][1]):
            continue
        cue = _make_cue(doc, kind, m)
        if cue is not None:
            taken.add(verb_start)
            _remember(doc, cue)
            cues.append(cue)
    return cues


def _glued_ok(text: str, verb_start: int) -> bool:
    """A cue glued to the word before it only after a capitalised word ("Unmenurut"), never inside one."""
    if verb_start == 0 or not text[verb_start - 1].isalpha():
        return True
    k = verb_start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k].isupper()


def _appositive(doc: _Article, a: int, b: int) -> tuple[str, str] | None:
    """The person before the comma in "Tauhid Ahmad, ekonom INDEF, menyatakan", not the organisation."""
    after_comma = doc.text[max(0, a - 4) : a].rstrip().endswith(",")
    if not after_comma or any(m.kind == "person" for m in doc.mentions_in(a, b)):
        return None
    comma = doc.text.rfind(",", 0, a)
    near = [m for m in doc.mentions_in(max(0, comma - 80), comma + 1) if m.kind == "person"]
    if near and not doc.text[near[-1].end : comma].strip():
        return near[-1].text, near[-1].key
    return None


def _make_cue(doc: _Article, kind: str, m: re.Match[str]) -> _Cue | None:
    text = doc.text
    vg = "verb" if m.group("verb") else "verb_en"
    nya = bool(m.groupdict().get("nya"))
    vs, ve = m.start(vg), m.end("nya") if nya else m.end(vg)
    if not _glued_ok(text, vs):
        return None
    sentence = doc.sentence_of(vs)
    s0, s1 = doc.span(sentence)
    if kind == "before":
        if _NEGATED.search(text, max(s0, vs - 12), vs):
            return None
        a, b, how = _before_phrase(doc, vs, s0)
        if how == "relative":
            x = _pick([x for x in doc.mentions_in(s0, b) if x.end >= b - 40], last=True)
            speaker, key = (x.text, x.key) if x else (None, None)
        elif how == "subject":
            speaker, key = _subject(doc, sentence, vs)
        else:
            speaker, key = _appositive(doc, a, b) or _speaker(doc, a, b, sentence, last=True)
        if speaker is None:
            return None
        return _Cue("before", vs, vs, ve, speaker, key, sentence, phrase_start=a)
    lead_start = kind == "menurut" and not _WORD.search(text, s0, m.start())  # "Menurut X, …"
    a, b = (ve, ve) if nya else _after_phrase(doc, ve, s1)
    speaker, key = _speaker(doc, a, b, sentence, last=False, nya=nya)
    if speaker is None:
        return None
    return _Cue("after", m.start(), vs, ve, speaker, key, sentence, lead_start=lead_start, phrase_end=b)


# -- quotes in one article ----------------------------------------------------------------------------------


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words between quotation marks, two words or more, marks left out."""
    out = []
    for m in _QUOTES.finditer(text):
        g = next(k for k in "abcd" if m.group(k) is not None)
        a, b = m.span(g)
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1] in ",.;:" or text[b - 1].isspace()):
            b -= 1
        if len(_WORD.findall(text, a, b)) >= _MIN_WORDS:
            out.append((a, b))
    return out


def _nest(cues: list[_Cue]) -> None:
    """Within a sentence, an outer cue reports an inner one: "Menurut X, Sin mengatakan …", "Pushilin
    menyatakan …, kata KCNA". The inner speaker spoke; the outer is `via` and yields no quote itself."""
    by_sentence: dict[int, list[_Cue]] = {}
    for c in cues:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
        befores = [c for c in group if c.kind == "before"]
        afters = [c for c in group if c.kind == "after" and not c.lead_start]
        for first, second in zip(afters, afters[1:], strict=False):
            second.inner, first.via = True, first.via or second  # "…, kata X dalam surat … menurut Y"
        for c in group:
            if c.kind != "after" or c.inner:
                continue
            if c.lead_start:
                inner = [b for b in befores if b.verb_start > c.verb_start]
            else:
                inner = [b for b in befores if b.verb_end < c.start]
            if inner:
                target = inner[0] if c.lead_start else inner[-1]
                target.via = c
                c.inner = True


def _quote_speaker(q: tuple[int, int], cues: list[_Cue], doc: _Article) -> _Cue | None:
    """The cue a direct quote belongs to: the nearest "X mengatakan"/"menurut X" before it in its
    sentence, else the "…,” kata X" right after it, else one later in the sentence."""
    a, b = q
    s_open = doc.sentence_of(a)
    before = [
        c for c in cues if c.sentence == s_open and c.verb_end <= a and (c.kind == "before" or c.lead_start)
    ]
    if before:
        return before[-1]
    s_close = doc.sentence_of(b)
    after = [c for c in cues if c.kind == "after" and c.start >= b and c.sentence == s_close]
    adjacent = [c for c in after if c.start - b <= 3]
    if adjacent:
        return adjacent[0]
    post = [c for c in cues if c.kind == "before" and b <= c.phrase_start <= b + 3 and c.sentence == s_close]
    if post:  # "“…,” Price said."
        return post[0]
    return after[0] if after else None


def _reported_span(doc: _Article, cue: _Cue, cues: list[_Cue]) -> tuple[int, int]:
    """The words reported by a cue that has no quotation marks of its own."""
    text = doc.text
    s0, s1 = doc.span(cue.sentence)
    if cue.kind == "before":
        a = cue.verb_end
        rest = text[a : min(s1, a + 160)]
        m = _THAT.search(rest)
        if m and not re.search(r"[“\"]", rest[: m.start()]):
            a += m.end()  # "mengatakan kepada surat kabar X dalam wawancara, menurut Y bahwa …"
        elif cue.phrase_start > s0 and (
            _WORDS_BEFORE.match(rest)
            or text[cue.verb_start : a] == "told"
            or text[s0 : cue.phrase_start].rstrip().endswith(("”", '"', "’", ",”", ',"'))
        ):
            return s0, cue.phrase_start  # "…, Governor X said, citing …", "“…,” X told reporters."
        later = [c.start for c in cues if c.sentence == cue.sentence and c.start > a and c.kind == "after"]
        return a, min([s1, *later])
    if cue.lead_start:
        comma = text.find(",", cue.phrase_end, s1)
        return (comma + 1 if comma >= 0 else cue.phrase_end), s1
    earlier = [
        c.phrase_end for c in cues if c.sentence == cue.sentence and c.kind == "after" and c.start < cue.start
    ]
    return max([s0, *earlier]), cue.start


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Spaces and punctuation off the ends; a quotation mark stays where its pair is inside."""
    while a < b and (text[a].isspace() or text[a] in ",:;—–-" or (text[a] in "”’")):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",.:;—–-“‘"):
        b -= 1
    if text.count("“", a, b) > text.count("”", a, b) and b < len(text) and text[b] == "”":
        b += 1
    return a, b


def find_quotes(article: Article, analysis: Analysis) -> list[Quote]:
    """Direct quotes and reported speech of one article, in text order, each with its speaker."""
    doc = _Article(article, analysis)
    if not doc.text:
        return []
    spans = quoted_spans(doc.text)
    cues = _find_cues(doc, spans)
    _nest(cues)
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    for a, b in spans:
        cue = _quote_speaker((a, b), cues, doc)
        q = _quote(doc, a, b, cue, direct=True)
        if cue is None and quotes and quotes[-1].direct and _continues(doc, quotes[-1], q):
            q.speaker, q.speaker_key, q.via = quotes[-1].speaker, quotes[-1].speaker_key, quotes[-1].via
        quotes.append(q)
        covered.append((a, b))
    for cue in cues:
        if cue.inner:
            continue
        a, b = _trim(doc.text, *_reported_span(doc, cue, cues))
        dateline = _DATELINE.match(doc.text, a, b)
        a = dateline.end() if dateline else a
        outside = _words_outside(doc.text, a, b, covered)
        if outside < _MIN_REPORTED + 2 and any(x < b and a < y for x, y in covered):
            continue  # the direct quote already holds these words
        if len(_WORD.findall(doc.text, a, b)) < _MIN_REPORTED or outside < _MIN_REPORTED:
            continue
        quotes.append(_quote(doc, a, b, cue, direct=False))
    quotes.sort(key=lambda q: (q.start, not q.direct))
    return quotes


def _continues(doc: _Article, before: Quote, q: Quote) -> bool:
    """A quote with no cue of its own right after another one (in the next sentence, nothing but
    quotation between) is the same speaker going on."""
    ended = doc.sentence_of(before.end)
    opens = not _WORD.search(doc.text, doc.span(q.sentence)[0], q.start)
    return q.sentence == ended or (q.sentence == ended + 1 and opens)


def _quote(doc: _Article, a: int, b: int, cue: _Cue | None, direct: bool) -> Quote:
    speaker, key = (cue.speaker, cue.key) if cue else (None, None)
    via = cue.via.speaker if cue and cue.via else None
    return Quote(doc.text[a:b], speaker, key, direct, doc.id, doc.sentence_of(a), a, b, via)


def _words_outside(text: str, a: int, b: int, covered: list[tuple[int, int]]) -> int:
    inside = [(max(a, x), min(b, y)) for x, y in covered if x < b and a < y]
    n = len(_WORD.findall(text, a, b))
    return n - sum(len(_WORD.findall(text, x, y)) for x, y in inside)


# -- across a story ---------------------------------------------------------------------------------------


def _terms(q: Quote) -> frozenset[str]:
    return frozenset(tokenize(q.text))


def _content(q: Quote, lang: str | None) -> frozenset[str]:
    return frozenset(content_tokens(q.text, lang))


def quote_terms(q: Quote, lang: str | None = "id") -> tuple[frozenset[str], frozenset[str]]:
    """A quote's tokens and content words: what `same_words` compares (precompute for many pairs)."""
    return _terms(q), _content(q, lang)


def same_words(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]], threshold: float = 0.7
) -> bool:
    """Two quotes of the same words, from their `quote_terms`: the rule `group_quotes` groups by."""
    return _same_words(a[0], b[0], threshold, 1) and _same_words(a[1], b[1], threshold, _MIN_GROUP)


def _same_words(a: frozenset[str], b: frozenset[str], threshold: float, least: int) -> bool:
    small = min(len(a), len(b))
    return small >= least and len(a & b) >= threshold * small


def group_quotes(
    quotes: Sequence[Quote], threshold: float = 0.7, langs: dict[str, str | None] | None = None
) -> list[QuoteGroup]:
    """Quotes of the same words: overlap ≥ `threshold` of the shorter quote in its tokens and in its
    content words, of which it must have three (a short phrase such as "kerja sama yang bermanfaat"
    would otherwise join every quote about cooperation, and chain them all into one group).

    Candidates come from an index of tokens, so a story's few hundred quotes are compared only with the
    quotes sharing a word with them. `langs` (article id → language) picks the stop words.
    """
    langs = langs or {}
    terms = [_terms(q) for q in quotes]
    content = [_content(q, langs.get(q.article_id, "id")) for q in quotes]
    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        shared: Counter[int] = Counter()
        for w in t:
            for j in index.get(w, ()):
                shared[j] += 1
            index.setdefault(w, []).append(i)
        for j, n in shared.items():
            small = min(len(t), len(terms[j]))
            if n >= threshold * small and _same_words(content[i], content[j], threshold, _MIN_GROUP):
                parent[find(j)] = find(i)
    members: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        members.setdefault(find(i), []).append(i)
    canon = group_aliases([q.speaker for q in quotes if q.speaker and q.direct is not None])
    groups = [_group([quotes[i] for i in sorted(ix)], canon) for ix in members.values()]
    groups.sort(key=lambda g: (-len(g.sources), g.quotes[0].article_id, g.quotes[0].start))
    return groups


def _group(quotes: list[Quote], canon: dict[str, str]) -> QuoteGroup:
    """The group's speaker is the commonest across spellings (a named one before a noun phrase), spelt
    as most quotes spell it; its text is the medoid, the version that shares most with the others."""
    votes: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for q in quotes:
        if q.speaker:
            key = canon.get(q.speaker) or q.speaker_key or q.speaker
            votes[key] += 2 if q.speaker_key and q.speaker[:1].isupper() else 1
            spellings.setdefault(key, Counter())[q.speaker] += 1
    key = max(votes, key=lambda k: votes[k]) if votes else None
    speaker = max(spellings[key], key=lambda s: (spellings[key][s], len(s))) if key else None
    sources = list(dict.fromkeys(q.article_id for q in quotes))
    return QuoteGroup(_medoid(quotes), speaker, key, sources, quotes)


def _medoid(quotes: list[Quote]) -> str:
    pool = [q for q in quotes if q.direct] or quotes
    terms = [_terms(q) for q in pool]

    def score(i: int) -> tuple[float, int]:
        near = sum(len(terms[i] & t) / max(1, min(len(terms[i]), len(t))) for t in terms)
        return near, -len(pool[i].text)

    return pool[max(range(len(pool)), key=score)].text


def story_quotes(items: Iterable[Item], threshold: float = 0.7) -> list[QuoteGroup]:
    """The quotes of a story's articles, grouped where several articles quote the same words."""
    quotes: list[Quote] = []
    langs: dict[str, str | None] = {}
    for article, analysis in items:
        quotes.extend(find_quotes(article, analysis))
        langs[article.id] = article.lang
    return group_quotes(quotes, threshold, langs)
