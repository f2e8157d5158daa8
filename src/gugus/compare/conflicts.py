"""Conflicts: where sentences aligned into one claim disagree on a number, a date, a place or a name.

A conflict is a claim whose sources give different values for one slot: "lebih dari 30 rudal" and "lebih
dari 20 rudal"; "ada empat orang di lokasi" and "dari lima orang yang berada di lokasi"; "mengatakan kepada
kantor berita Tass" and "mengatakan kepada surat kabar Rusia Izvestia". Most differences between two
accounts of one event are complementary instead, and a false alarm costs a reader's trust, so a difference
counts only when all of these hold (each added for false alarms read on indonews, bench/compare_claims.py):

* the two sentences come from two outlets (one outlet's articles are updates or separate pieces) and tell
  one statement: their words overlap (Dice ≥ NEAR) and neither names a person the other does not (the
  same sentence about two defendants, "Hakim menghukum Zarof …" / "… Lisa …", is two facts);
* the two values fill the same slot: numbers of one unit, the only ones of that unit left once the
  agreeing ones are paired off, in sentences that do not differ in every figure (two eruptions, two
  seasons); dates written out (not "Senin", "bulan lalu", the "(18/6/2025)" stamp dating a statement, a
  range or the bound of a period); places or people after the same words ("di perairan …", "Kepala Kantor
  SAR Surabaya, …"); the medium a speaker told (Tass / Izvestia);
* the words just before the two values, or just after, share a content word, and two figures are within
  MAX_RATIO of each other (an order of magnitude apart, they count different things);
* the values are incompatible: rounding ("13.500" / "13,5 ribu"), hedges ("sekitar 30" / "30", "lebih dari
  20" / "30") and a date given more or less precisely ("Agustus" / "15 Agustus") are compatible; the same
  hedge on two figures ("lebih dari 30" / "lebih dari 20") compares the figures;
* no article states both values, and neither outlet states the other's anywhere in the story: both are
  then facts (or an outlet's own update), not a dispute; and the claim's sentences give at most MAX_VALUES
  values for the slot in all (three sentences for three defendants are a template, not a disagreement).

A conflict between articles published hours apart carries a note: a death toll that rises is an update.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations

import numpy as np

from gugus.analyze.article import Analysis
from gugus.analyze.entities import same_entity
from gugus.analyze.tokens import content_stems
from gugus.compare.aliases import outlet_of, story_mentions
from gugus.compare.claims import Claim, Source, build_claims, dateline
from gugus.lang import en
from gugus.lang import id as indonesian
from gugus.model import Article, Mention, Quantity, TimeExpr

__all__ = ["Conflict", "find_conflicts", "compatible_numbers"]

Item = tuple[Article, Analysis]

UPDATE_HOURS = 6.0  # articles further apart than this may be reporting an update, not a disagreement
CONTEXT_CHARS = 48
FRAME = 2  # content words on each side of a value that must share one with the other's
MAX_RATIO = 3.0  # figures further apart than this are two quantities, not two accounts of one
MAX_VALUES = 2  # a claim giving three or more values for one slot is a template over several cases
NEAR = 0.4  # Dice of two sentences' words: below, they are two statements, whatever their alignment
APPROX = 0.15  # "sekitar 30" covers 25.5-34.5
HALF = 0.49  # of a figure's last digit: the rounding a written figure allows
_APPROX = frozenset("sekitar sekira kira-kira about around approximately roughly some estimated".split())
_APPROX |= {"kurang lebih", "lebih kurang", "an estimated"}
_ALMOST = frozenset("hampir nyaris mendekati nearly almost".split())
_LOWER = frozenset(
    "sedikitnya setidaknya setidak-tidaknya sekurang-kurangnya sekurangnya minimal over".split()
)
_LOWER |= {
    "lebih dari", "di atas", "paling sedikit", "paling tidak", "tak kurang dari", "tidak kurang dari",
    "more than", "at least",
}  # fmt: skip
_UPPER = frozenset("maksimal under".split()) | {
    "kurang dari", "di bawah", "paling banyak", "tak lebih dari", "tidak lebih dari", "less than",
    "fewer than", "at most", "up to", "as many as", "as much as",
}  # fmt: skip
_SCALES = frozenset({1e3, 1e6, 1e9, 1e12})
_VAGUE_SPAN = 10.0  # "puluhan" is 10 to 99: the value is the lower bound, this the ratio to the upper
_MONTH_WORDS = frozenset(indonesian.MONTHS) | frozenset(en.MONTHS)
_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")
_THOUSANDS_ID = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_EN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_STAMP = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
_RANGE = re.compile(r"\d\s*[-–]\s*\d|\b(?:hingga|sampai|to|until|through)\b", re.I)  # "periode 2021-2022"
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_BOUND = re.compile(r"\b(?:sejak|semenjak|mulai|hingga|sampai|antara|since|from|until|between)\s+$", re.I)
# Words that introduce any figure ("sebesar", "sebanyak", "mencapai"): no sign two figures count one thing.
_GENERIC = frozenset(
    "besar banyak nilai capai total jumlah jadi hingga sampai kira sekitar lebih kurang".split()
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PRONOUN = re.compile(r"^\W*(?:dia|ia|beliau|mereka|he|she|they)\b", re.I)
_TOLD = re.compile(
    r"\b(?:kepada|pada|dengan|told|to|with)\s+(?:(?:the\s+)?(?:kantor\s+berita|surat\s+kabar|harian|majalah|"
    r"media|stasiun\s+(?:televisi|tv)|televisi|radio|news\s+agency|newspaper|broadcaster|agency|daily)"
    r"(?:\s+\w+){0,2})\s+$",
    re.I,
)
_SPEECH = re.compile(
    r"\b(?:mengatakan|berkata|berbicara|menyampaikan|menjelaskan|mengungkapkan|menuturkan|bicara|wawancara|"
    r"said|told|says|spoke|speaking|interview)\b",
    re.I,
)
_FRAME_WORDS = 3  # words before a place or a name that must agree for the two to fill one slot


@dataclass
class Conflict:
    """A claim whose sources disagree: each value with the sources that give it."""

    field: str  # number | date | place | name
    claim_id: str
    claim: str
    values: list[dict] = field(default_factory=list)  # {value, text, sources: [{article_id, outlet, …}]}
    unit: str | None = None
    note: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Seen:
    """One value one source gives for one slot."""

    key: str  # what makes two values the same ("30.0|lebih dari", "2022-08-15", an entity key)
    value: str  # shown to a reader
    text: str  # as written
    source: Source
    time: float | None  # the article's publication time on the story clock, None where undated


# -- public ------------------------------------------------------------------------------------------


def find_conflicts(
    items: Sequence[Item],
    claims: Sequence[Claim] | None = None,
    *,
    mentions: Sequence[list[Mention]] | None = None,
    embedder=None,
    cache: MutableMapping[str, np.ndarray] | None = None,
) -> list[Conflict]:
    """Every conflict between the story's aligned sentences, in claim order.

    `claims` are `build_claims(items)` and `mentions` `story_mentions(items)`, built when not given.
    """
    mentions = mentions if mentions is not None else story_mentions(items)
    if claims is None:
        claims = build_claims(items, embedder=embedder, cache=cache, mentions=mentions)
    story = _Story(items, mentions)
    out: list[Conflict] = []
    for claim in claims:
        if len({s.article_id for s in claim.sources}) < 2:
            continue
        found: dict[tuple[str, str], list[tuple[_Seen, _Seen]]] = {}
        for a, b in combinations(claim.sources, 2):
            if a.outlet == b.outlet:
                continue  # one outlet's two articles: an update or two pieces, not outlets disagreeing
            for slot, pair in story.differences(a, b):
                found.setdefault(slot, []).append(pair)
        for slot, pairs in found.items():
            conflict = _conflict(claim, slot, pairs)
            if len(conflict.values) <= MAX_VALUES and story.spread(claim, slot) <= MAX_VALUES:
                out.append(conflict)
    out += story.told_conflicts(claims)
    return out


def compatible_numbers(a: Quantity, b: Quantity) -> bool:
    """Whether two figures of one unit can both be right: rounding, hedges and vague amounts allowed."""
    if a.unit != b.unit:
        return True
    if a.value and b.value and round(max(a.value, b.value) / min(a.value, b.value), 6) in _SCALES:
        return True  # "Rp 499 juta" / "Rp 499 jutaan" read without its multiplier: one figure, not two
    if a.qualifier and a.qualifier == b.qualifier and _hedge(a.qualifier) != "vague":
        return abs(a.value - b.value) <= max(_tolerance(a), _tolerance(b))
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


# -- the story's values, indexed by article --------------------------------------------------------------


class _Story:
    """Numbers, dates and mentions of each article, looked up by sentence span."""

    def __init__(self, items: Sequence[Item], mentions: Sequence[list[Mention]]) -> None:
        self.items = {a.id: (a, an) for a, an in items}
        self.lang = {a.id: a.lang or an.lang or "id" for a, an in items}
        self.time = {a.id: an.time if an.dated else None for a, an in items}
        self.mentions = {a.id: list(ms) for (a, _), ms in zip(items, mentions, strict=True)}
        self.keys = {aid: {m.key for m in ms} for aid, ms in self.mentions.items()}
        self.body = {a.id: _body_start(a.text) for a, _ in items}  # after the dateline: no value there
        self.dates = {a.id: [v for t in an.times if (v := _written(t))] for a, an in items}
        self.outlet = {a.id: outlet_of(a) for a, _ in items}

    def _in(self, v, s: Source) -> bool:
        return _inside(v, s) and v.start >= self.body[s.article_id]

    def text(self, aid: str) -> str:
        return self.items[aid][0].text

    def differences(self, a: Source, b: Source):
        """(slot, (value in a, value in b)) for every incompatible pair of values a and b give."""
        if _dice(self._stems(a), self._stems(b)) < NEAR:
            return  # two statements, not one told two ways: their differences are no disagreement
        if not self._other_people(a, b):
            yield from self._numbers(a, b)
            yield from self._dates(a, b)
        for kind, field_ in (("place", "place"), ("person", "name")):
            yield from self._entities(a, b, kind, field_)

    def spread(self, claim: Claim, slot: tuple[str, str]) -> int:
        """How many different figures (or dates) of the slot the claim's sentences give in all: three or
        more make it a template over several cases (three defendants' sentences), not a dispute."""
        field_, unit = slot
        if field_ == "number":
            found = [q for s in claim.sources for q in self.items[s.article_id][1].numbers if self._in(q, s)]
            found = [q for q in found if q.unit == unit]
            agree = compatible_numbers
        elif field_ == "date":
            found = [v for s in claim.sources for t in self._times(s) if (v := _written(t))]
            agree = _dates_agree
        else:
            return 0
        groups: list = []
        for v in found:
            if not any(agree(v, g) for g in groups):
                groups.append(v)
        return len(groups)

    def _stems(self, s: Source) -> set[str]:
        text = self.text(s.article_id)[max(s.start, self.body[s.article_id]) : s.end]
        return {w for w in content_stems(text, self.lang[s.article_id]) if not w[:1].isdigit()}

    def _other_people(self, a: Source, b: Source) -> bool:
        """Each sentence names someone the other does not: the same statement of two people ("Hakim
        menghukum Zarof …" / "… Lisa …"), whose figures and dates differ as their cases do."""
        pa = {m.key: m.text for m in self.mentions[a.article_id] if m.kind == "person" and self._in(m, a)}
        pb = {m.key: m.text for m in self.mentions[b.article_id] if m.kind == "person" and self._in(m, b)}
        only_a = [t for k, t in pa.items() if k not in pb]
        only_b = [t for k, t in pb.items() if k not in pa]
        return any(not same_entity(x, y) for x in only_a for y in only_b)

    def _both_stated(self, states, a: Source, b: Source) -> bool:
        """Whether one article states both values, or one side's outlet states the other's value in any
        of its articles: both are then facts of the story, not a dispute between outlets."""
        va, vb = states
        if any(va(aid) and vb(aid) for aid in self.items):
            return True
        return any(
            (self.outlet[aid] == a.outlet and vb(aid)) or (self.outlet[aid] == b.outlet and va(aid))
            for aid in self.items
        )

    # numbers ------------------------------------------------------------------------------------

    def _numbers(self, a: Source, b: Source):
        na = [q for q in self.items[a.article_id][1].numbers if self._in(q, a) and q.unit]
        nb = [q for q in self.items[b.article_id][1].numbers if self._in(q, b) and q.unit]
        if (
            len(na) > 1
            and len(nb) > 1
            and not any(compatible_numbers(x, y) for x in na for y in nb if x.unit == y.unit)
        ):
            return  # every figure differs: two instances of one kind of event (two eruptions, two seasons)
        for unit in {q.unit for q in na} & {q.unit for q in nb}:
            left = _unpaired([q for q in na if q.unit == unit], [q for q in nb if q.unit == unit])
            if left is None:
                continue
            qa, qb = left
            if compatible_numbers(qa, qb) or _apart(qa, qb) or not self._same_frame(a, qa, b, qb):
                continue
            states = (lambda aid, q=qa: self._states(aid, q), lambda aid, q=qb: self._states(aid, q))
            if self._both_stated(states, a, b):
                continue
            yield ("number", unit), (self._seen_number(qa, a), self._seen_number(qb, b))

    def _states(self, aid: str, q: Quantity) -> bool:
        return any(o.unit == q.unit and compatible_numbers(o, q) for o in self.items[aid][1].numbers)

    def _seen_number(self, q: Quantity, s: Source) -> _Seen:
        shown = f"{q.qualifier} {_fmt(q.value)}" if q.qualifier else _fmt(q.value)
        key = f"{q.value:g}|{q.qualifier or ''}"
        return _Seen(key, f"{shown} {q.unit}", q.text, s, self.time[s.article_id])

    # dates --------------------------------------------------------------------------------------

    def _dates(self, a: Source, b: Source):
        ta = [(t, v) for t in self._times(a) if (v := _written(t))]
        tb = [(t, v) for t in self._times(b) if (v := _written(t))]
        left = _unpaired(ta, tb, lambda x, y: _dates_agree(x[1], y[1]))
        if left is None:
            return
        (t1, v1), (t2, v2) = left
        if not self._same_frame(a, t1, b, t2):
            return
        if self._both_stated((lambda aid: self._dated(aid, v1), lambda aid: self._dated(aid, v2)), a, b):
            return
        yield (
            ("date", ""),
            (
                _Seen(v1, v1, t1.text, a, self.time[a.article_id]),
                _Seen(v2, v2, t2.text, b, self.time[b.article_id]),
            ),
        )

    def _times(self, s: Source) -> list[TimeExpr]:
        """The sentence's dates of events: not the bounds of a period ("sejak Selasa 17 Juni", "periode
        2021-2022")."""
        text = self.text(s.article_id)
        return [
            t
            for t in self.items[s.article_id][1].times
            if self._in(t, s)
            and not _BOUND.search(text[max(s.start, t.start - 20) : t.start])
            and not _RANGE_AFTER.match(text, t.end)
            and not _RANGE_BEFORE.search(text[max(s.start, t.start - 6) : t.start])
        ]

    def _dated(self, aid: str, value: str) -> bool:
        return any(_dates_agree(v, value) for v in self.dates[aid])

    # places and names ---------------------------------------------------------------------------

    def _entities(self, a: Source, b: Source, kind: str, field_: str):
        ma = [m for m in self.mentions[a.article_id] if m.kind == kind and self._in(m, a)]
        mb = [m for m in self.mentions[b.article_id] if m.kind == kind and self._in(m, b)]
        only_a = [m for m in ma if m.key not in self.keys[b.article_id]]
        only_b = [m for m in mb if m.key not in self.keys[a.article_id]]
        if len({m.key for m in only_a}) != 1 or len({m.key for m in only_b}) != 1:
            return
        x, y = only_a[0], only_b[0]
        if _nested(x.key, y.key) or same_entity(x.text, y.text):
            return
        if not self._same_words_before(a, x, b, y):
            return
        if self._both_stated(
            (lambda aid: x.key in self.keys[aid], lambda aid: y.key in self.keys[aid]), a, b
        ):
            return  # both named together: two places or two people of the story
        yield (
            (field_, ""),
            (
                _Seen(x.key, x.text, x.text, a, self.time[a.article_id]),
                _Seen(y.key, y.text, y.text, b, self.time[b.article_id]),
            ),
        )

    # the frame around a value -------------------------------------------------------------------

    def _window(self, s: Source, v) -> tuple[str, str]:
        text = self.text(s.article_id)
        lo = max(s.start, self.body[s.article_id], v.start - CONTEXT_CHARS)
        hi = min(s.end, v.end + CONTEXT_CHARS)
        return text[lo : v.start], text[v.end : hi]

    def _frame(self, s: Source, v) -> tuple[set[str], set[str]]:
        before, after = self._window(s, v)
        lang = self.lang[s.article_id]
        keep = [w for w in content_stems(before, lang) if w not in _GENERIC and not w[:1].isdigit()]
        ahead = [w for w in content_stems(after, lang) if w not in _GENERIC and not w[:1].isdigit()]
        return set(keep[-FRAME:]), set(ahead[:FRAME])

    def _same_frame(self, a: Source, va, b: Source, vb) -> bool:
        """The words just before the two values, or just after, share a content word: "menguji coba
        lebih dari 30 rudal" / "menguji coba lebih dari 20 rudal", but not "pergantian dua orang
        direksi" / "direksi PLN kini menjadi 11 orang"."""
        before_a, after_a = self._frame(a, va)
        before_b, after_b = self._frame(b, vb)
        return bool(before_a & before_b) or bool(after_a & after_b)

    def _same_words_before(self, a: Source, x: Mention, b: Source, y: Mention) -> bool:
        """The last word before two names, and another of the three before, agree ("tenggelam di perairan",
        "Kepala Kantor SAR Surabaya,"): one slot, two fillers. A name opening a sentence has no frame."""
        wa = _words(self._window(a, x)[0])[-_FRAME_WORDS:]
        wb = _words(self._window(b, y)[0])[-_FRAME_WORDS:]
        return bool(wa and wb) and wa[-1] == wb[-1] and len(set(wa) & set(wb)) >= 2

    # whom a speaker told -------------------------------------------------------------------------

    def told_conflicts(self, claims: Sequence[Claim]) -> list[Conflict]:
        """A speaker telling one medium in one article and another in the other: "kepada kantor berita
        Tass" / "kepada surat kabar Rusia Izvestia". The speaker must figure in a claim both articles
        share; the medium is read anywhere in each article, where that speaker, named or as the "Dia"
        right after being named, tells it; neither article may name the other's medium."""
        out: list[Conflict] = []
        told: dict[str, dict[str, list[tuple[Mention, Source]]]] = {}
        for claim in claims:
            for a, b in combinations(claim.sources, 2):
                if a.outlet == b.outlet:
                    continue
                for speaker in self._people(a) & self._people(b):
                    for aid in (a.article_id, b.article_id):
                        if aid not in told:
                            told[aid] = self._told(aid)
                    ta, tb = told[a.article_id].get(speaker, []), told[b.article_id].get(speaker, [])
                    ta = [(m, s) for m, s in ta if m.key not in self.keys[b.article_id]]
                    tb = [(m, s) for m, s in tb if m.key not in self.keys[a.article_id]]
                    if len({m.key for m, _ in ta}) == 1 and len({m.key for m, _ in tb}) == 1:
                        (x, sa), (y, sb) = ta[0], tb[0]
                        pair = (
                            _Seen(x.key, x.text, x.text, sa, self.time[a.article_id]),
                            _Seen(y.key, y.text, y.text, sb, self.time[b.article_id]),
                        )
                        out.append(_conflict(claim, ("name", "told"), [pair]))
        return _dedupe(out)

    def _people(self, s: Source) -> set[str]:
        return {m.key for m in self.mentions[s.article_id] if m.kind == "person" and self._in(m, s)}

    def _told(self, aid: str) -> dict[str, list[tuple[Mention, Source]]]:
        """speaker key → (medium mention, sentence) for every "X told medium Y" in the article."""
        article, analysis = self.items[aid]
        text = article.text
        out: dict[str, list[tuple[Mention, Source]]] = {}
        last_person: str | None = None
        ms = self.mentions[aid]
        for s, e in analysis.sentences:
            inside = [m for m in ms if s <= m.start and m.end <= e]
            sentence = text[s:e]
            people = [m for m in inside if m.kind == "person"]
            for m in inside:
                if m.kind != "org" or not _TOLD.search(text[max(s, m.start - 60) : m.start]):
                    continue
                before = [p for p in people if p.end <= m.start]
                speaker = before[-1].key if before else (last_person if _PRONOUN.match(sentence) else None)
                if speaker and _SPEECH.search(text[max(s, m.start - 80) : m.start]):
                    src = Source(aid, outlet_of(article), sentence, s, e)
                    out.setdefault(speaker, []).append((m, src))
            if people:
                last_person = people[-1].key
        return out


# -- helpers ---------------------------------------------------------------------------------------------


def _inside(v, s: Source) -> bool:
    return s.start <= v.start and v.end <= s.end


def _body_start(text: str) -> int:
    line = dateline(text)
    return len(text) - len(text.lstrip()) + len(line)


def _unpaired(xs: list, ys: list, agree=None):
    """The one value left on each side once values that agree are paired off, else None."""
    agree = agree or (lambda x, y: compatible_numbers(x, y))
    xs, ys = list(xs), list(ys)
    for x in list(xs):
        for y in ys:
            if agree(x, y):
                xs.remove(x)
                ys.remove(y)
                break
    return (xs[0], ys[0]) if len(xs) == 1 and len(ys) == 1 else None


def _apart(a: Quantity, b: Quantity) -> bool:
    """Figures an order of magnitude apart count different things (a week's trades and a day's, a total
    and a part): outlets that disagree on one figure give close ones (30 / 20, 4 / 5, 0,45 / 0,25)."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi > MAX_RATIO * lo


def _hedge(q: str | None) -> str | None:
    if q is None:
        return None
    if q in _APPROX:
        return "approx"
    if q in _ALMOST:
        return "almost"
    if q in _LOWER:
        return "lower"
    if q in _UPPER:
        return "upper"
    return "vague"


def _tolerance(q: Quantity) -> float:
    """How far a figure's true value may lie from it: half its last written digit, a whole one after a
    multiplier (a truncated "1,3 juta" may be 1.36 million), or the rounding trailing zeros imply from a
    thousand up ("13.500" ≈ "13,5 ribu"). Just under a half, so that 4,8 and 4,9 do not touch."""
    m = _DIGITS.search(q.text)
    if not m:
        return HALF
    raw = m.group(0)
    if "," in raw and not _THOUSANDS_EN.fullmatch(raw):
        whole, decimals = raw.replace(".", "").split(",", 1)[0], raw.rsplit(",", 1)[1]
    elif raw.count(".") == 1 and not _THOUSANDS_ID.fullmatch(raw):
        whole, decimals = raw.split(".")
    else:
        whole, decimals = re.sub(r"[.,]", "", raw), ""
    written = float(f"{whole}.{decimals}" if decimals else whole) or 1.0
    scale = q.value / written if q.value else 1.0
    zeros = len(whole) - len(whole.rstrip("0"))
    if not decimals and written >= 1000 and zeros:
        return scale * 10.0**zeros * HALF
    digit = 10.0 ** -len(decimals)
    return scale * digit * (1.0 if scale > 1 and decimals else HALF)


def _interval(q: Quantity) -> tuple[float, float]:
    v, tol = q.value, _tolerance(q)
    h = _hedge(q.qualifier)
    if h == "approx":
        return v * (1 - APPROX) - tol, v * (1 + APPROX) + tol
    if h == "almost":
        return v * (1 - APPROX) - tol, v + tol
    if h == "lower":
        return v - tol, float("inf")
    if h == "upper":
        return float("-inf"), v + tol
    if h == "vague":
        return v, v * _VAGUE_SPAN
    return v - tol, v + tol


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if v == int(v) else f"{v:g}".replace(".", ",")


def _written(t: TimeExpr) -> str | None:
    """A date as the text gives it: the year dropped where the text has none (it was inferred), nothing
    for weekdays, relative expressions and the "(18/6/2025)" stamps that date a statement."""
    words = t.text.lower().split()
    if _STAMP.search(t.text.strip()) or _RANGE.search(t.text) or t.grain not in ("day", "month", "year"):
        return None
    if not any(c.isdigit() for c in t.text) and not any(w.strip(".,") in _MONTH_WORDS for w in words):
        return None
    if any(
        w in ("lalu", "depan", "mendatang", "ini", "kemarin", "last", "next", "ago", "this") for w in words
    ):
        return None
    value = t.value
    if not _YEAR.search(t.text) and not value.startswith("--"):
        value = "--" + value[5:] if len(value) > 4 else None
    return value


def _dates_agree(x: str, y: str) -> bool:
    """Two ISO dates (perhaps without a year, "--08-15") agree on every part both give."""
    px, py = _parts(x), _parts(y)
    return all(a == b for a, b in zip(px, py, strict=False) if a is not None and b is not None)


def _parts(v: str) -> tuple[str | None, str | None, str | None]:
    if v.startswith("--"):
        rest = v[2:].split("-")
        return None, rest[0], rest[1] if len(rest) > 1 else None
    p = v.split("-")
    return p[0], p[1] if len(p) > 1 else None, p[2] if len(p) > 2 else None


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _nested(a: str, b: str) -> bool:
    """One key inside the other: "jakarta" / "jakarta-selatan" name a place and a part of it."""
    ta, tb = set(a.split("-")), set(b.split("-"))
    return ta <= tb or tb <= ta


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _conflict(claim: Claim, slot: tuple[str, str], pairs: list[tuple[_Seen, _Seen]]) -> Conflict:
    values: dict[str, dict] = {}
    times: list[float] = []
    for pair in pairs:
        for seen in pair:
            v = values.setdefault(seen.key, {"value": seen.value, "text": seen.text, "sources": []})
            if all(s["article_id"] != seen.source.article_id for s in v["sources"]):
                v["sources"].append(
                    {
                        "article_id": seen.source.article_id,
                        "outlet": seen.source.outlet,
                        "sentence": seen.source.sentence,
                    }
                )
                if seen.time is not None:
                    times.append(seen.time)
    ordered = sorted(values.values(), key=lambda v: -len(v["sources"]))
    note = _update_note(times, slot[0])
    field_, unit = slot
    return Conflict(field_, claim.id, claim.text, ordered, unit or None if field_ == "number" else None, note)


def _update_note(times: list[float], field_: str) -> str:
    """A note where the sources were published hours apart: a later figure may be an update."""
    if len(times) < 2 or max(times) - min(times) <= UPDATE_HOURS:
        return ""
    gap = max(times) - min(times)
    apart = f"{gap:.0f} hours" if gap < 48 else f"{gap / 24:.0f} days"
    what = "figure" if field_ == "number" else "report"
    return f"published {apart} apart: the later {what} may be an update"


def _dedupe(conflicts: list[Conflict]) -> list[Conflict]:
    seen: set[tuple] = set()
    out = []
    for c in conflicts:
        key = (c.field, tuple(sorted(v["value"] for v in c.values)))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
