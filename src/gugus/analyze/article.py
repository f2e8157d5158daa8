"""The analyze stage: everything later stages need from one article, computed once and stored.

Sentences, term bags (title, body), entity mentions with their alias keys, time expressions resolved
against the publication date, numbers with units, a MinHash signature for near-duplicates, the lead
that the dense model embeds, and the article's time on the story clock.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from gugus.analyze.anchor import MIN_GAP_DAYS, text_anchor
from gugus.analyze.embed import lead_text
from gugus.analyze.entities import find_mentions
from gugus.analyze.numbers import find_numbers
from gugus.analyze.sentences import split_sentences
from gugus.analyze.temporal import find_times
from gugus.analyze.tokens import content_stems, content_tokens, tokenize
from gugus.analyze.topics import topic_of
from gugus.model import Article, Mention, Quantity, TimeExpr

VERSION = 5  # bump when the analysis changes: stored analyses of another version are recomputed
MINHASH_PERM = 64
SHINGLE = 4  # words per shingle: a copied paragraph shares most of its 4-grams, a rewrite few
BODY_CHARS = 6000  # the body terms come from the first part: the news is at the top
_FUTURE_SLACK = timedelta(days=1)
_WIB = timezone(timedelta(hours=7))


@dataclass
class Analysis:
    article_id: str
    version: int
    lang: str | None
    time: float  # hours since the epoch, UTC: when the article is placed on the story clock
    title_terms: dict[str, int]
    body_terms: dict[str, int]
    entities: dict[str, int]  # alias keys of the people, organisations and places named
    entity_names: dict[str, str]  # key -> the spelling first seen, for display
    sentences: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    numbers: list[Quantity] = field(default_factory=list)
    minhash: list[int] = field(default_factory=list)
    lead: str = ""
    notes: list[str] = field(default_factory=list)
    dated: bool = True  # False where the clock time is the ingest time: no window can be trusted
    words: dict[str, str] = field(default_factory=dict)  # stem -> its commonest spelling, for display
    topic: str | None = None  # gugus.analyze.topics' best topic: a story shows its central article's

    def to_dict(self) -> dict:
        """Plain data for the store; dataclasses.asdict's deep copy cost 4 ms an article here."""
        d = dict(self.__dict__)
        d["mentions"] = [m.__dict__ for m in self.mentions]
        d["times"] = [t.__dict__ for t in self.times]
        d["numbers"] = [q.__dict__ for q in self.numbers]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Analysis:
        d = dict(d)
        d["sentences"] = [tuple(s) for s in d["sentences"]]
        d["mentions"] = [Mention(**m) for m in d["mentions"]]
        d["times"] = [TimeExpr(**t) for t in d["times"]]
        d["numbers"] = [Quantity(**q) for q in d["numbers"]]
        return cls(**d)


def clock_time(article: Article, notes: list[str] | None = None) -> float:
    """Hours since the epoch for an article: its publication time, else when it was ingested.

    A time without a zone is read in the article's region (WIB for Indonesian and Malay), a date alone
    as noon, and a date in the future (a typo, a wrong year) falls back to the ingest time.
    """
    notes = notes if notes is not None else []
    ingested = _parse(article.ingested_at) or datetime.now(timezone.utc)
    when = _parse(article.published, local=_WIB if article.lang in ("id", "ms") else timezone.utc)
    if when is None:
        notes.append("no publication date: placed at its ingest time")
        when = ingested
    elif when > ingested + _FUTURE_SLACK:
        notes.append(f"publication date {article.published} is in the future: placed at its ingest time")
        when = ingested
    return when.timestamp() / 3600.0


def _parse(value: str | None, local: timezone = timezone.utc) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(value) == 10:
        when = when.replace(hour=12)
    return when if when.tzinfo else when.replace(tzinfo=local)


def hours(value: str) -> float:
    """An ISO date or datetime as hours since the epoch (a date alone is its midnight, UTC)."""
    when = _parse(value)
    if when is None:
        raise ValueError(f"not an ISO 8601 date: {value!r}")
    if len(value) == 10:
        when = when.replace(hour=0)
    return when.timestamp() / 3600.0


