"""A short extractive summary of a story: three to five of its claims, each attributed, in story order.

Extractive, so that every sentence is one an outlet printed and can be traced to it. A claim earns its
place by being confirmed (the share of the story's outlets that state it, less where its sentences are
only loosely aligned, none where they disagree: `find_conflicts`), by coming early in the articles that
state it (news puts what happened first) and by speaking of what the story is about (its words are ones
many of the story's articles use). Claims confirmed by two or more outlets come first; claims only one
outlet makes fill the summary up to MIN_SENTENCES. A sentence that leans on the one before it ("Dia
mengatakan …", "Namun …"), a question, a fragment or a quotation is no summary sentence, and one that
repeats a chosen one adds nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import MutableMapping, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from gugus.analyze.article import Analysis
from gugus.analyze.tokens import content_stems
from gugus.compare.claims import Claim, build_claims, story_outlets
from gugus.compare.conflicts import Conflict
from gugus.model import Article

__all__ = ["Summary", "SummarySentence", "summarize"]

Item = tuple[Article, Analysis]

MIN_SENTENCES = 3
MAX_SENTENCES = 5
MIN_WORDS, MAX_WORDS = 8, 50
COHESIVE = 0.5  # a claim whose sentences agree less than this counts as less confirmed
REDUNDANT = 0.5  # share of a candidate's words already in a chosen sentence: it says nothing new
_LEANS = re.compile(
    r"^\W*(?:dia|ia|beliau|mereka|kami|saya|namun|tetapi|tapi|sementara itu|selain itu|itu|ini|adapun|"
    r"hal (?:ini|itu|tersebut)|oleh karena itu|karena itu|sebelumnya|kemudian|he|she|they|it|this|that|"
    r"but|however|meanwhile)\b",
    re.I,
)
_QUOTE_OPEN = "\"“‘'«"


@dataclass
class SummarySentence:
    """One sentence of the summary with the claim it states and who states it."""

    text: str
    claim_id: str
    kind: str
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Summary:
    sentences: list[SummarySentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def to_dict(self) -> dict:
        return {"text": self.text, "sentences": [s.to_dict() for s in self.sentences]}


def summarize(
    items: Sequence[Item],
    claims: Sequence[Claim] | None = None,
    *,
    conflicts: Sequence[Conflict] = (),
    embedder=None,
    cache: MutableMapping[str, np.ndarray] | None = None,
    max_sentences: int = MAX_SENTENCES,
    min_sentences: int = MIN_SENTENCES,
) -> Summary:
    """The story's summary; `claims` (from `build_claims`, in story order) are built when not given.

    A claim its outlets disagree on (`conflicts`, from `find_conflicts`) counts as unconfirmed.
    """
    if claims is None:
        claims = build_claims(items, embedder=embedder, cache=cache)
    if not claims:
        return Summary()
    lengths = {a.id: max(1, len(a.text or "")) for a, _ in items}
    langs = {a.id: a.lang or an.lang or "id" for a, an in items}
    words = [set(content_stems(c.text, langs.get(c.sources[0].article_id, "id"))) for c in claims]
    spread = Counter(w for ws in _article_words(items) for w in ws)
    n_outlets = len(story_outlets(items))
    disputed = {c.claim_id for c in conflicts}
    confirmed = [len(c.outlets) > 1 and c.id not in disputed for c in claims]
    scores = [
        _score(c, ws, spread, len(items), n_outlets, lengths) if _fit(c.text) else None
        for c, ws in zip(claims, words, strict=True)
    ]
    chosen = _choose(confirmed, words, scores, max_sentences, min_sentences)
    return Summary([_sentence(claims[i]) for i in sorted(chosen)])


def _article_words(items: Sequence[Item]) -> list[set[str]]:
    return [set(an.body_terms) | set(an.title_terms) for _, an in items]


def _fit(text: str) -> bool:
    """Whether a sentence stands on its own: a full statement, not a question, quote or back-reference."""
    n = len(text.split())
    s = text.strip()
    return (
        MIN_WORDS <= n <= MAX_WORDS
        and not s.endswith("?")
        and s[:1] not in _QUOTE_OPEN
        and not _LEANS.match(s)
        and s[-1:] in ".!\"”’'"
    )


def _score(
    claim: Claim,
    words: set[str],
    spread: Counter[str],
    n_articles: int,
    n_outlets: int,
    lengths: dict[str, int],
) -> float:
    confirmed = len(claim.outlets) / max(1, n_outlets) * min(1.0, claim.cohesion / COHESIVE)
    lead = 1.0 - min(s.start / lengths[s.article_id] for s in claim.sources)
    central = float(np.mean([spread[w] / n_articles for w in words])) if words else 0.0
    return 2.0 * confirmed + lead + central


def _choose(
    confirmed: list[bool],
    words: list[set[str]],
    scores: list[float | None],
    most: int,
    least: int,
) -> list[int]:
    """Confirmed claims by score, then single-outlet ones to reach `least`; none repeating another."""
    ranked = sorted((i for i, s in enumerate(scores) if s is not None), key=lambda i: -scores[i])  # type: ignore[operator]
    chosen: list[int] = []
    for first in (True, False):
        for i in ranked:
            if len(chosen) >= (most if first else least):
                break
            if confirmed[i] != first or i in chosen:
                continue
            if any(_overlap(words[i], words[j]) >= REDUNDANT for j in chosen):
                continue
            chosen.append(i)
    return chosen


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a else 1.0


def _sentence(claim: Claim) -> SummarySentence:
    ids = list(dict.fromkeys(s.article_id for s in claim.sources))
    return SummarySentence(claim.text, claim.id, claim.kind, ids, claim.outlets)
