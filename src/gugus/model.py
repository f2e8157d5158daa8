"""The domain as plain data: what flows between the stages and into the store.

Readers produce `Draft`s (what a source says, uncleaned); `ingest.finish` turns a draft into an
`Article` (cleaned text, resolved metadata, language, stable id). Anything that cannot become an
article becomes a `Reject` that names the input and the reason.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Draft:
    """One article as a reader found it, before cleaning and metadata resolution."""

    text: str
    source_id: str  # the input's own id: a JSON line's `id`, else the path or URL
    kind: str  # text | html | feed | jsonl | warc | url
    location: str  # where the raw input is: "path", "path#line=12", "path#record=3", "url"
    raw_sha256: str  # hash of the raw bytes this draft came from
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as the source gave it
    author: str | None = None
    lang: str | None = None
    partial: bool = False  # only a summary was available (a feed entry that could not be fetched)
    html: str | None = None  # the raw page where the source was HTML, for metadata extraction
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """A cleaned article with its metadata; `id` is stable for the same URL or the same text."""

    id: str
    source_id: str
    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    dateline: str | None = None
    wire: list[str] = field(default_factory=list)
    author: str | None = None
    section: str | None = None  # a title's section suffix ("| Ukraina"), kept apart from the title
    partial: bool = False
    kind: str = "text"
    location: str = ""
    raw_sha256: str = ""
    text_sha256: str = ""
    sentence_langs: list[str] = field(default_factory=list)  # language of each paragraph-level sentence
    repairs: int = 0  # joined words split by text repair
    revision: int = 1
    ingested_at: str | None = None
    notes: list[str] = field(default_factory=list)  # what cleaning and metadata resolution decided

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Reject:
    """An input that could not be ingested, and why; every reject is recorded, none is silent."""

    source: str  # the path, URL or "path#line=N" of the failing input
    reason: str  # short machine-friendly reason, e.g. "empty", "binary", "too-large", "bad-json"
    detail: str = ""  # a sentence for a person
    kind: str | None = None
    at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IngestReport:
    """What one ingest call did, counted."""

    added: int = 0
    duplicates: int = 0
    revisions: int = 0
    rejected: int = 0
    clustered_early: int = 0  # clustered while the input was still being read (gugus.cluster.eager)
    article_ids: list[str] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rejected == 0


# -- analysis: what the analyze stage finds in an article's text (offsets index into Article.text) ----


@dataclass
class Mention:
    """A person, organisation or place named in the text; `key` groups its spellings and aliases."""

    text: str
    kind: str  # person | org | place | misc
    key: str  # canonical key: "korea-utara" for "Korut", "North Korea", "DPRK"
    start: int
    end: int


@dataclass
class TimeExpr:
    """A temporal expression resolved against the publication date."""

    text: str
    value: str  # ISO: "2022-08-15", "2022-08" or "2019"; a range end where `grain` says so
    grain: str  # day | week | month | quarter | year
    start: int
    end: int
    approx: bool = False  # "akhir 2019", "awal pekan": the value is the period, the text is vaguer


@dataclass
class Quantity:
    """A number with its unit as written: "Rp 2,6 T", "3,5 persen", "lebih dari 30 rudal"."""

    text: str
    value: float
    unit: str | None  # "IDR", "percent", "rudal", "orang", "km", …
    start: int
    end: int
    qualifier: str | None = None  # "lebih dari", "sekitar", "hampir", "at least"