@lru_cache(maxsize=1)
def _empty_minhash() -> MinHash:
    return MinHash(num_perm=MINHASH_PERM, seed=7, hashfunc=zlib.crc32)  # crc32: 10x cheaper than sha1


def minhash_signature(title: str, text: str) -> list[int]:
    """Of the title and text read as one run of words (so a shingle may span the two)."""
    words = tokenize(title) + tokenize(text)
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = _empty_minhash().copy()  # the permutations drawn once, not for every article (0.5 ms)
    mh.update_batch(list(shingles))
    return [int(x) for x in mh.hashvalues]


def minhash_similarity(a: list[int], b: list[int]) -> float:
    if not a or not b:
        return 0.0
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def _place_by_events(article: Article, analysis: Analysis) -> None:
    """Put a republication on the story clock when its events happened, not when it was reposted, and
    an undated article when its text says: the seed dated 2024-12-22 reports a message of 15 August
    2022 ("77 tahun yang lalu" from 1945), and belongs with the reports of that week."""
    anchor = text_anchor(article, analysis)
    if anchor is None:
        return
    reference = hours(anchor.reference) + 12.0
    if analysis.dated:
        if not anchor.strong or analysis.time - reference < MIN_GAP_DAYS * 24:
            return
        why = f"published {article.published} but reports events of {anchor.event_date}"
    else:
        why = f"undated, but reports events of {anchor.event_date}"
    analysis.notes = [n for n in analysis.notes if "ingest time" not in n]
    analysis.notes.append(f"{why} ({'; '.join(anchor.evidence)}): placed on the story clock there")
    analysis.time, analysis.dated = reference, True


def _commonest_spellings(tokens: list[str], stems: list[str]) -> dict[str, str]:
    """Each stem's commonest token (the first seen among equals), in order of first sight."""
    words: dict[str, str] = {}
    most: dict[str, int] = {}
    for (s, t), n in Counter(zip(stems, tokens, strict=True)).items():
        if n > most.get(s, 0):
            most[s], words[s] = n, t
    return words


def analyze(article: Article) -> Analysis:
    lang = article.lang or "id"
    notes: list[str] = []
    time = clock_time(article, notes)
    text = article.text or ""
    body = text[:BODY_CHARS]
    mentions = find_mentions(f"{article.title}\n{body}", lang) if (article.title or body) else []
    offset = len(article.title) + 1
    entities: Counter[str] = Counter()
    names: dict[str, str] = {}
    for m in mentions:
        entities[m.key] += 2 if m.start < offset else 1  # a name in the title says what the story is about
        names.setdefault(m.key, m.text)
    body_mentions = [
        Mention(m.text, m.kind, m.key, m.start - offset, m.end - offset)
        for m in mentions
        if m.start >= offset
    ]
    tokens = content_tokens(body, lang)
    stems = content_stems(body, lang)
    words = _commonest_spellings(tokens, stems)
    if not text.strip():
        notes.append("no text: matched on its title alone")
    if len(tokenize(text)) < 20:
        notes.append("very short text: few terms to match on")
    analysis = Analysis(
        article_id=article.id,
        version=VERSION,
        lang=article.lang,
        time=time,
        title_terms=dict(Counter(content_stems(article.title, lang))),
        body_terms=dict(Counter(stems)),
        entities=dict(entities),
        entity_names=names,
        sentences=split_sentences(text, lang),
        mentions=body_mentions,
        times=find_times(text, article.published, lang),
        numbers=find_numbers(text, lang),
        minhash=minhash_signature(article.title or "", text),
        lead=lead_text(article.title, text),
        notes=notes,
        dated=not any("ingest time" in n for n in notes),
        words=words,
        # here, on the analysis workers, rather than when a story's row is written (a tenth of clustering)
        topic=topic_of(article.title, text, article.lang),
    )
    _place_by_events(article, analysis)
    return analysis
